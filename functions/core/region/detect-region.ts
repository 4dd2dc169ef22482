import { countryOfEmail } from './country-of-email';
import { countryOfPhone } from './country-of-phone';
import { countryOfTimeZone } from './country-of-time-zone';
import { languageRegion } from './language-region';
import type { Region } from './region';
import { isCountryCode } from './generated/country-regions';
import { regionOfCountry } from './region-of-country';
import type { RegionOverrides } from './region-of-country';

export type RegionSource = 'country' | 'phone' | 'timeZone' | 'email' | 'language' | 'default';

/** The customer's region, the country it came from (null when none was found) and its source. */
export interface RegionResult {
  code: Region;
  country: string | null;
  source: RegionSource;
}

export interface RegionOptions {
  /** Config `regions:`; wins over the M49 map. */
  overrides?: RegionOverrides;
  defaultRegion: Region;
}

/** The customer fields that can name a country; every one is optional. */
export interface CustomerContact {
  country?: string;
  phone?: string;
  timeZone?: string;
  email?: string;
}

type CountrySource = Exclude<RegionSource, 'language' | 'default'>;

// The order of docs/routing.md: the most deliberate statement of where the customer is comes first.
const COUNTRY_SOURCES: readonly (readonly [CountrySource, (value: string) => string | null])[] = [
  ['country', (country) => country.trim().toUpperCase()],
  ['phone', countryOfPhone],
  ['timeZone', countryOfTimeZone],
  ['email', countryOfEmail],
];

/** A country the customer's own fields name, and which field named it. */
export interface CustomerCountry {
  readonly country: string;
  readonly source: CountrySource;
}

/**
 * The country the customer's own fields name, in the order docs/routing.md gives (country, phone,
 * time zone, email ccTLD), or null when none does. Routing finds it once: language detection reads it as a
 * hint for short messages, and region detection starts from it.
 */
export function countryOfCustomer(customer: CustomerContact | undefined): CustomerCountry | null {
  if (customer === undefined) return null;
  for (const [source, countryOf] of COUNTRY_SOURCES) {
    const value = customer[source];
    if (value === undefined) continue;
    const country = countryOf(value);
    if (country !== null && isCountryCode(country)) return { country, source };
  }
  return null;
}

/**
 * The customer's region by the first usable source (docs/routing.md): country, phone, time zone,
 * email ccTLD, the ticket's language, else `defaultRegion`. A source that is present but names no
 * known country falls through to the next, so this never throws on customer data.
 */
export function detectRegion(
  customer: CustomerContact | undefined,
  languageCode: string,
  options: RegionOptions,
  found: CustomerCountry | null = countryOfCustomer(customer),
): RegionResult {
  if (found !== null) {
    const code = regionOfCountry(found.country, options.overrides);
    if (code !== undefined) return { code, country: found.country, source: found.source };
  }
  const implied = languageRegion(languageCode);
  if (implied !== undefined) return { code: implied, country: null, source: 'language' };
  return { code: options.defaultRegion, country: null, source: 'default' };
}
