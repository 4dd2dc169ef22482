import type { AgentConfig, SunrouteConfig } from '../config/config-schema';
import { ownWords } from '../language/customer-words';
import type { Decision } from '../routing/decision';
import { senderVerified } from '../routing/sender-check';
import type { EmailVerdicts, Ticket } from '../ticket/ticket-schema';
import { chatIntegrationOf } from './chat-event';
import { boundedMessageText } from './conversation-message';
import type { ReplyRefusal } from './reply-refusal';

/** The ticket as a reply is checked against. */
export interface RepliedTicket {
  readonly ticket: Ticket;
  readonly decision: Decision;
  readonly status: 'assigned' | 'queued' | 'resolved';
  readonly team: string | null;
  readonly agent: string | null;
  readonly assignment: number;
}

/** The reply as received. */
export interface AgentReplyMail {
  readonly from: string | undefined;
  readonly body: string;
  /** The receiving server's verdicts; absent when a gateway that holds the secret vouched. */
  readonly verdicts?: EmailVerdicts;
  /** The assignment number the reply address was signed for. */
  readonly assignment: number;
}

export type AgentReplyCheck =
  | {
      readonly ok: true;
      readonly agent: AgentConfig;
      readonly words: string;
      /** How the answer reaches the customer: by email, or through the chat's outbound webhook. */
      readonly via: 'email' | 'chat';
    }
  | { readonly ok: false; readonly refusal: ReplyRefusal };

const refuse = (refusal: ReplyRefusal): AgentReplyCheck => ({ ok: false, refusal });

/**
 * Whether a reply whose address was signed for this ticket may go to its customer: the address
 * of the current assignment, an open ticket, a sender who is the holder (or, with `replies.from:
 * team`, an agent of the ticket's team) and whose `From` the mail server verified, words of the
 * agent's own once the quoted agent email is cut away, and a way to the customer: a customer
 * address that may be written to, or the chat integration the ticket came from.
 */
export function checkAgentReply(
  ticket: RepliedTicket,
  mail: AgentReplyMail,
  config: SunrouteConfig,
): AgentReplyCheck {
  if (mail.assignment !== ticket.assignment) return refuse('stale-address');
  if (ticket.status === 'resolved') return refuse('ticket-resolved');
  const address = mail.from?.toLowerCase();
  const agent = config.agents.find((entry) => entry.email?.toLowerCase() === address);
  const allowed =
    agent !== undefined &&
    (agent.id === ticket.agent ||
      ((config.replies?.from ?? 'holder') === 'team' &&
        ticket.team !== null &&
        agent.team === ticket.team));
  if (!allowed) return refuse('sender-not-allowed');
  if (mail.verdicts !== undefined && !senderVerified(mail.verdicts))
    return refuse('sender-unverified');
  const words = boundedMessageText(ownWords(mail.body));
  if (words === '') return refuse('no-words');
  if (ticket.ticket.channel === 'chat' && chatIntegrationOf(ticket.ticket.id) !== undefined)
    return { ok: true, agent, words, via: 'chat' };
  const customer = ticket.ticket.customer.email;
  if (
    ticket.ticket.channel !== 'email' ||
    customer === undefined ||
    ticket.decision.sender?.verified === false
  )
    return refuse('customer-unreachable');
  return { ok: true, agent, words, via: 'email' };
}
