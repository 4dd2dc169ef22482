import type { AgentConfig, SunrouteConfig, TeamConfig } from '../config/config-schema';
import type { Decision } from '../routing/decision';
import { EmailInputError } from './email-input-error';

/** The parts of a routing decision an email reports. */
export type EmailDecision = Pick<
  Decision,
  | 'status'
  | 'team'
  | 'agent'
  | 'queuedUntil'
  | 'needsTranslation'
  | 'language'
  | 'region'
  | 'reasons'
  | 'sender'
>;

/** The parts of the configuration an email needs: who to write to, and the acknowledgement times. */
export type EmailConfig = Pick<SunrouteConfig, 'teams' | 'agents' | 'routing'>;

/** A configured entry with its index, so an error can name the exact field (`agents[3].email`). */
export interface Indexed<T> {
  readonly index: number;
  readonly entry: T;
}

export function findAgent(
  config: EmailConfig,
  agentId: string,
  field: string,
): Indexed<AgentConfig> | EmailInputError {
  const index = config.agents.findIndex((agent) => agent.id === agentId);
  const entry = config.agents[index];
  return entry
    ? { index, entry }
    : new EmailInputError(field, `${JSON.stringify(agentId)} is not an agent of the configuration`);
}

export function findTeam(
  config: EmailConfig,
  teamId: string,
  field: string,
): Indexed<TeamConfig> | EmailInputError {
  const index = config.teams.findIndex((team) => team.id === teamId);
  const entry = config.teams[index];
  return entry
    ? { index, entry }
    : new EmailInputError(field, `${JSON.stringify(teamId)} is not a team of the configuration`);
}
