import { COUNTRY_REGIONS, isCountryCode } from './generated/country-regions';
import type { Region } from './region';

/** Config `regions:`: ISO 3166-1 alpha-2 code → region, applied on top of the M49 map. */
export type RegionOverrides = Readonly<Record<string, Region>>;

/**
 * The region of an upper-case ISO 3166-1 alpha-2 code, or `undefined` for a code that is neither
 * a country nor overridden. Overrides win so that a support lead can move single countries.
 */
export function regionOfCountry(
  country: string,
  overrides: RegionOverrides | undefined,
): Region | undefined {
  if (overrides !== undefined && Object.hasOwn(overrides, country)) return overrides[country];
  return isCountryCode(country) ? COUNTRY_REGIONS[country] : undefined;
}
