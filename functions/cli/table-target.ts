import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { localClientConfig } from '../definitions/local-credentials';
import { CliInputError } from './cli-input-error';
import { runningLocalStack } from './running-local-stack';

/** The DynamoDB table a command works on, and how to reach it. */
export interface TableTarget {
  readonly tableName: string;
  readonly client: DynamoDBClientConfig;
  /** How the CLI says where it went: `table <name>` or `the local stack (table <name>)`. */
  readonly description: string;
}

/**
 * `--table`, else the variable `tableNameEnv` (a deployed stack's `outputName` output; the
 * standard AWS environment decides region, credentials and endpoint), else the table of the local
 * stack `npm start` runs.
 */
export function tableTarget(
  table: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  tableNameEnv: string,
  outputName: string,
): TableTarget {
  const named = table || env[tableNameEnv];
  if (named) return { tableName: named, client: {}, description: `table ${named}` };
  const note = runningLocalStack();
  const local = note?.env[tableNameEnv];
  if (!note || !local) {
    throw new CliInputError(
      `--table: not given, ${tableNameEnv} is not set and no local stack runs ` +
        `(start one with npm start; a deployed stack has the name as its ${outputName} output)`,
    );
  }
  return {
    tableName: local,
    client: localClientConfig(note.endpoints.dynamodb, note.env.AWS_REGION),
    description: `the local stack (table ${local})`,
  };
}
