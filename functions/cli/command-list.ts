import type { Command } from 'commander';
import { SIGNATURE_HEADER } from '../core/ingest/webhook-signature';
import type { CliIo } from './cli-io';
import { WEBHOOK_SECRET_ENV } from './webhook-signing-secret';

/** Adds one command, with its options and action, to the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** One `sunroute` command as `--help` lists it, and how to load the module that runs it. */
export interface CommandEntry {
  readonly name: string;
  /** What the command list shows before the summary, as commander would: `ack [options] <ticket>`. */
  readonly term: string;
  readonly summary: string;
  readonly load: () => Promise<RegisterCommand>;
}

/**
 * Every command, in the order `--help` lists them. Only the command being run is imported: the
 * others' dependencies (the AWS SDK for send, ack and the stored configuration; date-holidays;
 * the language model) would cost most of a second to load on every run.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'route',
    term: 'route [options]',
    summary: 'print the routing decision for a ticket as JSON (no AWS needed)',
    load: async () => (await import('./commands/route')).registerRouteCommand,
  },
  {
    name: 'coverage',
    term: 'coverage [options]',
    summary:
      'who can take a ticket over a period: every gap per region and per language, counting agents',
    load: async () => (await import('./commands/coverage')).registerCoverageCommand,
  },
  {
    name: 'detect',
    term: 'detect [options]',
    summary: 'the language of text on stdin, as routing sees it (quotes and signatures removed)',
    load: async () => (await import('./commands/detect')).registerDetectCommand,
  },
  {
    name: 'words',
    term: 'words [options]',
    summary:
      'the customer’s own words in a body on stdin: the text routing reads (quotes, signatures and footers removed)',
    load: async () => (await import('./commands/words')).registerWordsCommand,
  },
  {
    name: 'config',
    term: 'config <command>',
    summary: 'check and manage the configuration (validate, diff, apply, versions, rollback)',
    load: async () => (await import('./commands/config')).registerConfigCommands,
  },
  {
    name: 'holidays',
    term: 'holidays [options]',
    summary:
      'list the public holidays a team importing this country would get, or its subdivisions',
    load: async () => (await import('./commands/holidays')).registerHolidaysCommand,
  },
  {
    name: 'privacy',
    term: 'privacy <command>',
    summary:
      'a customer’s data: export everything held about them, or erase it (by email, phone or customer id); backfill identifiers',
    load: async () => (await import('./commands/privacy')).registerPrivacyCommands,
  },
  {
    name: 'send',
    term: 'send [options]',
    summary:
      'push tickets onto the ticket queue (local stack or deployed): one ticket, a JSON array, or JSON lines',
    load: async () => (await import('./commands/send')).registerSendCommand,
  },
  {
    name: 'send-email',
    term: 'send-email [options] <file>',
    summary:
      'post a raw email (.eml, RFC 822) to POST /ingest/email, signed, as SES receiving would hand it over',
    load: async () => (await import('./commands/send-email')).registerSendEmailCommand,
  },
  {
    name: 'sign',
    term: 'sign [options] <file>',
    summary:
      `print the ${SIGNATURE_HEADER} header line for a webhook body, to send it with curl ` +
      `(secret: $${WEBHOOK_SECRET_ENV}, else the local stack's)`,
    load: async () => (await import('./commands/sign')).registerSignCommand,
  },
  {
    name: 'ack',
    term: 'ack [options] <ticket>',
    summary: 'acknowledge a ticket for its agent: it stays with them and is not escalated',
    load: async () => (await import('./commands/ack')).registerAckCommand,
  },
  {
    name: 'resolve',
    term: 'resolve [options] <ticket>',
    summary: "mark a ticket resolved, giving its agent's capacity back",
    load: async () => (await import('./commands/resolve')).registerResolveCommand,
  },
  {
    name: 'assign',
    term: 'assign [options] <ticket> <agent>',
    summary:
      "give a ticket to an agent by hand, within the agent's capacity unless --over-capacity",
    load: async () => (await import('./commands/assign')).registerAssignCommand,
  },
  {
    name: 'report',
    term: 'report [options]',
    summary:
      'how support is doing: received, time to acknowledge and resolve, promises kept, handovers, CSAT, FCR by team, agent, language, region, channel, priority or hour',
    load: async () => (await import('./commands/report')).registerReportCommand,
  },
];

/** The summary `--help` shows for a command; the command's own module describes itself with it. */
export function commandSummary(name: string): string {
  const entry = COMMANDS.find((command) => command.name === name);
  if (!entry) throw new Error(`no sunroute command is named ${name}`);
  return entry.summary;
}
