import { EMAIL_SENDING } from '../definitions/email-sending';
import { CONFIG_TABLE, TICKETS_TABLE } from '../definitions/tables';
import {
  readLinkSigningEnvironment,
  type LinkSigningEnvironment,
} from './link-signing-environment';
import { requiredEnvironment, type Environment } from './required-environment';

/**
 * What a function that routes tickets and emails whoever then holds them (the router, the
 * scheduler) learns from its environment, under the names the CDK stack sets.
 */
export interface RoutingEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly senderEmail: string;
  /** Optional locally (aws-ses-v2-local has no configuration sets); always set by the stack. */
  readonly configurationSet?: string;
  /** Absent without a base URL, and the assignment emails then carry no links. */
  readonly ticketLinks?: LinkSigningEnvironment;
}

/** `reader` names the function in the error when a variable is missing. */
export function readRoutingEnvironment(env: Environment, reader: string): RoutingEnvironment {
  const required = requiredEnvironment(env, reader);
  const configurationSet = env[EMAIL_SENDING.configurationSetEnv];
  const ticketLinks = readLinkSigningEnvironment(env);
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    senderEmail: required(EMAIL_SENDING.senderEmailEnv),
    ...(configurationSet ? { configurationSet } : {}),
    ...(ticketLinks ? { ticketLinks } : {}),
  };
}
