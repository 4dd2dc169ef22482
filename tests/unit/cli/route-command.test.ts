import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { TEAMS_YAML } from '../core/routing/routing-fixtures';
import { memoryIo } from './memory-io';

const AGENTS = `
agents:
  - { id: anna, name: Anna, email: anna@example.com, team: eu-berlin, languages: [de, en], maxOpenTickets: 3 }
  - { id: jonas, name: Jonas, email: jonas@example.com, team: eu-berlin, languages: [de], maxOpenTickets: 3 }
`;
const GERMAN = {
  id: 'chat-7f3a9c',
  channel: 'chat',
  receivedAt: '2026-12-15T10:00:00Z',
  subject: 'Bestellung nicht angekommen',
  body: 'Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie bitte nachsehen, wo das Paket ist?',
  customer: { name: 'Jonas Weber', country: 'DE', locale: 'de-DE' },
};

function files(ticket: unknown = GERMAN, extra: Record<string, string> = {}) {
  return { 'config.yaml': TEAMS_YAML + AGENTS, 'ticket.json': JSON.stringify(ticket), ...extra };
}

describe('sunroute route', () => {
  it('prints the decision (docs/routing.md) for a ticket at its receivedAt', async () => {
    const run = memoryIo(files());
    const code = await main(
      ['route', '--config', 'config.yaml', '--ticket', 'ticket.json'],
      run.io,
    );
    expect(run.errLines()).toEqual([]);
    expect(code).toBe(0);
    const decision = JSON.parse(run.out());
    expect(decision).toMatchObject({
      ticketId: 'chat-7f3a9c',
      status: 'assigned',
      team: 'eu-berlin',
      agent: 'anna',
      queuedUntil: null,
      needsTranslation: false,
      language: { code: 'de', source: 'text' },
      region: { code: 'EU', country: 'DE', source: 'country' },
      at: '2026-12-15T10:00:00.000Z',
      // Berlin, the only team speaking German, is on shift until 16:00Z: four hours (normal).
      expectedReplyBy: '2026-12-15T14:00:00.000Z',
      step: 1,
    });
    expect(decision.reasons).toContain(
      'reply by 2026-12-15T14:00:00Z: PT4H (routing.ackWithin.normal) of time in which team eu-berlin or a team speaking de is on shift',
    );
    expect(decision.reasons[0]).toBe(
      'team eu-berlin: on shift until 2026-12-15T16:00:00Z (Tue 17:00 Europe/Berlin), speaks German (de), region EU',
    );
    expect(decision.reasons).toContain(
      'team eu-dublin: passed over, on shift until 2026-12-15T18:00:00Z, does not speak German (de), region EU',
    );
  });

  it('routes at --at instead of receivedAt, and reads the ticket from stdin', async () => {
    const run = memoryIo(files(), JSON.stringify(GERMAN));
    const args = [
      'route',
      '--config',
      'config.yaml',
      '--ticket',
      '-',
      '--at',
      '2026-12-19T12:00:00Z',
    ];
    expect(await main(args, run.io)).toBe(0);
    expect(JSON.parse(run.out())).toMatchObject({
      status: 'queued',
      team: 'apac-tokyo',
      agent: null,
      queuedUntil: '2026-12-21T00:00:00.000Z',
      needsTranslation: true,
      // Tokyo from Monday 00:00Z (09:00 local) covers the first four hours.
      expectedReplyBy: '2026-12-21T04:00:00.000Z',
      step: 6,
    });
  });

  it('uses --state for load and stickiness', async () => {
    const state = { agents: { anna: { openTickets: 2 } }, threads: { 'conv-1': 'anna' } };
    const run = memoryIo(
      files({ ...GERMAN, threadId: 'conv-9' }, { 'state.json': JSON.stringify(state) }),
    );
    const args = [
      'route',
      '--config',
      'config.yaml',
      '--ticket',
      'ticket.json',
      '--state',
      'state.json',
    ];
    expect(await main(args, run.io)).toBe(0);
    expect(JSON.parse(run.out()).agent).toBe('jonas');

    const sticky = memoryIo(
      files({ ...GERMAN, threadId: 'conv-1' }, { 'state.json': JSON.stringify(state) }),
    );
    expect(await main(args, sticky.io)).toBe(0);
    expect(JSON.parse(sticky.out())).toMatchObject({ agent: 'anna' });
    expect(JSON.parse(sticky.out()).reasons).toContain(
      'agent anna: keeps thread conv-1 (has an open ticket in it), 2 of 3 open, speaks German (de)',
    );
  });

  it('quotes in its reasons the first words it read, not the quote under them', async () => {
    const reply = {
      ...GERMAN,
      subject: 'Re: Your order',
      body: 'Hallo, meine Bestellung ist immer noch nicht angekommen, obwohl sie am Montag kommen sollte.\n\nOn Mon, 14 Dec 2026 at 09:12, Acme Support <support@acme.example> wrote:\n> Thank you for your order. It ships today and arrives on Monday.',
    };
    const run = memoryIo(files(reply));
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], run.io),
    ).toBe(0);
    const reasons = (JSON.parse(run.out()) as { reasons: string[] }).reasons;
    const language = reasons.findIndex((reason) => reason.startsWith('language German (de):'));
    expect(language).toBeGreaterThan(0);
    expect(reasons[language + 1]).toBe(
      'read: “Hallo, meine Bestellung ist immer noch nicht angekommen,…”',
    );
  });

  it('quotes the subject when the body is empty', async () => {
    const run = memoryIo(files({ ...GERMAN, body: '' }));
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.out()).reasons).toContain('read: “Bestellung nicht angekommen”');
  });

  it('routes an array of tickets into an array of decisions', async () => {
    const run = memoryIo(files([GERMAN, { ...GERMAN, id: 'second' }]));
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.out()).map((d: { ticketId: string }) => d.ticketId)).toEqual([
      'chat-7f3a9c',
      'second',
    ]);
  });

  it('exits 2 with one line per problem in the ticket', async () => {
    const run = memoryIo(files({ ...GERMAN, receivedAt: 'yesterday', priority: 'asap' }));
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], run.io),
    ).toBe(2);
    expect(run.errLines()).toEqual([
      'ticket ticket.json: receivedAt: "yesterday" is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)',
      'ticket ticket.json: priority: "asap" is not one of low, normal, high, urgent',
    ]);
    expect(run.out()).toBe('');
  });

  it('exits 2 for a bad --at, a missing file, invalid JSON and a bad state', async () => {
    const at = memoryIo(files());
    expect(
      await main(
        ['route', '--config', 'config.yaml', '--ticket', 'ticket.json', '--at', 'noon'],
        at.io,
      ),
    ).toBe(2);
    expect(at.errLines()).toEqual([
      '--at: "noon" is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)',
    ]);

    const missing = memoryIo(files());
    expect(
      await main(['route', '--config', 'nope.yaml', '--ticket', 'ticket.json'], missing.io),
    ).toBe(2);
    expect(missing.errLines()).toEqual(['config nope.yaml: no such file']);

    const json = memoryIo({ ...files(), 'ticket.json': '{"id": ' });
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], json.io),
    ).toBe(2);
    expect(json.errLines()[0]).toMatch(/^ticket ticket.json: not valid JSON/);

    const state = memoryIo(
      files(GERMAN, { 'state.json': '{"agents": {"anna": -1}, "thraeds": {}}' }),
    );
    const args = [
      'route',
      '--config',
      'config.yaml',
      '--ticket',
      'ticket.json',
      '--state',
      'state.json',
    ];
    expect(await main(args, state.io)).toBe(2);
    expect(state.errLines().length).toBeGreaterThanOrEqual(2);
    expect(state.errLines().join('\n')).toContain('state state.json: agents.anna');
    expect(state.errLines().join('\n')).toContain('thraeds');
  });

  it('exits 2 naming every broken path of an invalid configuration', async () => {
    const broken = TEAMS_YAML.replace('end: "17:00"', 'end: "25:00"').replace(
      'timeZone: Asia/Tokyo',
      'timeZone: Asia/Tokio',
    );
    const run = memoryIo({ ...files(), 'config.yaml': broken });
    expect(
      await main(['route', '--config', 'config.yaml', '--ticket', 'ticket.json'], run.io),
    ).toBe(2);
    expect(run.errLines()).toEqual([
      'config.yaml: teams[0].shifts[0].end: "25:00" is not a time (HH:MM, 00:00–24:00)',
      'config.yaml: teams[3].timeZone: "Asia/Tokio" is not an IANA time zone',
    ]);
  });
});
