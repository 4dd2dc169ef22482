import { EMAIL_SENDING } from '../../lib/definitions/email-sending';
import { TICKET_QUEUE } from '../../lib/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../lib/definitions/tables';
import { MissingEnvironmentError } from './missing-environment-error';

/** What the router learns from its environment, under the names the CDK stack sets. */
export interface RouterEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly deadLetterQueueUrl: string;
  readonly senderEmail: string;
  /** Optional locally (aws-ses-v2-local has no configuration sets); always set by the stack. */
  readonly configurationSet?: string;
}

export function readRouterEnvironment(env: NodeJS.ProcessEnv): RouterEnvironment {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new MissingEnvironmentError(name);
    return value;
  };
  const configurationSet = env[EMAIL_SENDING.configurationSetEnv];
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    deadLetterQueueUrl: required(TICKET_QUEUE.deadLetter.queueUrlEnv),
    senderEmail: required(EMAIL_SENDING.senderEmailEnv),
    ...(configurationSet ? { configurationSet } : {}),
  };
}
