const SCRIPTS = [
  'latin',
  'cyrillic',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'hangul',
  'kana',
  'han',
  'greek',
  'georgian',
  'armenian',
] as const;

/** The writing systems detection tells apart before it looks at words. */
export type WritingScript = (typeof SCRIPTS)[number];

export type ScriptCounts = Readonly<Record<WritingScript, number>>;

/** Letters of each script as inclusive code ranges; later ranges win where they overlap. */
const SCRIPT_RANGES: readonly (readonly [number, number, WritingScript])[] = [
  [0x41, 0x5a, 'latin'],
  [0x61, 0x7a, 'latin'],
  [0xc0, 0x24f, 'latin'],
  [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x530, 0x58f, 'armenian'],
  [0x591, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'],
  [0x750, 0x77f, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x900, 0x97f, 'devanagari'],
  [0x980, 0x9ff, 'bengali'],
  [0xb80, 0xbff, 'tamil'],
  [0xe00, 0xe7f, 'thai'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x3040, 0x30ff, 'kana'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3130, 0x318f, 'hangul'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xff66, 0xff9f, 'kana'],
];

/**
 * Every script lies in the Basic Multilingual Plane, so one byte per UTF-16 code unit (1 + the
 * script's index, 0 for none) answers in a single read: counting through a record keyed by the
 * script's name was a tenth of a detection. Filled by ranges, so building it costs no cold start.
 */
const SCRIPT_OF_CODE = new Uint8Array(0x10000);
for (const [first, last, script] of SCRIPT_RANGES)
  SCRIPT_OF_CODE.fill(SCRIPTS.indexOf(script) + 1, first, last + 1);
// × and ÷ sit inside the Latin-1 letters but are not letters.
SCRIPT_OF_CODE[0xd7] = 0;
SCRIPT_OF_CODE[0xf7] = 0;

/** How many letters of `text` belong to each writing system; digits, punctuation and emoji count nowhere. */
export function countScripts(text: string): ScriptCounts {
  const tally = new Int32Array(SCRIPTS.length + 1);
  for (let i = 0; i < text.length; i += 1) tally[SCRIPT_OF_CODE[text.charCodeAt(i)]!]! += 1;
  const counts = {} as Record<WritingScript, number>;
  SCRIPTS.forEach((script, index) => {
    counts[script] = tally[index + 1]!;
  });
  return counts;
}
