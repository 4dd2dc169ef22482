import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbSurveyStore } from '../adapters/dynamodb/dynamodb-survey-store';
import { lambdaLogger } from '../shared/lambda-logger';
import { requiredTicketLinkSecret } from '../shared/ticket-link-secret';
import type { SurveyDependencies } from './dependencies';
import { readSurveyEnvironment, SURVEY_READER } from './environment';

export function awsSurveyDependencies(
  env: NodeJS.ProcessEnv,
  overrides: Partial<Pick<SurveyDependencies, 'clock' | 'logger'>> & {
    readonly dynamodb?: DynamoDBClient;
  } = {},
): SurveyDependencies {
  const { ticketsTable } = readSurveyEnvironment(env);
  return {
    surveys: new DynamoDbSurveyStore(documentClient(overrides.dynamodb), ticketsTable),
    secret: requiredTicketLinkSecret(env, SURVEY_READER),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
  };
}
