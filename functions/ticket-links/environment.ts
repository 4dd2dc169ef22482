import { TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment } from '../shared/required-environment';

/** The function that answers the links, as missing-variable errors name it. */
export const TICKET_LINK_READER = 'ticket link function';

/** What the link handler learns from its environment besides the secret. */
export interface TicketLinkEnvironment {
  readonly ticketsTable: string;
}

export function readTicketLinkEnvironment(env: NodeJS.ProcessEnv): TicketLinkEnvironment {
  return { ticketsTable: requiredEnvironment(env, TICKET_LINK_READER)(TICKETS_TABLE.tableNameEnv) };
}
