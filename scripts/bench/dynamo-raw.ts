// The storage ceiling for the end-to-end bench: how many conditional writes per second DynamoDB
// Local sustains at concurrency 16, the Lambda-like fan-in of the router, plus the stand-ins'
// cold start. `node --import tsx scripts/bench/dynamo-raw.ts [--jvm-default]`; the flag measures
// the JVM with its default (C2) compiler instead of the fast-start flags.
import { performance } from 'node:perf_hooks';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { createLocalClients } from '../../functions/local-stack/aws-clients';
import { createTables } from '../../functions/local-stack/create-tables';
import { startStandIns } from '../../functions/local-stack/stand-ins';
import { conditionalWriteRate } from './conditional-write-rate';

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
  const rate = await conditionalWriteRate(clients.dynamodb, tableName, {
    concurrency: CONCURRENCY,
    warmUpWrites: WARM_UP_WRITES,
    measuredWrites: MEASURED_WRITES,
  });
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
