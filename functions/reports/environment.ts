import { REPORTS_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment, type Environment } from '../shared/required-environment';

/** What the reports function learns from its environment. */
export interface ReportsEnvironment {
  readonly ticketsTable: string;
  readonly reportsTable: string;
}

export function readReportsEnvironment(env: Environment): ReportsEnvironment {
  const required = requiredEnvironment(env, 'reports');
  return {
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
    reportsTable: required(REPORTS_TABLE.tableNameEnv),
  };
}
