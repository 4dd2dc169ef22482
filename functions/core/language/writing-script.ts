/** The writing systems detection tells apart before it looks at words. */
export type WritingScript =
  | 'latin'
  | 'cyrillic'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'hangul'
  | 'kana'
  | 'han'
  | 'greek'
  | 'georgian'
  | 'armenian';

export type ScriptCounts = Readonly<Record<WritingScript, number>>;

function scriptOf(code: number): WritingScript | undefined {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'latin' : undefined;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? undefined : 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x530 && code <= 0x58f) return 'armenian';
  if (code >= 0x591 && code <= 0x5ff) return 'hebrew';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return 'arabic';
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  if (code >= 0x980 && code <= 0x9ff) return 'bengali';
  if (code >= 0xb80 && code <= 0xbff) return 'tamil';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if (code >= 0x10a0 && code <= 0x10ff) return 'georgian';
  if (code >= 0x1100 && code <= 0x11ff) return 'hangul';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x31f0 && code <= 0x31ff) return 'kana';
  if (code >= 0x3130 && code <= 0x318f) return 'hangul';
  if (code >= 0x3400 && code <= 0x4dbf) return 'han';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0xf900 && code <= 0xfaff) return 'han';
  if (code >= 0xff66 && code <= 0xff9f) return 'kana';
  return undefined;
}

/** How many letters of `text` belong to each writing system; digits, punctuation and emoji count nowhere. */
export function countScripts(text: string): ScriptCounts {
  const counts: Record<WritingScript, number> = {
    latin: 0,
    cyrillic: 0,
    arabic: 0,
    hebrew: 0,
    devanagari: 0,
    bengali: 0,
    tamil: 0,
    thai: 0,
    hangul: 0,
    kana: 0,
    han: 0,
    greek: 0,
    georgian: 0,
    armenian: 0,
  };
  for (let i = 0; i < text.length; i += 1) {
    const script = scriptOf(text.charCodeAt(i));
    if (script !== undefined) counts[script] += 1;
  }
  return counts;
}
