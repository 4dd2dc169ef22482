import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { CONFIG_TABLE } from '../../lib/definitions/tables';
import { localClientConfig } from '../../lib/local/aws-clients';
import {
  LOCAL_STACK_FILE,
  LocalStackNotRunningError,
  readLocalStackNote,
} from '../../lib/local/local-stack-file';
import { CliInputError } from './cli-input-error';

/** Where `config diff` and `config apply` find the stored configuration. */
export interface ConfigTableTarget {
  readonly tableName: string;
  readonly client: DynamoDBClientConfig;
  /** How the CLI says where it went: `local stack` or `table <name>`. */
  readonly description: string;
}

function localStack() {
  try {
    return readLocalStackNote();
  } catch (error) {
    if (error instanceof LocalStackNotRunningError) return undefined;
    throw new CliInputError(`${LOCAL_STACK_FILE}: ${(error as Error).message}`);
  }
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
  const note = localStack();
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
