import type { ConversationTicket } from '../adapters/conversation-store';
import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { customerWords } from '../core/language/customer-words';
import {
  boundedMessageText,
  MAX_CONVERSATION_MESSAGES,
  type ConversationMessage,
} from '../core/replies/conversation-message';
import { conversationText } from '../core/replies/conversation-text';
import { messageHandover } from '../core/replies/message-handover';
import { replyAddress } from '../core/replies/reply-address';
import { senderVerified } from '../core/routing/sender-check';
import type { Ticket } from '../core/ticket/ticket-schema';
import { newClaim } from '../shared/email-delivery';
import { sendAnswer, type AgentReplyDependencies } from './agent-reply';
import { handOverForMessage } from './hand-over-for-message';

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
 * conversation so far and the ticket's reply address. When the holder is off shift (or leaves
 * within `routing.handoffLead`), the ticket is first handed over as the scheduler hands tickets
 * over at a shift's end (messageHandover), and the new holder gets that email instead, with the
 * new assignment's reply address. Undefined when the mail starts a ticket of its own (no thread,
 * no held ticket there, another sender, an unverified one).
 *
 * The same mail again (SES and the HTTP route, a retry) joins once. A handover is written after
 * the message, so a retry after a failure between the two finds the message joined, still the
 * latest, with its holder off shift, and hands over then.
 */
export async function joinConversation(
  deps: AgentReplyDependencies,
  mail: Ticket,
  reference: Readonly<Record<string, string>>,
): Promise<{ readonly ticketId: string } | undefined> {
  const messageId = mail.mail?.messageId;
  const words = boundedMessageText(customerWords(mail.body));
  // Kept by this run and nobody told yet: whoever holds the ticket on the next reading is told.
  let keptHere = false;
  for (let attempt = 1; attempt <= RECORD_ATTEMPTS; attempt += 1) {
    const ticket = await heldTicketOfThread(deps, mail);
    if (ticket === undefined) return undefined;
    const { ticketId } = ticket;
    const joined =
      messageId !== undefined && ticket.messages.some((m) => m.messageId === messageId);
    const live = await deps.config.current();
    const now = deps.clock();
    const move = messageHandover(live.compiled, ticket, now);
    const latest = joined && ticket.messages.at(-1)?.messageId === messageId;
    // The same mail again: it joined already, and whoever holds the ticket was told.
    if (joined && !keptHere && !(move && latest)) return { ticketId };
    const names = new Map(live.config.agents.map((agent) => [agent.id, agent.name ?? agent.id]));
    const conversation = conversationText(
      ticket.ticket,
      ticket.messages.filter((m) => messageId === undefined || m.messageId !== messageId),
      words,
      (id) => names.get(id) ?? id,
    );
    const sequence =
      (joined ? ticket.messages.find((m) => m.messageId === messageId)?.sequence : undefined) ??
      (ticket.messages.at(-1)?.sequence ?? 0) + 1;
    const kept = !joined && ticket.messages.length < MAX_CONVERSATION_MESSAGES;
    const message: ConversationMessage = {
      sequence,
      from: 'customer',
      at: mail.receivedAt,
      text: words,
      ...(messageId === undefined ? {} : { messageId }),
      ...(mail.mail?.references?.length ? { references: mail.mail.references } : {}),
      ...(mail.mail?.rawKey === undefined ? {} : { rawKey: mail.mail.rawKey }),
    };
    if (move) {
      if (kept) {
        const outcome = await deps.conversations.recordMessage({
          ticketId,
          version: ticket.version,
          assignment: ticket.assignment,
          ...(ticket.expiresAt === undefined ? {} : { expiresAt: ticket.expiresAt }),
          message,
          answer: false,
          at: now,
        });
        if (outcome.kind === 'changed') continue;
        keptHere = true;
      }
      const record = await deps.openTickets.readOpenTicket(ticketId);
      if (record === undefined || record.agent !== ticket.agent) continue;
      const handed = await handOverForMessage(deps, live, record, move, conversation, now);
      if (handed.kind === 'stale') continue;
      deps.logger.info('customer mail joined its ticket, handed over from an off-shift holder', {
        ...reference,
        ticketId,
        from: { team: ticket.team, agent: ticket.agent },
        to: {
          status: handed.decision.status,
          team: handed.decision.team,
          agent: handed.decision.agent,
        },
        sequence,
      });
      return { ticketId };
    }
    const rendered = renderAgentAssignment({
      ticket: { ...ticket.ticket, body: conversation },
      decision: { ...ticket.decision, agent: ticket.agent },
      config: live.config,
      now,
      followUp: true,
      replyTo: replyAddress(
        await deps.secret(),
        { ticketId, assignment: ticket.assignment },
        deps.domain,
      ),
    });
    if (!rendered.ok) return undefined;
    const claim = newClaim(now);
    const outcome = await deps.conversations.recordMessage({
      ticketId,
      version: ticket.version,
      assignment: ticket.assignment,
      ...(ticket.expiresAt === undefined ? {} : { expiresAt: ticket.expiresAt }),
      ...(kept ? { message } : {}),
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
