import { describe, expect, it } from 'vitest';
import { languageRegion } from '../../../../functions/core/region/language-region';

describe('languageRegion', () => {
  it.each(['ja', 'ko', 'zh', 'th', 'vi', 'id', 'ms', 'hi'])('points %s to APAC', (code) => {
    expect(languageRegion(code)).toBe('APAC');
  });

  it.each([
    'de',
    'fr',
    'it',
    'nl',
    'pl',
    'cs',
    'sk',
    'sl',
    'hr',
    'hu',
    'ro',
    'bg',
    'el',
    'sv',
    'da',
    'fi',
    'no',
    'et',
    'lv',
    'lt',
  ])('points %s to EU', (code) => {
    expect(languageRegion(code)).toBe('EU');
  });

  it.each(['en', 'es', 'pt', 'ar', 'ru', 'tr', '', 'xx', 'constructor'])(
    'points %j, spoken in several regions or unknown, nowhere',
    (code) => {
      expect(languageRegion(code)).toBeUndefined();
    },
  );
});
