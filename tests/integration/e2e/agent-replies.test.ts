// Agents answering from their inbox on the whole local stack of `npm start` with the example
// company's configuration: a customer's mail becomes a ticket, the agent answers the assignment
// email as any mail program would (quoting it whole), and what the customer reads comes out of
// the SES stand-in's inbox. Every refusal is shown to send nothing at all.
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_VERDICTS_HEADER } from '../../../functions/core/ingest/mail-verdicts';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { replyAddress } from '../../../functions/core/replies/reply-address';
import { INGEST } from '../../../functions/definitions/ingest';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { REPLIES } from '../../../functions/definitions/replies';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import type { SentEmail } from '../../../functions/local-stack/ses-store';
import { EXAMPLE_CONFIG } from '../example-config';
import { decisionOf, eventually, isAutoReply, sentEmails } from './local-stack-harness';

/** Tuesday 2026-12-22 15:00 UTC: 16:00 in Berlin, its German-speaking team on shift. */
const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');
const LINK_SECRET = 'agent-replies-test-secret';
const LEAD_TOKEN = 'lead-token-agent-replies';
const CUSTOMER = 'lena.hoffmann@example.de';
const AGENT_WORDS = [
  'Hallo Frau Hoffmann,',
  '',
  'das tut mir leid. Ich schicke Ihnen heute zwei neue Gläser, sie kommen am Donnerstag an.',
].join('\n');

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

function customerMail(messageId: string, extra: string[] = [], body?: string): Buffer {
  return Buffer.from(
    [
      `From: Lena Hoffmann <${CUSTOMER}>`,
      'To: support@parcelwise.example',
      'Subject: Paket beschädigt angekommen',
      `Message-ID: <${messageId}>`,
      'Date: Tue, 22 Dec 2026 15:59:00 +0100',
      ...extra,
      'Content-Type: text/plain; charset=utf-8',
      '',
      body ?? 'Guten Tag, das Paket mit meiner Bestellung 5521 ist beschädigt angekommen.',
      '',
    ].join('\r\n'),
  );
}

/** What a mail program sends when the agent presses Reply: the whole email quoted below. */
function agentReply(options: {
  from: string;
  to: string;
  messageId: string;
  quoted: SentEmail;
  words?: string;
}): Buffer {
  const quoted = (options.quoted.body.text ?? '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\r\n');
  return Buffer.from(
    [
      `From: Agent <${options.from}>`,
      `To: ${options.to}`,
      `Subject: Re: ${options.quoted.subject}`,
      `Message-ID: <${options.messageId}>`,
      'Date: Tue, 22 Dec 2026 16:10:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      (options.words ?? AGENT_WORDS).replace(/\n/g, '\r\n'),
      '',
      'Am 22.12.2026 um 16:00 schrieb Sunroute <support@sunroute.local>:',
      quoted,
      '',
    ].join('\r\n'),
  );
}

