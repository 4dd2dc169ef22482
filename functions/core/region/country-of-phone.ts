import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// The `min` metadata build: it names the same country as the default and `max` builds for every
// number of the shared calling codes (+1, +7, +44, +61, …) and is 20 KB (gzip) smaller than `max`.
// The extra type patterns of `max` only sharpen validity checks, which routing does not need.

/**
 * The ISO 3166-1 alpha-2 country of a phone number in international form (`+49 30 123456`,
 * `+1 (212) 736-5000`, `0049 30 123456`), or `null` when the number carries no country code or
 * no country of its calling code claims it.
 */
export function countryOfPhone(phone: string): string | null {
  const trimmed = phone.trim();
  // `00` is the international call prefix in most of the world; customers write it for `+`.
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  // Without a `+` no calling code names a country; skipping the parse saves the ~10 µs that
  // libphonenumber spends searching such text for a number.
  if (!international.includes('+')) return null;
  return parsePhoneNumberFromString(international)?.country ?? null;
}
