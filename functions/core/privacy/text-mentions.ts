import {
  mailboxOf,
  normalizeEmail,
  normalizePhone,
  type CustomerIdentifier,
  type PlusAddressing,
} from './customer-identifier';

/** Something that could be an address in free text: a mail header, a JSON string, a body. */
const ADDRESS = /[^\s@<>()",;:[\]'`]+@[^\s@<>()",;:[\]'`]+/g;

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
    for (const [candidate] of text.matchAll(ADDRESS)) {
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
