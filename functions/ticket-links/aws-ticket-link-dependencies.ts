import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../router/clock';
import { lambdaLogger } from '../shared/lambda-logger';
import { documentClient } from '../store/dynamodb/document-client';
import { DynamoDbTicketStore } from '../store/dynamodb/dynamodb-ticket-store';
import type { TicketLinkDependencies } from './ticket-link-dependencies';
import { readTicketLinkEnvironment, TICKET_LINK_READER } from './ticket-link-environment';
import { requiredTicketLinkSecret } from './ticket-link-secret';

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
    tickets: new DynamoDbTicketStore(documentClient(overrides.dynamodb), ticketsTable),
    secret: requiredTicketLinkSecret(env, TICKET_LINK_READER),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
  };
}
