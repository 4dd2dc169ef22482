import type { InboundEmail } from './parse-inbound-email';

/**
 * Why a customer's mail must get no automatic reply although it is a ticket, as the header that
 * says so (`X-Auto-Response-Suppress: All`), or undefined. Mail a machine sent never becomes a
 * ticket at all (automatic-email.ts); these markers are set on mail people write too, so they
 * only silence the acknowledgement:
 *
 * - `X-Auto-Response-Suppress` with `All` or `AutoReply` ([MS-OXCMAIL] 2.1.3.2.20): the sender
 *   asked for no automatic replies; Exchange sets it on mail from distribution lists and apps.
 * - `List-Id` and `Precedence: list` (RFC 3834 §2): the mail came through a mailing list, whose
 *   members would all receive the acknowledgement.
 */
export function autoReplySuppression(email: Pick<InboundEmail, 'headers'>): string | undefined {
  const header = (name: string) => email.headers.get(name) ?? [];
  const suppress = header('x-auto-response-suppress').find((value) =>
    value.split(/[\s,;]+/).some((token) => ['all', 'autoreply'].includes(token.toLowerCase())),
  );
  if (suppress !== undefined) return `X-Auto-Response-Suppress: ${suppress}`.slice(0, 300);
  const list = header('list-id')[0];
  if (list !== undefined) return `List-Id: ${list}`.slice(0, 300);
  const precedence = header('precedence').find((value) => /^\s*list\b/i.test(value));
  if (precedence !== undefined) return `Precedence: ${precedence}`.slice(0, 300);
  return undefined;
}
