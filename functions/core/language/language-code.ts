/**
 * ISO 639-1 codes as routing uses them: one code per language a team can speak, so the Chinese
 * scripts share `zh` and the two written Norwegians share `no`.
 */
const MERGED: Readonly<Record<string, string>> = {
  nb: 'no',
  nn: 'no',
  // Codes ISO withdrew that old systems and Java locales still send.
  iw: 'he',
  in: 'id',
  ji: 'yi',
};

/** Folds a two-letter language code into the code routing uses (`nb` → `no`, `iw` → `he`). */
export function routingLanguage(code: string): string {
  const lower = code.toLowerCase();
  return MERGED[lower] ?? lower;
}

/**
 * The routing language of a BCP 47 locale (`de-DE`, `pt_BR`, `zh-Hant-TW`, `nb-NO`), or
 * `undefined` when the locale is malformed or names no two-letter language.
 */
export function localeLanguage(locale: string): string | undefined {
  const tag = locale.trim().replace(/_/g, '-');
  if (tag === '') return undefined;
  let language: string;
  try {
    language = new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
  return /^[a-z]{2}$/.test(language) ? routingLanguage(language) : undefined;
}
