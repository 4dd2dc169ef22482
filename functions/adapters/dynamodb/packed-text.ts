// Texts stored as one binary attribute, deflated with a preset dictionary (text-dictionary.ts):
// an item is billed by its size in kilobytes, written at twice that in a transaction, and the
// dictionary holds what every email and every decision repeats (docs/cost.md).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { TEXT_DICTIONARY_V1 } from './text-dictionary';

/**
 * The first byte names the format, so that a later dictionary can be added beside this one and
 * items written with this one still read. 1: raw deflate with TEXT_DICTIONARY_V1 of the texts,
 * each as its UTF-8 length (4 bytes, big-endian) and its bytes.
 */
const FORMAT_V1 = 1;
const LENGTH_BYTES = 4;

/** `texts` in one binary value (Uint8Array), for unpackTexts to give back in order. */
export function packTexts(texts: readonly string[]): Uint8Array {
  const parts = texts.flatMap((text) => {
    const bytes = Buffer.from(text, 'utf8');
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(bytes.byteLength);
    return [length, bytes];
  });
  const deflated = deflateRawSync(Buffer.concat(parts), {
    level: 9,
    dictionary: TEXT_DICTIONARY_V1,
  });
  const packed = new Uint8Array(1 + deflated.byteLength);
  packed[0] = FORMAT_V1;
  packed.set(deflated, 1);
  return packed;
}

/** The texts packTexts packed; undefined when `packed` is not of a format this code writes. */
export function unpackTexts(packed: Uint8Array): string[] | undefined {
  if (packed[0] !== FORMAT_V1) return undefined;
  let bytes: Buffer;
  try {
    bytes = inflateRawSync(packed.subarray(1), { dictionary: TEXT_DICTIONARY_V1 });
  } catch {
    return undefined;
  }
  const texts: string[] = [];
  for (let at = 0; at < bytes.byteLength;) {
    if (at + LENGTH_BYTES > bytes.byteLength) return undefined;
    const length = bytes.readUInt32BE(at);
    at += LENGTH_BYTES;
    if (at + length > bytes.byteLength) return undefined;
    texts.push(bytes.toString('utf8', at, at + length));
    at += length;
  }
  return texts;
}
