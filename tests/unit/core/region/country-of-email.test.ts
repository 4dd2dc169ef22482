import { describe, expect, it } from 'vitest';
import { countryOfEmail } from '../../../../functions/core/region/country-of-email';

describe('countryOfEmail', () => {
  it.each([
    ['jonas@example.de', 'DE'],
    ['yuki@mail.example.co.jp', 'JP'],
    ['kim@EXAMPLE.KR', 'KR'],
    ['ana@example.com.br', 'BR'],
    ['x@example.de.', 'DE'],
    ['"odd@name"@example.fr', 'FR'],
  ])('reads the ccTLD of %s as %s', (email, country) => {
    expect(countryOfEmail(email)).toBe(country);
  });

  it('reads .uk as GB', () => {
    expect(countryOfEmail('amy@example.co.uk')).toBe('GB');
    expect(countryOfEmail('amy@example.gb')).toBe('GB');
  });

  it.each(['io', 'co', 'ai', 'me', 'tv', 'fm', 'ly', 'gg', 'to', 'ws', 'cc', 'sh'])(
    'skips the vanity ccTLD .%s',
    (tld) => {
      expect(countryOfEmail(`founder@startup.${tld}`)).toBeNull();
    },
  );

  it('skips .eu, which is no country', () => {
    expect(countryOfEmail('info@example.eu')).toBeNull();
  });

  it.each(['a@example.com', 'a@example.org', 'a@example.info', 'a@example.xn--p1ai'])(
    'finds no country in the generic TLD of %s',
    (email) => {
      expect(countryOfEmail(email)).toBeNull();
    },
  );

  it.each(['example.de', 'a@de', 'a@.de', 'a@', '', 'a@example.d3'])(
    'finds no country in the malformed address %j',
    (email) => {
      expect(countryOfEmail(email)).toBeNull();
    },
  );
});
