import { describe, expect, it } from 'vitest';
import { templateFor } from '../../../../functions/core/email/template-for-languages';
import {
  linkPageLanguage,
  linkPageTexts,
} from '../../../../functions/core/followup/link-page-texts/texts-for-language';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'ja'];

describe('link page texts', () => {
  it('exist for every language the assignment emails are written in, and only picks those', () => {
    for (const language of LANGUAGES) {
      expect(linkPageLanguage([language])).toBe(language);
      expect(linkPageTexts(language).lang).toBe(language);
      expect(templateFor([language]).locale.slice(0, 2)).toBe(language);
    }
    // Like the email: the first of the agent's languages that has texts.
    expect(linkPageLanguage(['pt', 'fr', 'de'])).toBe('fr');
    expect(templateFor(['pt', 'fr', 'de']).locale).toBe('fr');
    expect(linkPageLanguage(['pt'])).toBe('en');
    expect(linkPageLanguage([])).toBe('en');
  });

  it('translate every sentence: no language repeats the English ones', () => {
    const english = linkPageTexts('en');
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      const texts = linkPageTexts(language);
      for (const [result, page] of Object.entries(texts.results)) {
        expect(page.text, `${language} ${result}`).not.toBe(
          english.results[result as keyof typeof english.results].text,
        );
      }
      expect(texts.confirm.ack.text).not.toBe(english.confirm.ack.text);
      expect(texts.movedTo('x')).not.toBe(english.movedTo('x'));
    }
  });
});
