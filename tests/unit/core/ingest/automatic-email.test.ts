import { describe, expect, it } from 'vitest';
import { automaticEmail } from '../../../../functions/core/ingest/automatic-email';
import { OUTGOING_MAIL_HEADERS } from '../../../../functions/core/email/outgoing-headers';
import { ingestEmail } from '../../../../functions/core/ingest/ingest-email';
import { parseInboundEmail } from '../../../../functions/core/ingest/parse-inbound-email';
import { RECEIVED_AT, emlFixture, rawEmail } from './email-fixtures';

async function verdict(headers: readonly string[]) {
  return automaticEmail(await parseInboundEmail(rawEmail(['From: a@example.com', ...headers])));
}

describe('automaticEmail — mail that must not become a ticket', () => {
  it('drops an out-of-office reply (Auto-Submitted: auto-replied) instead of queueing it', async () => {
    const outcome = await ingestEmail(emlFixture('out-of-office.eml'), { receivedAt: RECEIVED_AT });
    expect(outcome).toEqual({
      outcome: 'automatic',
      automatic: {
        rule: 'auto-submitted',
        evidence: 'Auto-Submitted: auto-replied',
        reason: 'sent by a program, not a person (RFC 3834)',
      },
      messageId: 'oof-7d1e2f3a4b5c@support.example',
    });
  });

  it('drops sunroute’s own email forwarded back to the support address by a rule', async () => {
    const own = OUTGOING_MAIL_HEADERS.map(({ name, value }) => `${name}: ${value}`);
    expect(await verdict(['Subject: [sunroute] NORMAL · en · EU · Order', ...own])).toMatchObject({
      rule: 'auto-submitted',
      evidence: 'Auto-Submitted: auto-generated',
    });
  });

  it('drops a bounce (multipart/report; report-type=delivery-status)', async () => {
    const outcome = await ingestEmail(emlFixture('bounce.eml'), { receivedAt: RECEIVED_AT });
    expect(outcome.outcome).toBe('automatic');
    if (outcome.outcome !== 'automatic') return;
    expect(outcome.automatic.rule).toBe('report');
    expect(outcome.automatic.evidence).toBe(
      'Content-Type: multipart/report; report-type=delivery-status',
    );
  });

  it.each([
    [['Auto-Submitted: auto-generated'], 'auto-submitted', 'Auto-Submitted: auto-generated'],
    [['Auto-Submitted: auto-notified; owner-email="x@example.com"'], 'auto-submitted', undefined],
    [['Auto-Submitted: Auto-Replied (vacation)'], 'auto-submitted', undefined],
    [
      [
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=disposition-notification; boundary=b',
      ],
      'report',
      'Content-Type: multipart/report; report-type=disposition-notification',
    ],
    [['X-Autoreply: yes'], 'x-autoreply', 'X-Autoreply: yes'],
    [['X-Autorespond: Out of office'], 'x-autorespond', 'X-Autorespond: Out of office'],
    [['Precedence: bulk'], 'precedence', 'Precedence: bulk'],
    [['Precedence: JUNK'], 'precedence', 'Precedence: JUNK'],
    [['Precedence: auto_reply'], 'precedence', 'Precedence: auto_reply'],
    [['Return-Path: <>'], 'null-return-path', 'Return-Path: <>'],
    [['Return-Path: < >'], 'null-return-path', undefined],
    [['Return-Path: <<>>'], 'null-return-path', undefined],
    [
      ['Sender: Mailer-Daemon@mx.example.net'],
      'mailer-daemon',
      'From: Mailer-Daemon@mx.example.net',
    ],
  ] as const)('%j → %s', async (headers, rule, evidence) => {
    const result = await verdict(headers);
    expect(result?.rule).toBe(rule);
    if (evidence !== undefined) expect(result?.evidence).toBe(evidence);
    expect(result?.reason.length).toBeGreaterThan(10);
  });

  it('names MAILER-DAEMON in From', async () => {
    const email = await parseInboundEmail(
      rawEmail(['From: MAILER-DAEMON@mx.example.net (Mail Delivery System)']),
    );
    expect(automaticEmail(email)?.rule).toBe('mailer-daemon');
  });

  it.each([
    [['Auto-Submitted: no']],
    [['Auto-Submitted: No (a person wrote this)']],
    [['X-Autoreply: no']],
    // A request not to auto-reply to this mail, not a sign that it is one: senders put it on
    // mail people write ([MS-OXCMAIL] 2.1.3.2.20; sisimai dropped it for that reason).
    [['X-Auto-Response-Suppress: All']],
    [['X-Auto-Response-Suppress: OOF, AutoReply']],
    // A support address that is a Google Group or list alias puts this on every customer's mail.
    [['Precedence: list', 'List-Id: <support.example.com>']],
    [['Return-Path: <jonas@example.de>']],
    [['Sender: postmaster@example.com']],
    [['Content-Type: multipart/mixed; boundary=b']],
  ] as const)('lets a person’s mail through: %j', async (headers) => {
    expect(await verdict(headers)).toBeUndefined();
  });

  it('lets every customer fixture through', async () => {
    for (const name of [
      'ja-iso-2022-jp.eml',
      'ja-shift-jis.eml',
      'ru-windows-1251.eml',
      'ru-koi8-r.eml',
      'de-windows-1252-qp.eml',
      'fr-iso-8859-1-qp.eml',
      'zh-gb2312-base64.eml',
      'es-html-only.eml',
      'attachment.eml',
      'gmail-reply.eml',
      'outlook-reply.eml',
      'contact-form.eml',
    ]) {
      const outcome = await ingestEmail(emlFixture(name), { receivedAt: RECEIVED_AT });
      expect(outcome.outcome, name).toBe('ticket');
    }
  });
});
