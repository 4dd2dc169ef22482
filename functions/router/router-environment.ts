import { EMAIL_SENDING } from '../../lib/definitions/email-sending';
import { TICKET_QUEUE } from '../../lib/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../lib/definitions/tables';
import { TICKET_LINKS } from '../../lib/definitions/ticket-links';
import { MissingEnvironmentError } from './missing-environment-error';

/** What the router learns from its environment, under the names the CDK stack sets. */
export interface RouterEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly deadLetterQueueUrl: string;
  readonly senderEmail: string;
  /** Optional locally (aws-ses-v2-local has no configuration sets); always set by the stack. */
  readonly configurationSet?: string;
  /**
   * Where the acknowledge/resolve links of assignment emails point, and the variables naming
   * their signing secret; absent without a base URL, and the emails then carry no links.
   */
  readonly ticketLinks?: {
    readonly baseUrl: string;
    readonly secretEnv: Readonly<Record<string, string | undefined>>;
  };
}

export function readRouterEnvironment(env: NodeJS.ProcessEnv): RouterEnvironment {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new MissingEnvironmentError(name);
    return value;
  };
  const configurationSet = env[EMAIL_SENDING.configurationSetEnv];
  const linksBaseUrl = env[TICKET_LINKS.baseUrlEnv];
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    deadLetterQueueUrl: required(TICKET_QUEUE.deadLetter.queueUrlEnv),
    senderEmail: required(EMAIL_SENDING.senderEmailEnv),
    ...(configurationSet ? { configurationSet } : {}),
    ...(linksBaseUrl
      ? {
          ticketLinks: {
            baseUrl: linksBaseUrl,
            secretEnv: {
              [TICKET_LINKS.secretEnv]: env[TICKET_LINKS.secretEnv],
              [TICKET_LINKS.secretArnEnv]: env[TICKET_LINKS.secretArnEnv],
            },
          },
        }
      : {}),
  };
}
