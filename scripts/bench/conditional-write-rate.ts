// The storage ceiling the end-to-end bench is compared against: conditional PutItems per second
// at a Lambda-like fan-in, each to a new key as the router's ticket put is.
import { PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';

export interface WriteRateOptions {
  readonly concurrency: number;
  readonly warmUpWrites: number;
  readonly measuredWrites: number;
}

export async function conditionalWriteRate(
  dynamodb: DynamoDBClient,
  tableName: string,
  { concurrency, warmUpWrites, measuredWrites }: WriteRateOptions,
): Promise<number> {
  let next = 0;
  const write = () =>
    dynamodb.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: `RAW#${next++}` }, sk: { S: 'TICKET' }, status: { S: 'ASSIGNED' } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  const run = async (writes: number) => {
    const stopAt = next + writes;
    const worker = async () => {
      while (next < stopAt) await write();
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return writes / ((performance.now() - began) / 1000);
  };
  await run(warmUpWrites);
  return run(measuredWrites);
}
