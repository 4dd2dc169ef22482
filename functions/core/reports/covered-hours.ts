import { coveredIntervals } from '../coverage/who-can-take';
import type { CompiledConfig } from '../routing/compiled-config';

/** One language's covered time in a report's period. */
export interface LanguageCoverage {
  readonly language: string;
  /** Hours of the period in which at least one team can take a ticket in the language. */
  readonly coveredHours: number;
  /** … as a share of the period's hours (0..1). */
  readonly share: number;
}

/** Covered hours per language, from the calendars, for a report's period. */
export interface CoveredHours {
  readonly periodHours: number;
  readonly languages: readonly LanguageCoverage[];
}

const HOUR_MS = 3_600_000;
const tenths = (hours: number) => Math.round(hours * 10) / 10;

/**
 * For every language some team serves, the hours of [from, to) in which a ticket in it can be
 * taken: a team on shift with an agent on shift who speaks it, holidays, overrides and time away
 * counted, capacity aside. The same rule as `sunroute coverage` and the console's week
 * (who-can-take.ts); the current calendars are applied to the whole period, past included.
 */
export function coveredHours(compiled: CompiledConfig, from: number, to: number): CoveredHours {
  const periodHours = (to - from) / HOUR_MS;
  const languages = [...new Set(compiled.teams.flatMap((team) => [...team.languages]))].sort();
  return {
    periodHours: tenths(periodHours),
    languages: languages.map((language) => {
      const { all } = coveredIntervals(compiled, { language }, from, to);
      const covered = all.reduce((sum, interval) => sum + interval.end - interval.start, 0);
      return {
        language,
        coveredHours: tenths(covered / HOUR_MS),
        share: periodHours > 0 ? covered / HOUR_MS / periodHours : 0,
      };
    }),
  };
}
