import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_REGIONS } from '../../../../functions/core/region/generated/country-regions';
import { detectRegion } from '../../../../functions/core/region/detect-region';
import type {
  CustomerContact,
  RegionOptions,
} from '../../../../functions/core/region/detect-region';
import { REGIONS, isRegion } from '../../../../functions/core/region/region';

const NA_DEFAULT: RegionOptions = { defaultRegion: 'NA' };

// One customer whose every field names a different country, so the winning source is visible.
const EVERYTHING: CustomerContact = {
  country: 'JP',
  phone: '+49 30 123456',
  timeZone: 'America/Chicago',
  email: 'amy@example.co.uk',
};

describe('detectRegion', () => {
  it('takes customer.country first', () => {
    expect(detectRegion(EVERYTHING, 'fr', NA_DEFAULT)).toEqual({
      code: 'APAC',
      country: 'JP',
      source: 'country',
    });
  });

  it('reads customer.country case-insensitively', () => {
    expect(detectRegion({ country: ' de ' }, 'en', NA_DEFAULT)).toEqual({
      code: 'EU',
      country: 'DE',
      source: 'country',
    });
  });

  it('takes the phone without a country', () => {
    expect(detectRegion({ ...EVERYTHING, country: undefined }, 'fr', NA_DEFAULT)).toEqual({
      code: 'EU',
      country: 'DE',
      source: 'phone',
    });
  });

  it('takes the time zone without a country or phone', () => {
    expect(detectRegion({ timeZone: 'Asia/Calcutta', email: 'a@x.de' }, 'de', NA_DEFAULT)).toEqual({
      code: 'APAC',
      country: 'IN',
      source: 'timeZone',
    });
  });

  it('takes the email ccTLD without a country, phone or time zone', () => {
    expect(detectRegion({ email: 'amy@example.co.uk' }, 'ja', NA_DEFAULT)).toEqual({
      code: 'EU',
      country: 'GB',
      source: 'email',
    });
  });

  it('takes the language when no customer field names a country', () => {
    expect(detectRegion({ email: 'a@example.com' }, 'ja', NA_DEFAULT)).toEqual({
      code: 'APAC',
      country: null,
      source: 'language',
    });
    expect(detectRegion(undefined, 'pl', NA_DEFAULT)).toEqual({
      code: 'EU',
      country: null,
      source: 'language',
    });
  });

  it('takes the default region when nothing else points anywhere', () => {
    expect(detectRegion(undefined, 'en', { defaultRegion: 'APAC' })).toEqual({
      code: 'APAC',
      country: null,
      source: 'default',
    });
    expect(detectRegion({}, 'es', { defaultRegion: 'EU' })).toEqual({
      code: 'EU',
      country: null,
      source: 'default',
    });
  });

  it.each<[string, CustomerContact, string, string]>([
    ['an unknown country', { country: 'ZZ', phone: '+81 3 3224 9999' }, 'JP', 'phone'],
    ['a country name', { country: 'Germany', timeZone: 'Asia/Tokyo' }, 'JP', 'timeZone'],
    ['an empty country', { country: '', email: 'a@b.se' }, 'SE', 'email'],
    ['a national phone', { phone: '030 123456', timeZone: 'Asia/Seoul' }, 'KR', 'timeZone'],
    ['an unparseable phone', { phone: 'ask me', email: 'a@b.fi' }, 'FI', 'email'],
    ['a zone of no country', { timeZone: 'Etc/GMT+5', email: 'a@b.nl' }, 'NL', 'email'],
    ['an unknown zone', { timeZone: 'Mars/Base', email: 'a@b.au' }, 'AU', 'email'],
  ])('falls through %s to the next source', (_, customer, country, source) => {
    expect(detectRegion(customer, 'en', NA_DEFAULT)).toMatchObject({ country, source });
  });

  it.each<[string, CustomerContact, string, string]>([
    ['a vanity ccTLD', { email: 'a@startup.io' }, 'de', 'language'],
    ['.eu', { email: 'a@example.eu' }, 'ko', 'language'],
    ['a generic TLD', { email: 'a@example.com' }, 'en', 'default'],
    ['a ccTLD that is no country', { email: 'a@example.su' }, 'en', 'default'],
  ])('falls through the email with %s', (_, customer, language, source) => {
    expect(detectRegion(customer, language, NA_DEFAULT).source).toBe(source);
  });

  describe('with overrides', () => {
    it('keeps a country that the override leaves where it was', () => {
      expect(
        detectRegion({ country: 'MX' }, 'es', { defaultRegion: 'EU', overrides: { MX: 'NA' } }),
      ).toEqual({ code: 'NA', country: 'MX', source: 'country' });
    });

    it('moves an overridden country, whatever source found it', () => {
      const options: RegionOptions = { defaultRegion: 'NA', overrides: { TR: 'APAC' } };
      for (const customer of [
        { country: 'tr' },
        { phone: '+90 212 455 5555' },
        { timeZone: 'Europe/Istanbul' },
        { timeZone: 'Asia/Istanbul' },
        { email: 'a@example.com.tr' },
      ]) {
        expect(detectRegion(customer, 'tr', options).code).toBe('APAC');
      }
      expect(detectRegion({ country: 'TR' }, 'tr', NA_DEFAULT).code).toBe('EU');
    });

    it('leaves countries it does not name on the M49 map', () => {
      expect(
        detectRegion({ country: 'DE' }, 'de', { defaultRegion: 'NA', overrides: { TR: 'APAC' } })
          .code,
      ).toBe('EU');
    });

    it('does not apply to the language or default steps', () => {
      expect(
        detectRegion({}, 'ja', { defaultRegion: 'NA', overrides: { JP: 'EU' } }),
      ).toMatchObject({ code: 'APAC', source: 'language' });
    });
  });

  it('never throws and always returns a valid, consistent region for arbitrary customers', () => {
    const countryCode = fc.constantFrom(...Object.keys(COUNTRY_REGIONS), 'XK', 'ZZ', 'uk');
    const field = (...samples: string[]) =>
      fc.oneof(fc.constantFrom(...samples), fc.string(), fc.string({ unit: 'grapheme' }));
    const customer = fc.record(
      {
        country: fc.oneof(countryCode, fc.string()),
        phone: field('+1 212 736 5000', '0049 30 123456', '+7 701 123 45 67', '+', '00'),
        timeZone: field('Europe/Zurich', 'US/Eastern', 'UTC', '__proto__', 'constructor'),
        email: field('a@b.co.uk', 'a@b.io', 'a@b.eu', '@', 'a@.', 'a@b.__proto__'),
      },
      { requiredKeys: [] },
    );
    const region = fc.constantFrom(...REGIONS);
    const options = fc.record(
      {
        defaultRegion: region,
        overrides: fc.dictionary(countryCode, region),
      },
      { requiredKeys: ['defaultRegion'] },
    );
    fc.assert(
      fc.property(
        fc.option(customer, { nil: undefined }),
        fc.oneof(fc.constantFrom('ja', 'de', 'en'), fc.string()),
        options,
        (who, language, opts) => {
          const result = detectRegion(who, language, opts);
          expect(isRegion(result.code)).toBe(true);
          if (result.country === null) {
            expect(['language', 'default']).toContain(result.source);
          } else {
            const expected = opts.overrides?.[result.country] ?? COUNTRY_REGIONS[result.country];
            expect(result.code).toBe(expected);
            expect(who?.[result.source as keyof CustomerContact]).toBeDefined();
          }
          if (result.source === 'default') expect(result.code).toBe(opts.defaultRegion);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
