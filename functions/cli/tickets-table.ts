import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { TICKETS_TABLE } from '../../lib/definitions/tables';
import { localClientConfig } from '../../lib/local/aws-clients';
import { CliInputError } from './cli-input-error';
import { runningLocalStack } from './running-local-stack';

/** Where `ack` and `resolve` find the tickets. */
export interface TicketsTableTarget {
  readonly tableName: string;
  readonly client: DynamoDBClientConfig;
  readonly description: string;
}

/**
 * `--table`, else $TICKETS_TABLE_NAME (a deployed stack's TicketsTableName output; the standard
 * AWS environment decides region, credentials and endpoint), else the local stack's table.
 */
export function ticketsTableTarget(
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): TicketsTableTarget {
  const named = table || env[TICKETS_TABLE.tableNameEnv];
  if (named) return { tableName: named, client: {}, description: `table ${named}` };
  const note = runningLocalStack();
  const local = note?.env[TICKETS_TABLE.tableNameEnv];
  if (!note || !local) {
    throw new CliInputError(
      `--table: not given, ${TICKETS_TABLE.tableNameEnv} is not set and no local stack runs ` +
        '(start one with npm start; a deployed stack has the name as its TicketsTableName output)',
    );
  }
  return {
    tableName: local,
    client: localClientConfig(note.endpoints.dynamodb, note.env.AWS_REGION),
    description: `the local stack (table ${local})`,
  };
}
