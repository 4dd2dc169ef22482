import type { CompiledAgent, CompiledTeam } from './compiled-config';
import type { Decision, StoredDecision } from './decision';

/**
 * The decision of a support lead who gives a ticket to one agent by hand: that agent and team,
 * the language and region found when the ticket was routed, and reasons saying who did it (and
 * that it went over the agent's `maxOpenTickets`, when it did).
 *
 * @example
 * handDecision(stored, agent, team, { by: 'lea@example.com', at, overCapacity: false });
 */
export function handDecision(
  previous: StoredDecision,
  agent: CompiledAgent,
  team: CompiledTeam,
  how: {
    readonly by: string;
    readonly at: number;
    readonly openTickets: number;
    readonly overCapacity: boolean;
  },
): Decision {
  const language = previous.language.code;
  const load =
    how.overCapacity && how.openTickets >= agent.maxOpenTickets
      ? `, over maxOpenTickets (${how.openTickets} of ${agent.maxOpenTickets} open before)`
      : '';
  return {
    ...previous,
    // The customer keeps the promise made when the ticket was routed; a ticket stored before
    // promises were made has none (its deadline is counted from receipt, ack-due.ts).
    expectedReplyBy: previous.expectedReplyBy ?? null,
    status: 'assigned',
    team: team.id,
    agent: agent.id,
    queuedUntil: null,
    needsTranslation: !agent.languages.has(language),
    at: new Date(how.at).toISOString(),
    reasons: [
      `agent ${agent.id} of team ${team.id}: assigned by hand by ${how.by}${load}`,
      ...(previous.agent !== null && previous.agent !== agent.id
        ? [`taken from agent ${previous.agent} of team ${previous.team}`]
        : []),
      ...previous.reasons,
    ],
  };
}
