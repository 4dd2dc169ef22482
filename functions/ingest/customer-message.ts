import type { ConversationTicket } from '../adapters/conversation-store';
import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { customerWords } from '../core/language/customer-words';
import {
  boundedMessageText,
  MAX_CONVERSATION_MESSAGES,
  type ConversationMessage,
} from '../core/replies/conversation-message';
import { conversationText } from '../core/replies/conversation-text';
import { replyAddress } from '../core/replies/reply-address';
import { senderVerified } from '../core/routing/sender-check';
import type { Ticket } from '../core/ticket/ticket-schema';
import { newClaim } from '../shared/email-delivery';
import { sendAnswer, type AgentReplyDependencies } from './agent-reply';

const RECORD_ATTEMPTS = 3;

/** The open, held ticket of `mail`'s thread, when `mail` is from that ticket's own customer. */
async function heldTicketOfThread(
  deps: AgentReplyDependencies,
  mail: Ticket,
): Promise<ConversationTicket | undefined> {
  if (mail.threadId === undefined || mail.customer.email === undefined) return undefined;
  // A sender the mail server could not verify never joins a conversation (docs/security.md).
  if (mail.verdicts !== undefined && !senderVerified(mail.verdicts)) return undefined;
  const ticketId = await deps.conversations.latestTicketOfThread(mail.threadId);
  if (ticketId === undefined || ticketId === mail.id) return undefined;
  const ticket = await deps.conversations.readConversation(ticketId);
  if (ticket === undefined || ticket.status !== 'assigned' || ticket.agent === null)
    return undefined;
  const same = ticket.ticket.customer.email?.toLowerCase() === mail.customer.email.toLowerCase();
  return same ? ticket : undefined;
}

/**
 * A customer's mail in the thread of a ticket an agent holds joins that ticket instead of making
 * a new one: kept as its next message, and the holder gets a "new message" email with the
 * conversation so far and the ticket's reply address. Undefined when the mail starts a ticket of
 * its own (no thread, no held ticket there, another sender, an unverified one).
 */
export async function joinConversation(
  deps: AgentReplyDependencies,
  mail: Ticket,
  reference: Readonly<Record<string, string>>,
): Promise<{ readonly ticketId: string } | undefined> {
  for (let attempt = 1; attempt <= RECORD_ATTEMPTS; attempt += 1) {
    const ticket = await heldTicketOfThread(deps, mail);
    if (ticket === undefined) return undefined;
    const { ticketId } = ticket;
    const messageId = mail.mail?.messageId;
    // The same mail again (SES and the HTTP route, a retry): it joined already.
    if (messageId !== undefined && ticket.messages.some((m) => m.messageId === messageId))
      return { ticketId };
    const { config } = await deps.config.current();
    const words = boundedMessageText(customerWords(mail.body));
    const now = deps.clock();
    const names = new Map(config.agents.map((agent) => [agent.id, agent.name ?? agent.id]));
    const rendered = renderAgentAssignment({
      ticket: {
        ...ticket.ticket,
        body: conversationText(ticket.ticket, ticket.messages, words, (id) => names.get(id) ?? id),
      },
      decision: { ...ticket.decision, agent: ticket.agent },
      config,
      now,
      followUp: true,
      replyTo: replyAddress(
        await deps.secret(),
        { ticketId, assignment: ticket.assignment },
        deps.domain,
      ),
    });
    if (!rendered.ok) return undefined;
    const sequence = (ticket.messages.at(-1)?.sequence ?? 0) + 1;
    const message: ConversationMessage = {
      sequence,
      from: 'customer',
      at: mail.receivedAt,
      text: words,
      ...(messageId === undefined ? {} : { messageId }),
      ...(mail.mail?.references?.length ? { references: mail.mail.references } : {}),
      ...(mail.mail?.rawKey === undefined ? {} : { rawKey: mail.mail.rawKey }),
    };
    const claim = newClaim(now);
    const outcome = await deps.conversations.recordMessage({
      ticketId,
      version: ticket.version,
      assignment: ticket.assignment,
      expiresAt: ticket.expiresAt,
      ...(ticket.messages.length < MAX_CONVERSATION_MESSAGES ? { message } : {}),
      email: {
        recipient: 'agent',
        sequence: ticket.lastEmailSequence + 1,
        message: rendered.email,
        claim,
      },
      answer: false,
      at: now,
    });
    if (outcome.kind === 'changed') continue;
    await sendAnswer(deps, outcome.email!, claim);
    await deps.followUps.clearPendingEmails(ticketId, outcome.email!.sequence);
    deps.logger.info('customer mail joined its ticket', {
      ...reference,
      ticketId,
      agent: ticket.agent,
      sequence,
    });
    return { ticketId };
  }
  return undefined;
}
