import { getAllTimezones } from 'countries-and-timezones';

// Built on first use (a ticket that gives a time zone), not at module load, which every cold start
// pays: lower-case IANA zone name (canonical and backward links such as `US/Eastern`,
// `Asia/Calcutta`) → the zone's principal country, which countries-and-timezones lists first
// (`Europe/Zurich` is CH, not LI; `Asia/Dubai` is AE, not OM). Zones without a country (`UTC`,
// `Etc/GMT+5`) are left out.
let zoneCountries: ReadonlyMap<string, string> | undefined;

function buildZoneCountries(): ReadonlyMap<string, string> {
  return new Map(
    Object.values(getAllTimezones({ deprecated: true })).flatMap((zone) => {
      const [principal] = zone.countries;
      return principal === undefined ? [] : [[zone.name.toLowerCase(), principal] as const];
    }),
  );
}

/**
 * The principal ISO 3166-1 alpha-2 country of an IANA time zone, or `null` for an unknown zone or
 * one that belongs to no country. Case-insensitive, as `Intl` is.
 */
export function countryOfTimeZone(timeZone: string): string | null {
  zoneCountries ??= buildZoneCountries();
  return zoneCountries.get(timeZone.trim().toLowerCase()) ?? null;
}
