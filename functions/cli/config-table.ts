import { CONFIG_TABLE } from '../definitions/tables';
import { tableTarget, type TableTarget } from './table-target';

/** Where `config diff`, `apply`, `versions` and `rollback` find the stored configuration. */
export function configTableTarget(
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): TableTarget {
  return tableTarget(table, env, CONFIG_TABLE.tableNameEnv, 'ConfigTableName');
}
