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
}

/** An agent's answer: its message, the email to the customer (claimed), the ticket's milestones. */
export interface AgentReplyRecord {
  readonly ticketId: string;
  /** The ticket's version and assignment as read: the write is conditional on both. */
  readonly version: number;
  readonly assignment: number;
  /** Absent when the ticket holds MAX_CONVERSATION_MESSAGES already: sent, not kept. */
  readonly message?: ConversationMessage;
  readonly email: {
    readonly sequence: number;
    readonly message: EmailMessage;
    readonly claim: EmailClaim;
  };
  readonly event: TicketEvent;
  /** Epoch ms. */
  readonly at: number;
}

export type AgentReplyOutcome =
  | { readonly kind: 'recorded'; readonly email: OutboxEmail }
  /** The ticket changed since it was read (a handover, another answer): read it again. */
  | { readonly kind: 'changed' };

/** Tickets' conversations in the tickets table: the port ingest's answer path writes through. */
export interface ConversationStore {
  /** The ticket whose item carries `replyKey`; undefined when none does. */
  ticketIdForReplyKey(replyKey: string): Promise<string | undefined>;
  /** The ticket and its conversation, strongly consistent; undefined when not recorded. */
  readConversation(ticketId: string): Promise<ConversationTicket | undefined>;
  /** Records the answer, its email and `firstReplyAt`, all or nothing. */
  recordAgentReply(record: AgentReplyRecord): Promise<AgentReplyOutcome>;
  /** Stores the Message-ID SES gave the customer's email on the agent's message. */
  markMessageSent(ticketId: string, sequence: number, sentMessageId: string): Promise<void>;
}
