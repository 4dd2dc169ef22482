import * as z from 'zod';
import type { ConversationMessage } from './conversation-message';

/**
 * What the chat-delivery queue carries: which ticket and which event, never the text (the
 * delivery reads it from the ticket when it posts, so a dead letter holds no customer's words).
 */
export type ChatDeliveryEvent =
  | {
      readonly kind: 'message';
      readonly ticketId: string;
      readonly sequence: number;
      /** The agent's display name, as the widget shows who answered. */
      readonly agentName: string;
    }
  | { readonly kind: 'resolved'; readonly ticketId: string };

const eventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('message'),
    ticketId: z.string().min(1).max(256),
    sequence: z.int().min(1),
    agentName: z.string().max(200),
  }),
  z.strictObject({ kind: z.literal('resolved'), ticketId: z.string().min(1).max(256) }),
]);

/** The event a queue message holds; undefined when it is not one (it is dead-lettered). */
export function parseChatDeliveryEvent(body: string): ChatDeliveryEvent | undefined {
  try {
    const parsed = eventSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The integration whose chat a ticket came from (`chat:<integration>:<id>`), if any. */
export function chatIntegrationOf(ticketId: string): string | undefined {
  const match = /^chat:([A-Za-z0-9_.-]{1,64}):./s.exec(ticketId);
  return match?.[1];
}

/** What the integration's outbound webhook receives for an agent's answer. */
export interface ChatMessagePost {
  readonly type: 'message';
  /** The same for every delivery of this event: the receiver's key for ignoring a repeat. */
  readonly id: string;
  readonly ticketId: string;
  readonly message: {
    readonly sequence: number;
    readonly from: 'agent';
    readonly name: string;
    readonly at: string;
    readonly text: string;
  };
}

/** What it receives when the ticket is resolved: the survey link to show the customer. */
export interface ChatResolvedPost {
  readonly type: 'resolved';
  readonly id: string;
  readonly ticketId: string;
  readonly resolvedAt: string;
  readonly survey: { readonly url: string; readonly closesAt: string };
}

export function chatMessagePost(
  ticketId: string,
  message: ConversationMessage,
  agentName: string,
): ChatMessagePost {
  return {
    type: 'message',
    id: `${ticketId}#message-${message.sequence}`,
    ticketId,
    message: {
      sequence: message.sequence,
      from: 'agent',
      name: agentName,
      at: message.at,
      text: message.text,
    },
  };
}

export function chatResolvedPost(
  ticketId: string,
  survey: { readonly resolvedAt: string; readonly url: string; readonly closesAt: number },
): ChatResolvedPost {
  return {
    type: 'resolved',
    id: `${ticketId}#resolved-${survey.resolvedAt}`,
    ticketId,
    resolvedAt: survey.resolvedAt,
    survey: { url: survey.url, closesAt: new Date(survey.closesAt).toISOString() },
  };
}

/** How long a failed post waits before the next attempt (`attempt` is the one that failed). */
export function chatRetryDelaySeconds(
  attempt: number,
  backoff: {
    readonly firstRetrySeconds: number;
    readonly factor: number;
    readonly maxSeconds: number;
  },
): number {
  const delay = backoff.firstRetrySeconds * backoff.factor ** Math.max(0, attempt - 1);
  return Math.min(Math.round(delay), backoff.maxSeconds);
}
