import type { EmailDecision } from './routing-context';
import type { EmailTemplate } from './templates/email-template';

/**
 * The notes that lead an email about a ticket whose sender the mail server could not verify, or
 * took for spam: first, since they change how the reader should answer it.
 */
export function senderNotes(decision: EmailDecision, template: EmailTemplate): string[] {
  const { sender } = decision;
  if (sender === undefined) return [];
  return [
    ...(sender.verified ? [] : [template.notes.unverifiedSender]),
    ...(sender.spam ? [template.notes.suspectedSpam] : []),
  ];
}
