const languages = new Intl.DisplayNames(['en'], { type: 'language' });

/** `German` for `de`; the code itself when the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

export const REGION_NAMES: Readonly<Record<string, string>> = {
  NA: 'North America',
  EU: 'Europe, Africa, Middle East',
  APAC: 'Asia-Pacific',
};
