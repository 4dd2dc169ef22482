// Simulated ticket history for the demo and the reports bench: ticket items as the router and the
// people acting on them leave them (routed, queued, handed over, escalated, acknowledged,
// resolved, reopened by a new ticket in the thread), and survey items with answers. Seeded, so a
// run is repeatable; it reads the demo company's teams and agents from its configuration.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { TicketEvent } from '../../functions/core/followup/ticket-history';

interface Team {
  readonly id: string;
  readonly region: string;
  readonly languages: readonly string[];
  readonly agents: readonly string[];
}

export function demoTeams(path = 'examples/sunroute.yaml'): Team[] {
  const config = parse(readFileSync(path, 'utf8')) as {
    teams: { id: string; region: string; languages: string[] }[];
    agents: { id: string; team: string }[];
  };
  return config.teams.map((team) => ({
    id: team.id,
    region: team.region,
    languages: team.languages,
    agents: config.agents.filter((agent) => agent.team === team.id).map((agent) => agent.id),
  }));
}

/** A small, fast, seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PROMISE_MS: Record<string, number> = {
  urgent: 10 * MINUTE,
  high: HOUR,
  normal: 4 * HOUR,
  low: 24 * HOUR,
};

export type Item = Record<string, unknown>;

/**
 * `count` tickets received between `from` and `to` (epoch ms), each as its stored item with its
 * whole history up to `to`, followed by its survey item when the customer answered, and now and
 * then a later ticket in the same thread (not solved at first contact). Items come in the order
 * they would have been written.
 */
export function* simulatedHistory(options: {
  readonly teams: readonly Team[];
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly seed?: number;
  readonly run?: string;
  /** Tickets received in order, evenly spread (a stream's order), instead of at random. */
  readonly inOrder?: boolean;
}): Generator<Item> {
  const next = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const weighted = (pairs: readonly [string, number][]) => {
    let roll = next();
    for (const [value, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return pairs.at(-1)![0];
  };
  // Log-normal durations around a median: most quick, a long tail.
  const lognormal = (median: number, spread = 0.9) => {
    const u = Math.max(next(), 1e-9);
    const v = next();
    return median * Math.exp(spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const run = options.run ?? 'sim';
  for (let n = 0; n < options.count; n++) {
    const team = pick(options.teams);
    const language = pick(team.languages);
    const agent = team.agents.length > 0 ? pick(team.agents) : null;
    const channel = weighted([
      ['email', 0.6],
      ['chat', 0.3],
      ['web', 0.1],
    ]);
    const priority = weighted([
      ['low', 0.15],
      ['normal', 0.6],
      ['high', 0.2],
      ['urgent', 0.05],
    ]);
    const place = options.inOrder ? (n + next()) / options.count : next();
    const received = options.from + place * (options.to - options.from);
    const ticketId = `demo-history:${run}:${n}`;
    const history: TicketEvent[] = [];
    let holder = { team: team.id, agent };
    let at = received;
    let waitedMs = 0;
    if (next() < 0.2) {
      history.push({ event: 'queued', at: iso(at), team: team.id, agent: null });
      waitedMs = lognormal(40 * MINUTE);
      at += waitedMs;
    }
    history.push({ event: 'assigned', at: iso(at), ...holder });
    if (next() < 0.12) {
      const other = pick(options.teams.filter((each) => each.id !== team.id));
      at += lognormal(3 * HOUR, 0.5);
      history.push({ event: 'handed-over', at: iso(at), ...holder });
      holder = { team: other.id, agent: other.agents.length > 0 ? pick(other.agents) : null };
      history.push({ event: 'assigned', at: iso(at + MINUTE), ...holder });
    }
    if (next() < 0.05) {
      at += lognormal(2 * HOUR, 0.4);
      history.push({ event: 'escalated', at: iso(at), ...holder });
    }
    const acknowledged = at + lognormal(0.6 * PROMISE_MS[priority]!, 1);
    if (acknowledged < options.to) {
      history.push({ event: 'acknowledged', at: iso(acknowledged), by: 'link', ...holder });
      const resolved = acknowledged + lognormal(3 * HOUR, 1.1);
      if (resolved < options.to && next() < 0.92) {
        history.push({ event: 'resolved', at: iso(resolved), by: 'link', ...holder });
      }
    }
    const resolvedEvent = history.find((event) => event.event === 'resolved');
    const ticket: Item = {
      pk: `TICKET#${ticketId}`,
      sk: 'TICKET',
      ticketId,
      status: resolvedEvent ? 'resolved' : 'assigned',
      team: holder.team,
      agent: holder.agent,
      // Open simulated tickets stay out of the byTeamStatus index, so the scheduler of the
      // running stack never hands over or escalates them (and mails nobody about them).
      ...(resolvedEvent ? { teamStatus: `${holder.team}#resolved` } : {}),
      statusSince: history.at(-1)!.at,
      receivedAt: iso(received),
      threadKey: `demo-thread:${run}:${n}`,
      decision: {
        ticketId,
        status: 'assigned',
        team: team.id,
        agent,
        language: { code: language, source: 'text', confidence: 0.9 },
        region: { code: team.region, country: null, source: 'default' },
        needsTranslation: next() < 0.08,
        at: iso(received),
        expectedReplyBy: iso(received + PROMISE_MS[priority]!),
        reasons: ['simulated history'],
      },
      ticket: { id: ticketId, channel, priority, receivedAt: iso(received), customer: {} },
      history,
      ...(waitedMs > 0 ? { waitedMs: Math.round(waitedMs) } : {}),
      version: history.length,
    };
    yield ticket;
    if (!resolvedEvent) continue;
    if (next() < 0.4) {
      const unhappy = history.some((event) => event.event === 'handed-over') || next() < 0.15;
      const score = unhappy ? pick([1, 2, 3, 4]) : pick([4, 5, 5, 5, 4, 3]);
      yield {
        pk: `TICKET#${ticketId}`,
        sk: 'SURVEY',
        ticketId,
        resolvedAt: resolvedEvent.at,
        team: holder.team,
        agent: holder.agent,
        language,
        region: team.region,
        channel,
        priority,
        closesAt: Date.parse(resolvedEvent.at) + 7 * 24 * HOUR,
        score,
        answeredAt: iso(Date.parse(resolvedEvent.at) + lognormal(5 * HOUR)),
      };
    }
    const back = Date.parse(resolvedEvent.at) + lognormal(2 * 24 * HOUR, 0.6);
    if (next() < 0.08 && back < options.to) {
      const againId = `${ticketId}:again`;
      const done = back + lognormal(HOUR);
      yield {
        ...Object.fromEntries(Object.entries(ticket).filter(([name]) => name !== 'waitedMs')),
        pk: `TICKET#${againId}`,
        ticketId: againId,
        receivedAt: iso(back),
        statusSince: iso(done),
        decision: { ...(ticket.decision as Item), ticketId: againId, at: iso(back) },
        ticket: { ...(ticket.ticket as Item), id: againId, receivedAt: iso(back) },
        history: [
          { event: 'assigned', at: iso(back), ...holder },
          { event: 'acknowledged', at: iso(back + 10 * MINUTE), by: 'link', ...holder },
          { event: 'resolved', at: iso(done), by: 'link', ...holder },
        ],
        version: 3,
      };
    }
  }
}
