import { userInfo } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Command } from 'commander';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbTicketActionStore } from '../adapters/dynamodb/dynamodb-ticket-action-store';
import type { ActionTicket, TicketActionOutcome } from '../adapters/ticket-action-store';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';
import { ticketsTableTarget } from './tickets-table';

type Action = 'ack' | 'resolve';

/** Long enough for an email address or a pipeline's name. */
const MAX_ACTOR_LENGTH = 128;

/** A name fit for the history: not blank, not too long, no control characters. */
function checkedName(name: string, source: string): string {
  // eslint-disable-next-line no-control-regex
  if (name.trim() === '' || name.length > MAX_ACTOR_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new CliInputError(
      `${source}: must be a name of 1 to ${MAX_ACTOR_LENGTH} characters without control characters`,
    );
  }
  return name.trim();
}

/**
 * Who the history records as acting: `--as`, else $SUNROUTE_USER (a CI job can name the person
 * or pipeline), else the login name; `by: cli` says it was the command line.
 */
function actorOf(
  as: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (as !== undefined) return checkedName(as, '--as');
  if (env.SUNROUTE_USER) return checkedName(env.SUNROUTE_USER, '$SUNROUTE_USER');
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function holder(ticket: ActionTicket): string {
  if (ticket.agent !== null) return `agent ${ticket.agent} of team ${ticket.team}`;
  return ticket.team === null ? 'no team' : `team ${ticket.team}`;
}

function report(action: Action, ticketId: string, outcome: TicketActionOutcome): string {
  if (outcome.kind === 'not-found') return '';
  const { ticket } = outcome;
  if (outcome.kind === 'moved') return `${ticketId}: now with ${holder(ticket)}; nothing changed\n`;
  if (outcome.kind === 'done') {
    return action === 'ack'
      ? `${ticketId}: acknowledged for ${holder(ticket)}; it will not be handed over or escalated\n`
      : `${ticketId}: resolved (${holder(ticket)})\n`;
  }
  if (ticket.status === 'resolved') return `${ticketId}: already resolved; nothing changed\n`;
  return `${ticketId}: already acknowledged at ${ticket.acknowledgedAt}; nothing changed\n`;
}

/**
 * `sunroute ack TICKET` and `sunroute resolve TICKET`: what the email's links do, for a support
 * lead acting for an agent, straight on the tickets table, for whoever holds the ticket now
 * (recorded as `by: cli` with the acting user).
 */
export function registerTicketActionCommand(
  program: Command,
  io: CliIo,
  action: Action,
  description: string,
): void {
  program
    .command(action)
    .description(description)
    .argument('<ticket>', 'ticket id')
    .option('--table <name>', 'tickets table (default: $TICKETS_TABLE_NAME, else the local stack)')
    .option(
      '--as <name>',
      "who the ticket's history records (default: $SUNROUTE_USER, else your login)",
    )
    .action(async (ticketId: string, options: { table?: string; as?: string }) => {
      const actor = actorOf(options.as, process.env);
      const target = ticketsTableTarget(options.table);
      const client = new DynamoDBClient(target.client);
      const documents = documentClient(client);
      try {
        const store = new DynamoDbTicketActionStore(documents, target.tableName);
        const request = { ticketId, at: Date.now(), by: 'cli', actor };
        const outcome =
          action === 'ack'
            ? await store.acknowledgeTicket(request)
            : await store.resolveTicket(request);
        if (outcome.kind === 'not-found') {
          throw new CliInputError(`${ticketId}: no such ticket in ${target.description}`);
        }
        io.out(report(action, ticketId, outcome));
      } finally {
        documents.destroy();
        client.destroy();
      }
    });
}
