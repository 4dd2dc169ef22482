import { INGEST } from '../definitions/ingest';
import { CONFIG_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { personalDeadLetterQueues, type NamedQueue } from '../shared/personal-dead-letter-queues';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

export const PRIVACY_READER = 'privacy function';

/** What the privacy functions learn from their environment, under the names the stack sets. */
export interface PrivacyEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
  /** Every dead-letter queue that can hold customer data. */
  readonly deadLetterQueues: readonly NamedQueue[];
  /** The raw mail bucket; absent where no mail is received. */
  readonly mailBucket?: string;
  /** The whole environment, for the link secret (ticket-link-secret.ts reads it). */
  readonly env: Environment;
}

export function readPrivacyEnvironment(env: Environment): PrivacyEnvironment {
  const required = requiredEnvironment(env, PRIVACY_READER);
  const bucket = env[INGEST.mailBucketEnv];
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    deadLetterQueues: personalDeadLetterQueues(env, PRIVACY_READER),
    ...(bucket ? { mailBucket: bucket } : {}),
    env,
  };
}
