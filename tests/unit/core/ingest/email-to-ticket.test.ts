import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emailToTicket } from '../../../../functions/core/ingest/email-to-ticket';
import { ingestEmail } from '../../../../functions/core/ingest/ingest-email';
import { parseInboundEmail } from '../../../../functions/core/ingest/parse-inbound-email';
import { ReceiveTimeError } from '../../../../functions/core/ingest/receive-time-error';
import { SenderAddressError } from '../../../../functions/core/ingest/sender-address-error';
import { MAX_EMAIL_BODY_BYTES } from '../../../../functions/core/ingest/truncate-text';
import { parseTicket } from '../../../../functions/core/ticket/ticket-schema';
import { RECEIVED_AT, emlFixture, rawEmail } from './email-fixtures';

async function ticketOf(raw: string | Buffer, options = { receivedAt: RECEIVED_AT }) {
  return emailToTicket(await parseInboundEmail(raw), options);
}

describe('emailToTicket — the ticket', () => {
  it('builds the whole ticket of a new Japanese mail', async () => {
    const { ticket, customerSource } = await ticketOf(emlFixture('ja-iso-2022-jp.eml'));
    expect(ticket).toEqual({
      id: 'email:20261222180512.4F2A1C@mail.example.jp',
      channel: 'email',
      receivedAt: '2026-12-22T09:15:00.000Z',
      subject: '注文した商品が届きません',
      body:
        'サポートご担当者様\n\n' +
        '12月15日に注文した商品（注文番号 A-20931）がまだ届きません。\n' +
        '配送状況を確認していただけますか。\n\n' +
        'よろしくお願いいたします。\n田中 由紀',
      customer: {
        id: 'yuki.tanaka@example.jp',
        name: '田中 由紀',
        email: 'yuki.tanaka@example.jp',
      },
      priority: 'normal',
      threadId: 'email:20261222180512.4F2A1C@mail.example.jp',
      tags: ['email'],
    });
    expect(customerSource).toBe('from');
    // What the queue carries passes the same schema the router applies.
    expect(parseTicket(JSON.parse(JSON.stringify(ticket))).ok).toBe(true);
  });

  it('takes the locale from Content-Language, in canonical form', async () => {
    const { ticket } = await ticketOf(emlFixture('de-windows-1252-qp.eml'));
    expect(ticket.customer).toEqual({
      id: 'jonas@example.de',
      name: 'Jonas Weber',
      email: 'jonas@example.de',
      locale: 'de-DE',
    });
    const lower = await ticketOf(rawEmail(['From: a@example.de', 'Content-Language: de-de, en']));
    expect(lower.ticket.customer.locale).toBe('de-DE');
    const invalid = await ticketOf(rawEmail(['From: a@example.de', 'Content-Language: 12']));
    expect(invalid.ticket.customer.locale).toBeUndefined();
  });

  it('tags a mail with attachments, and lists them beside the ticket only', async () => {
    const outcome = await ingestEmail(emlFixture('attachment.eml'), { receivedAt: RECEIVED_AT });
    if (outcome.outcome !== 'ticket') throw new Error('expected a ticket');
    expect(outcome.ticket.tags).toEqual(['email', 'attachments']);
    expect(outcome.attachments.map((attachment) => attachment.filename)).toEqual([
      'invoice INV-2291.pdf',
      'statement.png',
    ]);
    expect(JSON.stringify(outcome.ticket)).not.toContain('statement.png');
  });
});

