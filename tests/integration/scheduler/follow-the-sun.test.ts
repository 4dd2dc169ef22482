// The scheduler over simulated days of the example company (examples/sunroute.yaml) against the
// stand-ins: handovers around the world, a holiday and a DST change, a weekend queue, an
// acknowledged ticket, escalations, two runs at once, and how a handover's decision is stored.
import { afterEach, describe, expect, it } from 'vitest';
import { runFollowUp, type FollowUpSummary } from '../../../functions/scheduler/run-follow-up';
import { parse, stringify } from 'yaml';
import { DynamoDbConfigReader } from '../../../functions/adapters/dynamodb/dynamodb-config-reader';
import { DynamoDbWaitingLineStore } from '../../../functions/adapters/dynamodb/dynamodb-waiting-line-store';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { EXAMPLE_CONFIG } from '../example-config';
import { startFollowUpTest, STEP_MS, type FollowUpTest } from './follow-up-harness';

const HOUR_MS = 3_600_000;

let test: FollowUpTest | undefined;
afterEach(() => test?.close());

function ticketFrom(id: string, receivedAt: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    channel: 'email',
    receivedAt: new Date(receivedAt).toISOString(),
    subject: 'Parcel not delivered',
    body: 'Hello, my parcel was due last week and has still not arrived. Could you please check where it is?',
    customer: { name: 'Olivia Brown', country: 'AU', email: 'olivia@example.com.au' },
    priority: 'low',
    ...extra,
  };
}

const tags = (emails: { subject: string }[]) =>
  emails.map((email) => /^\[sunroute\] (\S+)/.exec(email.subject)?.[1]);

/** French, from a customer in Japan: NA East holds it in the evening UTC (see the first test). */
const FRENCH_IN_JAPAN = {
  subject: 'Colis non livré',
  body: 'Bonjour, mon colis devait arriver la semaine dernière et il n’est toujours pas là. Pouvez-vous vérifier où il se trouve ?',
  customer: { name: 'Camille Durand', country: 'JP', email: 'camille@example.jp' },
};

const GERMAN = {
  subject: 'Paket nicht angekommen',
  body: 'Hallo, mein Paket sollte letzte Woche ankommen und ist immer noch nicht da. Können Sie bitte nachsehen, wo es ist?',
  customer: { name: 'Jonas Weber', country: 'DE', email: 'jonas@example.de' },
};

