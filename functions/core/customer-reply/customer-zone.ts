import { getCountry, getTimezone } from 'countries-and-timezones';
import { IANAZone } from 'luxon';
import { countryOfPhone } from '../region/country-of-phone';
import type { TicketCustomer } from '../ticket/ticket-schema';

/** Whose clock a time told to the customer is on. */
export type ZoneSource = 'customer' | 'country' | 'team';

export interface CustomerZone {
  readonly zone: string;
  readonly source: ZoneSource;
}

/** The zones that are the country's own (not a neighbour's zone it shares, like DE's Zurich). */
function countryZones(country: string): string[] {
  const zones = getCountry(country)?.timezones ?? [];
  const own = zones.filter((zone) => getTimezone(zone)?.countries[0] === country);
  return own.length > 0 ? own : zones;
}

/**
 * The zone to tell the customer a time in: their own `timeZone`; else the zone of their country
 * (`country`, else their phone number's, else `detectedCountry`, the one region detection found,
 * e.g. from their address's `.de`) when the country's zones all show the same time at `at`, or
 * the team's zone when it is one of them; else the team's zone. A time is always told with its
 * zone's name, so one on the team's clock cannot be mistaken for the customer's own.
 */
export function customerZone(
  customer: TicketCustomer,
  teamZone: string,
  at: number,
  detectedCountry?: string | null,
): CustomerZone {
  if (customer.timeZone && IANAZone.isValidZone(customer.timeZone))
    return { zone: customer.timeZone, source: 'customer' };
  const country =
    customer.country ??
    (customer.phone ? countryOfPhone(customer.phone) : null) ??
    detectedCountry ??
    null;
  if (country) {
    const zones = countryZones(country);
    if (zones.includes(teamZone)) return { zone: teamZone, source: 'country' };
    const [first] = zones;
    const offset = (zone: string) => IANAZone.create(zone).offset(at);
    if (first !== undefined && zones.every((zone) => offset(zone) === offset(first)))
      return { zone: first, source: 'country' };
  }
  return { zone: teamZone, source: 'team' };
}

/** `Europe/Berlin` → `Berlin`, `America/New_York` → `New York`: where a team sits, for a reader. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
