import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Command } from 'commander';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbTicketActionStore } from '../adapters/dynamodb/dynamodb-ticket-action-store';
import type { TicketActionOutcome } from '../adapters/ticket-action-store';
import type { StoredTicket } from '../adapters/ticket-store';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';
import { ticketsTableTarget } from './tickets-table';

type Action = 'ack' | 'resolve';

function holder(ticket: StoredTicket): string {
  if (ticket.agent !== null) return `agent ${ticket.agent} of team ${ticket.team}`;
  return ticket.team === null ? 'no team' : `team ${ticket.team}`;
}

function report(action: Action, ticketId: string, outcome: TicketActionOutcome): string {
  if (outcome.kind === 'not-found') return '';
  const { ticket } = outcome;
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
 * lead acting for an agent, straight on the tickets table (recorded as `by: cli`).
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
    .action(async (ticketId: string, options: { table?: string }) => {
      const target = ticketsTableTarget(options.table);
      const client = new DynamoDBClient(target.client);
      const documents = documentClient(client);
      try {
        const store = new DynamoDbTicketActionStore(documents, target.tableName);
        const request = { ticketId, at: Date.now(), by: 'cli' };
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
