import { customerWords } from './customer-words';
import { CYRILLIC_CANDIDATES, LATIN_CANDIDATES, SCRIPT_LANGUAGE } from './detectable-languages';
import { countryLanguages } from './generated/country-languages';
import { greetingLanguages } from './greeting-words';
import { localeLanguage, routingLanguage } from './language-code';
import { ngramScores } from './language-model';
import { addFrequentWordEvidence, evidenceWords } from './frequent-words';
import { addLetterEvidence } from './letter-evidence';
import { countNotText } from '../validation/not-text';
import { hasMoreWordsThan, wordsOf, wordTable } from './word-evidence';
import { countScripts, type ScriptCounts, type WritingScript } from './writing-script';

export type LanguageSource = 'text' | 'locale' | 'default';

/** ISO 639 "undetermined": text with no letters, or bytes that are not text. */
export const UNDETERMINED = 'und';

export interface LanguageResult {
  /**
   * ISO 639-1, `zh` for both Chinese scripts and `no` for Bokmål and Nynorsk; `und` only when
   * nothing decides (no usable text, no locale, no default language given).
   */
  code: string;
  source: LanguageSource;
  /**
   * How sure the text detection is, 0..1. For a locale or default fallback it is the text's
   * (too low) confidence, 0 when the text has no letters or is not text.
   */
  confidence: number;
}

export interface TextLanguage {
  /** An ISO 639-1 code, or `und` with confidence 0 for text without letters or not text. */
  readonly code: string;
  readonly confidence: number;
}

const NO_TEXT: TextLanguage = { code: UNDETERMINED, confidence: 0 };

/**
 * Below this confidence the text does not decide and the locale (or the default) does. Chosen
 * from the benchmark (docs/benchmarks.md): under it the text guess is right less often than not.
 */
export const CONFIDENCE_THRESHOLD = 0.1;

/**
 * With a usable `customer.locale` the text must be surer than that to win (text wins when
 * it is confident, docs/routing.md). Between 0.1 and 0.5 the text guess is right only 19–63% of the
 * time (docs/benchmarks.md, calibration), while a customer's locale usually names the language they
 * write in; from 0.5 it is right 76% and more, and real sentences score near 1.
 */
export const CONFIDENCE_OVER_LOCALE = 0.5;

/** The languages the support teams serve; ties and near-ties lean toward them. */
export const SUPPORT_LANGUAGES: ReadonlySet<string> = new Set(
  'en es fr de it pt nl sv pl cs sl ru uk tr ar he hi th vi id ms ja ko zh uz'.split(' '),
);

/**
 * Weights of the evidence, tuned on the benchmark (docs/benchmarks.md says how). Scores are in
 * nats: the n-gram model's log-likelihoods are damped because neighbouring n-grams are not
 * independent, and a language without an n-gram profile is scored `unprofiled` nats per n-gram
 * below the best one, so only its own words and letters can lift it.
 */
const WEIGHTS = {
  prior: 0.5,
  ngram: 0.12,
  unprofiled: 0.1,
  word: 1.2,
  letter: 1.5,
  frequent: 0.2,
  greeting: 2,
};

/** Languages whose n-grams are another's: standard Malay and Indonesian share nearly all. */
const NGRAM_PROXY: Readonly<Record<string, string>> = { ms: 'id' };

const WORDS = wordTable([...new Set([...LATIN_CANDIDATES, ...CYRILLIC_CANDIDATES])]);

