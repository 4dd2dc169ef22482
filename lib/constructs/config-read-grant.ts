import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

/**
 * What reading the configuration through the config cache needs: on a cold start the newest
 * version by one Query of the `CONFIG` partition, then at most once a minute the CURRENT pointer
 * and, when it moved, the version it names (GetItem). Nothing that writes.
 */
export function grantConfigRead(fn: IFunction, configTable: ITable): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resources: [configTable.tableArn],
    }),
  );
}
