import type { AgentConfig, TeamConfig } from '../config/config-schema';
import { recipientAddress } from './email-address';
import { EmailInputError } from './email-input-error';
import { findAgent, findTeam, type EmailConfig, type Indexed } from './routing-context';

export interface AgentRecipient {
  readonly agent: Indexed<AgentConfig>;
  /** The agent's team: its zone and languages stand in where the agent names none. */
  readonly team: Indexed<TeamConfig>;
  readonly to: string;
}

export interface TeamRecipient {
  readonly team: Indexed<TeamConfig>;
  readonly to: string;
}

/** The configured agent `agentId` (read from `field`), its team and its checked address. */
export function agentRecipient(
  config: EmailConfig,
  agentId: string,
  field: string,
): AgentRecipient | EmailInputError {
  const agent = findAgent(config, agentId, field);
  if (agent instanceof EmailInputError) return agent;
  const team = findTeam(config, agent.entry.team, `agents[${agent.index}].team`);
  if (team instanceof EmailInputError) return team;
  const to = recipientAddress(
    agent.entry.email,
    `agents[${agent.index}].email`,
    `agent ${agent.entry.id}`,
  );
  if (to instanceof EmailInputError) return to;
  return { agent, team, to };
}

/** The configured team `teamId` (read from `field`) and its inbox's checked address. */
export function teamRecipient(
  config: EmailConfig,
  teamId: string,
  field: string,
): TeamRecipient | EmailInputError {
  const team = findTeam(config, teamId, field);
  if (team instanceof EmailInputError) return team;
  const to = recipientAddress(
    team.entry.email,
    `teams[${team.index}].email`,
    `team ${team.entry.id}`,
  );
  if (to instanceof EmailInputError) return to;
  return { team, to };
}
