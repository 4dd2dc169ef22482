import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { ChatDeliveryQueue } from '../adapters/chat-delivery-queue';
import type { Clock } from '../adapters/clock';
import type { ConversationStore, ConversationTicket } from '../adapters/conversation-store';
import type { FollowUpListing, FollowUpStore } from '../adapters/follow-up-store';
import type { TicketActionOutcome, TicketActionStore } from '../adapters/ticket-action-store';
import type { Mailer } from '../adapters/mailer';
import type { TicketStore } from '../adapters/ticket-store';
import type { WaitingLineStore } from '../adapters/waiting-line-store';
import type { InboundEmail } from '../core/ingest/parse-inbound-email';
import { checkAgentReply } from '../core/replies/check-agent-reply';
import {
  MAX_CONVERSATION_MESSAGES,
  type ConversationMessage,
} from '../core/replies/conversation-message';
import { replyAddressSigned, type ParsedReplyAddress } from '../core/replies/reply-address';
import type { ReplyRefusal } from '../core/replies/reply-refusal';
import type { CustomerMailIds } from '../core/email/thread-headers';
import { renderAgentReply } from '../core/replies/render-agent-reply';
import { renderAttachmentNotice } from '../core/replies/render-attachment-notice';
import {
  replyAttachments,
  type AttachmentLimits,
  type ReplyAttachments,
} from '../core/replies/reply-attachments';
import { REPLIES } from '../definitions/replies';
import type { EmailVerdicts } from '../core/ticket/ticket-schema';
import { INGEST_METRICS } from '../definitions/ingest';
import type { ConfigSource } from '../shared/delivery-dependencies';
import { newClaim, sendClaimedEmail } from '../shared/email-delivery';
import type { SecretSource } from '../shared/ticket-link-secret';

