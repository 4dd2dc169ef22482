import type { Logger } from '@aws-lambda-powertools/logger';
import type { ChatDeliveryQueue } from '../adapters/chat-delivery-queue';
import type { Mailer } from '../adapters/mailer';
import type { SurveyStore } from '../adapters/survey-store';
import type { TicketEvent } from '../core/followup/ticket-history';
import { chatIntegrationOf } from '../core/replies/chat-event';
import { renderSurveyEmail } from '../core/reports/render-survey-email';
import { SURVEY_WINDOW_MS, signSurveyToken, surveyUrl } from '../core/reports/survey-token';
import { surveyExpiry } from '../core/privacy/retention';
import { surveyLanguage } from '../core/reports/survey-texts';
import { ticketFacts } from '../core/reports/ticket-facts';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { SecretSource } from '../shared/ticket-link-secret';

/** What offering a survey needs: where it is kept, how it is mailed, how its link is signed. */
export interface SurveyOffering {
  readonly store: SurveyStore;
  readonly mailer: Mailer;
  readonly secret: SecretSource;
  readonly baseUrl: string;
  /** A chat ticket's link is posted to its integration's outbound webhook from this queue. */
  readonly chatDeliveries?: Pick<ChatDeliveryQueue, 'send'>;
}

type Image = Readonly<Record<string, unknown>>;

/**
 * Whether the survey goes by email: the customer wrote from an address we may answer (not a chat,
 * not a mail that asked for no automatic answers, not a sender the mail server could not verify).
 */
function mailable(ticket: Ticket, decision: Image): boolean {
  const sender = decision.sender as { verified?: boolean } | undefined;
  return (
    ticket.customer.email !== undefined &&
    ticket.channel !== 'chat' &&
    ticket.mail?.autoReplySuppressed === undefined &&
    sender?.verified !== false
  );
}

/**
 * Offers the customer of a resolved ticket its survey, once: the survey item (open for seven
 * days from the resolution) holds the link a chat widget shows, and a chat integration's ticket
 * has it posted to the integration's outbound webhook; an email ticket's customer gets
 * it in their thread, in their language. A record delivered again finds the item and sends only
 * if the earlier send did not finish.
 */
export async function offerSurvey(
  offering: SurveyOffering,
  image: Image,
  resolved: TicketEvent,
  now: number,
  logger: Logger,
): Promise<void> {
  const facts = ticketFacts(image);
  const ticket = image.ticket as Ticket | undefined;
  if (!facts || !ticket) return;
  const decision = (image.decision ?? {}) as Image;
  const language = surveyLanguage(facts.language);
  const closesAt = Date.parse(resolved.at) + SURVEY_WINDOW_MS;
  const token = signSurveyToken(await offering.secret(), facts.ticketId, closesAt);
  const url = surveyUrl(offering.baseUrl, facts.ticketId, token, language);
  const created = await offering.store.offer(
    {
      ticketId: facts.ticketId,
      resolvedAt: resolved.at,
      team: resolved.team ?? facts.team,
      agent: resolved.agent ?? facts.agent,
      language: facts.language,
      region: facts.region,
      channel: facts.channel,
      priority: facts.priority,
      closesAt,
      url,
    },
    // `privacy.retentionDays.surveyAnswers` as the router stamped it, never past the ticket.
    surveyExpiry(
      now,
      typeof image.surveyRetentionDays === 'number' ? image.surveyRetentionDays : undefined,
      typeof image.expiresAt === 'number' ? image.expiresAt : undefined,
    ),
  );
  // Queued on every delivery of the record: the webhook's receiver knows a repeat by its id.
  if (ticket.channel === 'chat' && chatIntegrationOf(facts.ticketId) !== undefined)
    await offering.chatDeliveries?.send({ kind: 'resolved', ticketId: facts.ticketId });
  if (!mailable(ticket, decision)) return;
  if (!created && (await offering.store.read(facts.ticketId))?.sentAt !== undefined) return;
  const rendered = renderSurveyEmail({ ticket, language, url });
  if (!rendered.ok) {
    logger.warn('survey email not sent', { ticketId: facts.ticketId, error: rendered.error });
    return;
  }
  await offering.mailer.send(rendered.email);
  await offering.store.markSent(facts.ticketId, new Date(now).toISOString());
}
