import type { WritingScript } from './writing-script';

/**
 * The languages detection can name from a customer's text, by how it tells them apart. A team or
 * agent language outside these is reached only through `customer.locale` (config validation warns
 * about one); text in it is read as the nearest language listed here.
 */

/** Latin-script text is scored against these (n-grams, words, letters). */
export const LATIN_CANDIDATES: readonly string[] =
  'en es fr de it pt nl sv pl cs sl tr vi id ms uz da no fi hu ro sk hr ca lt lv et az'.split(' ');

/** Cyrillic text is scored against these. */
export const CYRILLIC_CANDIDATES: readonly string[] = 'ru uk bg sr kk mk be uz'.split(' ');

/** Scripts one language owns among the ones routing can tell apart. */
export const SCRIPT_LANGUAGE: Partial<Record<WritingScript, string>> = {
  hebrew: 'he',
  devanagari: 'hi',
  bengali: 'bn',
  tamil: 'ta',
  thai: 'th',
  hangul: 'ko',
  greek: 'el',
  georgian: 'ka',
  armenian: 'hy',
};

/** Arabic script is read as Urdu or Persian by their own letters, else Arabic. */
export const ARABIC_SCRIPT_LANGUAGES: readonly string[] = ['ar', 'fa', 'ur'];

/** Han characters are Chinese, unless kana say Japanese. */
export const HAN_LANGUAGES: readonly string[] = ['zh', 'ja'];

/** Every language detection can answer from text, sorted. */
export const DETECTABLE_LANGUAGES: readonly string[] = [
  ...new Set([
    ...LATIN_CANDIDATES,
    ...CYRILLIC_CANDIDATES,
    ...Object.values(SCRIPT_LANGUAGE),
    ...ARABIC_SCRIPT_LANGUAGES,
    ...HAN_LANGUAGES,
  ]),
].sort();

/** Whether detection can name `code` (a routing code: `no`, `zh`) from text. */
export function isDetectable(code: string): boolean {
  return DETECTABLE_LANGUAGES.includes(code);
}
