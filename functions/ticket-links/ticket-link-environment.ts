import { TICKETS_TABLE } from '../../lib/definitions/tables';
import { MissingEnvironmentError } from '../router/missing-environment-error';

/** What the link handler learns from its environment besides the secret. */
export interface TicketLinkEnvironment {
  readonly ticketsTable: string;
}

export function readTicketLinkEnvironment(env: NodeJS.ProcessEnv): TicketLinkEnvironment {
  const ticketsTable = env[TICKETS_TABLE.tableNameEnv];
  if (!ticketsTable) throw new MissingEnvironmentError(TICKETS_TABLE.tableNameEnv);
  return { ticketsTable };
}
