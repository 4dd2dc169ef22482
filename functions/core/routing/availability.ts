import { regionOfCountry } from '../region/region-of-country';
import type { Region } from '../region/region';
import type { CompiledConfig } from './compiled-config';
import { coveredUntil, coveringTeams, nextCoveredStart, REPLY_BY_HORIZON_MS } from './reply-by';

/** Whether someone who speaks a language is on shift at an instant, and until or from when. */
export interface LanguageCoverage {
  readonly onShift: boolean;
  /** On shift: when the stretch ends (epoch ms); null when it runs past the 14-day horizon. */
  readonly until: number | null;
  /** Off shift: when the first team speaking it comes on (epoch ms); null: not within 14 days. */
  readonly nextOnShift: number | null;
}

export interface Availability extends LanguageCoverage {
  readonly language: string;
  /** The region of the country asked about (the configuration's `regions` first), if known. */
  readonly region?: Region;
  /** The same, counting only teams of that region. */
  readonly inRegion?: LanguageCoverage;
}

function coverage(compiled: CompiledConfig, language: string, at: number, region?: Region) {
  const calendars = coveringTeams(compiled, null, language)
    .filter((team) => region === undefined || team.region === region)
    .map((team) => team.calendar);
  const limit = at + REPLY_BY_HORIZON_MS;
  const end = coveredUntil(calendars, at, limit);
  if (end > at) return { onShift: true, until: end < limit ? end : null, nextOnShift: null };
  const next = nextCoveredStart(calendars, at);
  return { onShift: false, until: null, nextOnShift: next !== null && next <= limit ? next : null };
}

/**
 * Whether a team that speaks `language` is on shift at `at`, by the team calendars routing reads,
 * and if not, when the first one comes on; with a `country`, the same for the teams of its
 * region too. What a help centre or a chat widget shows before anyone writes: team-level facts
 * only, never a ticket or a person.
 *
 * @example
 * availability(compiled, 'de', at, 'AT'); // { language: 'de', onShift: false, … }
 */
export function availability(
  compiled: CompiledConfig,
  language: string,
  at: number,
  country?: string,
): Availability {
  const all = coverage(compiled, language, at);
  const region =
    country === undefined ? undefined : regionOfCountry(country, compiled.regionOptions.overrides);
  if (region === undefined) return { language, ...all };
  return { language, ...all, region, inRegion: coverage(compiled, language, at, region) };
}
