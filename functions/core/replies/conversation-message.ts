/**
 * One message of a ticket's conversation after the customer's first (which is the ticket itself):
 * kept in the ticket's partition as `MESSAGE#<n>`, erased with it.
 */
export interface ConversationMessage {
  /** 1 for the first message after the ticket's own, then 2, 3, … */
  readonly sequence: number;
  readonly from: 'agent' | 'customer';
  /** The agent's id for an agent's message. */
  readonly agent?: string;
  /** ISO instant it was received. */
  readonly at: string;
  /** The writer's own words: quotes, signatures and the agent email's text cut away. */
  readonly text: string;
  /** The mail's Message-ID, so the next answer can name it in `In-Reply-To`. */
  readonly messageId?: string;
  /** A customer's mail's `References` (at most 50 ids): the thread as their mail program knows it. */
  readonly references?: readonly string[];
  /** The Message-ID SES gave the answer sent to the customer, for an agent's message. */
  readonly sentMessageId?: string;
  /**
   * Where SES receiving stored the mail this message came in (the mail bucket's key), so that
   * erasing the ticket finds and deletes that copy too (docs/privacy.md).
   */
  readonly rawKey?: string;
}

/**
 * A ticket keeps at most this many messages besides its own: a conversation longer than that is a
 * case for a new ticket, and the partition stays small enough to read in one query.
 */
export const MAX_CONVERSATION_MESSAGES = 50;

/** A message's text is cut to this many characters (a reply, not a document). */
export const MAX_MESSAGE_CHARS = 16 * 1024;

/** `text` within MAX_MESSAGE_CHARS, with a visible marker when it was cut. */
export function boundedMessageText(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  return `${text.slice(0, MAX_MESSAGE_CHARS)}\n[…message shortened]`;
}
