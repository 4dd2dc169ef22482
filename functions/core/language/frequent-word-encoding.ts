/**
 * How the frequent-word table is laid out, shared by the generator that writes it and the
 * detector that reads it. The table is an open-addressing hash table of 2^`WORD_SLOT_BITS` slots,
 * four bytes each (little-endian): a 16-bit fingerprint of the word (0 = empty slot) and a 16-bit
 * entry, language index × 4096 + rank. One slot per (word, language); a word several languages
 * list takes several slots along its probe sequence. The words themselves are not stored: a
 * fingerprint mistaken for another word's is about one lookup in 30,000, and costs one small
 * nudge.
 */
export const WORD_SLOT_BITS = 16;
export const WORD_SLOT_BYTES = 4;
export const RANKS_PER_LANGUAGE = 4096;

/** FNV-1a over the UTF-16 code units of `word` (lower-case, NFC). */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
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
