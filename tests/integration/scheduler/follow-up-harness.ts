// The router and the scheduler on the shared stand-ins with the example company, addresses made
// unique to the run (so this test's mail can be told from others' in the shared SES store), and
// one simulated clock both read: a test routes a ticket, then moves the clock in the scheduler's
// five-minute steps and reads what happened where a support lead would.
import { awsSchedulerDependencies } from '../../../functions/scheduler/aws-dependencies';
import { runFollowUp, type FollowUpSummary } from '../../../functions/scheduler/run-follow-up';
import type { SchedulerDependencies } from '../../../functions/scheduler/dependencies';
import { readSchedulerEnvironment } from '../../../functions/scheduler/environment';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import type { TicketEvent } from '../../../functions/core/followup/ticket-history';
import { SCHEDULER } from '../../../functions/definitions/scheduler';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { ticketLinkSigner } from '../../../functions/shared/ticket-link-signer';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import type { SentEmail } from '../../../functions/local-stack/ses-store';
import { EXAMPLE_CONFIG } from '../example-config';
import { sqsRecord, startTestRouter, type TestRouter } from '../router/router-harness';
import { testLogger, testMetrics } from '../test-telemetry';
import { inject } from 'vitest';
import { parse, stringify } from 'yaml';

const { endpoints } = inject('standIns');

export const STEP_MS = SCHEDULER.everyMinutes * 60_000;

/** The key both sign the links of the assignment emails they write with. */
export const LINK_SECRET = 'follow-up-test-secret';

export interface FollowUpTest {
  readonly router: TestRouter;
  readonly tickets: DynamoDbTicketActionStore;
  /** A scheduler with clients of its own, as a second Lambda container would have. */
  scheduler(): SchedulerDependencies;
  route(ticket: Record<string, unknown>): Promise<void>;
  /**
   * Saves a new version of the example configuration as a support lead would, changed by `edit`
   * (the document as parsed, with this run's addresses); returns its version.
   */
  saveConfig(edit: (document: Record<string, unknown>) => void): Promise<number>;
  /** Runs the scheduler at every step after the clock up to `until`, moving the clock. */
  runUntil(until: number): Promise<FollowUpSummary[]>;
  ticket(id: string): Promise<Record<string, unknown>>;
  history(id: string): Promise<TicketEvent[]>;
  /** This run's sent emails that name the ticket, oldest first. */
  emails(id: string): Promise<SentEmail[]>;
  close(): void;
}

/**
 * The scheduler signs the links of the assignment emails it writes under `linksBaseUrl`; with
 * one given, the router does too (without, its emails carry no links).
 */
export async function startFollowUpTest(
  start: number,
  { linksBaseUrl }: { linksBaseUrl?: string } = {},
): Promise<FollowUpTest> {
  const router = await startTestRouter(
    linksBaseUrl === undefined
      ? {}
      : { ticketLinks: ticketLinkSigner(linksBaseUrl, async () => LINK_SECRET) },
  );
  const linksEnv = {
    [TICKET_LINKS.baseUrlEnv]: linksBaseUrl ?? 'http://links.test',
    [TICKET_LINKS.secretEnv]: LINK_SECRET,
  };
  router.now = start;
  const exampleYaml = EXAMPLE_CONFIG.replace(
    /([\w.-]+)@parcelwise\.example/g,
    `$1.${router.runId}@parcelwise.example`,
  );
  await router.saveConfig(exampleYaml);
  const tickets = new DynamoDbTicketActionStore(
    router.documents,
    router.env[TICKETS_TABLE.tableNameEnv]!,
  );
  const opened: { destroy(): void }[] = [];
  const scheduler = () => {
    const clients = createLocalClients(endpoints);
    opened.push(clients);
    return awsSchedulerDependencies(readSchedulerEnvironment({ ...router.env, ...linksEnv }), {
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
      clock: () => router.now,
      logger: testLogger(SCHEDULER.service),
      metrics: testMetrics(SCHEDULER.service),
    });
  };
  const main = scheduler();
  const ticket = async (id: string) =>
    (await router.ticketItems()).find((item) => item.ticketId === id) as Record<string, unknown>;
  return {
    router,
    tickets,
    scheduler,
    saveConfig: async (edit) => {
      const document = parse(exampleYaml) as Record<string, unknown>;
      edit(document);
      return router.saveConfig(stringify(document));
    },
    route: async (body) => {
      const response = await router.invoke([sqsRecord(JSON.stringify(body))]);
      if (response.batchItemFailures.length > 0) throw new Error(`not routed: ${body.id}`);
    },
    runUntil: async (until) => {
      const summaries: FollowUpSummary[] = [];
      while (router.now + STEP_MS <= until) {
        router.now += STEP_MS;
        summaries.push(await runFollowUp(main, router.now));
      }
      return summaries;
    },
    ticket,
    history: async (id) => (await ticket(id)).history as TicketEvent[],
    emails: async (id) =>
      (await router.sentEmails()).filter((email) => (email.body.text ?? '').includes(id)),
    close: () => {
      for (const clients of opened) clients.destroy();
      router.close();
    },
  };
}
