import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import {
  checkAgentReply,
  type RepliedTicket,
} from '../../../../functions/core/replies/check-agent-reply';
import { renderAgentReply } from '../../../../functions/core/replies/render-agent-reply';
import type { Decision } from '../../../../functions/core/routing/decision';
import type { Ticket } from '../../../../functions/core/ticket/ticket-schema';

const CONFIG_YAML = `
teams:
  - id: berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
agents:
  - { id: jonas, name: Jonas Becker, email: Jonas.Becker@parcelwise.example, team: berlin }
  - { id: claire, name: Claire Martin, email: claire@parcelwise.example, team: berlin }
`;

function config(extra = '') {
  const parsed = parseConfig(`${CONFIG_YAML}${extra}`, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

const ticket: Ticket = {
  id: 'email:lena-1@mail.example.de',
  channel: 'email',
  receivedAt: '2026-12-22T15:00:00.000Z',
  subject: 'Paket beschädigt',
  body: 'Das Paket ist beschädigt angekommen.',
  customer: { email: 'lena@example.de', name: 'Lena Hoffmann' },
  mail: { messageId: 'lena-1@mail.example.de', references: ['lena-0@mail.example.de'] },
} as Ticket;

const held: RepliedTicket = {
  ticket,
  decision: { ticketId: ticket.id, agent: 'jonas', team: 'berlin' } as Decision,
  status: 'assigned',
  team: 'berlin',
  agent: 'jonas',
  assignment: 2,
};

const QUOTED = [
  'Ich kümmere mich darum.',
  '',
  'On Tue, 22 Dec 2026 at 16:00, Sunroute <support@sunroute.local> wrote:',
  '> Hello Jonas,',
  '> A new ticket for you: Paket beschädigt',
  '> lena@example.de',
].join('\n');

const mail = { from: 'jonas.becker@parcelwise.example', body: QUOTED, assignment: 2 };

describe('checking an agent’s reply', () => {
  it('takes the holder’s reply, whatever the case of the address, and keeps only their words', () => {
    expect(checkAgentReply(held, mail, config())).toEqual({
      ok: true,
      agent: expect.objectContaining({ id: 'jonas' }),
      via: 'email',
      words: 'Ich kümmere mich darum.',
    });
  });

  it.each([
    ['an earlier assignment', { ...mail, assignment: 1 }, 'stale-address'],
    ['a stranger', { ...mail, from: 'mallory@evil.example' }, 'sender-not-allowed'],
    ['a teammate', { ...mail, from: 'claire@parcelwise.example' }, 'sender-not-allowed'],
    ['no From', { ...mail, from: undefined }, 'sender-not-allowed'],
    [
      'a failed DMARC',
      { ...mail, verdicts: { spf: 'pass', dkim: 'pass', dmarc: 'fail' } },
      'sender-unverified',
    ],
    ['only the quote', { ...mail, body: QUOTED.split('\n').slice(2).join('\n') }, 'no-words'],
  ] as const)('refuses %s', (_, reply, refusal) => {
    expect(checkAgentReply(held, reply, config())).toEqual({ ok: false, refusal });
  });

  it('lets a teammate answer when replies.from is team', () => {
    const teammate = { ...mail, from: 'claire@parcelwise.example' };
    expect(checkAgentReply(held, teammate, config('replies: { from: team }\n'))).toMatchObject({
      ok: true,
      agent: { id: 'claire' },
    });
  });

  it('refuses resolved tickets and customers nobody may write to', () => {
    expect(checkAgentReply({ ...held, status: 'resolved' }, mail, config())).toEqual({
      ok: false,
      refusal: 'ticket-resolved',
    });
    const forged = { ...held, decision: { ...held.decision, sender: { verified: false } } };
    expect(checkAgentReply(forged as RepliedTicket, mail, config())).toEqual({
      ok: false,
      refusal: 'customer-unreachable',
    });
    const chat = { ...held, ticket: { ...ticket, channel: 'chat' } as Ticket };
    expect(checkAgentReply(chat, mail, config())).toEqual({
      ok: false,
      refusal: 'customer-unreachable',
    });
  });
});

describe('the answer the customer receives', () => {
  it('comes from the support address in the agent’s name, in the customer’s thread', () => {
    const rendered = renderAgentReply({
      ticket,
      agentName: 'Jürgen "JJ" Ötztal',
      supportAddress: 'support@parcelwise.example',
      words: 'Hallo <Lena>,\n\nneue Gläser sind unterwegs.',
      lastCustomerMail: {
        messageId: 'lena-1@mail.example.de',
        references: ['lena-0@mail.example.de'],
      },
    });
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const { email } = rendered;
    expect(email).toMatchObject({
      to: 'lena@example.de',
      subject: 'Re: Paket beschädigt',
      text: 'Hallo <Lena>,\n\nneue Gläser sind unterwegs.\n',
      from: `=?UTF-8?B?${Buffer.from('Jürgen "JJ" Ötztal').toString('base64')}?= <support@parcelwise.example>`,
    });
    expect(email.html).toContain('Hallo &lt;Lena&gt;,');
    expect(email.headers).toEqual([
      { name: 'Auto-Submitted', value: 'no' },
      { name: 'In-Reply-To', value: '<lena-1@mail.example.de>' },
      { name: 'References', value: '<lena-0@mail.example.de> <lena-1@mail.example.de>' },
    ]);
  });

  it('names the whole chain in References, or its first id and the newest that fit one line', () => {
    const references = (count: number) =>
      Array.from(
        { length: count },
        (_, index) => `m${String(index).padStart(3, '0')}@mail.example.de`,
      );
    const headerOf = (ids: string[]) => {
      const rendered = renderAgentReply({
        ticket,
        agentName: 'Jonas',
        supportAddress: 'support@parcelwise.example',
        words: 'Ok.',
        lastCustomerMail: { messageId: 'latest@mail.example.de', references: ids },
      });
      return rendered.ok
        ? rendered.email.headers!.find((header) => header.name === 'References')!.value
        : '';
    };
    const short = references(12);
    expect(headerOf(short)).toBe(
      [...short, 'latest@mail.example.de'].map((id) => `<${id}>`).join(' '),
    );
    const long = references(200);
    const header = headerOf(long);
    expect(`References: ${header}`.length).toBeLessThanOrEqual(998);
    const kept = header.split(' ');
    expect(kept[0]).toBe('<m000@mail.example.de>');
    expect(kept.at(-1)).toBe('<latest@mail.example.de>');
    expect(kept.at(-2)).toBe('<m199@mail.example.de>');
    // The newest run is unbroken: everything between the first and the latest is the newest.
    const newest = kept.slice(1, -1).map((id) => id.slice(1, -1));
    expect(newest).toEqual(long.slice(long.length - newest.length));
    expect(newest.length).toBeGreaterThan(30);
  });

  it('quotes an ASCII name and drops what would end the quote', () => {
    const rendered = renderAgentReply({
      ticket,
      agentName: 'Jonas "the fixer" Becker',
      supportAddress: 'support@parcelwise.example',
      words: 'Done.',
      lastCustomerMail: {},
    });
    expect(rendered.ok && rendered.email.from).toBe(
      '"Jonas the fixer Becker" <support@parcelwise.example>',
    );
    expect(rendered.ok && rendered.email.headers).toEqual([
      { name: 'Auto-Submitted', value: 'no' },
    ]);
  });
});