/** CJK characters carry about a word each; a few of them outweigh a Latin brand name. */
function dominantScript(counts: ScriptCounts): WritingScript | undefined {
  let best: WritingScript | undefined;
  let bestWeight = 0;
  for (const [script, count] of Object.entries(counts) as [WritingScript, number][]) {
    const weight = script === 'han' || script === 'kana' || script === 'hangul' ? count * 3 : count;
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  return best;
}

function letterShare(counts: ScriptCounts, ...scripts: WritingScript[]): number {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const own = scripts.reduce((sum, script) => sum + counts[script], 0);
  return total === 0 ? 0 : own / total;
}

function arabicScriptLanguage(text: string): string {
  // Urdu and Persian add letters to the Arabic alphabet, and write kaf and yeh differently.
  if (/[ٹڈڑںےۓ]/.test(text)) return 'ur';
  if (/[پچژگکی]/.test(text)) return 'fa';
  return 'ar';
}

/** Japanese sentences always carry kana; Han characters alone are Chinese. */
function hanLanguage(counts: ScriptCounts): string {
  return counts.kana > 0 ? 'ja' : 'zh';
}

/** Profile index of each language the n-gram table knows, built on first use. */
let profileIndex: ReadonlyMap<string, number> | undefined;

function ngramEvidence(text: string, candidates: readonly string[], scores: Map<string, number>) {
  const { languages, scores: raw, matched } = ngramScores(text);
  if (matched === 0) return;
  profileIndex ??= new Map(languages.map((language, index) => [language, index]));
  let best = -Infinity;
  for (const score of raw) best = Math.max(best, score);
  for (const language of candidates) {
    const index = profileIndex.get(NGRAM_PROXY[language] ?? language);
    const score = index === undefined ? best - WEIGHTS.unprofiled * matched : raw[index]!;
    scores.set(language, scores.get(language)! + WEIGHTS.ngram * (score - best));
  }
}

function winner(scores: ReadonlyMap<string, number>, fallback: string): TextLanguage {
  let best = fallback;
  let bestScore = -Infinity;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  let total = 0;
  for (const score of scores.values()) total += Math.exp(score - bestScore);
  return { code: best, confidence: 1 / total };
}

/**
 * Above this confidence from letters, n-grams and function words, everyday words are not read:
 * they would not change the answer, and a ticket of a few hundred characters is settled by then
 * (that keeps detection as cheap as before on ordinary tickets).
 */
const SETTLED = 0.99;

function addWordWeight(
  languages: readonly string[] | undefined,
  weight: number,
  scores: Map<string, number>,
): void {
  if (languages === undefined) return;
  for (const language of languages) {
    const score = scores.get(language);
    if (score !== undefined) scores.set(language, score + weight / languages.length);
  }
}

function scoredLanguage(
  text: string,
  candidates: readonly string[],
  prior: Readonly<Record<string, number>>,
): TextLanguage {
  const scores = new Map<string, number>();
  for (const language of candidates)
    scores.set(
      language,
      (SUPPORT_LANGUAGES.has(language) ? WEIGHTS.prior : 0) + (prior[language] ?? 0),
    );
  ngramEvidence(text, candidates, scores);
  for (const word of wordsOf(text)) {
    addWordWeight(WORDS.get(word), WEIGHTS.word, scores);
    addWordWeight(greetingLanguages(word), WEIGHTS.greeting, scores);
  }
  addLetterEvidence(text, WEIGHTS.letter, scores);
  const fallback = candidates[0] ?? 'en';
  const settled = winner(scores, fallback);
  if (settled.confidence >= SETTLED) return settled;
  addFrequentWordEvidence(evidenceWords(text), WEIGHTS.frequent, scores);
  return winner(scores, fallback);
}

/** Combining diacritical marks, which NFC folds into the letter before them. */
const COMBINING_MARK = /[\u0300-\u036f]/;

/** Past this share of characters that are not text (see not-text.ts), the input is binary. */
const MAX_NOT_TEXT_SHARE = 0.05;

function isBinary(text: string): boolean {
  // A stray undecodable character happens in real mail; binary data is full of them.
  const found = countNotText(text);
  return found > 0 && found / text.length > MAX_NOT_TEXT_SHARE;
}

/**
 * The language of `text` as written, before any fallback: `und` with confidence 0 when it has
 * no letters or is not text. `prior` adds nats to candidate languages before the evidence is
 * read (what the customer's locale and country suggest, for short messages).
 */
export function detectTextLanguage(
  written: string,
  prior: Readonly<Record<string, number>> = {},
): TextLanguage {
  if (isBinary(written)) return NO_TEXT;
  // Some mail clients (macOS, iOS) send letters with accents decomposed ("e" + U+0301); the
  // profiles, word lists and letter rules are composed.
  const text = COMBINING_MARK.test(written) ? written.normalize('NFC') : written;
  const counts = countScripts(text);
  const script = dominantScript(counts);
  if (script === undefined) return NO_TEXT;
  const owner = SCRIPT_LANGUAGE[script];
  if (owner !== undefined) return { code: owner, confidence: letterShare(counts, script) };
  switch (script) {
    case 'arabic':
      return { code: arabicScriptLanguage(text), confidence: letterShare(counts, script) };
    case 'han':
    case 'kana':
      return { code: hanLanguage(counts), confidence: letterShare(counts, 'han', 'kana') };
    case 'cyrillic':
      return scoredLanguage(text, CYRILLIC_CANDIDATES, prior);
    default:
      return scoredLanguage(text, LATIN_CANDIDATES, prior);
  }
}

/** What a short message's words are read against: the customer's locale and country. */
export interface LanguageHints {
  /** `customer.locale`, a BCP 47 tag. */
  readonly locale?: string | undefined;
  /** The customer's country (ISO 3166-1 alpha-2), as region detection finds it. */
  readonly country?: string | null | undefined;
}

/**
 * Up to this many words a message is short: greetings, thanks, "Bestellung storniert". Such text
 * is read with the customer's locale and country as a prior, since its letters and words alone
 * name the wrong language as often as not (docs/benchmarks.md, short text).
 */
export const SHORT_TEXT_WORDS = 3;

/** Nats a short message's candidate languages start with, from the customer's hints. */
const HINT_PRIOR = { locale: 1.5, country: 1.25 };

function shortTextPrior(
  localeCode: string | undefined,
  country: string | null | undefined,
): Record<string, number> {
  const prior: Record<string, number> = {};
  for (const language of country ? countryLanguages(country) : [])
    prior[language] = HINT_PRIOR.country;
  if (localeCode !== undefined) prior[localeCode] = (prior[localeCode] ?? 0) + HINT_PRIOR.locale;
  return prior;
}

/** What of a ticket detection reads: its subject and body, with the customer's hints. */
export type TicketText = {
  subject?: string | undefined;
  body: string;
  locale?: string | undefined;
} & LanguageHints;

export interface CustomerLanguage {
  readonly language: LanguageResult;
  /** The customer's own words in the body: what detection read besides the subject. */
  readonly words: string;
}

/**
 * The language routing uses for a ticket (docs/routing.md): the customer's own words (subject and
 * body without quotes, signatures and disclaimers) when detection is confident, else the language
 * of `locale`, else `defaultLanguage` — else `und`, for callers that give none (`sunroute detect`).
 * Messages of up to `SHORT_TEXT_WORDS` words are read with the locale and country as a prior. A
 * locale in a language detection cannot name (`tl-PH`) wins over unsure text as any locale does,
 * so a Tagalog "Salamat po" is Tagalog, not the Indonesian its letters suggest.
 */
export function detectLanguage(
  input: TicketText,
  defaultLanguage: string | undefined,
): LanguageResult {
  return readCustomerLanguage(input, defaultLanguage).language;
}

/**
 * `detectLanguage`, with the words of the body it read, for the decision's reasons.
 *
 * @example
 * readCustomerLanguage({ body: 'Hallo, wo ist mein Paket?\n\nVon meinem iPhone gesendet' }, 'en');
 * // → { language: { code: 'de', source: 'text', … }, words: 'Hallo, wo ist mein Paket?' }
 */
export function readCustomerLanguage(
  input: TicketText,
  defaultLanguage: string | undefined,
): CustomerLanguage {
  const body = customerWords(input.body);
  return { language: languageOf(input, body, defaultLanguage), words: body };
}

function languageOf(
  input: Omit<TicketText, 'body'>,
  body: string,
  defaultLanguage: string | undefined,
): LanguageResult {
  const text = [input.subject ?? '', body].join('\n').trim();
  const fromLocale = input.locale === undefined ? undefined : localeLanguage(input.locale);
  const short = !hasMoreWordsThan(text, SHORT_TEXT_WORDS);
  const prior = short ? shortTextPrior(fromLocale, input.country) : {};
  const whole = detectTextLanguage(text, prior);
  const detected = whole.code === 'en' ? (leadLanguage(input.subject ?? '', body) ?? whole) : whole;
  const confidence = round(detected.confidence);
  const needed = fromLocale === undefined ? CONFIDENCE_THRESHOLD : CONFIDENCE_OVER_LOCALE;
  if (detected.code !== UNDETERMINED && detected.confidence >= needed) {
    return { code: detected.code, source: 'text', confidence };
  }
  if (fromLocale !== undefined) return { code: fromLocale, source: 'locale', confidence };
  if (defaultLanguage !== undefined)
    return { code: routingLanguage(defaultLanguage), source: 'default', confidence };
  return { code: UNDETERMINED, source: 'text', confidence };
}

/**
 * How sure the opening paragraph must be of its own language before it outvotes English text under
 * it: above `CONFIDENCE_THRESHOLD`, since a two-word English opener ("Quick question") can read
 * as French at 0.1–0.5; on its own, text at 0.2–0.3 is right about half the time
 * (docs/benchmarks.md), and the English under it is evidence that it is not English.
 */
export const LEAD_CONFIDENCE = 0.2;

/** A short paragraph that ends in a comma: "Hi Anna,", "Dear support team,", "Bonjour Madame,". */
function isSalutation(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return /[,，،]$/.test(trimmed) && trimmed.split(/\s+/).length <= 5;
}

/**
 * The customer writes first. When what is left after stripping reads as English as a whole, but
 * its opening paragraph is in another language (confidence ≥ `LEAD_CONFIDENCE`) and everything
 * under that paragraph is English, the English part is most likely a quote, signature or notice that no rule recognised
 * (a pasted reply without a header, a corporate footer): the opening paragraph's language wins.
 * `undefined` when the rule does not apply.
 */
function leadLanguage(subject: string, body: string): TextLanguage | undefined {
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length < 2) return undefined;
  // A salutation ("Hi Anna,", "Hallo Herr Weber,") names a person more than a language: the
  // opening paragraph is the one after it.
  let leading = 1;
  while (leading < paragraphs.length - 1 && isSalutation(paragraphs.slice(0, leading).join(' ')))
    leading += 1;
  const lead = detectTextLanguage([subject, ...paragraphs.slice(0, leading)].join('\n'));
  if (lead.code === 'en' || lead.confidence < LEAD_CONFIDENCE) return undefined;
  const rest = detectTextLanguage(paragraphs.slice(leading).join('\n'));
  return rest.code === 'en' ? lead : undefined;
}

function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
