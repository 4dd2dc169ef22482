import { customerPromiseOf, promiseMessage } from '../core/customer-reply/customer-promise';
import { planRoute } from '../core/routing/route-ticket';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { ConfigSource } from '../shared/delivery-dependencies';

/** What `POST /ingest/chat` answers beside the ticket's id, for the widget to show at once. */
export interface ChatPromise {
  /** ISO instant, or null when nothing covers the ticket within 14 days. */
  readonly expectedReplyBy: string | null;
  /** The customer's promise in their language: the reference, any closure, and when. */
  readonly message: string;
}

/**
 * The promise the router will make for `ticket`, worked out with the live configuration at
 * `at`: the same team, language and reply-by rule. The router routes a moment later, when it
 * takes the ticket off the queue, so the stored reply-by differs only by that delay, and by more
 * only when the delay crosses the end of a shift.
 */
export async function chatPromise(
  config: ConfigSource,
  ticket: Ticket,
  at: number,
): Promise<ChatPromise> {
  const live = await config.current();
  const promise = customerPromiseOf(planRoute(live.compiled, ticket, at));
  return {
    expectedReplyBy:
      promise.expectedReplyBy === null ? null : new Date(promise.expectedReplyBy).toISOString(),
    message: promiseMessage(promise),
  };
}
