import type { EmailMessage } from '../core/email/email-message';

/** Sends one rendered email; resolves with the provider's message id once it is accepted. */
export interface Mailer {
  send(email: EmailMessage): Promise<{ readonly messageId: string }>;
  /**
   * Starts loading what sending needs, without waiting for it, at the event loop's next idle
   * moment: called ahead of a send, while a request is on the wire. A failure shows at the send.
   */
  prepare?(): void;
}
