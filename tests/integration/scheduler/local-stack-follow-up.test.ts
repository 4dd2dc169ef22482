// Follow the sun on the whole local stack as `npm start` runs it (its own stand-ins on free
// ports): the router puts signed links into the agent's email, the local gateway serves their
// page and its button, and the scheduler's timer hands over what nobody acknowledged.
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { decisionOf, eventually, sendBodies, sentEmails } from '../e2e/local-stack-harness';
import { EXAMPLE_CONFIG } from '../example-config';
import { confirmLink } from '../link-page';

const quiet = { info() {}, warn() {}, error() {} };
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

let stack: LocalStack;
let now = Date.parse('2026-12-15T20:00:00Z');

beforeAll(async () => {
  stack = await startLocalStack({
    ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
    httpPort: 0,
    prefix: 'followup',
    configDocument: EXAMPLE_CONFIG,
    router: { clock: () => now, logger: new Logger({ logLevel: 'SILENT' }) },
    // The test runs the scheduler itself; the timer would fire only after an hour.
    scheduler: { everyMs: 3_600_000 },
    waitTimeSeconds: 1,
    log: quiet,
  });
}, 60_000);

afterAll(() => stack?.stop(), 60_000);

const ticket = (id: string) =>
  JSON.stringify({
    id,
    channel: 'email',
    receivedAt: new Date(now).toISOString(),
    subject: 'Colis non livré',
    body: 'Bonjour, mon colis devait arriver la semaine dernière et il n’est toujours pas là. Pouvez-vous vérifier où il se trouve ?',
    customer: { name: 'Camille Durand', country: 'JP' },
    priority: 'low',
  });

const textTo = async (address: string, id: string) =>
  (await sentEmails(stack)).filter(
    (email) => email.destination.to?.includes(address) && email.body.text?.includes(id),
  );

describe('follow the sun on the local stack', () => {
  it('hands over the unacknowledged ticket and leaves the acknowledged one', async () => {
    await sendBodies(stack, [ticket('kept'), ticket('moved')]);
    expect(
      await eventually(
        async () =>
          (await decisionOf(stack, 'kept')) !== undefined && !!(await decisionOf(stack, 'moved')),
        20_000,
      ),
    ).toBe(true);
    const daniel = 'daniel.tremblay@parcelwise.example';
    const [keptEmail] = await textTo(daniel, 'kept');
    const ack = /^Acknowledge: (\S+)$/m.exec(keptEmail!.body.text!)![1]!;
    expect(ack.startsWith(`${stack.http!.url}/tickets/kept/ack?token=`)).toBe(true);
    const { page, answer } = await confirmLink(ack);
    expect(page.status).toBe(200);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('Ticket acknowledged');

    now = Date.parse('2026-12-16T00:45:00Z');
    const run = await stack.scheduler!.runNow();
    expect(run).toMatchObject({ open: 2, handedOver: 1, escalated: 0, failed: 0 });
    expect(await decisionOf(stack, 'kept')).toMatchObject({ team: 'na-east' });
    expect(await decisionOf(stack, 'moved')).toMatchObject({
      team: 'tokyo',
      at: '2026-12-16T01:00:00.000Z',
    });
    expect(await textTo(daniel, 'moved')).toHaveLength(2); // the assignment, then the handover
  }, 60_000);
});
