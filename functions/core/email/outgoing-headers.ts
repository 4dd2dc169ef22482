/**
 * Headers on every email sunroute sends, so that no program answers it and no answer becomes a
 * ticket. An agent's out-of-office reply to an assignment email would otherwise reach the support
 * address, become a ticket, be assigned and emailed to an agent again (RFC 3834's "sorcerer's
 * apprentice mode").
 *
 * - `Auto-Submitted: auto-generated` (RFC 3834 §5): responders (Gmail, Exchange, Sieve vacation)
 *   stay silent, and a mail that comes back carrying it, through a forwarding rule, is dropped by
 *   ingest's own `auto-submitted` rule (docs/ingest.md).
 * - `X-Auto-Response-Suppress: All` ([MS-OXCMAIL] 2.1.3.2.20): Exchange and Outlook send no
 *   out-of-office, delivery or read receipts for it.
 *
 * Not `Precedence: bulk`: RFC 3834 leaves it to older responders, and spam filters weigh it
 * against a mail that a person must read at once.
 */
export const OUTGOING_MAIL_HEADERS: readonly { readonly name: string; readonly value: string }[] = [
  { name: 'Auto-Submitted', value: 'auto-generated' },
  { name: 'X-Auto-Response-Suppress', value: 'All' },
];
