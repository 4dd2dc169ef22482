import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { customerAcknowledgement } from '../../../../functions/core/customer-reply/customer-acknowledgement';
import {
  customerPromise,
  promiseMessage,
} from '../../../../functions/core/customer-reply/customer-promise';
import { customerZone } from '../../../../functions/core/customer-reply/customer-zone';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { loadLanguageModel } from '../../../../functions/core/language/language-model';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { planRoute } from '../../../../functions/core/routing/route-ticket';
import { parseTicket, type Ticket } from '../../../../functions/core/ticket/ticket-schema';

await loadLanguageModel();

const YAML = `
defaultLanguage: en
defaultRegion: EU
routing:
  # German and English tickets wait for Berlin rather than go to Tokyo with a translation flag.
  maxLanguageWait: P5D
  ackWithin: { urgent: PT15M, high: PT1H, normal: PT4H, low: PT24H }
autoReply:
  enabled: true
  from: support@parcelwise.example
  brandName: Parcelwise
teams:
  - id: emea-berlin
    name: EMEA Berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    email: emea@parcelwise.example
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
    holidays:
      - { country: DE, subdivision: BE }
      - { date: "2026-12-24", from: "13:00", name: Christmas Eve afternoon }
  - id: tokyo
    region: APAC
    timeZone: Asia/Tokyo
    languages: [ja]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
`;

