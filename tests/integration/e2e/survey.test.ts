// The customer survey on the whole local stack as `npm start` runs it: resolving an email ticket
// sends the customer one question in their language, in their thread; opening the link records
// nothing; posting the form records the answer, and the next report counts it; a changed answer
// moves, it does not count twice; a forged link records nothing.
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbReportsStore } from '../../../functions/adapters/dynamodb/dynamodb-reports-store';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { parseReportQuery } from '../../../functions/core/reports/report-query';
import { REPORTS_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { readReport } from '../../../functions/shared/read-report';
import { EXAMPLE_CONFIG } from '../example-config';
import {
  decisionOf,
  eventually,
  sendBodies,
  sentEmails,
  TUESDAY_AFTERNOON,
} from './local-stack-harness';

const quiet = { info() {}, warn() {}, error() {} };
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack({
    ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
    httpPort: 0,
    prefix: 'survey',
    configDocument: EXAMPLE_CONFIG,
    router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
    waitTimeSeconds: 1,
    log: quiet,
  });
}, 60_000);

afterAll(() => stack?.stop(), 60_000);

const TICKET = 'email:survey-1@kunde.example';

async function report() {
  await stack.reports.settled();
  const parsed = parseReportQuery(
    { from: '2026-12-21', to: '2026-12-27', by: 'language' },
    DateTime.utc(),
  );
  if ('errors' in parsed) throw new Error('bad query');
  const store = new DynamoDbReportsStore(
    stack.clients.documents,
    stack.env[REPORTS_TABLE.tableNameEnv]!,
  );
  return (await readReport(store, parsed.query)).rows.find((row) => row.key === 'de')!;
}

const surveyItem = async () =>
  (
    await stack.clients.documents.send(
      new GetCommand({
        TableName: stack.env[TICKETS_TABLE.tableNameEnv],
        Key: { pk: `TICKET#${TICKET}`, sk: 'SURVEY' },
      }),
    )
  ).Item;

const post = (url: string, fields: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

describe('the customer survey', () => {
  it('asks once in the thread, records only a POST, and the report counts the answer', async () => {
    await sendBodies(stack, [
      JSON.stringify({
        id: TICKET,
        channel: 'email',
        receivedAt: '2026-12-22T14:58:00Z',
        subject: 'Lieferung fehlt',
        body: 'Guten Tag, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen, wo sie ist?',
        customer: { name: 'Kim Becker', email: 'kim@kunde.example', country: 'DE' },
        mail: { messageId: 'survey-1@kunde.example' },
      }),
    ]);
    expect(await eventually(async () => (await decisionOf(stack, TICKET)) !== undefined)).toBe(
      true,
    );
    const actions = new DynamoDbTicketActionStore(
      stack.clients.documents,
      stack.env[TICKETS_TABLE.tableNameEnv]!,
    );
    const resolved = await actions.resolveTicket({
      ticketId: TICKET,
      at: TUESDAY_AFTERNOON + 3_600_000,
      by: 'cli',
      actor: 'lead',
    });
    expect(resolved.kind).toBe('done');

    const surveys = async () =>
      (await sentEmails(stack)).filter(
        (email) =>
          email.subject.startsWith('Re: Lieferung fehlt') &&
          (email.body.text ?? '').includes('Wie waren wir?'),
      );
    expect(await eventually(async () => (await surveys()).length > 0)).toBe(true);
    const [survey, ...more] = await surveys();
    expect(more).toEqual([]);
    expect(survey!.destination.to).toEqual(['kim@kunde.example']);
    expect(survey!.headers).toEqual(
      expect.arrayContaining([{ name: 'In-Reply-To', value: '<survey-1@kunde.example>' }]),
    );
    const url = /https?:\/\/\S+\/survey\/\S+/.exec(survey!.body.text ?? '')![0];

    // What a mail scanner does: it opens the link and records nothing.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post">');
    expect(html).toContain('Ausgezeichnet');
    expect((await surveyItem())?.score).toBeUndefined();
    expect(await report()).toMatchObject({ resolved: 1, surveys: 0, csat: null });

    const token = new URL(url).searchParams.get('t')!;
    const answered = await post(url.split('?')[0]!, {
      t: token,
      lang: 'de',
      score: '5',
      comment: 'Schnell und freundlich',
    });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('Ihre Antwort wurde gespeichert');
    expect(await report()).toMatchObject({ surveys: 1, csat: 1, avgScore: 5 });

    const changed = await post(url.split('?')[0]!, { t: token, lang: 'de', score: '2' });
    expect(await changed.text()).toContain('Ihre Antwort wurde geändert');
    expect(await report()).toMatchObject({ surveys: 1, csat: 0, avgScore: 2 });
    expect(await surveyItem()).toMatchObject({ score: 2 });
    expect((await surveyItem())?.comment).toBeUndefined();

    // A forged token, or one for another ticket, records nothing.
    const forged = await post(url.split('?')[0]!, { t: `${token.slice(0, -2)}AA`, score: '5' });
    expect(forged.status).toBe(403);
    const bad = await post(url.split('?')[0]!, { t: token, score: '9' });
    expect(bad.status).toBe(400);
    expect(await surveyItem()).toMatchObject({ score: 2 });

    // One survey per ticket: a second resolution attempt sends nothing more.
    await stack.reports.settled();
    expect(
      (await sentEmails(stack)).filter((email) =>
        (email.body.text ?? '').includes('Wie waren wir?'),
      ),
    ).toHaveLength(1);
  });
});
