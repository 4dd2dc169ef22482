import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { CONFIG_TABLE } from '../../lib/definitions/tables';
import { localClientConfig } from '../../lib/local/aws-clients';
import { CliInputError } from './cli-input-error';
import { runningLocalStack } from './running-local-stack';

/** Where `config diff` and `config apply` find the stored configuration. */
export interface ConfigTableTarget {
  readonly tableName: string;
  readonly client: DynamoDBClientConfig;
  /** How the CLI says where it went: `local stack` or `table <name>`. */
  readonly description: string;
}

/**
 * `--table`, else $CONFIG_TABLE_NAME (a deployed stack's ConfigTableName output; the standard AWS
 * environment decides region, credentials and endpoint), else the table of the local stack
 * `npm start` runs.
 */
export function configTableTarget(
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ConfigTableTarget {
  const named = table || env[CONFIG_TABLE.tableNameEnv];
  if (named) return { tableName: named, client: {}, description: `table ${named}` };
  const note = runningLocalStack();
  const local = note?.env[CONFIG_TABLE.tableNameEnv];
  if (!note || !local) {
    throw new CliInputError(
      `--table: not given, ${CONFIG_TABLE.tableNameEnv} is not set and no local stack runs ` +
        '(start one with npm start; a deployed stack has the name as its ConfigTableName output)',
    );
  }
  return {
    tableName: local,
    client: localClientConfig(note.endpoints.dynamodb, note.env.AWS_REGION),
    description: `the local stack (table ${local})`,
  };
}
