/**
 * How the frequent-word lists are indexed for lookup. The lists ship as words (deflate packs words
 * into less than half of what a prebuilt table of random fingerprints takes) and are indexed once
 * per process into an open-addressing hash table of 2^`WORD_SLOT_BITS` slots, four bytes each
 * (little-endian): a 16-bit fingerprint of the word (0 = empty slot) and a 16-bit entry, language
 * index × 4096 + rank. One slot per (word, language); a word several languages list takes several
 * slots along its probe sequence. The table keeps no words: a fingerprint mistaken for another
 * word's is about one lookup in 30,000, and costs one small nudge.
 */
export const WORD_SLOT_BITS = 16;
export const WORD_SLOT_BYTES = 4;
export const RANKS_PER_LANGUAGE = 4096;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const SPACE = 32;

/** FNV-1a over the UTF-16 code units of `word` (lower-case, NFC). */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The first slot a word's probe sequence visits. */
export function firstSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - WORD_SLOT_BITS);
}

/** The word's fingerprint, never 0. */
export function fingerprint(hash: number): number {
  return Math.imul(hash, 0x85ebca6b) >>> 16 || 1;
}

export interface WordTable {
  readonly slots: Uint8Array;
  /** How many words each language's list holds, by language index. */
  readonly counts: readonly number[];
}

/** More (word, language) pairs than this would leave too few empty slots to end a probe. */
const MAX_ENTRIES = Math.floor((1 << WORD_SLOT_BITS) * 0.85);

/**
 * Indexes `lists`: one line per language (by language index), its words most frequent first,
 * separated by single spaces. A few milliseconds for 16 lists of 3,000 words.
 */
export function buildWordTable(lists: string): WordTable {
  const slots = new Uint8Array((1 << WORD_SLOT_BITS) * WORD_SLOT_BYTES);
  let total = 0;
  const counts = lists.split('\n').map((line, language) => {
    if (language * RANKS_PER_LANGUAGE >= 1 << 16)
      throw new RangeError(`frequent-word lists: language ${language} does not fit a 16-bit entry`);
    const count = line === '' ? 0 : indexLine(slots, line, language, MAX_ENTRIES - total);
    total += count;
    return count;
  });
  return { slots, counts };
}

/**
 * One language's words into `slots`, at most `room` of them, hashing as it reads (a loop over the
 * line rather than a split and a call per word: this runs on a cold start). Returns how many
 * words the line holds.
 */
function indexLine(slots: Uint8Array, line: string, language: number, room: number): number {
  let rank = 0;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= line.length; i += 1) {
    const code = i === line.length ? SPACE : line.charCodeAt(i);
    if (code !== SPACE) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    if (rank === RANKS_PER_LANGUAGE)
      throw new RangeError(`frequent-word lists: language ${language} lists over ${rank} words`);
    if (rank === room)
      throw new RangeError(
        `frequent-word lists: language ${language} takes the table over ${MAX_ENTRIES} words`,
      );
    let at = firstSlot(hash) * WORD_SLOT_BYTES;
    while (slots[at] !== 0 || slots[at + 1] !== 0) at = (at + WORD_SLOT_BYTES) % slots.length;
    const print = fingerprint(hash);
    const entry = language * RANKS_PER_LANGUAGE + rank;
    slots[at] = print & 0xff;
    slots[at + 1] = print >>> 8;
    slots[at + 2] = entry & 0xff;
    slots[at + 3] = entry >>> 8;
    rank += 1;
    hash = FNV_OFFSET;
  }
  return rank;
}
