import type { CompiledConfig, CompiledTeam } from '../routing/compiled-config';
import type { RoutePlan } from '../routing/route-ticket';
import type { Ticket } from '../ticket/ticket-schema';
import { customerZone, zoneCity, type CustomerZone } from './customer-zone';
import { fillText } from './fill-text';
import { formatReplyBy, readerLocale } from './format-reply-by';
import { replyDelay } from './reply-delay';
import type { ReplyTexts } from './reply-texts';
import { textsForLanguage } from './texts-for-language';

/** What the customer is told about when they will hear back, in their language. */
export interface CustomerPromise {
  /** The instant promised (the decision's expectedReplyBy), epoch ms; null: none promised. */
  readonly expectedReplyBy: number | null;
  /** ISO 639-1 of the words: the ticket's language, or `en` where there are no texts for it. */
  readonly language: string;
  readonly texts: ReplyTexts;
  /** Where dates are written the reader's way (BCP 47). */
  readonly locale: string;
  /** The clock the time is told on; null when no time is promised. */
  readonly zone: CustomerZone | null;
  /** The ticket reference, what keeps the team away (if anything), then when. */
  readonly sentences: readonly string[];
}

export interface CustomerPromiseInput {
  readonly compiled: CompiledConfig;
  readonly ticket: Ticket;
  /** The decision's team: its zone stands in for the customer's, its closures are explained. */
  readonly team: CompiledTeam | null;
  /** The ticket's language (the decision's). */
  readonly language: string;
  /** The customer's country as region detection found it (the decision's `region.country`). */
  readonly country?: string | null;
  /** The decision's instant and expectedReplyBy, epoch ms. */
  readonly at: number;
  readonly expectedReplyBy: number | null;
}

/**
 * The promise for a routed ticket: "Thank you … reference chat-7f3a9c. Our team in Berlin is
 * closed for Christmas Day. You will hear from us by Monday, 28 December at 09:00 Central
 * European Time." The same words answer a chat post and open the email acknowledgement.
 */
export function customerPromise(input: CustomerPromiseInput): CustomerPromise {
  const { compiled, ticket, team, at, expectedReplyBy } = input;
  const autoReply = compiled.config.autoReply;
  const { language, texts } = textsForLanguage(input.language, autoReply);
  const locale = readerLocale(texts.locale, ticket.customer.locale);
  const brand = autoReply?.brandName ?? '';
  const sentences = [fillText(texts.received, { ticket: ticket.id, brand })];
  if (expectedReplyBy === null) {
    sentences.push(fillText(texts.noPromise, { brand }));
    return { expectedReplyBy, language, texts, locale, zone: null, sentences };
  }
  const teamZone = team?.config.timeZone ?? 'UTC';
  if (team) {
    const delay = replyDelay(
      compiled,
      team,
      at,
      expectedReplyBy,
      compiled.ackWithinMs[ticket.priority],
    );
    const place = zoneCity(teamZone);
    if (delay?.kind === 'holiday') {
      const holiday = new Intl.ListFormat(locale, { type: 'conjunction' }).format(delay.names);
      sentences.push(fillText(texts.holiday, { team: place, holiday }));
    } else if (delay?.kind === 'weekend') {
      sentences.push(fillText(texts.weekend, { team: place }));
    }
  }
  const zone = customerZone(ticket.customer, teamZone, expectedReplyBy, input.country);
  sentences.push(
    fillText(texts.replyBy, { replyBy: formatReplyBy(expectedReplyBy, zone.zone, locale) }),
  );
  return { expectedReplyBy, language, texts, locale, zone, sentences };
}

/** The promise for a route plan: its team, language, instant and reply-by. */
export function customerPromiseOf(plan: RoutePlan): CustomerPromise {
  return customerPromise({
    compiled: plan.compiled,
    ticket: plan.ticket,
    team: plan.choice?.team ?? null,
    language: plan.language.code,
    country: plan.region.country,
    at: plan.at,
    expectedReplyBy: plan.expectedReplyBy,
  });
}

/** The promise as one message, as a chat widget shows it. */
export function promiseMessage(promise: CustomerPromise): string {
  // Chinese and Japanese run sentences together; every other script separates them by a space.
  const spaced = !/^(ja|zh)/.test(promise.locale);
  return promise.sentences.join(spaced ? ' ' : '');
}
