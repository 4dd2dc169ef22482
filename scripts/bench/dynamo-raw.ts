// The storage ceiling for the end-to-end bench: how many conditional writes per second DynamoDB
// Local sustains at concurrency 16, the Lambda-like fan-in of the router, plus the stand-ins'
// cold start. `node --import tsx scripts/bench/dynamo-raw.ts [--jvm-default]`; the flag measures
// the JVM with its default (C2) compiler instead of the fast-start flags.
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { performance } from 'node:perf_hooks';
import { TICKETS_TABLE } from '../../lib/definitions/tables';
import { createLocalClients } from '../../lib/local/aws-clients';
import { createTables } from '../../lib/local/create-tables';
import { startStandIns } from '../../lib/local/stand-ins';

const CONCURRENCY = 16;
const WARM_UP_WRITES = 3_000;
const MEASURED_WRITES = 10_000;
const jvmDefault = process.argv.includes('--jvm-default');

const startedAt = performance.now();
const standIns = await startStandIns({
  ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
  ...(jvmDefault ? { jvmFlags: [] } : {}),
});
const startMs = performance.now() - startedAt;
const clients = createLocalClients(standIns.endpoints);

try {
  const tableName = (await createTables(clients.dynamodb, 'bench'))[TICKETS_TABLE.tableNameEnv]!;
  let next = 0;
  const write = () =>
    clients.dynamodb.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: `TICKET#${next++}` }, sk: { S: 'TICKET' }, status: { S: 'ASSIGNED' } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  const run = async (writes: number) => {
    const stopAt = next + writes;
    const worker = async () => {
      while (next < stopAt) await write();
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return writes / ((performance.now() - began) / 1000);
  };
  await run(WARM_UP_WRITES);
  const rate = await run(MEASURED_WRITES);
  console.log(
    JSON.stringify({
      jvm: jvmDefault ? 'default' : 'fast-start',
      standInsStartMs: Math.round(startMs),
      concurrency: CONCURRENCY,
      conditionalWritesPerSecond: Math.round(rate),
    }),
  );
} finally {
  clients.destroy();
  await standIns.stop();
}
