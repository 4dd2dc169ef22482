import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { email as emailRule } from '../validation/field-rules';
import type { Ticket } from '../ticket/ticket-schema';
import { IdentifierError } from './identifier-error';

/** The ways a customer can be named when they ask for their data. */
export const IDENTIFIER_KINDS = ['email', 'phone', 'customer-id'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * How `alice+shop@example.com` relates to `alice@example.com`: `distinct` (the default) treats
 * them as two people, as the address is what the customer wrote; `same-mailbox` treats every
 * `+tag` as the one mailbox, for shops whose customers use tags to sort mail.
 */
export const PLUS_ADDRESSING = ['distinct', 'same-mailbox'] as const;
export type PlusAddressing = (typeof PLUS_ADDRESSING)[number];

/** One customer identifier, normalised: what a request names and what the index is keyed by. */
export interface CustomerIdentifier {
  readonly kind: IdentifierKind;
  /** Lower-cased email address, E.164 phone number, or the customer id exactly as given. */
  readonly value: string;
}

/**
 * The identifier index's key kinds: `email-mailbox` is an address without its `+tag`, written
 * for every address, so that switching plus-addressing needs no re-indexing.
 */
type IndexKind = IdentifierKind | 'email-mailbox';

const indexKey = (kind: IndexKind, value: string) => `${kind}:${value}`;

/** RFC 5321: a local part of 64 octets, `@`, a domain of 255. */
const MAX_ADDRESS_LENGTH = 320;

/** Lower case throughout: mail providers treat local parts case-insensitively in practice. */
export function normalizeEmail(address: string): string | undefined {
  // Checked before the pattern, which backtracks on long domains without a dot.
  if (address.length > MAX_ADDRESS_LENGTH + 100) return undefined;
  const trimmed = address.trim().toLowerCase();
  if (trimmed.length > MAX_ADDRESS_LENGTH) return undefined;
  return emailRule.safeParse(trimmed).success ? trimmed : undefined;
}

/** `alice+shop@example.com` → `alice@example.com`; an address without a tag is itself. */
export function mailboxOf(normalizedEmail: string): string {
  const at = normalizedEmail.lastIndexOf('@');
  const local = normalizedEmail.slice(0, at);
  const plus = local.indexOf('+');
  return plus <= 0 ? normalizedEmail : `${local.slice(0, plus)}${normalizedEmail.slice(at)}`;
}

/**
 * E.164 (`+4930123456`): a number written with its country code (`+`, or `00` as most of the
 * world dials it), else read as a number of `country` when one is known.
 */
export function normalizePhone(phone: string, country?: string): string | undefined {
  const trimmed = phone.trim();
  if (trimmed.length > 40) return undefined;
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  const parsed = international.startsWith('+')
    ? parsePhoneNumberFromString(international)
    : country === undefined
      ? undefined
      : parsePhoneNumberFromString(international, country as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** What a support lead typed, normalised; an IdentifierError names the option when it is no such thing. */
export function parseIdentifier(kind: IdentifierKind, raw: string): CustomerIdentifier {
  if (kind === 'email') {
    const value = normalizeEmail(raw);
    if (value === undefined) throw new IdentifierError(kind, 'is not an email address');
    return { kind, value };
  }
  if (kind === 'phone') {
    const value = normalizePhone(raw);
    if (value === undefined) {
      throw new IdentifierError(
        kind,
        'is not a phone number with its country code (e.g. +49 30 123456)',
      );
    }
    return { kind, value };
  }
  const value = raw.trim();
  if (value === '' || value.length > 256) {
    throw new IdentifierError(kind, 'must be 1 to 256 characters');
  }
  return { kind, value };
}

/** The index keys a request looks up: under `same-mailbox` an address finds all its tags. */
export function lookupKey(identifier: CustomerIdentifier, plus: PlusAddressing): string {
  if (identifier.kind === 'email' && plus === 'same-mailbox') {
    return indexKey('email-mailbox', mailboxOf(identifier.value));
  }
  return indexKey(identifier.kind, identifier.value);
}

/**
 * Every index key a ticket is found by: its address (and mailbox), its phone in E.164 (read in
 * the customer's country when written without a code; a number that cannot be read so is left
 * out, the ticket is still found by its address or id), its customer id. Chat tickets without a
 * customer id and mail from behind no-reply relays are found by the address like any other.
 */
export function ticketIndexKeys(ticket: Ticket): string[] {
  const { customer } = ticket;
  const keys = new Set<string>();
  const address = customer.email === undefined ? undefined : normalizeEmail(customer.email);
  if (address !== undefined) {
    keys.add(indexKey('email', address));
    keys.add(indexKey('email-mailbox', mailboxOf(address)));
  }
  const phone =
    customer.phone === undefined ? undefined : normalizePhone(customer.phone, customer.country);
  if (phone !== undefined) keys.add(indexKey('phone', phone));
  if (customer.id !== undefined) keys.add(indexKey('customer-id', customer.id));
  return [...keys];
}
