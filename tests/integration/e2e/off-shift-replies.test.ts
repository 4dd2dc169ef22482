// A customer's answer to a ticket whose holder has gone home, on the whole local stack with the
// example company's configuration: the agent answered in the afternoon, Berlin's shift ended, and
// the customer's next mail hands the ticket (the same one) to someone on shift, who gets the
// whole conversation and the new reply address; the agent who answered and left gets nothing new.
// A ticket nobody answered goes with the scheduler's handover emails.
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { replyAddress } from '../../../functions/core/replies/reply-address';
import { INGEST } from '../../../functions/definitions/ingest';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { REPLIES } from '../../../functions/definitions/replies';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { EXAMPLE_CONFIG } from '../example-config';
import { decisionOf, eventually, isAutoReply, sentEmails } from './local-stack-harness';

/** Tuesday 2026-12-22 15:00 UTC: 16:00 in Berlin, its German-speaking team on shift. */
const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');
/** 18:30 in Berlin: its team went home at 18:00 (17:00 UTC). */
const TUESDAY_EVENING = Date.parse('2026-12-22T17:30:00Z');
const LINK_SECRET = 'off-shift-replies-test-secret';
const CUSTOMER = 'lena.hoffmann@example.de';
const FIRST_ANSWER = 'Hallo Frau Hoffmann, ich schicke Ihnen heute zwei neue Gläser.';
const SECOND_MAIL = 'Danke! Kommen die Gläser auch einzeln verpackt?';
const BERLIN = ['jonas.becker', 'claire.martin', 'anouk.devries'];

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

