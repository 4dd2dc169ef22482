import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AutomaticEmail } from '../core/ingest/automatic-email';
import { ingestEmail } from '../core/ingest/ingest-email';
import type { EmailVerdicts, Ticket } from '../core/ticket/ticket-schema';
import { INGEST_METRICS } from '../definitions/ingest';
import { answerFromAgent, type AgentReplyResult } from './agent-reply';
import { joinConversation } from './customer-message';
import type { IngestDependencies } from './dependencies';

export type RawEmailOutcome =
  | { readonly kind: 'agent-reply'; readonly result: AgentReplyResult }
  /** A customer's mail in the thread of a held ticket: kept on it, its holder told. */
  | { readonly kind: 'joined'; readonly ticketId: string; readonly threadId: string | undefined }
  | { readonly kind: 'queued'; readonly ticket: Ticket; readonly queueMessageId: string }
  | {
      readonly kind: 'automatic';
      readonly automatic: AutomaticEmail;
      readonly messageId: string | undefined;
    };

/**
 * One raw mail to the ticket queue, or dropped when a machine sent it (logged and counted), or,
 * addressed to a reply address, an agent's answer passed on to the customer (docs/agents.md). Rejects
 * with an InboundEmailError when the mail can never be a ticket: the HTTP route answers 400, SES
 * receiving dead-letters it. `reference` (where the raw mail is) goes into every log line.
 */
export async function ingestRawEmail(
  deps: IngestDependencies,
  raw: Uint8Array,
  received: {
    readonly at: number;
    readonly verdicts?: EmailVerdicts;
    /** Where the raw mail is kept (SES receiving's object key), recorded on the ticket. */
    readonly rawKey?: string;
    /** The envelope's recipients (SES's receipt, the HTTP route's header): Bcc included. */
    readonly envelopeRecipients?: readonly string[];
  },
  reference: Readonly<Record<string, string>>,
): Promise<RawEmailOutcome> {
  const outcome = await ingestEmail(raw, {
    receivedAt: received.at,
    ...(received.verdicts ? { verdicts: received.verdicts } : {}),
    ...(deps.replies ? { replyDomain: deps.replies.domain } : {}),
    ...(received.envelopeRecipients ? { envelopeRecipients: received.envelopeRecipients } : {}),
  });
  if (outcome.outcome === 'agent-reply')
    return {
      kind: 'agent-reply',
      result: await answerFromAgent(
        deps.replies!,
        outcome.email,
        outcome.address,
        received.verdicts,
        reference,
        received.rawKey,
      ),
    };
  if (outcome.outcome === 'automatic') {
    deps.logger.info('automatic mail dropped, no ticket', {
      ...reference,
      messageId: outcome.messageId,
      rule: outcome.automatic.rule,
      evidence: outcome.automatic.evidence,
    });
    deps.metrics.addMetric(INGEST_METRICS.automaticEmailsDropped, MetricUnit.Count, 1);
    return { kind: 'automatic', automatic: outcome.automatic, messageId: outcome.messageId };
  }
  const ticket: Ticket =
    received.rawKey === undefined
      ? outcome.ticket
      : { ...outcome.ticket, mail: { ...outcome.ticket.mail, rawKey: received.rawKey } };
  const joined = deps.replies && (await joinConversation(deps.replies, ticket, reference));
  if (joined) return { kind: 'joined', ticketId: joined.ticketId, threadId: ticket.threadId };
  const { messageId } = await deps.queue.put(ticket);
  deps.logger.info('email ticket queued', {
    ...reference,
    ticketId: ticket.id,
    threadId: ticket.threadId,
    queueMessageId: messageId,
    customerSource: outcome.customerSource,
    bodySource: outcome.bodySource,
    truncated: outcome.truncated,
    attachments: outcome.attachments.length,
    ...(ticket.verdicts ? { verdicts: ticket.verdicts } : {}),
  });
  deps.metrics.addMetric(INGEST_METRICS.ticketsQueued, MetricUnit.Count, 1);
  return { kind: 'queued', ticket, queueMessageId: messageId };
}
