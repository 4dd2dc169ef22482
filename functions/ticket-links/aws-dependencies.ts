import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../adapters/clock';
import { lambdaLogger } from '../shared/lambda-logger';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbTicketActionStore } from '../adapters/dynamodb/dynamodb-ticket-action-store';
import type { TicketLinkDependencies } from './dependencies';
import { readTicketLinkEnvironment, TICKET_LINK_READER } from './environment';
import { requiredTicketLinkSecret } from '../shared/ticket-link-secret';

/** The link handler on the AWS adapters, configured by the environment (locally: the stand-ins'). */
export function awsTicketLinkDependencies(
  env: NodeJS.ProcessEnv,
  overrides: Partial<Pick<TicketLinkDependencies, 'clock' | 'logger'>> & {
    readonly dynamodb?: DynamoDBClient;
  } = {},
): TicketLinkDependencies {
  const { ticketsTable } = readTicketLinkEnvironment(env);
  return {
    // The same document client as the router's and scheduler's: the store's writes rely on it
    // dropping undefined attributes.
    tickets: new DynamoDbTicketActionStore(documentClient(overrides.dynamodb), ticketsTable),
    secret: requiredTicketLinkSecret(env, TICKET_LINK_READER),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
  };
}
