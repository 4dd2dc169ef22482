// Starting, crashing and stopping the stand-ins leaves nothing behind: a JVM or a port left over
// would break the next `npm start` or test run on the same machine.
import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { localClientConfig } from '../../../functions/definitions/local-credentials';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import { freePort, isPortFree } from '../../../functions/local-stack/ports';
import { JavaNotFoundError, PortInUseError } from '../../../functions/local-stack/stand-in-errors';
import { startStandIns } from '../../../functions/local-stack/stand-ins';
import { eventually } from '../eventually';

/** Process ids of DynamoDB Local JVMs told to listen on `port`, found by their command line. */
async function dynamoJvmsOnPort(port: number): Promise<string[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const found: string[] = [];
  for (const pid of pids) {
    const args = await readFile(`/proc/${pid}/cmdline`, 'utf8').then(
      (text) => text.split('\0'),
      (): string[] => [],
    );
    const portAt = args.indexOf('-port');
    if (
      args.some((arg) => arg.endsWith('DynamoDBLocal.jar')) &&
      args[portAt + 1] === String(port)
    ) {
      found.push(pid);
    }
  }
  return found;
}

async function freePorts() {
  return { dynamodb: await freePort(), sqs: await freePort(), sesv2: await freePort() };
}

/** Transactions acknowledged before each restart and after the last. */
const WRITES_BETWEEN_RESTARTS = 25;

describe('stand-ins lifecycle', () => {
  it('restarts only DynamoDB, keeps its data on disk, and stop() frees every port and the JVM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sunroute-dynamo-'));
    const ports = await freePorts();
    const standIns = await startStandIns({ ports, dynamoDataDir: dataDir });
    const clients = createLocalClients(standIns.endpoints);
    const probe = new DynamoDBClient({
      ...localClientConfig(standIns.endpoints.dynamodb),
      maxAttempts: 1,
    });
    try {
      const names = await createTables(clients.dynamodb, 'restart');
      const TableName = names.TICKETS_TABLE_NAME;
      const Key = { pk: { S: 'TICKET#1' }, sk: { S: 'TICKET' } };
      await clients.dynamodb.send(new PutItemCommand({ TableName, Item: Key }));
      const [jvmBefore] = await dynamoJvmsOnPort(ports.dynamodb);

      const restarted = standIns.restartDynamo({ downForMs: 1_000 });
      // The JVM takes a moment to shut down on SIGTERM; within the second it stays down it must
      // stop answering.
      let down = false;
      for (let tries = 0; tries < 20 && !down; tries++) {
        await sleep(50);
        down = await probe.send(new GetItemCommand({ TableName, Key })).then(
          () => false,
          () => true,
        );
      }
      expect(down).toBe(true);
      expect(await isPortFree(ports.sqs)).toBe(false);
      await restarted;

      const { Item } = await clients.dynamodb.send(new GetItemCommand({ TableName, Key }));
      expect(Item).toEqual(Key);
      const jvmsAfter = await dynamoJvmsOnPort(ports.dynamodb);
      expect(jvmsAfter).toHaveLength(1);
      expect(jvmsAfter[0]).not.toBe(jvmBefore);
    } finally {
      clients.destroy();
      probe.destroy();
      await standIns.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(await dynamoJvmsOnPort(ports.dynamodb)).toEqual([]);
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
  });

  it('names the missing Java and how to install it, leaving the other stand-ins stopped', async () => {
    const ports = await freePorts();
    const failure = startStandIns({ ports, javaPath: '/nonexistent/bin/java' });
    await expect(failure).rejects.toBeInstanceOf(JavaNotFoundError);
    await expect(failure).rejects.toThrow('apt-get install -y default-jre-headless');
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
  });

  it('keeps every write it acknowledged across restarts under load, as DynamoDB does', async () => {
    // Killed with SIGKILL, DynamoDB Local loses a transaction it acknowledged about once per
    // restart (this test then fails, as it did in two runs out of two).
    const dataDir = await mkdtemp(join(tmpdir(), 'sunroute-dynamo-'));
    const standIns = await startStandIns({ ports: await freePorts(), dynamoDataDir: dataDir });
    const writer = new DynamoDBClient({
      ...localClientConfig(standIns.endpoints.dynamodb),
      maxAttempts: 1,
    });
    try {
      const { TICKETS_TABLE_NAME: TableName } = await createTables(writer, 'durable');
      const acknowledged: string[] = [];
      let writing = true;
      const write = async (lane: number) => {
        for (let n = 0; writing; n++) {
          const pk = `TICKET#${lane}-${n}`;
          const item = (sk: string) => ({ pk: { S: pk }, sk: { S: sk } });
          try {
            await writer.send(
              new TransactWriteItemsCommand({
                TransactItems: [
                  {
                    Put: {
                      TableName,
                      Item: item('TICKET'),
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
                  { Put: { TableName, Item: item('OUTBOX#001') } },
                ],
              }),
            );
            acknowledged.push(pk);
          } catch {
            await sleep(20);
          }
        }
      };
      // Each restart waits for writes to be flowing, counted rather than timed: on a loaded
      // machine a second may hold few writes, and a restart between none proves nothing.
      const flowing = async () => {
        const before = acknowledged.length;
        const resumed = await eventually(
          async () => acknowledged.length >= before + WRITES_BETWEEN_RESTARTS,
          30_000,
        );
        expect(resumed, `${WRITES_BETWEEN_RESTARTS} writes acknowledged`).toBe(true);
      };
      const lanes = Array.from({ length: 12 }, (_, lane) => write(lane));
      for (let restart = 0; restart < 2; restart++) {
        await flowing();
        await standIns.restartDynamo({ downForMs: 300 });
      }
      await flowing();
      writing = false;
      await Promise.all(lanes);

      const stored = new Set<string>();
      let ExclusiveStartKey: Record<string, never> | undefined;
      do {
        const page = await writer.send(new ScanCommand({ TableName, ExclusiveStartKey }));
        for (const item of page.Items ?? []) stored.add(`${item.pk!.S}/${item.sk!.S}`);
        ExclusiveStartKey = page.LastEvaluatedKey as typeof ExclusiveStartKey;
      } while (ExclusiveStartKey);
      expect(acknowledged.length).toBeGreaterThanOrEqual(3 * WRITES_BETWEEN_RESTARTS);
      const missing = acknowledged.flatMap((pk) =>
        [`${pk}/TICKET`, `${pk}/OUTBOX#001`].filter((key) => !stored.has(key)),
      );
      expect(missing).toEqual([]);
    } finally {
      writer.destroy();
      await standIns.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports a taken port and stops the JVM that did start', async () => {
    const ports = await freePorts();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(ports.sesv2, '127.0.0.1', resolve));
    try {
      const failure = startStandIns({ ports });
      await expect(failure).rejects.toBeInstanceOf(PortInUseError);
      await expect(failure).rejects.toThrow(String(ports.sesv2));
    } finally {
      squatter.close();
    }
    expect(await dynamoJvmsOnPort(ports.dynamodb)).toEqual([]);
    expect(await isPortFree(ports.dynamodb)).toBe(true);
    expect(await isPortFree(ports.sqs)).toBe(true);
  });
});
