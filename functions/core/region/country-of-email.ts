// ccTLDs sold to anyone as vanity domains (docs/routing.md), and `.eu`, which names a union, not a
// country.
const NOT_A_COUNTRY: ReadonlySet<string> = new Set([
  'io',
  'co',
  'ai',
  'me',
  'tv',
  'fm',
  'ly',
  'gg',
  'to',
  'ws',
  'cc',
  'sh',
  'eu',
]);

// ccTLDs that differ from the ISO 3166-1 code of their country.
const TLD_COUNTRIES: ReadonlyMap<string, string> = new Map([['uk', 'GB']]);

const TWO_LETTERS = /^[a-z]{2}$/;

/**
 * The upper-case country code named by the ccTLD of an email address's domain
 * (`jonas@mail.example.co.jp` → `JP`), or `null` for generic TLDs, vanity ccTLDs and addresses
 * without a domain. The caller decides whether the code is a known country.
 */
export function countryOfEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return null;
  const tld = domain.slice(dot + 1);
  if (!TWO_LETTERS.test(tld) || NOT_A_COUNTRY.has(tld)) return null;
  return TLD_COUNTRIES.get(tld) ?? tld.toUpperCase();
}
