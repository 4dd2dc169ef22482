import { TICKETS_TABLE } from '../definitions/tables';
import { tableTarget, type TableTarget } from './table-target';

/** Where `ack` and `resolve` find the tickets. */
export function ticketsTableTarget(
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): TableTarget {
  return tableTarget(table, env, TICKETS_TABLE.tableNameEnv, 'TicketsTableName');
}
