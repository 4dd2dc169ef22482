import type { Calendar } from '../calendar/compile-calendar';
import { DAY_MS } from '../calendar/wall-clock';
import type { Priority } from '../ticket/ticket-schema';
import type { CompiledConfig, CompiledTeam } from './compiled-config';

/** Beyond this much time after the decision, sunroute promises nothing (`expectedReplyBy: null`). */
export const REPLY_BY_HORIZON_MS = 14 * DAY_MS;

/**
 * The end of the stretch of covered time that contains `from` (`from` itself when nobody is on
 * shift then): while any calendar is on shift at the stretch's end, it goes on. The walk stops
 * once the stretch reaches `enough`, since nothing past it is asked for.
 */
export function coveredUntil(calendars: readonly Calendar[], from: number, enough: number): number {
  let end = from;
  for (;;) {
    let further = end;
    for (const calendar of calendars) {
      const shiftEnd = calendar.shiftEndAt(end);
      if (shiftEnd !== null && shiftEnd > further) further = shiftEnd;
    }
    if (further === end || further >= enough) return further;
    end = further;
  }
}

/** The earliest instant after `at` at which one of `calendars` comes on shift, or null. */
export function nextCoveredStart(calendars: readonly Calendar[], at: number): number | null {
  let next: number | null = null;
  for (const calendar of calendars) {
    const start = calendar.nextStartAfter(at);
    if (start !== null && (next === null || start < next)) next = start;
  }
  return next;
}

/**
 * The instant at which time covered by any of `calendars`, counted from `at`, adds up to
 * `neededMs`; null when that instant lies more than `horizonMs` after `at`. Overlapping shifts
 * count once: covered time is the union of the calendars' on-shift time, as a wall clock runs.
 *
 * @example
 * // Berlin 08:00–18:00 local, a ticket at 17:00 local needing four hours: one hour today, the
 * // other three from 08:00 tomorrow, so 11:00 tomorrow.
 * coveredTimeReached([berlin], at, 4 * 3_600_000);
 */
export function coveredTimeReached(
  calendars: readonly Calendar[],
  at: number,
  neededMs: number,
  horizonMs: number = REPLY_BY_HORIZON_MS,
): number | null {
  const limit = at + horizonMs;
  let from = at;
  let left = Math.max(0, neededMs);
  for (;;) {
    const end = coveredUntil(calendars, from, from + left);
    if (end - from >= left) {
      const reached = from + left;
      return reached <= limit ? reached : null;
    }
    left -= end - from;
    // Nobody covers `end`: the next stretch begins where the first calendar comes on shift.
    const next = nextCoveredStart(calendars, end);
    if (next === null || next + left > limit) return null;
    from = next;
  }
}

/**
 * The teams whose shifts count towards a ticket's reply-by: the decision's team, and every team
 * that speaks the ticket's language (any of them could take it over at a handover).
 */
export function coveringTeams(
  compiled: CompiledConfig,
  team: CompiledTeam | null,
  language: string,
): CompiledTeam[] {
  return compiled.teams.filter((each) => each === team || each.languages.has(language));
}

export interface ReplyByInput {
  /** The decision's team; null when none was chosen (a configuration without teams). */
  readonly team: CompiledTeam | null;
  /** The ticket's language (ISO 639-1). */
  readonly language: string;
  readonly priority: Priority;
  /** The decision's instant, epoch ms. */
  readonly at: number;
  /**
   * Where the decision's team's shift ends, when the caller knows it (an assigned team): a reply
   * due before then needs no other calendar.
   */
  readonly teamShiftEnd?: number | null;
}

/**
 * `expectedReplyBy` (epoch ms): from the decision's instant, the moment covered time — time in
 * which the decision's team or any team speaking the ticket's language is on shift, by their
 * calendars with holidays and overrides — reaches `routing.ackWithin[priority]`. Null when that
 * lies more than 14 days ahead. The customer's promise, the agent's "acknowledge by" and the
 * escalation are all this one instant.
 *
 * @example
 * const replyBy = expectedReplyBy(compiled, { team, language: 'de', priority: 'normal', at });
 */
export function expectedReplyBy(compiled: CompiledConfig, input: ReplyByInput): number | null {
  const needed = compiled.ackWithinMs[input.priority];
  const { teamShiftEnd } = input;
  // Most tickets: the team that has them is on shift for longer than the time asked for.
  if (
    teamShiftEnd !== undefined &&
    teamShiftEnd !== null &&
    needed <= REPLY_BY_HORIZON_MS &&
    teamShiftEnd - input.at >= needed
  )
    return input.at + needed;
  const calendars = coveringTeams(compiled, input.team, input.language).map(
    (team) => team.calendar,
  );
  return coveredTimeReached(calendars, input.at, needed);
}
