import type { CompiledConfig, CompiledTeam } from '../routing/compiled-config';
import type { RoutingState } from '../routing/routing-state';

/**
 * Who may take tickets from a team's line at `now`: the team alone, with only its agents who stay
 * on shift longer than `routing.handoffLead`, so that nothing given out is handed over again at
 * once. Undefined when the team itself leaves within the lead (its line is handed over instead)
 * or is not configured.
 *
 * @example
 * const scoped = lineTakers(compiled, 'emea', now);
 * if (scoped) decideRoute(planRoute(scoped, ticket, now), state);
 */
export function lineTakers(
  compiled: CompiledConfig,
  teamId: string,
  now: number,
): CompiledConfig | undefined {
  const team = compiled.teamsById.get(teamId);
  if (!team) return undefined;
  const lead = compiled.handoffLeadMs;
  const staysOnShift = (end: number | null) => end !== null && end - now > lead;
  if (!staysOnShift(team.calendar.shiftEndAt(now))) return undefined;
  const agents = team.agents.filter((agent) => staysOnShift(agent.calendar.shiftEndAt(now)));
  const scoped: CompiledTeam = { ...team, agents };
  return { ...compiled, teams: [scoped], teamsById: new Map([[teamId, scoped]]) };
}

/** Some agent of the (scoped) team is on shift with room for one more ticket. */
export function hasRoom(team: CompiledTeam, state: RoutingState, now: number): boolean {
  return team.agents.some(
    (agent) =>
      agent.calendar.isOnShift(now) &&
      (state.agents[agent.id]?.openTickets ?? 0) < agent.maxOpenTickets,
  );
}
