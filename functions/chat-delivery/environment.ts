import { CHAT_DELIVERY_QUEUE } from '../definitions/chat-delivery';
import { INGEST } from '../definitions/ingest';
import { TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

export interface ChatDeliveryEnvironment {
  readonly ticketsTable: string;
  readonly queueUrl: string;
  readonly deadLetterQueueUrl: string;
  /** The integrations document: the Secrets Manager secret on AWS, the JSON itself locally. */
  readonly integrations:
    | { readonly kind: 'secrets-manager'; readonly secretArn: string }
    | { readonly kind: 'environment'; readonly json: string };
}

export function readChatDeliveryEnvironment(env: Environment): ChatDeliveryEnvironment {
  const required = requiredEnvironment(env, 'chat delivery');
  const json = env[INGEST.secretsEnv];
  return {
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    queueUrl: required(CHAT_DELIVERY_QUEUE.queueUrlEnv),
    deadLetterQueueUrl: required(CHAT_DELIVERY_QUEUE.deadLetter.queueUrlEnv),
    integrations: json
      ? { kind: 'environment', json }
      : { kind: 'secrets-manager', secretArn: required(INGEST.secretArnEnv) },
  };
}
