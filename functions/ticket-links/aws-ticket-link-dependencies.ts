import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../router/clock';
import { DynamoDbTicketStore } from '../store/dynamodb/dynamodb-ticket-store';
import type { TicketLinkDependencies } from './ticket-link-dependencies';
import { readTicketLinkEnvironment, TICKET_LINK_READER } from './ticket-link-environment';
import { requiredTicketLinkSecret } from './ticket-link-secret';
import { lambdaLogger } from '../shared/lambda-logger';

/** The link handler on the AWS adapters, configured by the environment (locally: the stand-ins'). */
export function awsTicketLinkDependencies(
  env: NodeJS.ProcessEnv,
  overrides: Partial<Pick<TicketLinkDependencies, 'clock' | 'logger'>> & {
    readonly dynamodb?: DynamoDBClient;
  } = {},
): TicketLinkDependencies {
  const { ticketsTable } = readTicketLinkEnvironment(env);
  const documents = DynamoDBDocumentClient.from(overrides.dynamodb ?? new DynamoDBClient({}));
  return {
    tickets: new DynamoDbTicketStore(documents, ticketsTable),
    secret: requiredTicketLinkSecret(env, TICKET_LINK_READER),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
  };
}
