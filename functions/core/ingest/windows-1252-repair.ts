/**
 * Node's TextDecoder, which postal-mime decodes every charset with, reads `windows-1252` (and the
 * labels the Encoding Standard makes its aliases: `iso-8859-1`, `latin1`, `us-ascii`) as Latin-1
 * since Node 20.18.3 and 22.13.0 (nodejs/node#60888): bytes 0x80–0x9F become C1 control
 * characters instead of €, „ “ ” ‘ ’, – — … and the rest. That is the charset Outlook writes
 * Western European mail in, so without this repair a German customer's "89,90 €" loses its euro.
 *
 * Decoded mail text has no business containing C1 controls, so each is mapped to the character
 * windows-1252 gives its byte, which is what a correct decoder does. The same mapping also mends
 * the common mojibake of windows-1252 text relabelled as ISO-8859-1 and re-encoded as UTF-8. The
 * five bytes windows-1252 leaves undefined stay controls and are removed with the others.
 */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

const C1 = /[\u0080-\u009f]/g;

export function repairWindows1252(text: string): string {
  return text.replace(C1, (char) => WINDOWS_1252[char.charCodeAt(0)] ?? char);
}
