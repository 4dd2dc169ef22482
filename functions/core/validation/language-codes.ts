import ISO6391 from 'iso-639-1';

/** ISO 639-1 two-letter codes, from the iso-639-1 package's copy of the standard's table. */
export function isLanguageCode(value: string): boolean {
  return ISO6391.validate(value);
}
