import type { EmailInputError } from './email-input-error';

/**
 * A rendered email, shaped for SES v2 `SendEmail` with `Content.Simple`: `subject` is the Subject
 * (one line, capped), `text` and `html` the two body parts. `to` is a bare, validated address;
 * display names are left out because SES wants non-ASCII names RFC 2047-encoded and the address
 * alone reaches the same inbox.
 */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The sender; absent: the deployment's sender address (SesMailerOptions.from). */
  readonly from?: string;
  /**
   * Where an answer goes: an agent email's per-ticket reply address (docs/agents.md); absent, to
   * the sender.
   */
  readonly replyTo?: string;
  /** Extra header fields (threading, RFC 3834), names and values already header-safe. */
  readonly headers?: readonly EmailHeader[];
  /**
   * Files sent with it: an agent's answer's attachments. Only ever handed to the mailer, never
   * stored: the outbox keeps the email without them (docs/agents.md#attachments).
   */
  readonly attachments?: readonly EmailFile[];
}

/** An attached file as SES v2 takes it in `Content.Simple.Attachments`. */
export interface EmailFile {
  /** At most 255 characters, no control characters. */
  readonly filename: string;
  readonly mimeType: string;
  readonly content: Uint8Array;
}

export interface EmailHeader {
  readonly name: string;
  readonly value: string;
}

export type EmailResult =
  | { readonly ok: true; readonly email: EmailMessage }
  | { readonly ok: false; readonly error: EmailInputError };

export function failure(error: EmailInputError): EmailResult {
  return { ok: false, error };
}
