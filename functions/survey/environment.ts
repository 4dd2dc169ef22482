import { TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

export const SURVEY_READER = 'survey page';

export function readSurveyEnvironment(env: Environment): { readonly ticketsTable: string } {
  return { ticketsTable: requiredEnvironment(env, SURVEY_READER)(TICKETS_TABLE.tableNameEnv) };
}
