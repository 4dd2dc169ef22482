import { CHAT_DELIVERY_QUEUE } from '../definitions/chat-delivery';
import { EMAIL_SENDING } from '../definitions/email-sending';
import { INGEST } from '../definitions/ingest';
import { REPLIES } from '../definitions/replies';
import { TICKET_QUEUE } from '../definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE, WEBHOOK_REQUESTS_TABLE } from '../definitions/tables';
import { TICKET_LINKS } from '../definitions/ticket-links';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

/** Where agents' answers to reply addresses are checked and recorded (docs/agents.md). */
export interface RepliesEnvironment {
  readonly domain: string;
  readonly ticketsTable: string;
  readonly configTable: string;
  /** The deployment's sender: the support address answers come from. */
  readonly senderEmail: string;
  readonly configurationSet?: string;
  /** The variables naming the ticket-link secret, which signs reply addresses. */
  readonly secretEnv: Environment;
  /** Where answers to chat tickets are queued for the integrations' webhooks; absent: refused. */
  readonly chatDeliveryQueueUrl?: string;
}

/** Undefined without a reply domain: no mail is then taken for an agent's answer. */
function readRepliesEnvironment(
  env: NodeJS.ProcessEnv,
  reader: string,
): RepliesEnvironment | undefined {
  const domain = env[REPLIES.domainEnv];
  if (!domain) return undefined;
  const required = requiredEnvironment(env, reader);
  const configurationSet = env[EMAIL_SENDING.configurationSetEnv];
  const chatDeliveryQueueUrl = env[CHAT_DELIVERY_QUEUE.queueUrlEnv];
  if (!env[TICKET_LINKS.secretEnv]) required(TICKET_LINKS.secretArnEnv);
  return {
    domain,
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    configTable: required(CONFIG_TABLE.tableNameEnv),
    senderEmail: required(EMAIL_SENDING.senderEmailEnv),
    ...(configurationSet ? { configurationSet } : {}),
    ...(chatDeliveryQueueUrl ? { chatDeliveryQueueUrl } : {}),
    secretEnv: {
      [TICKET_LINKS.secretEnv]: env[TICKET_LINKS.secretEnv],
      [TICKET_LINKS.secretArnEnv]: env[TICKET_LINKS.secretArnEnv],
    },
  };
}

/** Where the secrets are: a Secrets Manager secret on AWS, the JSON itself locally. */
export type SecretsLocation =
  | { readonly kind: 'secrets-manager'; readonly secretArn: string }
  | { readonly kind: 'environment'; readonly json: string };

export interface HttpIngestEnvironment {
  readonly ticketQueueUrl: string;
  readonly secrets: SecretsLocation;
  readonly webhookRequestsTable: string;
  /** Where the live configuration is: a chat post is answered with its promise. */
  readonly configTable: string;
  /** Where `GET /tickets/{id}/messages` reads; absent, that route finds no ticket. */
  readonly ticketsTable?: string;
  readonly replies?: RepliesEnvironment;
}

export interface MailReceiverEnvironment {
  readonly ticketQueueUrl: string;
  readonly deadLetterQueueUrl: string;
  readonly mailBucket: string;
  readonly replies?: RepliesEnvironment;
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
  const replies = readRepliesEnvironment(env, 'HTTP ingest function');
  const ticketsTable = env[TICKETS_TABLE.tableNameEnv];
  return {
    ticketQueueUrl,
    secrets,
    webhookRequestsTable,
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ...(ticketsTable ? { ticketsTable } : {}),
    ...(replies ? { replies } : {}),
  };
}

export function readMailReceiverEnvironment(env: NodeJS.ProcessEnv): MailReceiverEnvironment {
  const required = requiredEnvironment(env, 'mail receiver');
  const replies = readRepliesEnvironment(env, 'mail receiver');
  return {
    ticketQueueUrl: required(TICKET_QUEUE.queueUrlEnv),
    deadLetterQueueUrl: required(TICKET_QUEUE.deadLetter.queueUrlEnv),
    mailBucket: required(INGEST.mailBucketEnv),
    ...(replies ? { replies } : {}),
  };
}
