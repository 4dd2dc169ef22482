/**
 * How the n-gram table stores its weights, shared by the generator that writes it and the model
 * that reads it. A weight is log(p + s) − log(s), where p is the n-gram's share of a language's
 * n-grams of that length and s the smoothing: how much an n-gram raises a language over one that
 * does not list it. Smoothing keeps a rare or missing n-gram from vetoing a language on its own.
 */
export const NGRAM_SMOOTHING = 1e-5;

/** Weights are stored in steps of 1/8 nat, as one character each. */
const WEIGHT_STEPS_PER_NAT = 8;
const MAX_WEIGHT = 93;

/**
 * Character code of language index 0 and of weight 0 in the pairs string, and of the separator
 * between two n-grams' pairs. All are ASCII, so `TextEncoder` turns the string into the byte array
 * scoring reads in native code; the separator is below both bases, so it cannot be mistaken.
 */
export const LANGUAGE_BASE = 65;
export const WEIGHT_BASE = 33;
export const ROW_SEPARATOR = 32;

/** The stored step count of a weight in nats, 0 for one too small to matter. */
export function encodeWeight(nats: number): number {
  return Math.min(MAX_WEIGHT, Math.round(nats * WEIGHT_STEPS_PER_NAT));
}

/** The weight in nats of a stored step count. */
export function decodeWeight(steps: number): number {
  return steps / WEIGHT_STEPS_PER_NAT;
}
