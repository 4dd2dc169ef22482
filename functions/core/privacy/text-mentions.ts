import {
  mailboxOf,
  normalizeEmail,
  normalizePhone,
  type CustomerIdentifier,
  type PlusAddressing,
} from './customer-identifier';

/** Characters that end an address in free text: a mail header, a JSON string, a body. */
const BOUNDARY = new Set([...' \t\r\n<>()",;:[]\'`@']);
/** RFC 5321's limits: a local part of 64 octets, a domain of 255. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * Every `local@domain` in the text, found from each `@` outwards within the RFC's lengths, so a
 * long run of text without one costs one pass, not one scan per starting position.
 */
function* addressesIn(text: string): Generator<string> {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && !BOUNDARY.has(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && !BOUNDARY.has(text[end]!)) end++;
    if (start < at && end > at + 1) yield text.slice(start, end);
  }
}

/** The `customer` of a ticket message, when the text is one (a dead letter often is not JSON). */
function customerOf(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const customer = (value as { customer?: unknown }).customer;
    return typeof customer === 'object' && customer !== null
      ? (customer as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `text` (a dead letter's body, a raw mail) belongs to the customer: an address anywhere
 * in it that normalises to theirs, or, for a ticket message, its customer's phone or id. Text is
 * searched, not only parsed, because what is dead-lettered is often what could not be parsed.
 */
export function textMentions(
  text: string,
  identifier: CustomerIdentifier,
  plus: PlusAddressing,
): boolean {
  if (identifier.kind === 'email') {
    const wanted = plus === 'same-mailbox' ? mailboxOf(identifier.value) : identifier.value;
    for (const candidate of addressesIn(text)) {
      const address = normalizeEmail(candidate);
      if (address === undefined) continue;
      if ((plus === 'same-mailbox' ? mailboxOf(address) : address) === wanted) return true;
    }
    return false;
  }
  const customer = customerOf(text);
  if (identifier.kind === 'customer-id') return customer?.id === identifier.value;
  if (typeof customer?.phone === 'string') {
    const country =
      typeof customer.country === 'string' ? customer.country.toUpperCase() : undefined;
    if (normalizePhone(customer.phone, country) === identifier.value) return true;
  }
  // A phone in a text that is no ticket: its digits, as written with the country code.
  return text.replace(/[^\d+]/g, '').includes(identifier.value);
}