function mail(lines: string[], body: string): Buffer {
  return Buffer.from(
    [...lines, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
  );
}

describe('a customer answers after the holder’s shift ended (local stack)', () => {
  let stack: LocalStack;
  let url: string;
  let now = TUESDAY_AFTERNOON;

  async function post(body: Buffer) {
    const response = await fetch(`${url}${INGEST.emailPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'message/rfc822',
        'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, now),
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  const table = () => stack.env[TICKETS_TABLE.tableNameEnv];
  const item = async (pk: string, sk: string) =>
    (
      await stack.clients.documents.send(
        new GetCommand({ TableName: table(), Key: { pk, sk }, ConsistentRead: true }),
      )
    ).Item;
  const load = async (agent: string) =>
    Number((await item(`AGENT#${agent}`, 'LOAD'))?.openTickets ?? 0);
  const messages = async (ticketId: string) =>
    (
      await stack.clients.documents.send(
        new QueryCommand({
          TableName: table(),
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :message)',
          ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}`, ':message': 'MESSAGE#' },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'offshift',
      configDocument: EXAMPLE_CONFIG,
      ticketLinkSecret: LINK_SECRET,
      router: { clock: () => now, logger: new Logger({ logLevel: 'SILENT' }) },
      waitTimeSeconds: 1,
      log: { info() {}, warn() {}, error() {} },
    });
    url = stack.http!.url;
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('hands the answered ticket to an agent on shift, with the conversation so far', async () => {
    // The customer writes; a Berlin agent gets the ticket and answers it.
    const first = mail(
      [
        `From: Lena Hoffmann <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        'Subject: Paket beschädigt angekommen',
        'Message-ID: <lena-evening-1@mail.example.de>',
        'Date: Tue, 22 Dec 2026 15:59:00 +0100',
      ],
      'Guten Tag, das Paket mit meiner Bestellung 5521 ist beschädigt angekommen.',
    );
    expect((await post(first)).status).toBe(202);
    const ticketId = 'email:lena-evening-1@mail.example.de';
    expect(await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined)).toBe(
      true,
    );
    const holder = (await decisionOf(stack, ticketId))!.agent!;
    expect(BERLIN).toContain(holder);
    const assignmentAddress = replyAddress(
      LINK_SECRET,
      { ticketId, assignment: 1 },
      REPLIES.localDomain,
    );
    const answer = (to: string) =>
      mail(
        [
          `From: Agent <${holder}@parcelwise.example>`,
          `To: ${to}`,
          'Subject: Re: Paket beschädigt angekommen',
          `Message-ID: <answer-${now}@parcelwise.example>`,
        ],
        FIRST_ANSWER,
      );
    expect(await post(answer(assignmentAddress))).toEqual({
      status: 202,
      json: { reply: 'sent', ticketId },
    });
    const holderLoad = await load(holder);

    // Berlin goes home; the customer answers in the thread.
    now = TUESDAY_EVENING;
    const before = (await sentEmails(stack)).length;
    const second = mail(
      [
        `From: Lena Hoffmann <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        'Subject: Re: Paket beschädigt angekommen',
        'Message-ID: <lena-evening-2@mail.example.de>',
        'In-Reply-To: <lena-evening-1@mail.example.de>',
        'References: <lena-evening-1@mail.example.de>',
        'Date: Tue, 22 Dec 2026 18:29:00 +0100',
      ],
      SECOND_MAIL,
    );
    expect(await post(second)).toEqual({
      status: 202,
      json: { joined: ticketId, threadId: ticketId },
    });

    // The same ticket, now held by someone on shift, under its next assignment.
    const ticket = (await item(`TICKET#${ticketId}`, 'TICKET'))!;
    const newHolder = ticket.agent as string;
    expect(ticket).toMatchObject({ status: 'assigned', assignment: 2 });
    expect(ticket.team).not.toBe('emea-berlin');
    // Its emails sent and the ticket answered: not left for a scheduler run to read (byFollowUp).
    expect(ticket.pendingEmails).toBe(false);
    expect(ticket).not.toHaveProperty('followUpKey');
    expect(newHolder).not.toBe(holder);
    expect(ticket.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: 'handed-over', by: 'customer-mail', agent: newHolder }),
      ]),
    );
    expect(await load(holder)).toBe(holderLoad - 1);
    expect(await load(newHolder)).toBeGreaterThanOrEqual(1);
    expect(await decisionOf(stack, 'email:lena-evening-2@mail.example.de')).toBeUndefined();

    // The new holder reads everything.
    const told = (await sentEmails(stack)).slice(before).filter((email) => !isAutoReply(email));
    const toNew = told.filter((email) =>
      email.destination.to.includes(`${newHolder}@parcelwise.example`),
    );
    expect(toNew).toHaveLength(1);
    expect(toNew[0]!.body.text).toContain(SECOND_MAIL);
    expect(toNew[0]!.body.text).toContain(FIRST_ANSWER);
    expect(toNew[0]!.body.text).toContain('Bestellung 5521 ist beschädigt');
    expect(toNew[0]!.replyTo).toEqual([
      replyAddress(LINK_SECRET, { ticketId, assignment: 2 }, REPLIES.localDomain),
    ]);
    // The agent who answered and left gets nothing new: the ticket was theirs until tomorrow.
    expect(told).toHaveLength(1);
    expect((await messages(ticketId)).map((message) => [message.sk, message.from])).toEqual([
      ['MESSAGE#001', 'agent'],
      ['MESSAGE#002', 'customer'],
    ]);

    // The same mail again (signed anew, as a retry is) joins once and tells nobody twice.
    const after = (await sentEmails(stack)).length;
    now += 1_000;
    expect((await post(second)).json).toEqual({ joined: ticketId, threadId: ticketId });
    expect((await sentEmails(stack)).length).toBe(after);
    expect(await messages(ticketId)).toHaveLength(2);

    // The old email's reply address is stale; the new holder's works.
    expect(await post(answer(assignmentAddress))).toEqual({
      status: 202,
      json: { reply: 'refused', refusal: 'stale-address' },
    });
    expect((await sentEmails(stack)).length).toBe(after);
  }, 90_000);

  it('hands over a ticket nobody answered yet with the scheduler’s own emails', async () => {
    now = TUESDAY_AFTERNOON;
    const ticketId = 'email:lena-evening-3@mail.example.de';
    const first = mail(
      [
        `From: Lena Hoffmann <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        'Subject: Rechnung doppelt',
        'Message-ID: <lena-evening-3@mail.example.de>',
      ],
      'Guten Tag, die Rechnung 7730 wurde mir zweimal abgebucht.',
    );
    expect((await post(first)).status).toBe(202);
    expect(await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined)).toBe(
      true,
    );
    const holder = (await decisionOf(stack, ticketId))!.agent!;

    now = TUESDAY_EVENING + 60_000;
    const before = (await sentEmails(stack)).length;
    const again = mail(
      [
        `From: Lena Hoffmann <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        'Subject: Re: Rechnung doppelt',
        'Message-ID: <lena-evening-4@mail.example.de>',
        'In-Reply-To: <lena-evening-3@mail.example.de>',
      ],
      'Hallo? Ich warte noch auf eine Antwort.',
    );
    expect((await post(again)).json).toEqual({ joined: ticketId, threadId: ticketId });
    const ticket = (await item(`TICKET#${ticketId}`, 'TICKET'))!;
    expect(ticket.agent).not.toBe(holder);
    const told = (await sentEmails(stack)).slice(before).filter((email) => !isAutoReply(email));
    const toNew = told.filter((email) =>
      email.destination.to.includes(`${String(ticket.agent)}@parcelwise.example`),
    );
    const toOld = told.filter((email) =>
      email.destination.to.includes(`${holder}@parcelwise.example`),
    );
    // As at a shift's end: the new holder's email is marked a handover, the old holder is told.
    expect(toNew).toHaveLength(1);
    expect(toNew[0]!.subject).toContain('HANDOVER');
    expect(toNew[0]!.body.text).toContain('Ich warte noch auf eine Antwort.');
    expect(toOld).toHaveLength(1);
    expect(toOld[0]!.body.text).not.toContain('Ich warte noch auf eine Antwort.');
    expect(told).toHaveLength(2);
  }, 90_000);
});
