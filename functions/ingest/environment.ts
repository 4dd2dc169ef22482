import { INGEST } from '../definitions/ingest';
import { TICKET_QUEUE } from '../definitions/queues';
import { WEBHOOK_REQUESTS_TABLE } from '../definitions/tables';
import { requiredEnvironment } from '../shared/required-environment';

/** Where the secrets are: a Secrets Manager secret on AWS, the JSON itself locally. */
export type SecretsLocation =
  | { readonly kind: 'secrets-manager'; readonly secretArn: string }
  | { readonly kind: 'environment'; readonly json: string };

export interface HttpIngestEnvironment {
  readonly ticketQueueUrl: string;
  readonly secrets: SecretsLocation;
  readonly webhookRequestsTable: string;
}

export interface MailReceiverEnvironment {
  readonly ticketQueueUrl: string;
  readonly deadLetterQueueUrl: string;
  readonly mailBucket: string;
}

export function readHttpIngestEnvironment(env: NodeJS.ProcessEnv): HttpIngestEnvironment {
  const required = requiredEnvironment(env, 'HTTP ingest function');
  const ticketQueueUrl = required(TICKET_QUEUE.queueUrlEnv);
  const webhookRequestsTable = required(WEBHOOK_REQUESTS_TABLE.tableNameEnv);
  const json = env[INGEST.secretsEnv];
  // The stack sets the ARN; only the local stack hands over the secrets themselves.
  const secrets: SecretsLocation = json
    ? { kind: 'environment', json }
    : { kind: 'secrets-manager', secretArn: required(INGEST.secretArnEnv) };
  return { ticketQueueUrl, secrets, webhookRequestsTable };
}

export function readMailReceiverEnvironment(env: NodeJS.ProcessEnv): MailReceiverEnvironment {
  const required = requiredEnvironment(env, 'mail receiver');
  return {
    ticketQueueUrl: required(TICKET_QUEUE.queueUrlEnv),
    deadLetterQueueUrl: required(TICKET_QUEUE.deadLetter.queueUrlEnv),
    mailBucket: required(INGEST.mailBucketEnv),
  };
}
