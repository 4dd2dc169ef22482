import type { Ticket } from '../ticket/ticket-schema';
import type { ConversationMessage } from './conversation-message';

/**
 * What the holder's "new message" email shows as the customer's message: the new words first,
 * then the conversation so far, newest first, down to the ticket's own message, so an agent who
 * takes the ticket over reads everything in one email.
 */
export function conversationText(
  ticket: Ticket,
  earlier: readonly ConversationMessage[],
  latest: string,
  agentName: (agent: string) => string,
): string {
  const said = (message: ConversationMessage) =>
    message.from === 'agent'
      ? `${agentName(message.agent ?? '')}, ${message.at}:`
      : `Customer, ${message.at}:`;
  const history = [...earlier]
    .reverse()
    .map((message) => `${said(message)}\n${message.text}`)
    .concat(`Customer, ${ticket.receivedAt}:\n${ticket.body}`);
  return [latest, '', '—— Earlier in this conversation ——', '', history.join('\n\n')].join('\n');
}
