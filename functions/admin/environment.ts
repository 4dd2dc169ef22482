import { CONFIG_TABLE, TICKETS_TABLE } from '../definitions/tables';
import { requiredEnvironment } from '../shared/required-environment';

/** What the admin function learns from its environment, under the names the CDK stack sets. */
export interface AdminEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
}

export function readAdminEnvironment(env: NodeJS.ProcessEnv): AdminEnvironment {
  const required = requiredEnvironment(env, 'admin function');
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
  };
}
