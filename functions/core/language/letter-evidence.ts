/**
 * Letters that only a few languages write. One "ř" settles Czech against Slovak; one "ї"
 * settles Ukrainian against Russian — evidence a character-statistics model can dilute on short
 * text.
 */
const LETTER_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  // Cyrillic
  і: ['uk', 'kk', 'be'],
  ї: ['uk'],
  є: ['uk'],
  ґ: ['uk'],
  ы: ['ru', 'be'],
  э: ['ru', 'be'],
  ё: ['ru', 'be'],
  ъ: ['ru', 'bg'],
  ў: ['be', 'uz'],
  қ: ['kk', 'uz'],
  ғ: ['kk', 'uz'],
  ҳ: ['uz'],
  ә: ['kk'],
  ң: ['kk'],
  ө: ['kk'],
  ұ: ['kk'],
  ү: ['kk'],
  һ: ['kk'],
  ђ: ['sr'],
  ћ: ['sr'],
  џ: ['sr', 'mk'],
  ј: ['sr', 'mk'],
  љ: ['sr', 'mk'],
  њ: ['sr', 'mk'],
  ѓ: ['mk'],
  ќ: ['mk'],
  ѕ: ['mk'],
  // Latin
  ß: ['de'],
  ñ: ['es'],
  ã: ['pt'],
  õ: ['pt', 'et'],
  ł: ['pl'],
  ś: ['pl'],
  ź: ['pl'],
  ż: ['pl'],
  ą: ['pl', 'lt'],
  ę: ['pl', 'lt'],
  ń: ['pl'],
  ř: ['cs'],
  ů: ['cs'],
  ě: ['cs'],
  ľ: ['sk'],
  ĺ: ['sk'],
  ŕ: ['sk'],
  ô: ['sk', 'fr', 'pt', 'vi'],
  ő: ['hu'],
  ű: ['hu'],
  ğ: ['tr', 'az'],
  ı: ['tr', 'az'],
  ş: ['tr', 'az', 'ro'],
  ə: ['az'],
  ț: ['ro'],
  ș: ['ro'],
  ă: ['ro', 'vi'],
  å: ['sv', 'no', 'da'],
  æ: ['no', 'da'],
  ø: ['no', 'da'],
  đ: ['vi', 'hr'],
  ơ: ['vi'],
  ư: ['vi'],
  ā: ['lv'],
  ē: ['lv'],
  ī: ['lv'],
  ķ: ['lv'],
  ļ: ['lv'],
  ņ: ['lv'],
  ģ: ['lv'],
  ė: ['lt'],
  į: ['lt'],
  ų: ['lt'],
  ʻ: ['uz'],
  // Uzbek's tutuq belgisi (maʼlumot); other languages write apostrophes with ’ or '.
  ʼ: ['uz'],
  ë: ['nl', 'fr', 'sq'],
  ï: ['nl', 'fr', 'ca'],
  ò: ['it', 'ca'],
  ì: ['it'],
  ù: ['it', 'fr'],
  ŀ: ['ca'],
};

/** Vietnamese letters with a tone mark on top of a vowel mark: no other Latin language has them. */
const VIETNAMESE = 'ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';

/** The table by character code, so the per-letter loop is one array read (letters are all BMP). */
const BY_CODE = new Map<number, readonly string[]>([
  ...Object.entries(LETTER_LANGUAGES).map(
    ([letter, languages]) => [letter.charCodeAt(0), languages] as const,
  ),
  ...[...VIETNAMESE].map((letter) => [letter.charCodeAt(0), ['vi']] as const),
]);

/**
 * Letter pairs as distinctive as the letters above. Uzbek writes oʻ and gʻ with whatever
 * apostrophe the keyboard has (but Dutch writes foto's, so not before a final s); a q not followed
 * by u is Uzbek or Azerbaijani among the candidates.
 */
const PAIRS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/[og][ʻ'‘’`](?!s\b)(?=\p{L})/gu, ['uz']],
  [/q(?!u)/g, ['uz', 'az']],
];

function add(languages: readonly string[], weight: number, scores: Map<string, number>): void {
  for (const language of languages) {
    const score = scores.get(language);
    if (score !== undefined) scores.set(language, score + weight / languages.length);
  }
}

/** Adds `weight` to each language per distinctive letter of `text`, into `scores`. */
export function addLetterEvidence(text: string, weight: number, scores: Map<string, number>): void {
  const lower = text.toLowerCase();
  for (const [pattern, languages] of PAIRS) {
    const count = lower.match(pattern)?.length ?? 0;
    for (let i = 0; i < count; i += 1) add(languages, weight, scores);
  }
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    // Every distinctive letter is outside ASCII.
    if (code < 0x80) continue;
    const languages = BY_CODE.get(code);
    if (languages !== undefined) add(languages, weight, scores);
  }
}
