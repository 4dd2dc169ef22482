import type { InboundEmail } from './parse-inbound-email';

/**
 * Mail that a machine sent about other mail — out-of-office and vacation replies, bounces,
 * delivery and read receipts, bulk mail — must not become a ticket. Nobody is waiting for an
 * answer, and worse, sunroute emails agents (docs/routing.md): an agent's out-of-office reply to
 * that assignment email, taken in as a ticket, would be assigned and emailed again, and answered
 * again, in a loop RFC 3834 calls "sorcerer's apprentice mode".
 *
 * Every rule reads a marker the sending software sets on purpose; none guesses from the words.
 * A rule that would also catch mail a person wrote is left out (see docs/ingest.md), because a
 * customer's real mail refused here is lost to support.
 */

export type AutomaticRule =
  | 'auto-submitted'
  | 'report'
  | 'x-autoreply'
  | 'x-autorespond'
  | 'precedence'
  | 'null-return-path'
  | 'mailer-daemon';

export interface AutomaticEmail {
  readonly rule: AutomaticRule;
  /** The header as it decided, e.g. `Auto-Submitted: auto-replied`. */
  readonly evidence: string;
  /** What the rule means, for the log line that records the refusal. */
  readonly reason: string;
}

type Evidence = Pick<InboundEmail, 'headers' | 'contentType' | 'reportType' | 'from' | 'sender'>;

/** The first token of a structured header value, lowercase: `auto-replied; owner=…` → `auto-replied`. */
function token(value: string): string {
  return (value.split(/[;(\s]/)[0] ?? '').toLowerCase();
}

/** The values in which some header is present and does not say "no". */
function affirmative(values: readonly string[] | undefined): string | undefined {
  return values?.find((value) => value !== '' && !['no', 'false', '0'].includes(token(value)));
}

/** Precedence values that mark mail nobody answers (RFC 3834 §2; `auto_reply` is vacation's). */
const AUTOMATIC_PRECEDENCE = new Set(['bulk', 'junk', 'auto_reply']);

/** `<>`, with the spaces some MTAs write and the `<<>>` of Microsoft's IIS SMTP service. */
const NULL_PATH = /^<\s*<?\s*>?\s*>$/;

/** The mailbox RFC 5321 bounce generators send from, on every common MTA. */
const MAILER_DAEMON = /^mailer-daemon@/i;

/** Why `email` must not become a ticket, or `undefined` when it may. */
export function automaticEmail(email: Evidence): AutomaticEmail | undefined {
  const header = (name: string) => email.headers.get(name);

  // RFC 3834 §5: anything but "no" (auto-generated, auto-replied, RFC 5436's auto-notified and
  // extensions) is mail a program submitted. Gmail, Exchange and Sieve vacation set it.
  const autoSubmitted = header('auto-submitted')?.find(
    (value) => value !== '' && token(value) !== 'no',
  );
  if (autoSubmitted !== undefined)
    return {
      rule: 'auto-submitted',
      evidence: `Auto-Submitted: ${autoSubmitted}`,
      reason: 'sent by a program, not a person (RFC 3834)',
    };

  // RFC 6522: the container of delivery status notifications (bounces, RFC 3464), read receipts
  // (RFC 8098) and abuse feedback (RFC 5965), whichever report-type.
  if (email.contentType === 'multipart/report')
    return {
      rule: 'report',
      evidence: `Content-Type: multipart/report; report-type=${email.reportType ?? '(none)'}`,
      reason: 'a delivery, read or feedback report about another message (RFC 6522)',
    };

  // Not standardized, but written by vacation programs that predate RFC 3834 (and still by some
  // hosting control panels and webmail); only a value other than "no" counts.
  const autoreply = affirmative(header('x-autoreply'));
  if (autoreply !== undefined)
    return {
      rule: 'x-autoreply',
      evidence: `X-Autoreply: ${autoreply}`,
      reason: 'an automatic reply (X-Autoreply)',
    };
  const autorespond = affirmative(header('x-autorespond'));
  if (autorespond !== undefined)
    return {
      rule: 'x-autorespond',
      evidence: `X-Autorespond: ${autorespond}`,
      reason: 'an automatic response (X-Autorespond)',
    };

  // RFC 3834 §2 tells responders to stay silent on bulk and junk; auto_reply is the value
  // vacation programs put on their own replies. "list" is not here: a support address that is
  // itself a Google Group or list alias puts it on every customer's mail.
  const precedence = header('precedence')?.find((value) => AUTOMATIC_PRECEDENCE.has(token(value)));
  if (precedence !== undefined)
    return {
      rule: 'precedence',
      evidence: `Precedence: ${precedence}`,
      reason: 'bulk, junk or auto-reply mail (Precedence)',
    };

  // RFC 5321 §4.5.5: notifications are sent with a null reverse-path so that nothing answers
  // them; the receiving MTA records it as `Return-Path: <>`. A person's mail always has a sender.
  const returnPath = header('return-path')?.[0];
  if (returnPath !== undefined && NULL_PATH.test(returnPath))
    return {
      rule: 'null-return-path',
      evidence: `Return-Path: ${returnPath}`,
      reason: 'sent with a null return path, as notifications are (RFC 5321 §4.5.5)',
    };

  // Bounces that are not multipart/report (older qmail and Exim) still come from MAILER-DAEMON.
  // postmaster@ is not matched: RFC 5321 requires it to be a person's mailbox, and they write.
  const daemon = [email.from, email.sender].find((mailbox) =>
    MAILER_DAEMON.test(mailbox?.address ?? ''),
  );
  if (daemon !== undefined)
    return {
      rule: 'mailer-daemon',
      evidence: `From: ${daemon.address}`,
      reason: 'sent by a mail server (MAILER-DAEMON), usually a bounce',
    };

  return undefined;
}
