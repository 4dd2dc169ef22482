import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec } from '../../../../functions/core/calendar/calendar-spec';
import { compileCalendar } from '../../../../functions/core/calendar/compile-calendar';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import type {
  CompiledConfig,
  CompiledTeam,
} from '../../../../functions/core/routing/compiled-config';
import {
  coveredTimeReached,
  expectedReplyBy,
  REPLY_BY_HORIZON_MS,
} from '../../../../functions/core/routing/reply-by';
import { PRIORITIES, type Priority } from '../../../../functions/core/ticket/ticket-schema';
import { DAY, instant, MINUTE, onShiftByTheBook, spec } from '../calendar/calendar-by-the-book';

const LANGUAGES = ['de', 'en', 'fr'] as const;

interface TeamSpec {
  readonly calendar: CalendarSpec;
  readonly languages: readonly string[];
}

const teamSpec: fc.Arbitrary<TeamSpec> = fc.record({
  calendar: spec,
  languages: fc.subarray([...LANGUAGES], { minLength: 1 }),
});

// Whole minutes, so that counting minute by minute is exact: every shift, holiday and override
// boundary of the arbitraries lies on a whole minute of UTC (zone offsets are whole minutes too).
const minuteInstant = instant.map((at) => Math.floor(at / MINUTE) * MINUTE);

// Mostly what support contracts promise (15 minutes to two days), sometimes nothing at all, and
// sometimes more than the horizon can hold.
const neededMinutes = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 48 * 60 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.integer({ min: 10 * 24 * 60, max: 15 * 24 * 60 }) },
);

/**
 * The rule read literally, a minute at a time: from `at`, each minute in which the decision's team
 * or a team speaking `language` is on shift (by the time rules read literally) counts; the answer
 * is the end of the minute that makes the count reach `needed`, or null past 14 days.
 */
function replyByTheBook(
  teams: readonly TeamSpec[],
  decisionTeam: number | null,
  language: string,
  at: number,
  needed: number,
): number | null {
  const covering = teams.filter(
    (team, i) => i === decisionTeam || team.languages.includes(language),
  );
  const minutes = REPLY_BY_HORIZON_MS / MINUTE;
  let covered = 0;
  for (let minute = 0; minute <= minutes; minute++) {
    if (covered === needed) return at + minute * MINUTE;
    // Even if every minute left were covered, the count could not get there.
    if (needed - covered > minutes - minute) return null;
    const t = at + minute * MINUTE;
    if (covering.some((team) => onShiftByTheBook(team.calendar, t))) covered++;
  }
  return null;
}

function compiledOf(teams: readonly TeamSpec[], needed: number): CompiledConfig {
  const compiledTeams = teams.map(
    (team, order) =>
      ({
        id: `team-${order}`,
        order,
        languages: new Set(team.languages),
        calendar: compileCalendar(team.calendar, dateHolidaysCalendar),
      }) as unknown as CompiledTeam,
  );
  return {
    teams: compiledTeams,
    ackWithinMs: Object.fromEntries(PRIORITIES.map((p) => [p, needed * MINUTE])) as Record<
      Priority,
      number
    >,
  } as unknown as CompiledConfig;
}

describe('expectedReplyBy over random teams, calendars and instants', () => {
  it('is where covered time, counted minute by minute by the literal rules, reaches ackWithin', () => {
    fc.assert(
      fc.property(
        fc.array(teamSpec, { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat(3), { nil: null }),
        fc.constantFrom(...LANGUAGES, 'ja'),
        minuteInstant,
        neededMinutes,
        (teams, pick, language, at, needed) => {
          const decisionTeam = pick === null ? null : pick % teams.length;
          const compiled = compiledOf(teams, needed);
          const team = decisionTeam === null ? null : compiled.teams[decisionTeam]!;
          const byTheBook = replyByTheBook(teams, decisionTeam, language, at, needed);
          expect(expectedReplyBy(compiled, { team, language, priority: 'normal', at })).toBe(
            byTheBook,
          );
          // Told where the team's shift ends, as routing tells it, the answer is the same.
          const teamShiftEnd = team?.calendar.shiftEndAt(at) ?? null;
          expect(
            expectedReplyBy(compiled, { team, language, priority: 'normal', at, teamShiftEnd }),
          ).toBe(byTheBook);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('counts overlapping shifts once, and never promises sooner than ackWithin of wall-clock time', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 4 }),
        instant,
        fc.integer({ min: 0, max: 3 * DAY }),
        (specs, at, needed) => {
          const calendars = specs.map((s) => compileCalendar(s, dateHolidaysCalendar));
          const reached = coveredTimeReached(calendars, at, needed);
          if (reached === null) return;
          expect(reached).toBeGreaterThanOrEqual(at + needed);
          expect(reached).toBeLessThanOrEqual(at + REPLY_BY_HORIZON_MS);
          // The union of the calendars' intervals between `at` and the answer holds exactly
          // `needed` of on-shift time.
          const pieces = calendars
            .flatMap((calendar) => calendar.intervals(at, reached))
            .sort((a, b) => a.start - b.start);
          let total = 0;
          let reach = at;
          for (const { start, end } of pieces) {
            if (end <= reach) continue;
            total += end - Math.max(start, reach);
            reach = end;
          }
          expect(total).toBe(needed);
          // The answer is the end of covered time, not a moment in a gap after it.
          if (needed > 0) expect(calendars.some((c) => c.isOnShift(reached - 1))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
