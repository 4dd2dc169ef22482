// The Lambda entry point (lib/constructs/survey-function.ts bundles this file), behind the
// shared HTTP API's survey routes.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { awsSurveyDependencies } from './aws-dependencies';
import { createSurveyHandler, type SurveyHandler } from './survey-handler';

let survey: SurveyHandler | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  survey ??= createSurveyHandler(awsSurveyDependencies(process.env));
  return survey(event, context);
};