describe('agents answer from their inbox (local stack)', () => {
  let stack: LocalStack;
  let url: string;

  async function post(body: Buffer, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}${INGEST.emailPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'message/rfc822',
        'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, TUESDAY_AFTERNOON),
        ...headers,
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  const ticketItem = async (ticketId: string) =>
    (
      await stack.clients.documents.send(
        new GetCommand({
          TableName: stack.env[TICKETS_TABLE.tableNameEnv],
          Key: { pk: `TICKET#${ticketId}`, sk: 'TICKET' },
          ConsistentRead: true,
        }),
      )
    ).Item;

  const messages = async (ticketId: string) =>
    (
      await stack.clients.documents.send(
        new QueryCommand({
          TableName: stack.env[TICKETS_TABLE.tableNameEnv],
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :message)',
          ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}`, ':message': 'MESSAGE#' },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];

  /** A customer's mail routed, and the agent email about it. */
  async function newTicket(messageId: string) {
    expect((await post(customerMail(messageId))).status).toBe(202);
    const ticketId = `email:${messageId}`;
    expect(
      await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined, 20_000),
    ).toBe(true);
    const decision = (await decisionOf(stack, ticketId))!;
    const findEmail = async () =>
      (await sentEmails(stack)).find(
        (email) => !isAutoReply(email) && (email.body.text ?? '').includes(ticketId),
      );
    expect(await eventually(async () => (await findEmail()) !== undefined, 10_000)).toBe(true);
    return { ticketId, agent: decision.agent!, assignment: (await findEmail())! };
  }

  const agentEmail = (agent: string) => `${agent}@parcelwise.example`;

  /**
   * Emails other than customers' acknowledgements, once none has arrived for half a second: the
   * router may still be sending a new ticket's acknowledgement when a test posts its reply.
   */
  async function settledEmails(): Promise<number> {
    let count = -1;
    for (;;) {
      const now = (await sentEmails(stack)).filter((email) => !isAutoReply(email)).length;
      if (now === count) return now;
      count = now;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Posts `mail` and shows that nothing was sent for it: no answer, no bounce. */
  async function expectRefused(mail: Buffer, refusal: string, headers?: Record<string, string>) {
    const before = await settledEmails();
    const answer = await post(mail, headers);
    expect(answer).toEqual({ status: 202, json: { reply: 'refused', refusal } });
    expect(await settledEmails()).toBe(before);
  }

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'replies',
      configDocument: EXAMPLE_CONFIG,
      ticketLinkSecret: LINK_SECRET,
      adminTokens: { lead: LEAD_TOKEN, reader: 'reader-token-agent-replies' },
      router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
      waitTimeSeconds: 1,
      log: { info() {}, warn() {}, error() {} },
    });
    url = stack.http!.url;
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('sends the agent’s words, and only those, to the customer in their thread', async () => {
    const { ticketId, agent, assignment } = await newTicket('lena-1@mail.example.de');
    expect(assignment.replyTo).toEqual([
      replyAddress(LINK_SECRET, { ticketId, assignment: 1 }, REPLIES.localDomain),
    ]);
    const answer = await post(
      agentReply({
        from: agentEmail(agent),
        to: assignment.replyTo[0]!,
        messageId: 'agent-1@parcelwise.example',
        quoted: assignment,
      }),
    );
    expect(answer).toEqual({ status: 202, json: { reply: 'sent', ticketId } });

    const toCustomer = (await sentEmails(stack)).filter(
      (email) => email.destination.to.includes(CUSTOMER) && !isAutoReply(email),
    );
    expect(toCustomer).toHaveLength(1);
    const [reply] = toCustomer;
    expect(reply!.from).toMatch(/<support@parcelwise\.example>$/);
    expect(reply!.subject).toBe('Re: Paket beschädigt angekommen');
    expect(reply!.body.text).toBe(`${AGENT_WORDS}\n`);
    // Nothing of the assignment email: not its facts, not the reasons, not the links.
    expect(reply!.body.html).not.toContain(ticketId);
    expect(reply!.headers).toEqual(
      expect.arrayContaining([
        { name: 'In-Reply-To', value: '<lena-1@mail.example.de>' },
        { name: 'References', value: '<lena-1@mail.example.de>' },
        { name: 'Auto-Submitted', value: 'no' },
      ]),
    );

    const item = (await ticketItem(ticketId))!;
    expect(item.firstReplyAt).toBe(new Date(TUESDAY_AFTERNOON).toISOString());
    expect(item.acknowledgedAt).toBe(new Date(TUESDAY_AFTERNOON).toISOString());
    // Sent and acknowledged: nothing is left for a scheduler run to read (byFollowUp).
    expect(item.pendingEmails).toBe(false);
    expect(item).not.toHaveProperty('followUpKey');
    expect(item).not.toHaveProperty('followUpDue');
    expect(await messages(ticketId)).toEqual([
      expect.objectContaining({
        sk: 'MESSAGE#001',
        from: 'agent',
        agent,
        text: AGENT_WORDS,
        messageId: 'agent-1@parcelwise.example',
        sentMessageId: reply!.messageId,
      }),
    ]);
    // What a support lead reads: the milestone and the conversation, not the reply key.
    const detail = (await (
      await fetch(`${url}/tickets/${encodeURIComponent(ticketId)}`, {
        headers: { authorization: `Bearer ${LEAD_TOKEN}` },
      })
    ).json()) as Record<string, Record<string, unknown> & unknown[]>;
    expect(detail.ticket).toMatchObject({ firstReplyAt: item.firstReplyAt });
    expect(detail.ticket).not.toHaveProperty('identifierKey');
    expect(detail.messages).toEqual([
      expect.objectContaining({ sequence: 1, from: 'agent', agent, text: AGENT_WORDS }),
    ]);
    expect(detail.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'replied', actor: agent })]),
    );
  }, 60_000);

  it('takes an answer whose reply address is only in the envelope (Bcc)', async () => {
    const { ticketId, agent, assignment } = await newTicket('lena-bcc@mail.example.de');
    const mail = agentReply({
      from: agentEmail(agent),
      to: 'notes@parcelwise.example',
      messageId: 'agent-bcc@parcelwise.example',
      quoted: assignment,
      words: 'Die Gläser sind unterwegs.',
    });
    // Neither To nor Cc names it: only the gateway's envelope does.
    expect(mail.toString()).not.toContain(assignment.replyTo[0]!);
    expect(
      await post(mail, {
        [INGEST.envelopeHeader]: `notes@parcelwise.example, ${assignment.replyTo[0]!}`,
      }),
    ).toEqual({ status: 202, json: { reply: 'sent', ticketId } });
    const toCustomer = (await sentEmails(stack)).filter(
      (email) =>
        email.destination.to.includes(CUSTOMER) &&
        (email.body.text ?? '') === 'Die Gläser sind unterwegs.\n',
    );
    expect(toCustomer).toHaveLength(1);
    // A header that is not a list of addresses is refused, naming it.
    const refused = await post(mail, { [INGEST.envelopeHeader]: 'not an address' });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/^Sunroute-Envelope-To:/);
  }, 60_000);

  it('refuses a sender who is not the holder, or whose mail server failed its checks', async () => {
    const { ticketId, agent, assignment } = await newTicket('lena-2@mail.example.de');
    const to = assignment.replyTo[0]!;
    const mail = (from: string) =>
      agentReply({ from, to, messageId: `forged-${from}`, quoted: assignment });
    await expectRefused(mail('mallory@evil.example'), 'sender-not-allowed');
    // Another agent of the same team: only the holder answers unless replies.from is `team`.
    const teammate = ['jonas.becker', 'claire.martin', 'anouk.devries'].find((id) => id !== agent)!;
    await expectRefused(mail(agentEmail(teammate)), 'sender-not-allowed');
    // The holder's own address, but DMARC says someone else wrote it.
    await expectRefused(mail(agentEmail(agent)), 'sender-unverified', {
      [MAIL_VERDICTS_HEADER]: 'spf=fail; dkim=fail; dmarc=fail',
    });
    // A reply that is only the quote: the agent email must never reach the customer.
    await expectRefused(
      agentReply({
        from: agentEmail(agent),
        to,
        messageId: 'empty',
        quoted: assignment,
        words: '',
      }),
      'no-words',
    );
    expect((await ticketItem(ticketId))!.firstReplyAt).toBeUndefined();
  }, 60_000);

  it('refuses forged, other tickets’ and stale addresses', async () => {
    const first = await newTicket('lena-3@mail.example.de');
    const second = await newTicket('lena-4@mail.example.de');
    const [local, domain] = first.assignment.replyTo[0]!.split('@');
    const [, key, , mac] = /^reply-([0-9a-f]+)-(\d+)-([0-9a-f]+)$/.exec(local!)!;
    const reply = (to: string, from = first.agent) =>
      agentReply({ from: agentEmail(from), to, messageId: `x-${to}`, quoted: first.assignment });

    await expectRefused(
      reply(`reply-${key}-1-${'0'.repeat(mac!.length)}@${domain}`),
      'forged-address',
    );
    await expectRefused(
      reply(`reply-${'0'.repeat(key!.length)}-1-${mac}@${domain}`),
      'unknown-address',
    );
    await expectRefused(reply(`reply-nonsense@${domain}`), 'malformed-address');
    // The second ticket's key with the first's signature: signed for another ticket.
    const secondKey = /reply-([0-9a-f]+)-/.exec(second.assignment.replyTo[0]!)![1];
    await expectRefused(reply(`reply-${secondKey}-1-${mac}@${domain}`), 'forged-address');
    // The second ticket's own address, answered by the first ticket's agent: routing may have
    // given both tickets to one agent, so the second is first given to someone else.
    const assign = (ticketId: string, agent: string) =>
      fetch(`${url}/tickets/${encodeURIComponent(ticketId)}/assign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${LEAD_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ agent, overCapacity: true }),
      });
    let secondAddress = second.assignment.replyTo[0]!;
    if (second.agent === first.agent) {
      const other = ['jonas.becker', 'claire.martin', 'anouk.devries'].find(
        (id) => id !== first.agent,
      )!;
      expect((await assign(second.ticketId, other)).status).toBe(200);
      secondAddress = replyAddress(
        LINK_SECRET,
        { ticketId: second.ticketId, assignment: 2 },
        REPLIES.localDomain,
      );
    }
    await expectRefused(reply(secondAddress), 'sender-not-allowed');

    // A support lead gives the first ticket to a teammate: the old email's address is stale.
    const teammate = ['jonas.becker', 'claire.martin', 'anouk.devries'].find(
      (id) => id !== first.agent,
    )!;
    expect((await assign(first.ticketId, teammate)).status).toBe(200);
    await expectRefused(reply(first.assignment.replyTo[0]!, teammate), 'stale-address');
  }, 90_000);

  it('keeps one ticket for the conversation and follows it to the new holder', async () => {
    const first = await newTicket('lena-5@mail.example.de');
    expect(
      (
        await post(
          agentReply({
            from: agentEmail(first.agent),
            to: first.assignment.replyTo[0]!,
            messageId: 'agent-5@parcelwise.example',
            quoted: first.assignment,
          }),
        )
      ).json,
    ).toEqual({ reply: 'sent', ticketId: first.ticketId });
    // A support lead gives the ticket to a teammate, then the customer answers in the thread.
    const teammate = ['jonas.becker', 'claire.martin', 'anouk.devries'].find(
      (id) => id !== first.agent,
    )!;
    const assigned = await fetch(`${url}/tickets/${encodeURIComponent(first.ticketId)}/assign`, {
      method: 'POST',
      headers: { authorization: `Bearer ${LEAD_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ agent: teammate, overCapacity: true }),
    });
    expect(assigned.status).toBe(200);
    const before = (await sentEmails(stack)).length;
    const answer = await post(
      customerMail(
        'lena-6@mail.example.de',
        [
          'In-Reply-To: <agent-reply-seen-by-lena@parcelwise.example>',
          'References: <lena-5@mail.example.de> <agent-reply-seen-by-lena@parcelwise.example>',
        ],
        'Danke! Kommen die Gläser auch einzeln verpackt?\n\nAm 22.12.2026 schrieb Support:\n> das tut mir leid.',
      ),
    );
    expect(answer).toEqual({
      status: 202,
      json: { joined: first.ticketId, threadId: 'email:lena-5@mail.example.de' },
    });
    // No new ticket: the mail's own id names none.
    expect(await decisionOf(stack, 'email:lena-6@mail.example.de')).toBeUndefined();
    const told = (await sentEmails(stack)).slice(before);
    expect(told).toHaveLength(1);
    const [notice] = told;
    expect(notice!.destination.to).toEqual([agentEmail(teammate)]);
    expect(notice!.body.text).toContain('Kommen die Gläser auch einzeln verpackt?');
    expect(notice!.body.text).toContain('das tut mir leid. Ich schicke Ihnen heute');
    expect(notice!.replyTo).toEqual([
      replyAddress(LINK_SECRET, { ticketId: first.ticketId, assignment: 2 }, REPLIES.localDomain),
    ]);

    // The new holder answers from the notice: threaded under the customer's latest mail.
    expect(
      (
        await post(
          agentReply({
            from: agentEmail(teammate),
            to: notice!.replyTo[0]!,
            messageId: 'agent-6@parcelwise.example',
            quoted: notice!,
            words: 'Ja, jedes Glas kommt einzeln in Luftpolsterfolie.',
          }),
        )
      ).json,
    ).toEqual({ reply: 'sent', ticketId: first.ticketId });
    const toCustomer = (await sentEmails(stack)).filter(
      (email) => email.destination.to.includes(CUSTOMER) && email.subject.startsWith('Re:'),
    );
    const last = toCustomer.at(-1)!;
    expect(last.body.text).toBe('Ja, jedes Glas kommt einzeln in Luftpolsterfolie.\n');
    expect(last.headers).toEqual(
      expect.arrayContaining([
        { name: 'In-Reply-To', value: '<lena-6@mail.example.de>' },
        // The whole chain: what the customer's mail program referenced, then their latest mail.
        {
          name: 'References',
          value:
            '<lena-5@mail.example.de> <agent-reply-seen-by-lena@parcelwise.example> <lena-6@mail.example.de>',
        },
      ]),
    );
    expect((await messages(first.ticketId)).map((item) => [item.sk, item.from])).toEqual([
      ['MESSAGE#001', 'agent'],
      ['MESSAGE#002', 'customer'],
      ['MESSAGE#003', 'agent'],
    ]);
  }, 90_000);
});
