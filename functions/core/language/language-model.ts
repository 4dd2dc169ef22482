import { loadFrequentWords } from './frequent-words';
import { decodeWeight, LANGUAGE_BASE, ROW_SEPARATOR, WEIGHT_BASE } from './ngram-encoding';
import { NGRAM_KEYS, NGRAM_LANGUAGES, NGRAM_PAIRS } from './generated/ngram-profiles';

/**
 * The statistical part of detection: naive Bayes over the character 1-, 2- and 3-grams of words
 * (with the spaces around them), on profiles counted on Wikipedia. Pure JavaScript and
 * synchronous, about a microsecond per word, so it can run on every ticket.
 */

/** Per profile language (`NGRAM_LANGUAGES` order), the summed weight of the text's n-grams. */
export interface NgramScores {
  readonly languages: readonly string[];
  readonly scores: Float64Array;
  /** How many of the text's n-grams the table knows; 0 means the model saw nothing. */
  readonly matched: number;
}

/**
 * Beyond this many letters the language is settled; reading further only costs time (a quote or
 * signature that slipped through sits at the end, so the start is also the better part).
 */
const MAX_LETTERS = 120;

/** Alphabet index of a word boundary; letters get 2, 3, … and 0 means "not a profile letter". */
const SPACE = 1;
/** Alphabet indexes fit in 10 bits, so an n-gram of up to three is one 30-bit integer key. */
const BITS = 10;
/** Characters beyond this code point never occur in the Latin and Cyrillic profiles. */
const MAX_CODE = 0x2000;
const SLOT_BITS = 16;

interface Model {
  alphabet: Uint16Array;
  /** Scratch: how often each letter occurs in the text being scored. */
  letterCounts: Int32Array;
  slotKeys: Int32Array;
  /** Where a slot's language/weight pairs start and end in `pairs`. */
  slotStart: Int32Array;
  slotEnd: Int32Array;
  pairs: Uint8Array;
}

/** Nats per stored weight byte, so scoring reads weights straight from the pair bytes. */
const WEIGHT_OF_CODE = Float32Array.from({ length: 128 }, (_, code) =>
  code < WEIGHT_BASE ? 0 : decodeWeight(code - WEIGHT_BASE),
);

let model: Model | undefined;

function slotOf(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Indexes the table. The pairs become bytes in native code (`TextEncoder`) and rows are found with
 * `indexOf`, because a JavaScript loop over every pair was most of a cold start.
 */
function build(): Model {
  const alphabet = new Uint16Array(MAX_CODE);
  alphabet[32] = SPACE;
  let letters = SPACE;
  const pairs = new TextEncoder().encode(NGRAM_PAIRS);
  const slotKeys = new Int32Array(1 << SLOT_BITS);
  const slotStart = new Int32Array(1 << SLOT_BITS);
  const slotEnd = new Int32Array(1 << SLOT_BITS);
  let start = 0;
  for (let i = 0; i < NGRAM_KEYS.length; i += 1) {
    let key = 0;
    for (let code = NGRAM_KEYS.charCodeAt(i); code !== 10 && i < NGRAM_KEYS.length;) {
      if (alphabet[code] === 0) alphabet[code] = ++letters;
      key = (key << BITS) | alphabet[code]!;
      code = NGRAM_KEYS.charCodeAt(++i);
    }
    const separator = pairs.indexOf(ROW_SEPARATOR, start);
    const end = separator === -1 ? pairs.length : separator;
    const slot = slotOf(slotKeys, key);
    slotKeys[slot] = key;
    slotStart[slot] = start;
    slotEnd[slot] = end;
    start = end + 1;
  }
  return {
    alphabet,
    letterCounts: new Int32Array(letters + 1),
    slotKeys,
    slotStart,
    slotEnd,
    pairs,
  };
}

/**
 * Decodes the n-gram table and indexes the frequent-word lists (a few milliseconds). Detection
 * does it on first use; a Lambda handler or the CLI may call this at start-up so the first ticket
 * does not pay for it.
 */
export function loadLanguageModel(): Promise<void> {
  loadNgramModel();
  loadFrequentWords();
  return Promise.resolve();
}

/**
 * Decodes the n-gram table only, which every detection reads; the word lists are read only when
 * the n-grams leave the language open, so a cold start that may not need them leaves them be.
 */
export function loadNgramModel(): void {
  model ??= build();
}

function addRow(
  scores: Float64Array,
  pairs: Uint8Array,
  start: number,
  end: number,
  times: number,
): void {
  for (let e = start; e < end; e += 2)
    scores[pairs[e]! - LANGUAGE_BASE]! += times * WEIGHT_OF_CODE[pairs[e + 1]!]!;
}

/** Scores `text` (any case) against every profile language; higher is likelier. */
export function ngramScores(text: string): NgramScores {
  model ??= build();
  const { alphabet, letterCounts, slotKeys, slotStart, slotEnd, pairs } = model;
  const scores = new Float64Array(NGRAM_LANGUAGES.length);
  const lower = text.toLowerCase();
  let matched = 0;
  const add = (key: number, times: number): void => {
    const slot = slotOf(slotKeys, key);
    if (slotKeys[slot] === 0) return;
    matched += times;
    addRow(scores, pairs, slotStart[slot]!, slotEnd[slot]!, times);
  };
  // The last three alphabet indexes, newest in the low bits; a word starts after a SPACE.
  let window = SPACE;
  let length = 1;
  let letters = 0;
  for (let i = 0; i < lower.length && letters < MAX_LETTERS; i += 1) {
    const code = lower.charCodeAt(i);
    const index = code < MAX_CODE ? alphabet[code]! : 0;
    if (index <= SPACE) {
      if (window % (1 << BITS) === SPACE) continue;
      window = ((window << BITS) | SPACE) & ((1 << (3 * BITS)) - 1);
      add(window & ((1 << (2 * BITS)) - 1), 1);
      if (length >= 2) add(window, 1);
      window = SPACE;
      length = 1;
      continue;
    }
    letters += 1;
    window = ((window << BITS) | index) & ((1 << (3 * BITS)) - 1);
    length = Math.min(length + 1, 3);
    // Single letters have a weight in every language: count them and add each row once.
    letterCounts[index]! += 1;
    add(window & ((1 << (2 * BITS)) - 1), 1);
    if (length === 3) add(window, 1);
  }
  for (let index = SPACE + 1; index < letterCounts.length; index += 1) {
    if (letterCounts[index] === 0) continue;
    add(index, letterCounts[index]!);
    letterCounts[index] = 0;
  }
  return { languages: NGRAM_LANGUAGES, scores, matched };
}
