import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_REGIONS,
  isCountryCode,
} from '../../../../functions/core/region/generated/country-regions';
import { detectRegion } from '../../../../functions/core/region/detect-region';
import { isRegion } from '../../../../functions/core/region/region';

const ISO_3166_1 = countries
  .filter((country) => country.status === 'officially-assigned')
  .map((country) => country.cca2);

describe('COUNTRY_REGIONS', () => {
  it('covers exactly the 249 ISO 3166-1 countries and Kosovo (XK, as phone metadata uses it)', () => {
    expect(ISO_3166_1).toHaveLength(249);
    expect(Object.keys(COUNTRY_REGIONS).sort()).toEqual([...ISO_3166_1, 'XK'].sort());
    expect(COUNTRY_REGIONS.XK).toBe('EU');
  });

  it.each(ISO_3166_1)('%s maps to a region and is routed by its country', (code) => {
    const region = COUNTRY_REGIONS[code];
    expect(region !== undefined && isRegion(region)).toBe(true);
    expect(detectRegion({ country: code }, 'en', { defaultRegion: 'NA' })).toEqual({
      code: region,
      country: code,
      source: 'country',
    });
  });

  it.each([
    ['US', 'NA'],
    ['BR', 'NA'],
    ['DE', 'EU'],
    ['NG', 'EU'],
    ['EG', 'EU'],
    ['SA', 'EU'],
    ['TR', 'EU'],
    ['IL', 'EU'],
    ['AE', 'EU'],
    ['GE', 'EU'],
    ['KZ', 'APAC'],
    ['IN', 'APAC'],
    ['JP', 'APAC'],
    ['AU', 'APAC'],
    ['NZ', 'APAC'],
    ['FJ', 'APAC'],
  ])('follows the M49 rule: %s is %s', (code, region) => {
    expect(COUNTRY_REGIONS[code]).toBe(region);
  });

  it('knows no other codes outside ISO 3166-1, nor inherited object keys', () => {
    for (const code of ['EU', 'UK', 'ZZ', '', 'constructor', '__proto__', 'toString']) {
      expect(isCountryCode(code)).toBe(false);
    }
  });
});
