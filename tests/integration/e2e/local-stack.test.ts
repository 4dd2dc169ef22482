import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import {
  decisionOf,
  demoTickets,
  emailsFor,
  eventually,
  receiveDeadLetters,
  sendBodies,
  sentEmails,
  TUESDAY_AFTERNOON,
} from './local-stack-harness';
import { EXAMPLE_CONFIG } from '../example-config';

const quiet = { info() {}, warn() {}, error() {} };
// The router's failures during the DynamoDB outage are expected here; metrics only go to logs.
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

describe('the local stack, end to end', () => {
  let stack: LocalStack;
  let dataDir: string;

  beforeAll(async () => {
    // On disk, so the tables survive DynamoDB's restart as they survive an outage in AWS.
    dataDir = mkdtempSync(join(tmpdir(), 'sunroute-e2e-'));
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      dynamoDataDir: dataDir,
      prefix: 'e2e',
      configDocument: EXAMPLE_CONFIG,
      router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
      // Failed records come back after 2 s instead of the queue's 180 s.
      visibilityTimeoutSeconds: 2,
      waitTimeSeconds: 1,
      log: quiet,
    });
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('routes the demo batch: every ticket recorded with a decision and one email each', async () => {
    const tickets = demoTickets('happy');
    await sendBodies(
      stack,
      tickets.map((ticket) => JSON.stringify(ticket)),
    );
    const ids = tickets.map((ticket) => String(ticket.id));
    expect(
      await eventually(
        async () => (await Promise.all(ids.map((id) => decisionOf(stack, id)))).every(Boolean),
        20_000,
      ),
    ).toBe(true);
    const decisions = await Promise.all(ids.map((id) => decisionOf(stack, id)));
    // At 15:00 UTC on a Tuesday the German ticket has German speakers on shift in Berlin.
    const german = decisions[ids.indexOf('demo-de-tracking-happy')]!;
    expect(german).toMatchObject({ status: 'assigned', team: 'emea-berlin', step: 1 });
    expect(german.language).toMatchObject({ code: 'de', source: 'text' });
    expect(new Set(decisions.map((decision) => decision!.region.code))).toEqual(
      new Set(['NA', 'EU', 'APAC']),
    );
    expect(
      await eventually(async () => {
        const emails = await sentEmails(stack);
        return ids.every((id) => emailsFor(emails, id).length >= 1);
      }, 10_000),
    ).toBe(true);
    const emails = await sentEmails(stack);
    for (const id of ids) expect(emailsFor(emails, id), id).toHaveLength(1);
  }, 40_000);

  it('dead-letters a poison message with its reason and routes the good ones beside it', async () => {
    const [good] = demoTickets('poison');
    const poison = JSON.stringify({ id: 'poison-1', channel: 'chat', body: 'no receivedAt' });
    const [, poisonMessageId] = await sendBodies(stack, [JSON.stringify(good), poison, '{oops']);
    expect(
      await eventually(
        async () => (await decisionOf(stack, String(good!.id))) !== undefined,
        15_000,
      ),
    ).toBe(true);
    const letters: Awaited<ReturnType<typeof receiveDeadLetters>> = [];
    await eventually(async () => {
      letters.push(...(await receiveDeadLetters(stack)));
      return letters.length >= 2;
    }, 15_000);
    const byBody = new Map(letters.map((letter) => [letter.body, letter.attributes]));
    expect(byBody.get(poison)).toMatchObject({
      'sunroute.field': 'receivedAt',
      'sunroute.sourceMessageId': poisonMessageId,
    });
    expect(byBody.get(poison)!['sunroute.reason']).toContain('receivedAt: is required');
    expect(byBody.get('{oops')!['sunroute.reason']).toMatch(/^\$: is not valid JSON/);
  }, 40_000);

  it('sends one email for a ticket delivered twice', async () => {
    const [ticket] = demoTickets('twice');
    const body = JSON.stringify(ticket);
    await sendBodies(stack, [body]);
    await sendBodies(stack, [body]);
    const id = String(ticket!.id);
    expect(
      await eventually(async () => emailsFor(await sentEmails(stack), id).length > 0, 15_000),
    ).toBe(true);
    // Long enough for the second copy to be received and processed as well.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(emailsFor(await sentEmails(stack), id)).toHaveLength(1);
  }, 40_000);

  it('loses nothing and emails nobody twice when DynamoDB dies in the middle of a batch', async () => {
    const tickets = [...demoTickets('crash-a'), ...demoTickets('crash-b')];
    const ids = tickets.map((ticket) => String(ticket.id));
    const sending = sendBodies(
      stack,
      tickets.map((ticket) => JSON.stringify(ticket)),
    );
    // Let the first batches start, then kill DynamoDB Local under them (requests in flight fail).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await stack.standIns.restartDynamo({ downForMs: 3_000 });
    await sending;
    const settled = await eventually(async () => {
      const decided = await Promise.all(ids.map((id) => decisionOf(stack, id)));
      return decided.every(Boolean);
    }, 60_000);
    const decided = await Promise.all(ids.map((id) => decisionOf(stack, id)));
    const undecided = ids.filter((_, index) => !decided[index]);
    // Whatever is not decided must be in the dead-letter queue, never simply gone.
    const letters = settled ? [] : await receiveDeadLetters(stack);
    for (const id of undecided) {
      expect(
        letters.some((letter) => letter.body.includes(`"${id}"`)),
        `${id} was lost`,
      ).toBe(true);
    }
    for (const decision of decided.filter(Boolean)) {
      expect(['assigned', 'queued']).toContain(decision!.status);
    }
    expect(
      await eventually(async () => {
        const emails = await sentEmails(stack);
        return decided.every(
          (decision, index) => !decision || emailsFor(emails, ids[index]!).length >= 1,
        );
      }, 20_000),
    ).toBe(true);
    const emails = await sentEmails(stack);
    for (const id of ids) expect(emailsFor(emails, id).length, id).toBeLessThanOrEqual(1);
  }, 120_000);
});
