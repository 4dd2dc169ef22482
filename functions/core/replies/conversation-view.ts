import type { Ticket } from '../ticket/ticket-schema';
import type { ConversationMessage } from './conversation-message';

/**
 * What `GET /tickets/{id}/messages` signs instead of a body: the method and the path with the
 * ticket id as it is, not percent-encoded (`GET /tickets/chat:chat-widget:42/messages`), so a
 * signature read for one ticket cannot read another.
 */
export function conversationReadTarget(ticketId: string): string {
  return `GET /tickets/${ticketId}/messages`;
}

export interface ConversationViewMessage {
  /** 0 for the customer's first message (the ticket itself), then 1, 2, … */
  readonly sequence: number;
  readonly from: 'customer' | 'agent';
  /** The agent's display name, for an agent's message. */
  readonly name?: string;
  readonly at: string;
  readonly text: string;
}

/** The conversation as a chat integration reads it: oldest first, the newest last. */
export interface ConversationView {
  readonly ticketId: string;
  readonly status: 'assigned' | 'queued' | 'resolved';
  readonly messages: readonly ConversationViewMessage[];
  /** When resolved and the survey is offered: the link to show the customer. */
  readonly survey?: { readonly url: string; readonly closesAt: string };
}

export function conversationView(input: {
  readonly ticketId: string;
  readonly ticket: Ticket;
  readonly status: ConversationView['status'];
  readonly messages: readonly ConversationMessage[];
  readonly agentName: (agent: string) => string;
  readonly survey?: { readonly url: string; readonly closesAt: number };
}): ConversationView {
  const first: ConversationViewMessage = {
    sequence: 0,
    from: 'customer',
    at: input.ticket.receivedAt,
    text: input.ticket.body,
  };
  return {
    ticketId: input.ticketId,
    status: input.status,
    messages: [
      first,
      ...input.messages.map((message) => ({
        sequence: message.sequence,
        from: message.from,
        ...(message.from === 'agent' ? { name: input.agentName(message.agent ?? '') } : {}),
        at: message.at,
        text: message.text,
      })),
    ],
    ...(input.status === 'resolved' && input.survey
      ? {
          survey: {
            url: input.survey.url,
            closesAt: new Date(input.survey.closesAt).toISOString(),
          },
        }
      : {}),
  };
}
