import { CONFIG_TABLE } from '../definitions/tables';
import { requiredEnvironment } from '../shared/required-environment';

export interface AvailabilityEnvironment {
  readonly configTable: string;
}

export function readAvailabilityEnvironment(env: NodeJS.ProcessEnv): AvailabilityEnvironment {
  const required = requiredEnvironment(env, 'availability function');
  return { configTable: required(CONFIG_TABLE.tableNameEnv) };
}