/** What answering a customer from an agent's reply needs (docs/agents.md). */
export interface AgentReplyDependencies {
  /** The reply addresses' domain. */
  readonly domain: string;
  /** The ticket-link secret, which signs reply addresses too. */
  readonly secret: SecretSource;
  /** The address customers write to, which the answer comes from (the deployment's sender). */
  readonly supportAddress: string;
  readonly conversations: ConversationStore;
  readonly actions: TicketActionStore;
  readonly tickets: TicketStore;
  /** Handovers a customer's mail makes are written as the scheduler's are. */
  readonly followUps: Pick<FollowUpStore, 'clearPendingEmails' | 'recordFollowUp'>;
  /** The ticket as a handover reads it (its version, waiting time and escalation). */
  readonly openTickets: Pick<WaitingLineStore, 'readOpenTicket'>;
  readonly mailer: Mailer;
  /** Answers to chat tickets go here, to be posted to the integration's outbound webhook. */
  readonly chatDeliveries?: Pick<ChatDeliveryQueue, 'send'>;
  readonly config: ConfigSource;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** What of an agent's attachments goes on; REPLIES.attachments unless a test lowers it. */
  readonly attachmentLimits?: AttachmentLimits;
  /** Waits between transaction retries of a handover; real timers unless a test wants none. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type AgentReplyResult =
  | { readonly kind: 'sent'; readonly ticketId: string; readonly agent: string }
  | { readonly kind: 'refused'; readonly refusal: ReplyRefusal; readonly ticketId?: string };

/** How often an answer is read and written again when the ticket changes meanwhile. */
const RECORD_ATTEMPTS = 3;

/**
 * The customer's latest mail (their last message in the conversation, else the ticket's own) and
 * the whole chain before it: the ticket's mail's references and id, then each later mail's
 * references (which hold the ids of our answers as their mail program saw them) and id, in order,
 * each id once.
 */
function lastCustomerMail(ticket: ConversationTicket): CustomerMailIds {
  const own = ticket.ticket.mail;
  const chain: string[] = [];
  const add = (id: string | undefined) => {
    if (id !== undefined && !chain.includes(id)) chain.push(id);
  };
  for (const id of own?.references ?? []) add(id);
  add(own?.messageId);
  for (const message of ticket.messages) {
    if (message.from !== 'customer') continue;
    for (const id of message.references ?? []) add(id);
    add(message.messageId);
  }
  const latest =
    ticket.messages.findLast((message) => message.from === 'customer' && message.messageId)
      ?.messageId ?? own?.messageId;
  return {
    ...(latest === undefined ? {} : { messageId: latest }),
    references: chain.filter((id) => id !== latest),
  };
}

/**
 * Where a scheduler run must read a ticket once the answer's email is sent. The answer's write
 * listed it under the unsent-emails partition, due at once; an acknowledged ticket (or one
 * resolved meanwhile) is due nothing (nextFollowUpAt), so it leaves byFollowUp rather than cost
 * the next run a read and a relisting. Undefined, leaving the ticket to that run, when it was
 * handed over meanwhile (its mover listed it) or had nobody to acknowledge for (a team inbox's
 * ticket a teammate answered): its instant would come from a state read before the answer, and
 * written here it could list again a ticket resolved in between.
 */
function listingAfterAnswer(
  ticket: ConversationTicket,
  acknowledgement: TicketActionOutcome | undefined,
): FollowUpListing | undefined {
  const acknowledged =
    acknowledgement === undefined
      ? ticket.acknowledgedAt !== null
      : acknowledgement.kind === 'done' || acknowledgement.kind === 'unchanged';
  return acknowledged ? { team: ticket.team, due: null } : undefined;
}

/**
 * An agent's mail to a ticket's reply address: checked (the address signed for the ticket and its
 * current assignment, the sender allowed and verified, words of their own), recorded on the
 * ticket with `firstReplyAt`, sent to the customer in their thread, and the ticket acknowledged.
 * A refusal sends nothing and is logged by ticket id and reason only: no bounce goes back, since
 * a forged sender would make the bounce land on someone else.
 */
export async function answerFromAgent(
  deps: AgentReplyDependencies,
  email: InboundEmail,
  address: ParsedReplyAddress | undefined,
  verdicts: EmailVerdicts | undefined,
  reference: Readonly<Record<string, string>>,
  /** Where SES receiving stored the answer, kept on its message so that erasure finds it. */
  rawKey?: string,
): Promise<AgentReplyResult> {
  const refuse = (refusal: ReplyRefusal, ticketId?: string): AgentReplyResult => {
    deps.logger.warn('agent reply refused, nothing sent', {
      ...reference,
      refusal,
      ...(ticketId === undefined ? {} : { ticketId }),
    });
    deps.metrics.addMetric(INGEST_METRICS.agentRepliesRefused, MetricUnit.Count, 1);
    return { kind: 'refused', refusal, ...(ticketId === undefined ? {} : { ticketId }) };
  };
  if (address === undefined) return refuse('malformed-address');
  const ticketId = await deps.conversations.ticketIdForReplyKey(address.key);
  if (ticketId === undefined) return refuse('unknown-address');
  if (!replyAddressSigned(await deps.secret(), ticketId, address))
    return refuse('forged-address', ticketId);
  const { config } = await deps.config.current();
  const limits = deps.attachmentLimits ?? REPLIES.attachments;

  for (let attempt = 1; ; attempt += 1) {
    const ticket = await deps.conversations.readConversation(ticketId);
    if (ticket === undefined) return refuse('unknown-address', ticketId);
    const check = checkAgentReply(
      ticket,
      {
        from: email.from?.address,
        body: email.body,
        assignment: address.assignment,
        ...(verdicts ? { verdicts } : {}),
      },
      config,
    );
    if (!check.ok) return refuse(check.refusal, ticketId);
    const { agent, words, via } = check;
    const agentName = agent.name ?? agent.id;
    // The same mail again (the mail receiver's retry after a failure further on): recorded once;
    // a chat answer's event is queued again, which the receiver knows by its id.
    const again =
      email.messageId !== undefined &&
      ticket.messages.find((m) => m.from === 'agent' && m.messageId === email.messageId);
    if (again) {
      if (via === 'chat' && deps.chatDeliveries)
        await deps.chatDeliveries.send({
          kind: 'message',
          ticketId,
          sequence: again.sequence,
          agentName,
        });
      return { kind: 'sent', ticketId, agent: agent.id };
    }
    const kept = ticket.messages.length < MAX_CONVERSATION_MESSAGES;
    // A chat answer is posted from its stored message: one the ticket has no room for cannot go.
    if (via === 'chat' && (deps.chatDeliveries === undefined || !kept))
      return refuse('customer-unreachable', ticketId);
    const rendered =
      via === 'email'
        ? renderAgentReply({
            ticket: ticket.ticket,
            agentName,
            supportAddress: config.autoReply?.from ?? deps.supportAddress,
            words,
            lastCustomerMail: lastCustomerMail(ticket),
          })
        : undefined;
    if (rendered?.ok === false) return refuse('customer-unreachable', ticketId);
    const now = deps.clock();
    const at = new Date(now).toISOString();
    const sequence = (ticket.messages.at(-1)?.sequence ?? 0) + 1;
    const message: ConversationMessage = {
      sequence,
      from: 'agent',
      agent: agent.id,
      at,
      text: words,
      ...(email.messageId === undefined ? {} : { messageId: email.messageId }),
      ...(rawKey === undefined ? {} : { rawKey }),
    };
    const claim = newClaim(now);
    const outcome = await deps.conversations.recordMessage({
      ticketId,
      version: ticket.version,
      assignment: ticket.assignment,
      ...(ticket.expiresAt === undefined ? {} : { expiresAt: ticket.expiresAt }),
      ...(kept ? { message } : {}),
      ...(rendered?.ok
        ? {
            email: {
              recipient: 'customer' as const,
              sequence: ticket.lastEmailSequence + 1,
              message: rendered.email,
              claim,
            },
          }
        : {}),
      answer: true,
      event: { event: 'replied', at, by: 'email', actor: agent.id },
      at: now,
    });
    if (outcome.kind === 'changed') {
      if (attempt < RECORD_ATTEMPTS) continue;
      return refuse('stale-address', ticketId);
    }
    // The answer is recorded: the customer hears from a person, so nothing hands the ticket over
    // or escalates it any more. The holder at the address's assignment is whom it acknowledges
    // for, even when a teammate answered.
    const acknowledgement =
      ticket.acknowledgedAt === null && ticket.agent !== null
        ? await deps.actions.acknowledgeTicket({
            ticketId,
            at: now,
            by: 'email',
            actor: agent.id,
            holder: { agent: ticket.agent, assignment: ticket.assignment },
          })
        : undefined;
    const files = replyAttachments(email.attachments, limits, via);
    if (outcome.email) {
      // The files go with this sending only: the outbox holds the words (docs/agents.md).
      const withFiles =
        files.passed.length === 0
          ? outcome.email
          : { ...outcome.email, message: { ...outcome.email.message, attachments: files.passed } };
      const sentId = await sendAnswer(deps, withFiles, claim);
      if (kept) await deps.conversations.markMessageSent(ticketId, sequence, sentId);
      await deps.followUps.clearPendingEmails(
        ticketId,
        outcome.email.sequence,
        listingAfterAnswer(ticket, acknowledgement),
      );
    } else {
      await deps.chatDeliveries!.send({ kind: 'message', ticketId, sequence, agentName });
    }
    deps.metrics.addMetric(INGEST_METRICS.agentRepliesSent, MetricUnit.Count, 1);
    deps.logger.info('agent reply sent to the customer', {
      ...reference,
      ticketId,
      agent: agent.id,
      via,
      firstReply: ticket.firstReplyAt === null,
      attachments: files.passed.length,
    });
    if (files.leftOut.length > 0)
      await tellLeftOut(deps, { ticket, agentEmail: agent.email, files, limits, reference });
    return { kind: 'sent', ticketId, agent: agent.id };
  }
}

/**
 * Logs the files an answer went without (type, size and reason: never a name, which may say whom
 * it is about) and tells the agent in a short email, so they can send them another way. The
 * notice is sent once, straight away: the answer is out, and a lost notice loses no words.
 */
async function tellLeftOut(
  deps: AgentReplyDependencies,
  input: {
    readonly ticket: ConversationTicket;
    readonly agentEmail: string | undefined;
    readonly files: ReplyAttachments;
    readonly limits: AttachmentLimits;
    readonly reference: Readonly<Record<string, string>>;
  },
): Promise<void> {
  const { ticket, files } = input;
  deps.logger.warn('attachments left out of an agent reply', {
    ...input.reference,
    ticketId: ticket.ticketId,
    leftOut: files.leftOut.map(({ mimeType, size, reason }) => ({ mimeType, size, reason })),
  });
  const notice = renderAttachmentNotice({
    agentEmail: input.agentEmail,
    ticketId: ticket.ticketId,
    subject: ticket.ticket.subject,
    leftOut: files.leftOut,
    limits: input.limits,
  });
  if (!notice.ok) return;
  try {
    await deps.mailer.send(notice.email);
  } catch (error) {
    deps.logger.error('could not tell the agent which attachments were left out', {
      ...input.reference,
      ticketId: ticket.ticketId,
      error,
    });
  }
}

/** Sends the claimed email and returns SES's message id for the conversation. */
export async function sendAnswer(
  deps: Pick<AgentReplyDependencies, 'mailer' | 'tickets' | 'clock' | 'logger' | 'metrics'>,
  email: Parameters<typeof sendClaimedEmail>[1],
  claim: Parameters<typeof sendClaimedEmail>[2],
): Promise<string> {
  let messageId = '';
  const mailer = {
    send: async (message: Parameters<Mailer['send']>[0]) => {
      const sent = await deps.mailer.send(message);
      messageId = sent.messageId;
      return sent;
    },
  };
  await sendClaimedEmail({ ...deps, mailer }, email, claim);
  return messageId;
}
