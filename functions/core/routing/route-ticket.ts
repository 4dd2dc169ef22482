import { readCustomerLanguage, type LanguageResult } from '../language/detect-language';
import { countryOfCustomer, detectRegion, type RegionResult } from '../region/detect-region';
import type { Ticket } from '../ticket/ticket-schema';
import { chooseAgent } from './choose-agent';
import { chooseTeam, type TeamChoice } from './choose-team';
import type { CompiledConfig } from './compiled-config';
import type { Decision } from './decision';
import { explainDecision } from './explain-decision';
import { formatInstant } from './format-instant';
import { expectedReplyBy } from './reply-by';
import type { RoutingState } from './routing-state';
import { checkSender, senderReason, type SenderCheck } from './sender-check';

/**
 * What routing knows before it looks at any agent: language, region and team. None of it depends
 * on the live state, so a router that must read the chosen team's loads (and may have to choose
 * again when an agent fills up) works it out once.
 */
export interface RoutePlan {
  readonly compiled: CompiledConfig;
  /** The ticket as routing uses it: without thread and customer id when its sender is isolated. */
  readonly ticket: Ticket;
  /** What its mail server's verdicts say about the sender; undefined without verdicts. */
  readonly sender: SenderCheck | undefined;
  /** The reason line about the sender, when there is something to say. */
  readonly senderReason: string | undefined;
  /** Epoch ms routed at. */
  readonly at: number;
  readonly language: LanguageResult;
  /** The customer's own words in the body, which the language was detected on. */
  readonly words: string;
  readonly region: RegionResult;
  /** Null only when the configuration has no team. */
  readonly choice: TeamChoice | null;
  /** The decision's `expectedReplyBy` (epoch ms); it does not depend on the agent either. */
  readonly expectedReplyBy: number | null;
  /** Set when a follow-up keeps the instant promised at the first routing instead. */
  readonly replyByKept?: boolean;
}

/** The customer's language and region, and the team by the steps of docs/routing.md, at `at`. */
export function planRoute(compiled: CompiledConfig, received: Ticket, at: number): RoutePlan {
  const { config } = compiled;
  const { ticket, check: sender } = checkSender(received, config.routing.unverifiedSenders);
  const customer = ticket.customer;
  const country = countryOfCustomer(customer);
  const { language, words } = readCustomerLanguage(
    {
      subject: ticket.subject,
      body: ticket.body,
      locale: customer.locale,
      country: country?.country,
    },
    config.defaultLanguage,
  );
  const region = detectRegion(customer, language.code, compiled.regionOptions, country);
  const choice = chooseTeam(compiled, language.code, region.code, at);
  const replyBy = expectedReplyBy(compiled, {
    team: choice?.team ?? null,
    language: language.code,
    priority: ticket.priority,
    at,
    teamShiftEnd: choice?.shiftEnd ?? null,
  });
  return {
    compiled,
    ticket,
    sender,
    senderReason: sender && senderReason(sender),
    at,
    language,
    words,
    region,
    choice,
    expectedReplyBy: replyBy,
  };
}

/** The reasons' line for the reply-by: what was counted, so a support lead can check it. */
function replyByReason(plan: RoutePlan): string {
  const { compiled, ticket, choice, language } = plan;
  if (plan.replyByKept) {
    return plan.expectedReplyBy === null
      ? 'reply by: none was promised when the ticket was first routed'
      : `reply by ${formatInstant(plan.expectedReplyBy)}: as promised when the ticket was first routed`;
  }
  const within = compiled.config.routing.ackWithin[ticket.priority];
  const counted = `${within} (routing.ackWithin.${ticket.priority}) of time in which ${choice ? `team ${choice.team.id} or ` : ''}a team speaking ${language.code} is on shift`;
  return plan.expectedReplyBy === null
    ? `reply by: none promised, ${counted} does not add up within 14 days`
    : `reply by ${formatInstant(plan.expectedReplyBy)}: ${counted}`;
}

/** The decision for a plan given the live state: the agent (docs/routing.md) and the reasons. */
export function decideRoute(plan: RoutePlan, state: RoutingState): Decision {
  const { compiled, ticket, at, language, words, region, choice } = plan;
  const atIso = new Date(at).toISOString();
  const sender = plan.sender === undefined ? {} : { sender: plan.sender };
  const senderReasons = plan.senderReason === undefined ? [] : [plan.senderReason];
  const replyBy =
    plan.expectedReplyBy === null ? null : new Date(plan.expectedReplyBy).toISOString();
  if (!choice) {
    return {
      ticketId: ticket.id,
      status: 'queued',
      team: null,
      agent: null,
      queuedUntil: null,
      needsTranslation: false,
      language,
      region,
      at: atIso,
      expectedReplyBy: replyBy,
      step: null,
      reasons: [
        'no team is configured: the ticket waits until one is',
        ...senderReasons,
        replyByReason(plan),
      ],
      ...sender,
    };
  }
  const keys = { threadId: ticket.threadId, customerId: ticket.customer.id };
  const agentChoice =
    choice.status === 'assigned' ? chooseAgent(choice.team, language.code, keys, state, at) : null;
  return {
    ticketId: ticket.id,
    status: choice.status,
    team: choice.team.id,
    agent: agentChoice?.agent?.id ?? null,
    queuedUntil: choice.queuedUntil === null ? null : new Date(choice.queuedUntil).toISOString(),
    needsTranslation: choice.needsTranslation,
    language,
    region,
    at: atIso,
    expectedReplyBy: replyBy,
    step: choice.step,
    reasons: [
      ...explainDecision({
        compiled,
        language,
        region,
        read: words === '' ? (ticket.subject ?? '') : words,
        at,
        choice,
        agentChoice,
        keys,
      }),
      ...senderReasons,
      replyByReason(plan),
    ],
    ...sender,
  };
}

/**
 * Routes one ticket at instant `at` (epoch ms): the customer's language and region, the team by
 * the steps of docs/routing.md, then the agent. Pure: the state and the clock come in, nothing is
 * stored.
 */
export function routeTicket(
  compiled: CompiledConfig,
  ticket: Ticket,
  at: number,
  state: RoutingState,
): Decision {
  return decideRoute(planRoute(compiled, ticket, at), state);
}
