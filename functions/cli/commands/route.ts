import type { Command } from 'commander';
import { loadLanguageModel } from '../../core/language/language-model';
import { compileConfig } from '../../core/routing/compiled-config';
import { parseRoutingState } from '../../core/routing/parse-routing-state';
import { routeTicket } from '../../core/routing/route-ticket';
import { EMPTY_ROUTING_STATE, type RoutingState } from '../../core/routing/routing-state';
import { parseTicket } from '../../core/ticket/ticket-schema';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { readConfigWithHolidays, yearsAround } from '../config-holidays';
import { parseInstantOption } from '../parse-instant-option';
import { readInput } from '../read-input';

interface RouteOptions {
  config: string;
  ticket: string;
  at?: string;
  state?: string;
}

/** Control characters escaped, so that a binary file named by mistake cannot garble the terminal. */
function printable(text: string): string {
  return text.replace(
    /\p{Cc}/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`${what}: not valid JSON (${printable((error as Error).message)})`);
  }
}

/** One ticket, or an array of them (each routed on its own against the same state). */
function parseTickets(value: unknown, source: string): Ticket[] {
  if (Array.isArray(value) && value.length === 0) {
    throw new CliInputError(
      `${source}: an empty list, no ticket to route: give a ticket or a list of them`,
    );
  }
  const items = Array.isArray(value) ? value : [value];
  const problems: string[] = [];
  const tickets: Ticket[] = [];
  items.forEach((item, index) => {
    const parsed = parseTicket(item);
    const where = Array.isArray(value) ? `${source}[${index}]` : source;
    if (parsed.ok) tickets.push(parsed.ticket);
    else
      problems.push(...parsed.errors.map((error) => `${where}: ${error.path}: ${error.message}`));
  });
  if (problems.length > 0) throw new CliInputError(problems);
  return tickets;
}

async function loadState(
  io: CliIo,
  path: string | undefined,
  agentIds: ReadonlySet<string>,
): Promise<RoutingState> {
  if (path === undefined) return EMPTY_ROUTING_STATE;
  const parsed = parseRoutingState(
    parseJson(await readInput(io, path, 'state'), `state ${path}`),
    agentIds,
  );
  if (!parsed.ok) {
    throw new CliInputError(
      parsed.errors.map((error) => `state ${path}: ${error.path}: ${error.message}`),
    );
  }
  return parsed.state;
}

export function registerRouteCommand(program: Command, io: CliIo): void {
  program
    .command('route')
    .description(commandSummary('route'))
    .requiredOption('--config <file>', 'configuration file (YAML or JSON)')
    .requiredOption('--ticket <file>', 'ticket JSON file, or - for stdin')
    .option('--at <iso>', 'route at this instant instead of the ticket’s receivedAt')
    .option('--state <file>', 'open tickets per agent, per thread and per customer (JSON)')
    .action(async (options: RouteOptions) => {
      const source = options.ticket === '-' ? 'stdin' : options.ticket;
      const raw = parseJson(await readInput(io, options.ticket, 'ticket'), `ticket ${source}`);
      const tickets = parseTickets(raw, `ticket ${source}`);
      const at = options.at === undefined ? undefined : parseInstantOption('--at', options.at);
      const instants = tickets.map((ticket) => at ?? Date.parse(ticket.receivedAt));
      const { config, holidays } = await readConfigWithHolidays(
        io,
        options.config,
        yearsAround(Math.min(...instants), Math.max(...instants)),
      );
      const state = await loadState(io, options.state, new Set(config.agents.map((a) => a.id)));
      await loadLanguageModel();
      const compiled = compileConfig(config, holidays);
      const decisions = tickets.map((ticket, index) =>
        routeTicket(compiled, ticket, instants[index]!, state),
      );
      io.out(`${JSON.stringify(Array.isArray(raw) ? decisions : decisions[0], null, 2)}\n`);
    });
}
