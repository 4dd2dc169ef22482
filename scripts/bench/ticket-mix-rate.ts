// What storage alone allows the router: tickets per second through the router's own per-ticket
// sequence on DynamoDB (routing state read, assignTicket's transaction with its retries, the
// email marked sent), without SQS, SES or the handler, on a fresh tickets table so that agents
// fill up as they do in the end-to-end bench.
import { performance } from 'node:perf_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { assignTicket } from '../../functions/shared/assign-ticket';
import type { LiveConfig } from '../../functions/shared/config-cache';
import { DynamoDbTicketStore } from '../../functions/adapters/dynamodb/dynamodb-ticket-store';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { createTables } from '../../functions/local-stack/create-tables';
import { sampleTicket } from './sample-messages';

type Clients = { readonly dynamodb: DynamoDBClient; readonly documents: DynamoDBDocumentClient };

export interface TicketMixOptions {
  /** Prefix of the fresh tables. */
  readonly prefix: string;
  /** The routing instant. */
  readonly at: number;
}

export interface TicketMixRateOptions extends TicketMixOptions {
  /** Tickets in flight at once: pollers × batch size in the end-to-end bench. */
  readonly concurrency: number;
  readonly warmUpTickets: number;
  readonly measuredTickets: number;
}

/** Creates the tables and answers a function that routes sample ticket `i` through them. */
export async function createTicketMix(
  clients: Clients,
  live: LiveConfig,
  { prefix, at }: TicketMixOptions,
): Promise<(i: number) => Promise<void>> {
  const tables = await createTables(clients.dynamodb, prefix);
  const store = new DynamoDbTicketStore(clients.documents, tables[TICKETS_TABLE.tableNameEnv]!);
  const deps = {
    tickets: store,
    clock: () => at,
    logger: new Logger({ logLevel: 'ERROR' }),
    metrics: new Metrics({ namespace: 'bench', serviceName: 'bench' }),
  };
  const receivedAt = new Date(at).toISOString();
  return async (i: number) => {
    const result = await assignTicket(deps, live, sampleTicket(i, `mix-${i}`, receivedAt), at);
    if (result.kind === 'recorded' && result.email) {
      await store.markEmailSent(result.email, { messageId: `mix-message-${i}`, at });
    }
  };
}

export async function ticketMixRate(
  clients: Clients,
  live: LiveConfig,
  options: TicketMixRateOptions,
): Promise<number> {
  const route = await createTicketMix(clients, live, options);
  const { concurrency, warmUpTickets, measuredTickets } = options;
  let next = 0;
  const run = async (tickets: number) => {
    const stopAt = next + tickets;
    const worker = async () => {
      while (next < stopAt) await route(next++);
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return tickets / ((performance.now() - began) / 1000);
  };
  await run(warmUpTickets);
  return run(measuredTickets);
}
