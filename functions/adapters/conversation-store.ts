import type { EmailMessage } from '../core/email/email-message';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { RepliedTicket } from '../core/replies/check-agent-reply';
import type { ConversationMessage } from '../core/replies/conversation-message';
import type { EmailClaim, OutboxEmail } from './ticket-store';

/** A ticket with its conversation, as an answer to it is checked and recorded. */
export interface ConversationTicket extends RepliedTicket {
  readonly ticketId: string;
  readonly version: number;
  /** ISO instant of the first agent answer; null before it. */
  readonly firstReplyAt: string | null;
  readonly acknowledgedAt: string | null;
  /** The highest outbox number written so far. */
  readonly lastEmailSequence: number;
  /** In order, oldest first. */
  readonly messages: readonly ConversationMessage[];
  /** The ticket's TTL (epoch seconds), which every item written into its partition takes. */
  readonly expiresAt?: number;
}

/**
 * A message joining the conversation with the email it causes (claimed): an agent's answer to the
 * customer, which sets `firstReplyAt`, or a customer's mail to the holder. An answer to a chat
 * causes no email: the chat-delivery queue posts it.
 */
export interface ConversationRecord {
  readonly ticketId: string;
  /** The ticket's version and assignment as read: the write is conditional on both. */
  readonly version: number;
  readonly assignment: number;
  /** Absent when the ticket holds MAX_CONVERSATION_MESSAGES already: sent, not kept. */
  readonly message?: ConversationMessage;
  readonly email?: {
    readonly recipient: 'agent' | 'customer';
    readonly sequence: number;
    readonly message: EmailMessage;
    readonly claim: EmailClaim;
  };
  /** An agent's answer: sets `firstReplyAt` when it is the first. */
  readonly answer: boolean;
  /** Absent for a customer's mail, which changes nothing the history tells. */
  readonly event?: TicketEvent;
  /** Epoch ms. */
  readonly at: number;
  /** The ticket's TTL as read: the message and its email expire with it. */
  readonly expiresAt?: number;
}

export type ConversationOutcome =
  | { readonly kind: 'recorded'; readonly email?: OutboxEmail }
  /** The ticket changed since it was read (a handover, another answer): read it again. */
  | { readonly kind: 'changed' };

/** Tickets' conversations in the tickets table: the port ingest's answer path writes through. */
export interface ConversationStore {
  /** The latest ticket of `threadId` (byThread); undefined when none is recorded. */
  latestTicketOfThread(threadId: string): Promise<string | undefined>;
  /** The ticket whose reply address has `replyKey` (byIdentifier); undefined when none does. */
  ticketIdForReplyKey(replyKey: string): Promise<string | undefined>;
  /** The ticket and its conversation, strongly consistent; undefined when not recorded. */
  readConversation(ticketId: string): Promise<ConversationTicket | undefined>;
  /** Records the message and its email (and an answer's `firstReplyAt`), all or nothing. */
  recordMessage(record: ConversationRecord): Promise<ConversationOutcome>;
  /** Stores the Message-ID SES gave the customer's email on the agent's message. */
  markMessageSent(ticketId: string, sequence: number, sentMessageId: string): Promise<void>;
}
