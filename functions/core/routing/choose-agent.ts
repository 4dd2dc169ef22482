import type { CompiledAgent, CompiledTeam } from './compiled-config';
import type { RoutingState } from './routing-state';

/** Why an agent of the chosen team was or was not eligible. */
export type AgentStanding = 'eligible' | 'off-shift' | 'at-capacity' | 'language';

export interface AgentCandidate {
  readonly agent: CompiledAgent;
  readonly standing: AgentStanding;
  readonly openTickets: number;
}

/** Which rule picked the agent, for the decision's reasons. */
export type AgentRule =
  | 'sticky-thread'
  | 'sticky-customer'
  | 'only-eligible'
  | 'fewest-open'
  | 'least-recent'
  | 'config-order'
  | 'none-eligible';

export interface AgentChoice {
  readonly agent: CompiledAgent | null;
  readonly rule: AgentRule;
  readonly candidates: readonly AgentCandidate[];
}

export interface TicketKeys {
  readonly threadId?: string | undefined;
  readonly customerId?: string | undefined;
}

function lastAssigned(state: RoutingState, agent: CompiledAgent): number {
  return state.agents[agent.id]?.lastAssignedAt ?? -Infinity;
}

/**
 * Agent choice inside the chosen team (docs/routing.md): on shift (own calendar, team holidays and
 * overrides, not away) and under capacity; when any agent of the team speaks the language, only
 * those who do — a speaker off shift means the ticket waits in the team inbox for one rather than
 * going to someone who cannot read it. A thread's or customer's open-ticket agent keeps the
 * ticket when eligible; otherwise fewest open tickets, then least recently assigned, then config
 * order.
 */
export function chooseAgent(
  team: CompiledTeam,
  language: string,
  keys: TicketKeys,
  state: RoutingState,
  at: number,
): AgentChoice {
  const teamSpeaks = team.agents.some((agent) => agent.languages.has(language));
  const candidates = team.agents.map((agent): AgentCandidate => {
    const openTickets = state.agents[agent.id]?.openTickets ?? 0;
    let standing: AgentStanding = 'eligible';
    if (!agent.calendar.isOnShift(at)) standing = 'off-shift';
    else if (openTickets >= agent.maxOpenTickets) standing = 'at-capacity';
    else if (teamSpeaks && !agent.languages.has(language)) standing = 'language';
    return { agent, standing, openTickets };
  });
  const eligible = candidates.filter((c) => c.standing === 'eligible');
  if (eligible.length === 0) return { agent: null, rule: 'none-eligible', candidates };

  const sticky = (agentId: string | undefined) =>
    agentId === undefined ? undefined : eligible.find((c) => c.agent.id === agentId);
  const byThread = keys.threadId === undefined ? undefined : sticky(state.threads[keys.threadId]);
  if (byThread) return { agent: byThread.agent, rule: 'sticky-thread', candidates };
  const byCustomer =
    keys.customerId === undefined ? undefined : sticky(state.customers[keys.customerId]);
  if (byCustomer) return { agent: byCustomer.agent, rule: 'sticky-customer', candidates };

  const ranked = [...eligible].sort(
    (a, b) =>
      a.openTickets - b.openTickets ||
      lastAssigned(state, a.agent) - lastAssigned(state, b.agent) ||
      a.agent.order - b.agent.order,
  );
  const [first, second] = ranked as [AgentCandidate, ...AgentCandidate[]];
  let rule: AgentRule = 'only-eligible';
  if (second) {
    if (first.openTickets !== second.openTickets) rule = 'fewest-open';
    else if (lastAssigned(state, first.agent) !== lastAssigned(state, second.agent))
      rule = 'least-recent';
    else rule = 'config-order';
  }
  return { agent: first.agent, rule, candidates };
}