describe('emailToTicket — ids and threads', () => {
  it('gives a Gmail reply the id of the thread it answers, from References', async () => {
    const root = await ticketOf(emlFixture('de-windows-1252-qp.eml'));
    const reply = await ticketOf(emlFixture('gmail-reply.eml'));
    expect(root.ticket.id).toBe('email:5f3e2a1b-9c7d-4e11-a2b0-7d3c9e8f1a42@example.de');
    expect(root.ticket.threadId).toBe(root.ticket.id);
    expect(reply.ticket.id).toBe(
      'email:CAHx9Lq3mT0v8nB2yR5kW1pZ7sD4fG6hJ9cV2xN0bM3qE8uA5wQ@mail.gmail.com',
    );
    expect(reply.ticket.threadId).toBe(root.ticket.id);
    expect(reply.ticket.subject).toBe(
      'Re: Bestellung 48213 nicht angekommen – bitte um Rückmeldung',
    );
    expect(reply.ticket.body).toMatch(
      /^Danke für die schnelle Antwort! Das Paket ist heute leider immer noch nicht da\.\nSoll ich noch warten oder schicken Sie ein neues\?\n\nJonas\n\nOn Mon, Dec 21, 2026 at 10:02 AM Sunroute Support <support@sunroute\.example> wrote:\n\n> Hallo Jonas,/,
    );
  });

  it('gives an Outlook reply the id of the thread it answers, whatever its Thread-Index', async () => {
    const root = await ticketOf(emlFixture('fr-iso-8859-1-qp.eml'));
    const reply = await ticketOf(emlFixture('outlook-reply.eml'));
    expect(root.ticket.threadId).toBe(
      'email:CAM7x2Yq0rT9=w4pQ1sZb8dK3vN6mF5hJ2gL0aX9cE7uR4tY1oA@mail.example.fr',
    );
    expect(reply.ticket.threadId).toBe(root.ticket.threadId);
    expect(reply.ticket.id).toBe(
      'email:PAXPR08MB6861D2E3F4A5B6C7D8E9F0A1B2C3D4E5@PAXPR08MB6861.eurprd08.prod.example.com',
    );
    expect(reply.ticket.customer.locale).toBe('fr-FR');
    expect(reply.ticket.body.split('\n').slice(0, 5)).toEqual([
      'Bonjour Mia,',
      '',
      "Merci, la réinitialisation a fonctionné et j'ai pu télécharger la facture.",
      'Par contre, le montant ne correspond pas à ma commande : 59 € au lieu de 49 €.',
      '',
    ]);
  });

  it('falls back to In-Reply-To without References, and to its own id without either', async () => {
    const onlyParent = await ticketOf(
      rawEmail([
        'From: a@example.com',
        'Message-ID: <child@example.com>',
        'In-Reply-To: <parent@example.com> (Your message of Mon, 21 Dec 2026)',
      ]),
    );
    expect(onlyParent.ticket.threadId).toBe('email:parent@example.com');
    const fresh = await ticketOf(
      rawEmail(['From: a@example.com', 'Message-ID: <  new-thread@example.com >']),
    );
    expect(fresh.ticket.id).toBe('email:new-thread@example.com');
    expect(fresh.ticket.threadId).toBe('email:new-thread@example.com');
  });

  it('reads ids written without angle brackets', async () => {
    const { ticket } = await ticketOf(
      rawEmail([
        'From: a@example.com',
        'Message-ID: bare@example.com',
        'References: root@example.com middle@example.com',
      ]),
    );
    expect(ticket.id).toBe('email:bare@example.com');
    expect(ticket.threadId).toBe('email:root@example.com');
  });

  it('hashes a Message-ID longer than the schema allows, the same way wherever it appears', async () => {
    const long = `${'x'.repeat(300)}@example.com`;
    const digest = `email:sha256-${createHash('sha256').update(long).digest('hex')}`;
    const root = await ticketOf(rawEmail(['From: a@example.com', `Message-ID: <${long}>`]));
    const reply = await ticketOf(
      rawEmail(['From: a@example.com', 'Message-ID: <r@example.com>', `References: <${long}>`]),
    );
    expect(root.ticket.id).toBe(digest);
    expect(reply.ticket.threadId).toBe(digest);
  });

  it('gives a mail without Message-ID a content hash: stable across redelivery, distinct by content', async () => {
    const headers = ['From: a@example.com', 'Date: Tue, 22 Dec 2026 10:00:00 +0100', 'Subject: Hi'];
    const first = await ticketOf(rawEmail(['Received: from a by b; Tue, 22 Dec 2026', ...headers]));
    const again = await ticketOf(rawEmail(['Received: from c by d; Tue, 22 Dec 2026', ...headers]));
    const other = await ticketOf(rawEmail(headers, 'Another question entirely.'));
    expect(first.ticket.id).toMatch(/^email:content-[0-9a-f]{32}$/);
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(other.ticket.id).not.toBe(first.ticket.id);
    expect(first.ticket.threadId).toBe(first.ticket.id);
  });
});