function compiledWith(extra: (yaml: string) => string = (yaml) => yaml) {
  const parsed = parseConfig(extra(YAML), { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return compileConfig(parsed.config, dateHolidaysCalendar);
}
const compiled = compiledWith();

const GERMAN =
  'Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie bitte nachsehen?';

function ticket(receivedAt: string, fields: Record<string, unknown> = {}): Ticket {
  const parsed = parseTicket({
    id: 'CAF-1@mail.example.de',
    channel: 'email',
    receivedAt,
    subject: 'Bestellung <nicht> angekommen',
    body: GERMAN,
    customer: { name: 'Jonas Weber', email: 'jonas@example.de', country: 'DE' },
    threadId: 'CAF-1@mail.example.de',
    mail: { messageId: 'CAF-1@mail.example.de', references: ['root@mail.example.de'] },
    ...fields,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.ticket;
}

function promiseOf(t: Ticket, config = compiled) {
  const plan = planRoute(config, t, Date.parse(t.receivedAt));
  return customerPromise({
    compiled: config,
    ticket: t,
    team: plan.choice?.team ?? null,
    language: plan.language.code,
    at: plan.at,
    expectedReplyBy: plan.expectedReplyBy,
  });
}

describe('the customer’s promise', () => {
  it('tells a German customer who writes at night the next morning’s time, on their own clock', () => {
    // Tuesday 21:00 in Berlin: the team starts at 08:00, four hours (normal) end at 12:00.
    const promise = promiseOf(ticket('2026-12-22T20:00:00Z'));
    expect(promise.expectedReplyBy).toBe(Date.parse('2026-12-23T11:00:00Z'));
    expect(promiseMessage(promise)).toBe(
      'Vielen Dank für Ihre Nachricht. Wir haben sie unter der Referenz CAF-1@mail.example.de erhalten. ' +
        'Sie hören bis Mittwoch, 23. Dezember um 12:00 Mitteleuropäische Zeit von uns.',
    );
    expect(promise.zone).toEqual({ zone: 'Europe/Berlin', source: 'country' });
  });

  it('says so when holidays delay the answer: Christmas in Berlin', () => {
    // Christmas Eve 14:00: closed from 13:00, Christmas Day and the weekend: Monday, 12:00.
    const promise = promiseOf(ticket('2026-12-24T13:00:00Z'));
    expect(promise.expectedReplyBy).toBe(Date.parse('2026-12-28T11:00:00Z'));
    expect(promise.sentences[1]).toBe(
      'Unser Team in Berlin hat wegen Christmas Eve afternoon und Christmas Day geschlossen.',
    );
    expect(promise.sentences[2]).toContain('Montag, 28. Dezember um 12:00');
  });

  it('says so when the weekend delays it, and says nothing about a night', () => {
    const saturday = promiseOf(
      ticket('2026-12-19T09:00:00Z', { body: 'Hello, where is my parcel? It has been a week.' }),
    );
    expect(saturday.sentences).toEqual([
      'Thank you for your message. We have received it under the reference CAF-1@mail.example.de.',
      'Our team in Berlin is closed for the weekend.',
      'You will hear from us by Monday 21 December at 12:00 Central European Time.',
    ]);
    expect(promiseOf(ticket('2026-12-22T20:00:00Z')).sentences).toHaveLength(2);
  });

  it('writes Japanese without spaces between sentences, in Japanese', () => {
    const promise = promiseOf(
      ticket('2026-12-22T20:00:00Z', {
        body: 'ラベルが印刷できません。至急確認をお願いします。',
        customer: { email: 'aiko@example.jp', timeZone: 'Asia/Tokyo' },
      }),
    );
    expect(promiseMessage(promise)).toBe(
      'お問い合わせいただきありがとうございます。受付番号 CAF-1@mail.example.de にて承りました。' +
        '12月23日水曜日 13:00 日本標準時までにご連絡いたします。',
    );
  });

  it('promises nothing, and says so, when nothing covers the ticket within 14 days', () => {
    const longWait = compiledWith((yaml) => yaml.replace('low: PT24H', 'low: P20D'));
    const promise = promiseOf(ticket('2026-12-22T09:00:00Z', { priority: 'low' }), longWait);
    expect(promise.expectedReplyBy).toBeNull();
    expect(promise.sentences[1]).toBe('Wir melden uns, sobald unser Team wieder erreichbar ist.');
  });
});

describe('customerZone', () => {
  const at = Date.parse('2026-12-23T11:00:00Z');
  it('is the customer’s own zone first, then their country’s when it has one clock', () => {
    expect(
      customerZone({ timeZone: 'America/Chicago', country: 'DE' }, 'Europe/Berlin', at),
    ).toEqual({ zone: 'America/Chicago', source: 'customer' });
    expect(customerZone({ country: 'JP' }, 'Europe/Berlin', at)).toEqual({
      zone: 'Asia/Tokyo',
      source: 'country',
    });
    expect(customerZone({ phone: '+81 3 1234 5678' }, 'Europe/Berlin', at)).toEqual({
      zone: 'Asia/Tokyo',
      source: 'country',
    });
    // The country region detection found (from an address under .de), when nothing else says.
    expect(customerZone({ email: 'k@web.de' }, 'America/Los_Angeles', at, 'DE')).toEqual({
      zone: 'Europe/Berlin',
      source: 'country',
    });
  });

  it('falls back to the team’s zone for a country with several clocks, unless the team sits in it', () => {
    expect(customerZone({ country: 'US' }, 'Europe/Berlin', at)).toEqual({
      zone: 'Europe/Berlin',
      source: 'team',
    });
    expect(customerZone({ country: 'US' }, 'America/New_York', at)).toEqual({
      zone: 'America/New_York',
      source: 'country',
    });
    expect(customerZone({}, 'Asia/Tokyo', at)).toEqual({ zone: 'Asia/Tokyo', source: 'team' });
  });
});

describe('customerAcknowledgement', () => {
  function acknowledge(t: Ticket, config = compiled) {
    return customerAcknowledgement(planRoute(config, t, Date.parse(t.receivedAt)));
  }

  it('answers in the customer’s thread, marked as an automatic reply, in their language', () => {
    const result = acknowledge(ticket('2026-12-22T20:00:00Z'));
    if (result.kind !== 'email') throw new Error(result.kind);
    const { message } = result;
    expect(result.thread).toBe('CAF-1@mail.example.de');
    expect(result.unlessSentSince).toBe(Date.parse('2026-12-21T20:00:00Z'));
    expect(message).toMatchObject({
      to: 'jonas@example.de',
      from: 'support@parcelwise.example',
      subject: 'Re: Bestellung <nicht> angekommen',
    });
    expect(message.headers).toEqual([
      { name: 'Auto-Submitted', value: 'auto-replied' },
      { name: 'X-Auto-Response-Suppress', value: 'All' },
      { name: 'Content-Language', value: 'de' },
      { name: 'In-Reply-To', value: '<CAF-1@mail.example.de>' },
      { name: 'References', value: '<root@mail.example.de> <CAF-1@mail.example.de>' },
    ]);
    expect(message.text).toBe(
      [
        'Hallo Jonas Weber,',
        'Vielen Dank für Ihre Nachricht. Wir haben sie unter der Referenz CAF-1@mail.example.de erhalten.',
        'Sie hören bis Mittwoch, 23. Dezember um 12:00 Mitteleuropäische Zeit von uns.',
        'Dies ist eine automatische Antwort. Wenn Sie etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail.',
        'Ihr Parcelwise-Supportteam',
      ].join('\n\n') + '\n',
    );
    // Nothing the customer wrote comes back: no quote, no body.
    expect(message.text).not.toContain('Bestellung ist');
    expect(message.html).not.toContain('Bestellung ist');
    expect(message.html).toContain('<html lang="de">');
    expect(message.html).toContain('&lt;nicht&gt;');
  });

  it('keeps a subject that is already a reply, and has one for a mail without', () => {
    const reply = acknowledge(ticket('2026-12-22T20:00:00Z', { subject: 'RE: Bestellung' }));
    const none = acknowledge(ticket('2026-12-22T20:00:00Z', { subject: undefined }));
    expect(reply.kind === 'email' && reply.message.subject).toBe('RE: Bestellung');
    expect(none.kind === 'email' && none.message.subject).toBe('Re: Ihre Nachricht');
  });

  it('writes right to left for Arabic and Hebrew', () => {
    const arabic = acknowledge(
      ticket('2026-12-22T20:00:00Z', { body: 'مرحبا، لم يصل طلبي بعد. هل يمكنكم التحقق من ذلك؟' }),
    );
    expect(arabic.kind === 'email' && arabic.message.html).toContain('<html lang="ar" dir="rtl">');
  });

  it.each([
    ['disabled', {}, (yaml: string) => yaml.replace('enabled: true', 'enabled: false')],
    ['not-email', { channel: 'chat' }, undefined],
    ['no-address', { customer: { name: 'Jonas' } }, undefined],
    ['no-reply-sender', { customer: { email: 'no-reply@shop.example' } }, undefined],
    ['unverified-sender', { verdicts: { dmarc: 'fail' } }, undefined],
    [
      'asked-for-none',
      { mail: { autoReplySuppressed: 'X-Auto-Response-Suppress: All' } },
      undefined,
    ],
    ['own-address', { customer: { email: 'Support@Parcelwise.example' } }, undefined],
  ] as const)('refuses: %s', (reason, fields, edit) => {
    const config = edit ? compiledWith(edit) : compiled;
    expect(acknowledge(ticket('2026-12-22T20:00:00Z', fields), config)).toEqual({
      kind: 'refused',
      reason,
    });
  });

  it('answers a sender that passed its checks, or was never checked', () => {
    expect(acknowledge(ticket('2026-12-22T20:00:00Z', { verdicts: { dmarc: 'pass' } })).kind).toBe(
      'email',
    );
  });
});
