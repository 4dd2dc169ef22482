import {
  buildWordTable,
  fingerprint,
  firstSlot,
  RANKS_PER_LANGUAGE,
  wordHash,
  WORD_SLOT_BITS,
  WORD_SLOT_BYTES,
} from './frequent-word-encoding';
import { FREQUENT_WORD_LANGUAGES, FREQUENT_WORD_LISTS } from './generated/frequent-word-lists';

/**
 * Evidence from everyday words: for the Latin- and Cyrillic-script support languages, the few
 * thousand words people write most (ranked on film subtitles, i.e. on how people talk), so two-word
 * texts that share their letters with a neighbour language still name their own ("Selecionar
 * arquivos" is Portuguese because only Portuguese says "arquivos"). A unigram model: a word of
 * rank r in a language's list has a probability of about 1 / (r · H) there (Zipf's law, H the
 * harmonic number of the list), and a word off the list about `UNLISTED_PROBABILITY`; a language
 * gains the log of the ratio.
 */

/** The probability taken for a word that a language's list does not hold. */
const UNLISTED_PROBABILITY = 1e-6;

/**
 * A candidate without a list (Malay borrows Indonesian's, see `WORD_LIST_PROXY`; Uzbek, Catalan
 * and the others have none) is scored as the best-listed language for the word less this many
 * nats, so a word it shares with a listed neighbour neither lifts it above nor sinks it far under
 * that neighbour: only its own words, letters and n-grams can decide.
 */
const UNLISTED_LANGUAGE_GAP = 4;

/** Languages whose standard vocabularies are too close to have lists of their own. */
const WORD_LIST_PROXY: Readonly<Record<string, string>> = { ms: 'id' };

interface WordIndex {
  /** The table of frequent-word-encoding.ts, four bytes a slot. */
  readonly slots: Uint8Array;
  /** Per language index: the nats of rank 0; rank r scores this less ln(r + 1). */
  readonly topScore: Float64Array;
  /** ln(r + 1) for every rank r. */
  readonly rankLog: Float64Array;
}

let index: WordIndex | undefined;

/** Indexes the lists (frequent-word-encoding.ts). */
function build(): WordIndex {
  const { slots, counts } = buildWordTable(FREQUENT_WORD_LISTS);
  // ln(1 / (H · 1) / UNLISTED_PROBABILITY), with H ≈ ln(n) + γ for a list of n words.
  const topScore = Float64Array.from(
    counts,
    (n) => -Math.log(Math.log(Math.max(n, 2)) + 0.5772) - Math.log(UNLISTED_PROBABILITY),
  );
  const rankLog = Float64Array.from({ length: RANKS_PER_LANGUAGE }, (_, rank) =>
    Math.log(rank + 1),
  );
  return { slots, topScore, rankLog };
}

/** Indexes the word lists now rather than on the first detection (`loadLanguageModel` calls it). */
export function loadFrequentWords(): void {
  index ??= build();
}

/**
 * The nats `word` (lower-case) earns in each listed language, written into `out` (indexed like
 * `FREQUENT_WORD_LANGUAGES`, 0 where the word is not listed). Returns whether any list has it.
 */
function lookUp(word: string, out: Float64Array): boolean {
  index ??= build();
  const { slots, topScore, rankLog } = index;
  const hash = wordHash(word);
  const print = fingerprint(hash);
  const mask = (1 << WORD_SLOT_BITS) - 1;
  out.fill(0);
  let found = false;
  for (let slot = firstSlot(hash); ; slot = (slot + 1) & mask) {
    const at = slot * WORD_SLOT_BYTES;
    const stored = slots[at]! | (slots[at + 1]! << 8);
    if (stored === 0) return found;
    if (stored !== print) continue;
    const entry = slots[at + 2]! | (slots[at + 3]! << 8);
    const language = Math.floor(entry / RANKS_PER_LANGUAGE);
    const rank = entry % RANKS_PER_LANGUAGE;
    out[language] = Math.max(0, topScore[language]! - rankLog[rank]!);
    found = true;
  }
}

const LIST_INDEX = new Map(FREQUENT_WORD_LANGUAGES.map((language, i) => [language, i]));

/**
 * Words that say nothing about the language around them: acronyms (`HTTP`, `URL`, `PDF`) and
 * words with a capital inside (`iPhone`, `ImageProxy`, `McDonald`), names of products and
 * protocols that every language writes alike. When the whole text is in capitals, nothing is
 * dropped, since then every word would be.
 */
function isLanguageNeutral(token: string): boolean {
  return /^\p{Lu}{2,}$/u.test(token) || /\p{Ll}\p{Lu}/u.test(token);
}

/**
 * Beyond this many distinct words the language is settled (the n-gram model reads 120 letters for
 * the same reason): reading on costs time, and what slipped past stripping sits at the end.
 */
const MAX_WORDS = 40;

const TOKEN = /[\p{L}\p{M}]+(?:['ʻʼ’‘-][\p{L}\p{M}]+)*/gu;

/**
 * The distinct lower-case words of `text` that can carry language, the first `MAX_WORDS` of them,
 * for `addFrequentWordEvidence`.
 */
export function evidenceWords(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const hasLowerCase = text !== text.toUpperCase();
  const words = new Set<string>();
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (lower === token || !hasLowerCase || !isLanguageNeutral(token)) words.add(lower);
    if (words.size === MAX_WORDS) break;
  }
  return [...words];
}

/**
 * Adds `weight` × the word-frequency evidence of `words` (distinct, lower-case: a repeated product
 * name counts once) to each candidate's score in `scores`.
 */
export function addFrequentWordEvidence(
  words: readonly string[],
  weight: number,
  scores: Map<string, number>,
): void {
  const listCount = FREQUENT_WORD_LANGUAGES.length;
  // Which lists the candidates read, so the best listed score is taken among them only.
  const read = new Uint8Array(listCount);
  for (const language of scores.keys()) {
    const list = LIST_INDEX.get(WORD_LIST_PROXY[language] ?? language);
    if (list !== undefined) read[list] = 1;
  }
  const listGains = new Float64Array(listCount);
  let unlistedGain = 0;
  const own = new Float64Array(listCount);
  for (const word of words) {
    if (!lookUp(word, own)) continue;
    let best = 0;
    for (let list = 0; list < listCount; list += 1) {
      if (read[list] === 0) continue;
      listGains[list]! += own[list]!;
      if (own[list]! > best) best = own[list]!;
    }
    unlistedGain += Math.max(0, best - UNLISTED_LANGUAGE_GAP);
  }
  for (const [language, score] of scores) {
    const list = LIST_INDEX.get(WORD_LIST_PROXY[language] ?? language);
    const gain = list === undefined ? unlistedGain : listGains[list]!;
    if (gain > 0) scores.set(language, score + weight * gain);
  }
}
