import type { CalendarStanding } from '../calendar/calendar-standing';
import type { Interval } from '../calendar/interval';
import { intersectIntervals, mergeIntervals } from '../calendar/interval-list';
import { routingLanguage } from '../language/language-code';
import type { Region } from '../region/region';
import type { CompiledAgent, CompiledConfig, CompiledTeam } from '../routing/compiled-config';

/**
 * Who can take a ticket, capacity aside: the question coverage answers for every hour. A team
 * takes a ticket of language L from region R while it is on shift, speaks L, is of R, and one of
 * its agents who speaks L is on shift (own shifts, the team's holidays and overrides, not away).
 * A team on shift with no such agent only collects the ticket in its inbox, which is no cover.
 *
 * Two entry points, on the same rule:
 * - `whoCanTakeAt(compiled, kind, at)`: at one instant, every team with its agents and, for each
 *   that cannot take the ticket, why (another language or region, off shift for a holiday by name,
 *   an override, no shift, or no agent of its speaking the language on shift, each agent with
 *   its own standing: away with reason and end, off shift, …).
 * - `coveredIntervals(compiled, kind, from, to)`: the stretches of [from, to) in which some team
 *   can, per team; the complement is a gap. `teamTakers` says the same per team and agent, which
 *   the week's heat map counts hour by hour (hourly-coverage.ts).
 *
 * @example
 * const teams = whoCanTakeAt(compiled, { language: 'it' }, at);
 * const why = teams.map((team) => team.unable); // { kind: 'no-agent' }: Luca is away
 * const italian = coveredIntervals(compiled, { language: 'it' }, from, to); // { all, byTeam }
 */

/** The ticket asked about; a field left out matches every team. */
export interface TicketKind {
  /** A language code as routing uses it (`nb` is read as `no`). */
  readonly language?: string | undefined;
  readonly region?: Region | undefined;
}

/** One agent of a team, as it stands at an instant for a kind of ticket. */
export interface AgentAvailability {
  readonly id: string;
  /** Whether the agent speaks the ticket's language (true when no language is asked). */
  readonly speaks: boolean;
  /** On shift until when, or off shift why (away with reason and end, holiday, …) and until when. */
  readonly standing: CalendarStanding;
  /** On shift and speaks the language: this agent can take the ticket if the team is chosen. */
  readonly canTake: boolean;
}

/** Why a team cannot take a kind of ticket at an instant. */
export type TeamUnable =
  | { readonly kind: 'language' }
  | { readonly kind: 'region' }
  /** The team is off shift: `standing.cause` says why (holiday by name, override, no shift). */
  | { readonly kind: 'off-shift' }
  /** On shift, but none of its agents who could take the ticket is: see each agent's standing. */
  | { readonly kind: 'no-agent' };

export interface TeamAvailability {
  readonly id: string;
  readonly region: Region;
  readonly timeZone: string;
  readonly speaks: boolean;
  readonly inRegion: boolean;
  readonly standing: CalendarStanding;
  readonly agents: readonly AgentAvailability[];
  /** Null when the team can take the ticket; then `agents` says who. */
  readonly unable: TeamUnable | null;
}

function speaksAsked(languages: ReadonlySet<string>, language: string | undefined): boolean {
  return language === undefined || languages.has(routingLanguage(language));
}

/** The agents of `team` who would take a ticket of `kind` when on shift. */
export function agentsFor(team: CompiledTeam, kind: TicketKind): readonly CompiledAgent[] {
  return team.agents.filter((agent) => speaksAsked(agent.languages, kind.language));
}

/** Whether `team` serves tickets of `kind` at all (language and region), shifts aside. */
export function teamServes(team: CompiledTeam, kind: TicketKind): boolean {
  return (
    speaksAsked(team.languages, kind.language) &&
    (kind.region === undefined || team.region === kind.region)
  );
}

/**
 * At instant `at`, every team of the configuration (in its order) with its agents, and whether
 * and why not it can take a ticket of `kind`. See the module comment for the rule.
 */
export function whoCanTakeAt(
  compiled: CompiledConfig,
  kind: TicketKind,
  at: number,
): TeamAvailability[] {
  return compiled.teams.map((team): TeamAvailability => {
    const standing = team.calendar.standingAt(at);
    const agents = team.agents.map((agent): AgentAvailability => {
      const agentStanding = agent.calendar.standingAt(at);
      const speaks = speaksAsked(agent.languages, kind.language);
      return {
        id: agent.id,
        speaks,
        standing: agentStanding,
        canTake: speaks && agentStanding.onShift,
      };
    });
    const speaks = speaksAsked(team.languages, kind.language);
    const inRegion = kind.region === undefined || team.region === kind.region;
    let unable: TeamUnable | null = null;
    if (!speaks) unable = { kind: 'language' };
    else if (!inRegion) unable = { kind: 'region' };
    else if (!standing.onShift) unable = { kind: 'off-shift' };
    else if (!agents.some((agent) => agent.canTake)) unable = { kind: 'no-agent' };
    return {
      id: team.id,
      region: team.region,
      timeZone: team.config.timeZone,
      speaks,
      inRegion,
      standing,
      agents,
      unable,
    };
  });
}

/** Within [from, to), when a team can take a ticket of a kind, and when each of its agents would. */
export interface TeamTakers {
  /** The team's stretches: on shift with one of `agents` on shift. */
  readonly intervals: Interval[];
  /** Each agent of the team who speaks the language, and when it is on shift while the team is. */
  readonly agents: readonly { readonly agent: CompiledAgent; readonly intervals: Interval[] }[];
}

/** Who of `team` can take a ticket of `kind` within [from, to), by the rule above. */
export function teamTakers(
  team: CompiledTeam,
  kind: TicketKind,
  from: number,
  to: number,
): TeamTakers {
  if (!teamServes(team, kind)) return { intervals: [], agents: [] };
  const onShift = team.calendar.intervals(from, to);
  const agents = agentsFor(team, kind).map((agent) => ({
    agent,
    intervals: intersectIntervals(onShift, agent.calendar.intervals(from, to)),
  }));
  return { intervals: mergeIntervals(agents.flatMap((agent) => agent.intervals)), agents };
}

/** When `team` can take a ticket of `kind` within [from, to), by the rule above. */
export function teamCoverage(
  team: CompiledTeam,
  kind: TicketKind,
  from: number,
  to: number,
): Interval[] {
  return teamTakers(team, kind, from, to).intervals;
}

/**
 * The stretches of [from, to) in which some team can take a ticket of `kind` (`all`, sorted and
 * merged) and each serving team's own (`byTeam`, by team id; teams that never serve the kind are
 * left out).
 */
export function coveredIntervals(
  compiled: CompiledConfig,
  kind: TicketKind,
  from: number,
  to: number,
): { readonly all: Interval[]; readonly byTeam: ReadonlyMap<string, Interval[]> } {
  const byTeam = new Map<string, Interval[]>();
  for (const team of compiled.teams)
    if (teamServes(team, kind)) byTeam.set(team.id, teamCoverage(team, kind, from, to));
  return { all: mergeIntervals([...byTeam.values()].flat()), byTeam };
}
