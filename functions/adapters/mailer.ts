import type { EmailMessage } from '../core/email/email-message';

/** Sends one rendered email; resolves with the provider's message id once it is accepted. */
export interface Mailer {
  send(email: EmailMessage): Promise<{ readonly messageId: string }>;
}
