import { detectLanguage } from '../language/detect-language';
import { detectRegion } from '../region/detect-region';
import type { Ticket } from '../ticket/ticket-schema';
import { chooseAgent } from './choose-agent';
import { chooseTeam } from './choose-team';
import type { CompiledConfig } from './compiled-config';
import type { Decision } from './decision';
import { explainDecision } from './explain-decision';
import type { RoutingState } from './routing-state';

/**
 * Routes one ticket at instant `at` (epoch ms): the customer's language and region, the team by
 * the steps of SPEC §6, then the agent. Pure: the state and the clock come in, nothing is stored.
 */
export function routeTicket(
  compiled: CompiledConfig,
  ticket: Ticket,
  at: number,
  state: RoutingState,
): Decision {
  const { config } = compiled;
  const customer = ticket.customer;
  const language = detectLanguage(
    { subject: ticket.subject, body: ticket.body, locale: customer.locale },
    config.defaultLanguage,
  );
  const region = detectRegion(customer, language.code, compiled.regionOptions);
  const atIso = new Date(at).toISOString();
  const choice = chooseTeam(compiled, language.code, region.code, at);
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
      step: null,
      reasons: ['no team is configured: the ticket waits until one is'],
    };
  }
  const keys = { threadId: ticket.threadId, customerId: customer.id };
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
    step: choice.step,
    reasons: explainDecision({ compiled, language, region, at, choice, agentChoice, keys }),
  };
}
