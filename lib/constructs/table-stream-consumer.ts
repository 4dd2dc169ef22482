import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StreamFilterPattern } from '../../functions/definitions/waiting-line';

export interface TableStreamSettings {
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  readonly retryAttempts: number;
  readonly maxRecordAgeSeconds: number;
}

export interface TableStreamConsumerProps {
  readonly table: ITable;
  /** Records no pattern matches never invoke the function (and cost nothing). */
  readonly filters: readonly StreamFilterPattern[];
  readonly settings: TableStreamSettings;
  /** Where the metadata of records given up goes (the on-failure destination). */
  readonly deadLetters: IQueue;
}

/**
 * Has `fn` consume a table's stream as every sunroute stream consumer does: from the latest
 * record, with the filter criteria of the shared definitions, partial batch responses
 * (ReportBatchItemFailures: a retry starts at the first failed record), a failing batch bisected,
 * retried `retryAttempts` times and given up past `maxRecordAgeSeconds`, its records' positions
 * then sent to `deadLetters`. The local stack's stream poller follows the same settings
 * (functions/local-stack/dynamodb-stream-source.ts).
 */
export function consumeTableStream(fn: IFunction, props: TableStreamConsumerProps): void {
  const { settings } = props;
  fn.addEventSource(
    new DynamoEventSource(props.table, {
      startingPosition: StartingPosition.LATEST,
      batchSize: settings.batchSize,
      maxBatchingWindow: Duration.seconds(settings.maxBatchingWindowSeconds),
      retryAttempts: settings.retryAttempts,
      maxRecordAge: Duration.seconds(settings.maxRecordAgeSeconds),
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(props.deadLetters),
      filters: props.filters.map((pattern) => FilterCriteria.filter({ ...pattern })),
    }),
  );
}
