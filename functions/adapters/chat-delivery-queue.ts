import type { ChatDeliveryEvent } from '../core/replies/chat-event';

/** Where events for chat integrations' outbound webhooks wait to be posted (docs/agents.md). */
export interface ChatDeliveryQueue {
  send(event: ChatDeliveryEvent): Promise<void>;
  /** Keeps a message that failed out of sight for `seconds`: the backoff before its next post. */
  postpone(receiptHandle: string, seconds: number): Promise<void>;
}