describe('emailToTicket — the customer', () => {
  it('is From, not a Reply-To that points elsewhere', async () => {
    const { ticket, customerSource } = await ticketOf(
      rawEmail([
        'From: "Jonas Weber" <jonas@example.de>',
        'Reply-To: Assistenz <office@example.de>',
      ]),
    );
    expect(customerSource).toBe('from');
    expect(ticket.customer).toEqual({
      id: 'jonas@example.de',
      name: 'Jonas Weber',
      email: 'jonas@example.de',
    });
  });

  it('is the Reply-To person when From is a contact form’s no-reply address', async () => {
    const { ticket, customerSource } = await ticketOf(emlFixture('contact-form.eml'));
    expect(customerSource).toBe('reply-to');
    expect(ticket.customer).toEqual({
      id: 'lucas.martin@example.com',
      name: 'Lucas Martin',
      email: 'lucas.martin@example.com',
    });
    expect(ticket.subject).toBe('Contact form: Where is my refund?');
  });

  it('stays a no-reply From (without a customer id) when Reply-To is no-reply too or absent', async () => {
    const { ticket, customerSource } = await ticketOf(
      rawEmail([
        'From: Notifications <noreply@shop.example>',
        'Reply-To: <do-not-reply@shop.example>',
      ]),
    );
    expect(customerSource).toBe('from');
    expect(ticket.customer).toEqual({ name: 'Notifications', email: 'noreply@shop.example' });
  });

  it('keeps the address as written but lowercases the id, so one person is one customer', async () => {
    const { ticket } = await ticketOf(rawEmail(['From: Jonas <Jonas.Weber@Example.DE>']));
    expect(ticket.customer.email).toBe('Jonas.Weber@Example.DE');
    expect(ticket.customer.id).toBe('jonas.weber@example.de');
  });

  it('uses Sender when there is no From', async () => {
    const { ticket, customerSource } = await ticketOf(
      rawEmail(['Sender: Desk <desk@example.com>']),
    );
    expect(customerSource).toBe('sender');
    expect(ticket.customer.email).toBe('desk@example.com');
  });

  it('refuses a mail without any sender, or with an unusable address, naming the header', async () => {
    await expect(ticketOf(rawEmail(['Subject: who?']))).rejects.toThrow(
      new SenderAddressError('From', 'is missing (and so is Sender)'),
    );
    await expect(ticketOf(rawEmail(['From: undisclosed-recipients:;']))).rejects.toBeInstanceOf(
      SenderAddressError,
    );
    await expect(ticketOf(rawEmail(['From: root@localhost']))).rejects.toThrow(
      'From is not an email address',
    );
  });
});

describe('emailToTicket — limits and cleaning', () => {
  it('keeps the subject and name on one line: no header injection through encoded CR/LF', async () => {
    const { ticket } = await ticketOf(
      rawEmail([
        'From: =?UTF-8?B?RXZlDQpCY2M6IHhAZXhhbXBsZS5jb20=?= <eve@example.com>',
        'Subject: =?UTF-8?Q?Hello=0D=0ABcc:_victim@example.com?=',
      ]),
    );
    expect(ticket.subject).toBe('Hello Bcc: victim@example.com');
    expect(ticket.customer.name).toBe('Eve Bcc: x@example.com');
  });

  it('cuts a subject over 2048 characters instead of refusing the mail', async () => {
    const { ticket } = await ticketOf(
      rawEmail(['From: a@example.com', `Subject: ${'Help '.repeat(500)}`]),
    );
    expect(ticket.subject).toHaveLength(2048);
    expect(ticket.subject?.endsWith('…')).toBe(true);
  });

  it('cuts a body over the limit with a marker, and never refuses the mail', async () => {
    const line = 'Mein Paket ist nicht angekommen und ich warte schon lange. ';
    const text = `${line.repeat(8)}\n`.repeat(600); // ≈ 290 KB
    const result = await ticketOf(rawEmail(['From: a@example.com'], text));
    expect(result.truncated).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify(result.ticket.body)) - 2;
    expect(bytes).toBeLessThanOrEqual(MAX_EMAIL_BODY_BYTES);
    expect(bytes).toBeGreaterThan(MAX_EMAIL_BODY_BYTES - 2100);
    expect(result.ticket.body).toMatch(
      /Mein Paket ist nicht angekommen und ich warte schon lange\.\n\n\[sunroute: message truncated; the text is 2\d\d KiB and a ticket carries at most 192 KiB\. The rest is in the original email\.\]$/,
    );
  });

  it('fills receivedAt from the given instant, or from the Date header only when asked', async () => {
    const email = await parseInboundEmail(
      rawEmail(['From: a@example.com', 'Date: Tue, 22 Dec 2026 10:00:00 +0100']),
    );
    expect(
      emailToTicket(email, { receivedAt: new Date('2026-12-22T09:30:00Z') }).ticket.receivedAt,
    ).toBe('2026-12-22T09:30:00.000Z');
    expect(
      emailToTicket(email, { receivedAt: RECEIVED_AT, dateHeaderFallback: true }).ticket.receivedAt,
    ).toBe('2026-12-22T09:15:00.000Z');
    expect(emailToTicket(email, { dateHeaderFallback: true }).ticket.receivedAt).toBe(
      '2026-12-22T09:00:00.000Z',
    );
    expect(() => emailToTicket(email, {})).toThrow(ReceiveTimeError);
    expect(() => emailToTicket(email, { receivedAt: Number.NaN })).toThrow(
      'receivedAt NaN is not a valid instant',
    );
    const undated = await parseInboundEmail(rawEmail(['From: a@example.com', 'Date: someday']));
    expect(() => emailToTicket(undated, { dateHeaderFallback: true })).toThrow(
      'receivedAt was not given and the Date header is not a date',
    );
  });
});
