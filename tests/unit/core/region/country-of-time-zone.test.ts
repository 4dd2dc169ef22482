import { describe, expect, it } from 'vitest';
import { countryOfTimeZone } from '../../../../functions/core/region/country-of-time-zone';

describe('countryOfTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'DE'],
    ['America/Chicago', 'US'],
    ['America/Toronto', 'CA'],
    ['Asia/Kolkata', 'IN'],
    ['Europe/Kyiv', 'UA'],
    ['Australia/Sydney', 'AU'],
    ['America/Argentina/Buenos_Aires', 'AR'],
  ])('maps the canonical zone %s to %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it.each([
    ['US/Eastern', 'US'],
    ['Asia/Calcutta', 'IN'],
    ['Europe/Kiev', 'UA'],
    ['Asia/Saigon', 'VN'],
    ['America/Montreal', 'CA'],
    ['Canada/Pacific', 'CA'],
    ['Europe/Vaduz', 'LI'],
    ['Asia/Muscat', 'OM'],
  ])('maps the backward link %s to %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it.each([
    ['Europe/Zurich', 'CH'],
    ['Asia/Dubai', 'AE'],
    ['Asia/Singapore', 'SG'],
    ['Africa/Abidjan', 'CI'],
    ['Asia/Riyadh', 'SA'],
    ['Europe/London', 'GB'],
  ])('maps the shared zone %s to its principal country %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it('ignores case and surrounding spaces, as Intl does', () => {
    expect(countryOfTimeZone('europe/berlin')).toBe('DE');
    expect(countryOfTimeZone(' US/EASTERN ')).toBe('US');
  });

  it.each(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT+5', 'Etc/GMT-14', 'Factory'])(
    'finds no country in the zone %s, which has none',
    (zone) => {
      expect(countryOfTimeZone(zone)).toBeNull();
    },
  );

  it.each(['Mars/Olympus_Mons', 'Berlin', '', '__proto__', 'constructor'])(
    'finds no country in the unknown zone %j',
    (zone) => {
      expect(countryOfTimeZone(zone)).toBeNull();
    },
  );
});
