/**
 * ISO 639-1 codes as routing uses them: one code per language a team can speak, so the Chinese
 * scripts and varieties share `zh`, the two written Norwegians share `no`, and Tagalog is `tl`
 * whichever name a system gives it.
 */
const MERGED: Readonly<Record<string, string>> = {
  nb: 'no',
  nn: 'no',
  // Intl and CLDR call Tagalog "Filipino" (`fil`), the name of its standard form; ISO 639-1 has
  // only `tl`, so `tl-PH` and `fil-PH` locales both mean a team's `tl`.
  fil: 'tl',
  // Chinese varieties written in the same characters (Cantonese, Wu, Hakka, Min Nan, Gan, Xiang).
  yue: 'zh',
  wuu: 'zh',
  hak: 'zh',
  nan: 'zh',
  gan: 'zh',
  hsn: 'zh',
  // Codes ISO withdrew that old systems and Java locales still send.
  iw: 'he',
  in: 'id',
  ji: 'yi',
};

/**
 * Folds a language code into the code routing uses (`nb` → `no`, `fil` → `tl`, `yue` → `zh`,
 * `iw` → `he`); other codes are only lower-cased.
 */
export function routingLanguage(code: string): string {
  const lower = code.toLowerCase();
  return MERGED[lower] ?? lower;
}

/**
 * The routing language of a BCP 47 locale (`de-DE`, `pt_BR`, `zh-Hant-TW`, `nb-NO`, `tl-PH`,
 * `zh-yue-HK`), or `undefined` when the locale is malformed or names no language routing has a
 * two-letter code for.
 */
export function localeLanguage(locale: string): string | undefined {
  const tag = locale.trim().replace(/_/g, '-');
  if (tag === '') return undefined;
  let language: string;
  try {
    // `und` (undetermined) parses, with no language at all.
    language = new Intl.Locale(tag).language ?? '';
  } catch {
    // Intl refuses extended-language forms (`zh-yue`, `no-bok`) whose first subtag still names
    // the language.
    language = /^([a-z]{2,3})-/i.exec(tag)?.[1]?.toLowerCase() ?? '';
  }
  const code = routingLanguage(language);
  return /^[a-z]{2}$/.test(code) ? code : undefined;
}
