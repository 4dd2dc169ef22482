// What a support lead met trying sunroute: one-word messages read as the wrong language ("hola" →
// en, "Danke" → uz), the customer's country and locale ignored on short text, binary garbage read
// as English with confidence 1, and Tagalog and Norwegian locales lost.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectLanguage,
  detectTextLanguage,
  SHORT_TEXT_WORDS,
} from '../../../../functions/core/language/detect-language';
import {
  DETECTABLE_LANGUAGES,
  isDetectable,
} from '../../../../functions/core/language/detectable-languages';
import { localeLanguage } from '../../../../functions/core/language/language-code';
import { loadLanguageModel } from '../../../../functions/core/language/language-model';

beforeAll(async () => {
  await loadLanguageModel();
});

describe('short messages', () => {
  it.each([
    ['hola', 'es'],
    ['Merci!', 'fr'],
    ['Danke', 'de'],
    ['Bonjour', 'fr'],
    ['Grazie', 'it'],
    ['Obrigado', 'pt'],
    ['Merhaba', 'tr'],
    ['Спасибо', 'ru'],
  ])('reads the greeting %j as %s without any hint', (body, code) => {
    expect(detectLanguage({ body }, 'en')).toMatchObject({ code, source: 'text' });
  });

  it("reads a Mexican customer's hola as Spanish, surer than without the country", () => {
    const alone = detectLanguage({ body: 'hola' }, 'en');
    const fromMexico = detectLanguage({ body: 'hola', country: 'MX' }, 'en');
    expect(fromMexico).toMatchObject({ code: 'es', source: 'text' });
    expect(fromMexico.confidence).toBeGreaterThan(alone.confidence);
  });

  it('lets the locale tip a word two languages share', () => {
    expect(detectLanguage({ body: 'Hallo', locale: 'nl-NL' }, 'en').code).toBe('nl');
    expect(detectLanguage({ body: 'Hallo', locale: 'de-DE' }, 'en').code).toBe('de');
    expect(detectLanguage({ body: 'Hallo', country: 'AT' }, 'en').code).toBe('de');
  });

  it('takes a Tagalog locale over unsure text, which detection cannot name', () => {
    expect(isDetectable('tl')).toBe(false);
    expect(detectLanguage({ body: 'Salamat po', locale: 'tl-PH', country: 'PH' }, 'en')).toEqual({
      code: 'tl',
      source: 'locale',
      confidence: expect.any(Number),
    });
    expect(detectLanguage({ body: 'Salamat po', locale: 'fil-PH' }, 'en').code).toBe('tl');
  });

  it('keeps clear words over a locale or country that say otherwise', () => {
    expect(detectLanguage({ body: 'Dziękuję', locale: 'en-US' }, 'en').code).toBe('pl');
    expect(detectLanguage({ body: 'Thanks', locale: 'de-DE', country: 'DE' }, 'en').code).toBe(
      'en',
    );
    expect(detectLanguage({ body: 'Hello', locale: 'tl-PH', country: 'PH' }, 'en').code).toBe('en');
  });

  it('reads longer text on its own: the country is no prior past a few words', () => {
    const body = 'Hallo, meine Bestellung ist immer noch nicht angekommen, bitte helfen Sie mir.';
    expect(body.split(' ').length).toBeGreaterThan(SHORT_TEXT_WORDS);
    expect(detectTextLanguage(body).code).toBe('de');
    expect(detectLanguage({ body, country: 'FR', locale: 'fr-FR' }, 'en')).toMatchObject({
      code: 'de',
      source: 'text',
    });
  });
});

describe('text that names no language', () => {
  const binary = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 197 + 13) % 256)).toString(
    'utf8',
  );

  it.each([
    ['digits and punctuation', '#4711 — 12:30 / 99,95 €'],
    ['emoji', '👍🙏'],
    ['bytes that are not text', binary],
    ['a binary file', `\u007fELF\u0002\u0001\u0001${'\u0000'.repeat(40)}GCC: (Debian)`],
  ])('answers und with confidence 0 for %s', (_what, text) => {
    expect(detectTextLanguage(text)).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage({ body: text }, undefined)).toEqual({
      code: 'und',
      source: 'text',
      confidence: 0,
    });
  });

  it('lets routing fall back to the locale, then the default', () => {
    expect(detectLanguage({ body: binary, locale: 'pt-BR' }, 'en')).toEqual({
      code: 'pt',
      source: 'locale',
      confidence: 0,
    });
    expect(detectLanguage({ body: binary }, 'en')).toEqual({
      code: 'en',
      source: 'default',
      confidence: 0,
    });
  });

  it('still reads a message with one stray undecodable character', () => {
    const text = 'Meine Bestellung ist nicht angekommen, Stra\ufffde 5 ist die Adresse.';
    expect(detectTextLanguage(text).code).toBe('de');
  });
});

describe('locale aliases', () => {
  it.each([
    ['tl-PH', 'tl'],
    ['fil-PH', 'tl'],
    ['fil', 'tl'],
    ['nb-NO', 'no'],
    ['nn_NO', 'no'],
    ['no', 'no'],
    ['no-bok', 'no'],
    ['zh-Hant-TW', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-yue-HK', 'zh'],
    ['yue-HK', 'zh'],
    ['cmn-Hans', 'zh'],
    ['iw-IL', 'he'],
  ])('reads %s as %s', (locale, code) => {
    expect(localeLanguage(locale)).toBe(code);
  });

  it.each(['und', 'x-private', '', '12-34'])('names no language for %j', (locale) => {
    expect(localeLanguage(locale)).toBeUndefined();
  });

  it('keeps the language of a locale whose tail is malformed', () => {
    expect(localeLanguage('de-DE-x-a-subtag-far-too-long-for-bcp47')).toBe('de');
  });

  it('lists every language detection can name, routing codes only', () => {
    expect(DETECTABLE_LANGUAGES).toContain('no');
    expect(DETECTABLE_LANGUAGES).toContain('zh');
    expect(DETECTABLE_LANGUAGES).not.toContain('nb');
    expect(DETECTABLE_LANGUAGES).not.toContain('tl');
    expect([...DETECTABLE_LANGUAGES].sort()).toEqual(DETECTABLE_LANGUAGES);
  });
});
