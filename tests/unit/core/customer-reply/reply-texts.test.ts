import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEXTS } from '../../../../functions/core/customer-reply/built-in-texts';
import { placeholderProblem } from '../../../../functions/core/customer-reply/fill-text';
import {
  REPLY_TEXT_KEYS,
  REPLY_TEXT_PLACEHOLDERS,
} from '../../../../functions/core/customer-reply/reply-texts';
import {
  languagesWithoutTexts,
  textsForLanguage,
} from '../../../../functions/core/customer-reply/texts-for-language';
import { SUPPORT_LANGUAGES } from '../../../../functions/core/language/detect-language';

/**
 * Languages the detector can name beyond the support languages (Latin, Cyrillic, and scripts one
 * language owns): their customers are answered in English.
 */
const OTHER_DETECTED = 'da no fi hu ro sk hr ca lt lv et az bg sr kk mk be bn ta el ka hy fa ur';

describe('the customer’s texts', () => {
  it('exist for every support language the detector names', () => {
    expect(languagesWithoutTexts(SUPPORT_LANGUAGES)).toEqual([]);
  });

  it('are English for the other languages the detector names, and only for those', () => {
    const others = OTHER_DETECTED.split(' ');
    expect(languagesWithoutTexts([...SUPPORT_LANGUAGES, ...others])).toEqual([...others].sort());
    for (const language of others)
      expect(textsForLanguage(language, undefined).language).toBe('en');
  });

  it.each(Object.entries(BUILT_IN_TEXTS))(
    '%s: every text is there, uses only its placeholders and has the ones it needs',
    (_language, texts) => {
      for (const key of REPLY_TEXT_KEYS) {
        expect(texts[key], key).not.toBe('');
        expect(placeholderProblem(key, texts[key]), key).toBeUndefined();
      }
      expect(() => new Intl.DateTimeFormat(texts.locale)).not.toThrow();
    },
  );

  it('lays a lead’s own words over the built-in ones, text by text', () => {
    const { texts } = textsForLanguage('de', {
      texts: { de: { replyBy: 'Antwort spätestens {replyBy}.' } },
    });
    expect(texts.replyBy).toBe('Antwort spätestens {replyBy}.');
    expect(texts.greeting).toBe(BUILT_IN_TEXTS.de!.greeting);
  });

  it('answers a language without built-in texts in it when the lead wrote all of them', () => {
    const all = Object.fromEntries(
      REPLY_TEXT_KEYS.map((key) => {
        const needed = REPLY_TEXT_PLACEHOLDERS[key].required.map((name) => `{${name}}`);
        return [key, ['fi', key, ...needed].join(' ')];
      }),
    );
    expect(textsForLanguage('fi', { texts: { fi: all } })).toMatchObject({
      language: 'fi',
      texts: { locale: 'fi', replyBy: 'fi replyBy {replyBy}' },
    });
    // Some of them only: English, with the lead's English words if any.
    expect(
      textsForLanguage('fi', {
        texts: { fi: { replyBy: 'x {replyBy}' }, en: { replyBy: 'Expect us by {replyBy}.' } },
      }),
    ).toMatchObject({ language: 'en', texts: { replyBy: 'Expect us by {replyBy}.' } });
  });
});

describe('placeholderProblem', () => {
  it('names a placeholder the text does not know, and one it must have', () => {
    expect(placeholderProblem('replyBy', 'bis {when}')).toBe(
      'uses {when}, which this text does not know (placeholders: {replyBy})',
    );
    expect(placeholderProblem('replyBy', 'bald')).toBe('must contain {replyBy}');
    expect(placeholderProblem('greetingNoName', 'Hi {name}')).toBe(
      'uses {name}, which this text does not know (placeholders: none)',
    );
    expect(placeholderProblem('weekend', 'Closed for the weekend.')).toBeUndefined();
  });
});
