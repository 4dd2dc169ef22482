import { describe, expect, it } from 'vitest';
import { regionOfCountry } from '../../../../functions/core/region/region-of-country';

describe('regionOfCountry', () => {
  it('uses the M49 map without overrides', () => {
    expect(regionOfCountry('TR', undefined)).toBe('EU');
    expect(regionOfCountry('MX', {})).toBe('NA');
  });

  it('lets overrides win over the M49 map', () => {
    expect(regionOfCountry('TR', { TR: 'APAC' })).toBe('APAC');
    expect(regionOfCountry('MX', { MX: 'NA' })).toBe('NA');
    expect(regionOfCountry('DE', { TR: 'APAC' })).toBe('EU');
  });

  it('accepts an overridden code that is not an ISO country', () => {
    expect(regionOfCountry('QM', undefined)).toBeUndefined();
    expect(regionOfCountry('QM', { QM: 'EU' })).toBe('EU');
  });

  it('knows nothing of unknown codes and inherited object keys', () => {
    for (const code of ['ZZ', 'de', '', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(regionOfCountry(code, {})).toBeUndefined();
    }
  });
});
