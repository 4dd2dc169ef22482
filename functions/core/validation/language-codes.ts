import ISO6391 from 'iso-639-1';

/** ISO 639-1 two-letter codes, from the iso-639-1 package's copy of the standard's table. */
export function isLanguageCode(value: string): boolean {
  return ISO6391.validate(value);
}

/**
 * A language's English name as ISO 639-1 gives it (`uz` → Uzbek, `tl` → Tagalog), for the
 * reasons and warnings a support lead reads; the code itself when the table has none.
 */
export function languageNameOf(code: string): string {
  if (code === 'und') return 'undetermined';
  return ISO6391.getName(code) || code;
}
