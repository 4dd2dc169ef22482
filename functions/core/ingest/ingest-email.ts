import {
  addressedToReplies,
  findReplyAddress,
  type ParsedReplyAddress,
} from '../replies/reply-address';
import type { Ticket } from '../ticket/ticket-schema';
import { automaticEmail, type AutomaticEmail } from './automatic-email';
import type { CustomerSource } from './email-customer';
import { emailToTicket, type EmailTicketOptions } from './email-to-ticket';
import {
  parseInboundEmail,
  type BodySource,
  type EmailAttachment,
  type InboundEmail,
  type RawEmail,
} from './parse-inbound-email';

/** A mail that became a ticket, with what the ticket leaves out (the attachments) for the log. */
export interface EmailTicketOutcome {
  readonly outcome: 'ticket';
  readonly ticket: Ticket;
  readonly attachments: readonly EmailAttachment[];
  readonly customerSource: CustomerSource;
  readonly bodySource: BodySource;
  readonly truncated: boolean;
}

/** A mail a machine sent, dropped on purpose: logged and counted, never queued or dead-lettered. */
export interface AutomaticEmailOutcome {
  readonly outcome: 'automatic';
  readonly automatic: AutomaticEmail;
  /** Its Message-ID, so the log line can be matched to the stored raw mail. */
  readonly messageId: string | undefined;
}

/**
 * A mail to a reply address at the inbound domain: an agent answering a ticket, never a ticket
 * of its own. `address` is undefined when the recipient only looks like one.
 */
export interface AgentReplyEmailOutcome {
  readonly outcome: 'agent-reply';
  readonly email: InboundEmail;
  readonly address: ParsedReplyAddress | undefined;
}

export type EmailIngestOutcome =
  EmailTicketOutcome | AutomaticEmailOutcome | AgentReplyEmailOutcome;

export interface EmailIngestOptions extends EmailTicketOptions {
  /** The domain of reply addresses (docs/agents.md); absent, no mail is taken for an answer. */
  readonly replyDomain?: string;
  /**
   * Whom the receiving server delivered the mail to (SES's receipt recipients): a reply address
   * the agent put in Bcc is here only, not in To or Cc.
   */
  readonly envelopeRecipients?: readonly string[];
}

/**
 * One inbound mail, from raw bytes to a ticket or a reason to drop it: the whole pure part of
 * the email Lambda and of `POST /ingest/email`. Rejects with an InboundEmailError subclass when
 * the mail cannot become a ticket at all (the caller dead-letters it with that reason).
 */
export async function ingestEmail(
  raw: RawEmail,
  options: EmailIngestOptions,
): Promise<EmailIngestOutcome> {
  const email = await parseInboundEmail(raw);
  const automatic = automaticEmail(email);
  if (automatic !== undefined)
    return { outcome: 'automatic', automatic, messageId: email.messageId };
  const { replyDomain, envelopeRecipients = [], ...ticketOptions } = options;
  const recipients = [...email.recipients, ...envelopeRecipients];
  if (replyDomain !== undefined && addressedToReplies(recipients, replyDomain))
    return {
      outcome: 'agent-reply',
      email,
      address: findReplyAddress(recipients, replyDomain),
    };
  return {
    outcome: 'ticket',
    ...emailToTicket(email, ticketOptions),
    attachments: email.attachments,
  };
}
