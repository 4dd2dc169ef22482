import { EMAIL_SENDING } from '../../lib/definitions/email-sending';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../lib/definitions/tables';
import { TICKET_LINKS } from '../../lib/definitions/ticket-links';
import { MissingEnvironmentError } from '../router/missing-environment-error';
import type { RouterEnvironment } from '../router/router-environment';

/** What the scheduler learns from its environment: the router's, without the dead-letter queue. */
export type SchedulerEnvironment = Omit<RouterEnvironment, 'deadLetterQueueUrl'>;

export function readSchedulerEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): SchedulerEnvironment {
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
