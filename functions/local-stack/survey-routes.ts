// The survey page (GET, HEAD and POST) as the deployed HttpApi serves it, with the handler the
// Lambda entry point builds, on the stand-ins' table and the local signing secret.
import { Logger } from '@aws-lambda-powertools/logger';
import { SURVEY, SURVEY_ROUTE_KEYS } from '../definitions/survey';
import { awsSurveyDependencies } from '../survey/aws-dependencies';
import { createSurveyHandler } from '../survey/survey-handler';
import type { HttpRoutes } from './http-gateway';
import type { LocalRouteContext } from './local-http-routes';

export function surveyRoutes(context: LocalRouteContext): HttpRoutes {
  const handler = createSurveyHandler(
    awsSurveyDependencies(context.env, {
      dynamodb: context.clients.dynamodb,
      clock: context.clock,
      logger: new Logger({ serviceName: SURVEY.service, logLevel: 'WARN' }),
    }),
  );
  return Object.fromEntries(SURVEY_ROUTE_KEYS.map((key) => [key, handler]));
}
