import { repairWindows1252 } from './windows-1252-repair';

/**
 * HTML character references in the text of an email: numeric ones in full, named ones for the
 * characters mail clients actually write (Latin-1, typography, a few symbols). An unknown name is
 * left as written: showing `&foo;` is better than losing a customer's character.
 */

/** HTML 4's Latin-1 names, in code point order from U+00A0; what Outlook and webmail emit most. */
const LATIN_1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const OTHER_NAMES: Readonly<Record<string, number>> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  harr: 0x2194,
  minus: 0x2212,
  hearts: 0x2665,
};

const NAMED = new Map<string, number>([
  ...LATIN_1_NAMES.map((name, index): [string, number] => [name, 0xa0 + index]),
  ...Object.entries(OTHER_NAMES),
]);

/**
 * Names that browsers also accept without the semicolon (the HTML spec's legacy list, shortened
 * to the ones seen in mail); any other name needs its `;` so that `&copyright` stays text.
 */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const REPLACEMENT = 0xfffd;

function numericCharacter(codePoint: number): string {
  // `&#128;`–`&#159;` name C1 controls, but every HTML writer that emits them meant
  // windows-1252, so the HTML spec maps them to its characters (`&#150;` is an en dash).
  if (codePoint >= 0x80 && codePoint <= 0x9f)
    return repairWindows1252(String.fromCodePoint(codePoint));
  // NUL, lone surrogates and values beyond Unicode cannot be characters (HTML spec: U+FFFD).
  if (codePoint === 0 || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff)
    return String.fromCodePoint(REPLACEMENT);
  return String.fromCodePoint(codePoint);
}

// Bounded digit and name lengths keep the expression linear and reject absurd references.
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (
      match: string,
      decimal: string | undefined,
      hex: string | undefined,
      name: string | undefined,
      semicolon: string,
    ) => {
      if (decimal !== undefined) return numericCharacter(Number.parseInt(decimal, 10));
      if (hex !== undefined) return numericCharacter(Number.parseInt(hex, 16));
      const codePoint = name === undefined ? undefined : NAMED.get(name);
      if (codePoint === undefined || name === undefined) return match;
      if (semicolon === '' && !WITHOUT_SEMICOLON.has(name)) return match;
      return String.fromCodePoint(codePoint);
    },
  );
}
