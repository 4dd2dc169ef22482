import { CHAT_DELIVERY_QUEUE } from '../definitions/chat-delivery';
import { EMAIL_SENDING } from '../definitions/email-sending';
import { REPORTS_TABLE, TICKETS_TABLE } from '../definitions/tables';
import {
  readLinkSigningEnvironment,
  type LinkSigningEnvironment,
} from '../shared/link-signing-environment';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

/** What the reports function learns from its environment. */
export interface ReportsEnvironment {
  readonly ticketsTable: string;
  readonly reportsTable: string;
  /** Where survey emails come from and where their links point; absent: no surveys. */
  readonly surveys?: {
    readonly senderEmail: string;
    readonly configurationSet?: string;
    readonly links: LinkSigningEnvironment;
    /** Where a resolved chat ticket's survey link is queued for its integration's webhook. */
    readonly chatDeliveryQueueUrl?: string;
  };
}

export function readReportsEnvironment(env: Environment): ReportsEnvironment {
  const required = requiredEnvironment(env, 'reports');
  const senderEmail = env[EMAIL_SENDING.senderEmailEnv];
  const configurationSet = env[EMAIL_SENDING.configurationSetEnv];
  const links = readLinkSigningEnvironment(env);
  const chatDeliveryQueueUrl = env[CHAT_DELIVERY_QUEUE.queueUrlEnv];
  return {
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    reportsTable: required(REPORTS_TABLE.tableNameEnv),
    ...(senderEmail && links
      ? {
          surveys: {
            senderEmail,
            links,
            ...(configurationSet ? { configurationSet } : {}),
            ...(chatDeliveryQueueUrl ? { chatDeliveryQueueUrl } : {}),
          },
        }
      : {}),
  };
}
