import { CONFIG_TABLE, TICKETS_TABLE } from '../../lib/definitions/tables';
import { MissingEnvironmentError } from '../router/missing-environment-error';

/** What the admin function learns from its environment, under the names the CDK stack sets. */
export interface AdminEnvironment {
  readonly configTable: string;
  readonly ticketsTable: string;
}

export function readAdminEnvironment(env: NodeJS.ProcessEnv): AdminEnvironment {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new MissingEnvironmentError(name);
    return value;
  };
  return {
    configTable: required(CONFIG_TABLE.tableNameEnv),
    ticketsTable: required(TICKETS_TABLE.tableNameEnv),
  };
}