describe('follow the sun', () => {
  it('hands an unacknowledged ticket NA → APAC → EU → NA over 48 hours, one email per hop each way', async () => {
    // Tuesday 2026-12-15 20:00 UTC, a French-speaking customer in Japan: of the French
    // speakers only NA East is on shift; when it leaves, Tokyo is the APAC team on longest.
    const start = Date.parse('2026-12-15T20:00:00Z');
    test = await startFollowUpTest(start);
    const id = `chain-${test.router.runId}`;
    await test.route(ticketFrom(id, start, FRENCH_IN_JAPAN));
    const summaries = await test.runUntil(start + 48 * HOUR_MS);

    const history = await test.history(id);
    const moves = history.filter((event) => event.event !== 'escalated');
    expect(moves.map((event) => [event.at, event.team])).toEqual([
      ['2026-12-15T20:00:00.000Z', 'na-east'],
      ['2026-12-16T01:00:00.000Z', 'tokyo'],
      ['2026-12-16T09:00:00.000Z', 'emea-dublin'],
      ['2026-12-16T18:00:00.000Z', 'na-east'],
      ['2026-12-17T01:00:00.000Z', 'tokyo'],
      ['2026-12-17T09:00:00.000Z', 'emea-dublin'],
      ['2026-12-17T18:00:00.000Z', 'na-east'],
    ]);
    expect(summaries.reduce((sum, run) => sum + run.handedOver, 0)).toBe(6);

    // Each hop: the new agent's assignment (HANDOVER) and the leaving agent's notice, once.
    const emails = await test.emails(id);
    const suffix = `.${test.router.runId}@parcelwise.example`;
    const agentOf = (address: string) => address.slice(0, address.indexOf(suffix));
    const sent = emails.map((email) => agentOf(email.destination.to![0]!));
    const expected = [moves[0]!.agent];
    for (let hop = 1; hop < moves.length; hop++) {
      // The escalation, between two hops: 24 hours (low) of time in which NA East or a team
      // speaking French is on shift end Thursday 08:00 UTC (5 hours on Tuesday night, 18 from
      // Berlin's start on Wednesday to NA East's end, 1 from Berlin's on Thursday), while Tokyo,
      // which took it at 01:00, holds it.
      if (hop === 5) expected.push('support-jp');
      expected.push(moves[hop]!.agent, moves[hop - 1]!.agent);
    }
    expect(sent).toEqual(expected);
    expect(new Set(emails.map((email) => email.messageId)).size).toBe(emails.length);

    // Capacity follows the ticket: only the last holder counts it.
    const loads = await test.router.agentLoads();
    expect(Object.entries(loads).filter(([, open]) => open !== 0)).toEqual([
      [moves.at(-1)!.agent, 1],
    ]);
    const ticket = await test.ticket(id);
    expect(ticket).toMatchObject({ status: 'assigned', team: 'na-east', pendingEmails: false });
  }, 120_000);

  it('hands over at the shift end as it falls after a DST change: 20:00 New York is 00:00 UTC, then 01:00', async () => {
    const before = Date.parse('2026-10-26T20:00:00Z'); // Monday, EDT (UTC−4)
    const after = Date.parse('2026-11-02T20:00:00Z'); // Monday after 1 November, EST (UTC−5)
    test = await startFollowUpTest(before);
    const early = `dst-edt-${test.router.runId}`;
    await test.route(ticketFrom(early, before, FRENCH_IN_JAPAN));
    await test.runUntil(before + 6 * HOUR_MS);
    test.router.now = after;
    const late = `dst-est-${test.router.runId}`;
    await test.route(ticketFrom(late, after, FRENCH_IN_JAPAN));
    // 00:40 UTC: still more than handoffLead (15 minutes) before NA East leaves.
    await test.runUntil(after + 4 * HOUR_MS + 40 * 60_000);
    expect((await test.history(late)).map((event) => [event.event, event.team])).toEqual([
      ['assigned', 'na-east'],
    ]);
    await test.runUntil(after + 6 * HOUR_MS);

    const firstMove = async (id: string) =>
      (await test!.history(id)).find((event) => event.event === 'handed-over')!;
    expect((await test.history(early))[0]).toMatchObject({ event: 'assigned', team: 'na-east' });
    expect(await firstMove(early)).toMatchObject({ at: '2026-10-27T00:00:00.000Z' });
    expect(await firstMove(late)).toMatchObject({ at: '2026-11-03T01:00:00.000Z' });
    expect((await firstMove(late)).team).not.toBe('na-east');
  }, 120_000);

  it('hands over when a holiday cuts the shift short: Berlin closes at 13:00 on Christmas Eve', async () => {
    const start = Date.parse('2026-12-24T09:00:00Z'); // 10:00 in Berlin
    test = await startFollowUpTest(start);
    const id = `eve-${test.router.runId}`;
    await test.route(ticketFrom(id, start, GERMAN));
    await test.runUntil(Date.parse('2026-12-24T11:40:00Z'));
    expect((await test.history(id)).map((event) => event.event)).toEqual(['assigned']);
    await test.runUntil(Date.parse('2026-12-24T12:30:00Z'));

    const history = await test.history(id);
    expect(history.map((event) => [event.event, event.at, event.team])).toEqual([
      ['assigned', '2026-12-24T09:00:00.000Z', 'emea-berlin'],
      // German nowhere else; Dublin is the EU team on shift (team step 4, docs/routing.md).
      ['handed-over', '2026-12-24T12:00:00.000Z', 'emea-dublin'],
    ]);
    // Berlin's agent reads German, Dublin's English.
    expect(tags(await test.emails(id))).toEqual(['NIEDRIG', 'HANDOVER', 'ÜBERGABE']);
  }, 60_000);

  it('stores the new holder’s decision with its reasons packed, read back whole', async () => {
    // Christmas Eve, 12:30 in Berlin: its German-speaking team closes at 13:00, Dublin takes over.
    const start = Date.parse('2026-12-24T11:30:00Z');
    test = await startFollowUpTest(start);
    const id = `packed-${test.router.runId}`;
    await test.route(ticketFrom(id, start, GERMAN));
    await test.runUntil(Date.parse('2026-12-24T12:05:00Z'));

    const item = await test.ticket(id);
    const reader = new DynamoDbWaitingLineStore(
      test.router.documents,
      test.router.env[TICKETS_TABLE.tableNameEnv]!,
    );
    const read = await reader.readOpenTicket(id);
    expect(read?.decision).toMatchObject({ team: 'emea-dublin' });
    // The reasons of the handover's choice, in order: the team, then why, then the agents.
    expect(read?.decision.reasons.slice(0, 3)).toEqual([
      'team emea-dublin: on shift until 2026-12-24T18:00:00Z (Thu 18:00 Europe/Dublin), does not speak German (de), region EU',
      'step 4: on shift in the customer’s region; no team speaking the language is on shift',
      'needs translation: team emea-dublin does not speak German (de)',
    ]);
    expect(read?.decision.reasons).toHaveLength(16);
    expect(item.decision).not.toHaveProperty('reasons');
    expect((item.decision as Record<string, unknown>).reasonsPacked).toBeInstanceOf(Uint8Array);
  }, 60_000);

  it('hands a removed team’s tickets over at the next run, to the teams there are', async () => {
    const start = Date.parse('2026-12-22T09:00:00Z'); // Tuesday, 10:00 in Berlin
    test = await startFollowUpTest(start);
    const id = `removed-${test.router.runId}`;
    await test.route(ticketFrom(id, start, GERMAN));
    const before = (await test.history(id))[0]!;
    expect(before).toMatchObject({ event: 'assigned', team: 'emea-berlin' });

    // Berlin closes for good: its agents move to Dublin, Anouk leaves the company.
    const document = parse(
      EXAMPLE_CONFIG.replace(
        /([\w.-]+)@parcelwise\.example/g,
        `$1.${test.router.runId}@parcelwise.example`,
      ),
    ) as { teams: { id: string }[]; agents: { id: string; team: string }[] };
    document.teams = document.teams.filter((team) => team.id !== 'emea-berlin');
    document.agents = document.agents
      .filter((agent) => agent.id !== 'anouk.devries')
      .map((agent) => (agent.team === 'emea-berlin' ? { ...agent, team: 'emea-dublin' } : agent));
    const version = await test.router.saveConfig(stringify(document));
    const reader = new DynamoDbConfigReader(
      test.router.documents,
      test.router.env[CONFIG_TABLE.tableNameEnv]!,
    );
    expect((await reader.readVersion(version)).formerTeams).toEqual(['emea-berlin']);

    await test.runUntil(start + 2 * STEP_MS);
    const history = await test.history(id);
    expect(history.map((event) => [event.event, event.team])).toEqual([
      ['assigned', 'emea-berlin'],
      ['handed-over', 'emea-dublin'],
    ]);
    expect(await test.ticket(id)).toMatchObject({ team: 'emea-dublin', status: 'assigned' });

    // Berlin back again: no longer a former team.
    const again = await test.router.saveConfig(
      EXAMPLE_CONFIG.replace(
        /([\w.-]+)@parcelwise\.example/g,
        `$1.${test.router.runId}@parcelwise.example`,
      ),
    );
    expect((await reader.readVersion(again)).formerTeams).toEqual([]);
  }, 60_000);

  it('assigns a ticket queued over the weekend at Monday’s first shift, not a run earlier', async () => {
    const start = Date.parse('2026-12-19T18:00:00Z'); // Saturday evening: nobody on shift
    test = await startFollowUpTest(start);
    const id = `weekend-${test.router.runId}`;
    await test.route(ticketFrom(id, start, GERMAN));
    const queued = await test.ticket(id);
    // 08:00 Monday in Sydney is the first shift of the week anywhere.
    expect(queued).toMatchObject({
      status: 'queued',
      team: 'apac-sydney',
      decision: { queuedUntil: '2026-12-20T21:00:00.000Z' },
    });
    await test.runUntil(Date.parse('2026-12-20T20:55:00Z'));
    expect(await test.ticket(id)).toMatchObject({ status: 'queued', agent: null });
    await test.runUntil(Date.parse('2026-12-20T21:00:00Z'));

    const started = await test.ticket(id);
    expect(started).toMatchObject({ status: 'assigned', team: 'apac-sydney' });
    expect(started.agent).toEqual(expect.any(String));
    const moves = (await test.history(id)).filter((event) => event.event !== 'escalated');
    expect(moves.map((event) => [event.event, event.at])).toEqual([
      ['queued', '2026-12-19T18:00:00.000Z'],
      ['assigned', '2026-12-20T21:00:00.000Z'],
    ]);
    const emails = await test.emails(id);
    const toAgent = emails.filter((email) =>
      email.destination.to![0]!.startsWith(`${String(started.agent)}.`),
    );
    expect(toAgent).toHaveLength(1);
    expect(toAgent[0]!.body.text).toContain('/ack?token=');
    expect((await test.router.agentLoads())[String(started.agent)]).toBe(1);
  }, 60_000);

  it('leaves an acknowledged ticket with its agent: no handover, no escalation', async () => {
    const start = Date.parse('2026-12-15T20:00:00Z');
    test = await startFollowUpTest(start);
    const id = `acked-${test.router.runId}`;
    await test.route(ticketFrom(id, start, FRENCH_IN_JAPAN));
    await test.runUntil(start + HOUR_MS);
    await test.tickets.acknowledgeTicket({
      ticketId: id,
      at: test.router.now,
      by: 'cli',
      actor: 'lead',
    });
    const summaries = await test.runUntil(start + 30 * HOUR_MS);

    expect(summaries.every((run) => run.handedOver + run.escalated === 0)).toBe(true);
    expect((await test.history(id)).map((event) => event.event)).toEqual([
      'assigned',
      'acknowledged',
    ]);
    expect(await test.emails(id)).toHaveLength(1);
    expect(await test.ticket(id)).toMatchObject({ team: 'na-east', agent: 'daniel.tremblay' });
  }, 60_000);

  it('hands over and escalates once when two scheduler runs go at the same moment', async () => {
    const start = Date.parse('2026-12-15T20:00:00Z');
    test = await startFollowUpTest(start);
    const handed = `twice-${test.router.runId}`;
    const urgent = `urgent-${test.router.runId}`;
    await test.route(ticketFrom(handed, start, FRENCH_IN_JAPAN));
    await test.route(ticketFrom(urgent, start, { ...FRENCH_IN_JAPAN, priority: 'urgent' }));
    const [first, second] = [test.scheduler(), test.scheduler()];

    // 20:10 is the urgent ticket's deadline (ackWithin PT10M); 00:45 is 15 minutes before NA
    // East leaves. Both runs read the same tickets; only one change of each may win.
    const results: FollowUpSummary[] = [];
    for (const at of [start + 2 * STEP_MS, Date.parse('2026-12-16T00:45:00Z')]) {
      test.router.now = at;
      results.push(...(await Promise.all([runFollowUp(first, at), runFollowUp(second, at)])));
    }
    const total = (key: 'handedOver' | 'escalated' | 'failed') =>
      results.reduce((sum, run) => sum + run[key], 0);
    expect(total('failed')).toBe(0);
    expect(total('escalated')).toBe(1); // the urgent ticket; the low one is due tomorrow
    expect(total('handedOver')).toBe(2); // each ticket once

    for (const [id, escalated] of [
      [handed, 0],
      [urgent, 1],
    ] as const) {
      const events = (await test.history(id)).map((event) => event.event);
      expect(events.filter((event) => event === 'handed-over')).toHaveLength(1);
      expect(events.filter((event) => event === 'escalated')).toHaveLength(escalated);
    }
    const escalations = (await test.emails(urgent)).filter((email) =>
      email.subject.includes('ESCALATED'),
    );
    expect(escalations).toHaveLength(1);
    // The assignment, then Tokyo's agent's (in Japanese) and the notice to NA East's.
    expect(tags(await test.emails(handed))).toEqual(['LOW', '引き継ぎ', 'HANDOVER']);
    const loads = await test.router.agentLoads();
    expect(loads['daniel.tremblay']).toBe(0);
  }, 60_000);

  it('loses no handover email SES refuses: the next run sends it, once', async () => {
    const start = Date.parse('2026-12-15T20:00:00Z');
    test = await startFollowUpTest(start);
    const id = `refused-${test.router.runId}`;
    await test.route(ticketFrom(id, start, FRENCH_IN_JAPAN));
    await test.runUntil(Date.parse('2026-12-16T00:40:00Z'));

    const real = test.scheduler();
    let refusals = 0;
    const refusing = {
      ...real,
      mailer: {
        send: async () => {
          refusals += 1;
          throw new Error('SES: throttled');
        },
      },
    };
    test.router.now = Date.parse('2026-12-16T00:45:00Z');
    const failed = await runFollowUp(refusing, test.router.now);
    expect(failed).toMatchObject({ handedOver: 1, failed: 1 });
    expect(refusals).toBe(1);
    expect(await test.ticket(id)).toMatchObject({ team: 'tokyo', pendingEmails: true });
    expect(tags(await test.emails(id))).toEqual(['LOW']);

    test.router.now += STEP_MS;
    const next = await runFollowUp(real, test.router.now);
    expect(next).toMatchObject({ handedOver: 0, failed: 0 });
    expect(tags(await test.emails(id))).toEqual(['LOW', '引き継ぎ', 'HANDOVER']);
    expect(await test.ticket(id)).toMatchObject({ pendingEmails: false });
    await test.runUntil(test.router.now + 3 * STEP_MS);
    expect(await test.emails(id)).toHaveLength(3);
  }, 60_000);

  it('hands a whole shift’s tickets over in one run without pushing any agent past its limit', async () => {
    const start = Date.parse('2026-12-15T20:00:00Z');
    test = await startFollowUpTest(start);
    const ids = Array.from({ length: 14 }, (_, n) => `bulk-${n}-${test!.router.runId}`);
    for (const id of ids) await test.route(ticketFrom(id, start, FRENCH_IN_JAPAN));
    await test.runUntil(Date.parse('2026-12-16T00:40:00Z'));
    test.router.now = Date.parse('2026-12-16T00:45:00Z');
    const run = await runFollowUp(test.scheduler(), test.router.now);

    expect(run).toMatchObject({ open: 14, handedOver: 14, failed: 0 });
    const loads = await test.router.agentLoads();
    const tokyo = { 'yuki.tanaka': 12, 'minji.park': 10, 'haruto.sato': 12 };
    for (const [agent, limit] of Object.entries(tokyo)) {
      expect(loads[agent] ?? 0).toBeLessThanOrEqual(limit);
    }
    expect(Object.keys(tokyo).reduce((sum, agent) => sum + (loads[agent] ?? 0), 0)).toBe(14);
    expect(loads['daniel.tremblay']).toBe(0);
    // Daniel, NA East's only French speaker, took 10; the other 4 went to the team inbox, so
    // they have no leaving agent to tell.
    let withAgent = 0;
    for (const id of ids) {
      const heldByAgent = (await test.history(id))[0]!.agent !== null;
      withAgent += heldByAgent ? 1 : 0;
      expect(await test.emails(id)).toHaveLength(heldByAgent ? 3 : 2);
    }
    expect(withAgent).toBe(10);
  }, 60_000);
});
