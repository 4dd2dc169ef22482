import { EMAIL_SENDING } from '../definitions/email-sending';
import { INGEST } from '../definitions/ingest';
import { ERASURE_QUEUE } from '../definitions/privacy';
import { TICKET_QUEUE } from '../definitions/queues';
import { CONFIG_TABLE, REPORTS_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { personalDeadLetterQueues, type NamedQueue } from '../shared/personal-dead-letter-queues';
import { requiredEnvironment } from '../shared/required-environment';
import { readRoutingEnvironment, type RoutingEnvironment } from '../shared/routing-environment';

/** What the admin function learns from its environment, under the names the CDK stack sets. */
export interface AdminEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  readonly reportsTable: string;
  /**
   * How a lead's assignment emails the agent (sender, links); absent without a sender, and
   * `POST /tickets/{id}/assign` then answers 503.
   */
  readonly delivery?: RoutingEnvironment;
  /**
   * Where privacy requests look besides the tickets table: every dead-letter queue that can hold
   * customer data and, where mail is received, the raw mail bucket. Absent without the ticket
   * dead-letter queue: `/privacy/*` then answers 503.
   */
  readonly privacy?: {
    readonly deadLetterQueues: readonly NamedQueue[];
    readonly mailBucket?: string;
    /** Where erasures too large for one request go; absent: all complete in the request. */
    readonly erasureQueueUrl?: string;
  };
  /** The whole environment, for the link secret (ticket-link-secret.ts reads it). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function readAdminEnvironment(env: NodeJS.ProcessEnv): AdminEnvironment {
  const required = requiredEnvironment(env, 'admin function');
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    reportsTable: required(REPORTS_TABLE.tableNameEnv),
    ...(env[TICKET_QUEUE.deadLetter.queueUrlEnv]
      ? {
          privacy: {
            deadLetterQueues: personalDeadLetterQueues(env, 'admin function'),
            ...(env[INGEST.mailBucketEnv] ? { mailBucket: env[INGEST.mailBucketEnv] } : {}),
            ...(env[ERASURE_QUEUE.queueUrlEnv]
              ? { erasureQueueUrl: env[ERASURE_QUEUE.queueUrlEnv] }
              : {}),
          },
        }
      : {}),
    env,
    ...(env[EMAIL_SENDING.senderEmailEnv]
      ? { delivery: readRoutingEnvironment(env, 'admin function') }
      : {}),
  };
}
