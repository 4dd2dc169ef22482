// The stand-ins behave like the AWS services where sunroute's guarantees depend on them, seen
// through the real SDK v3 clients.
import {
  ConditionalCheckFailedException,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createQueues } from '../../../functions/local-stack/create-queues';
import { createResources } from '../../../functions/local-stack/create-resources';
import { readSentEmails } from '../../../functions/local-stack/ses-store';

const { endpoints, resources, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
const ticketsTable = resources[TICKETS_TABLE.tableNameEnv]!;
afterAll(() => clients.destroy());

const item = (pk: string, sk: string, extra: Record<string, string> = {}) => ({
  pk: { S: pk },
  sk: { S: sk },
  ...Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, { S: value }])),
});

describe('DynamoDB Local', () => {
  it('refuses a conditional PutItem the second time', async () => {
    const put = new PutItemCommand({
      TableName: ticketsTable,
      Item: item(`TICKET#${randomUUID()}`, 'TICKET'),
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    await clients.dynamodb.send(put);
    await expect(clients.dynamodb.send(put)).rejects.toBeInstanceOf(
      ConditionalCheckFailedException,
    );
  });

  it('cancels a whole TransactWriteItems when its condition check fails', async () => {
    const ticket = item(`TICKET#${randomUUID()}`, 'TICKET');
    const agentLoad = { pk: { S: `AGENT#${randomUUID()}` }, sk: { S: 'LOAD' } };
    const transaction = clients.dynamodb.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: ticketsTable, Item: ticket } },
          {
            ConditionCheck: {
              TableName: ticketsTable,
              Key: agentLoad,
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        ],
      }),
    );
    const error = await transaction.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toEqual(
      ['None', 'ConditionalCheckFailed'],
    );
    const { Item } = await clients.dynamodb.send(
      new GetItemCommand({ TableName: ticketsTable, Key: { pk: ticket.pk, sk: ticket.sk } }),
    );
    expect(Item).toBeUndefined();
  });

  it('answers a query on a GSI in sort-key order', async () => {
    const teamStatus = `team-${randomUUID()}#QUEUED`;
    for (const statusSince of ['2026-12-22T09:00:00Z', '2026-12-22T08:00:00Z']) {
      await clients.dynamodb.send(
        new PutItemCommand({
          TableName: ticketsTable,
          Item: item(`TICKET#${randomUUID()}`, 'TICKET', { teamStatus, statusSince }),
        }),
      );
    }
    const { Items } = await clients.dynamodb.send(
      new QueryCommand({
        TableName: ticketsTable,
        IndexName: 'byTeamStatus',
        KeyConditionExpression: 'teamStatus = :teamStatus',
        ExpressionAttributeValues: { ':teamStatus': { S: teamStatus } },
      }),
    );
    expect(Items?.map((found) => found.statusSince?.S)).toEqual([
      '2026-12-22T08:00:00Z',
      '2026-12-22T09:00:00Z',
    ]);
  });
});

describe('createResources', () => {
  it('is idempotent and sets TTL and the redrive policy from the definitions', async () => {
    expect(await createResources(clients, { prefix })).toEqual(resources);
    const { TimeToLiveDescription } = await clients.dynamodb.send(
      new DescribeTimeToLiveCommand({ TableName: ticketsTable }),
    );
    expect(TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: TICKETS_TABLE.ttlAttribute,
    });
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: resources[TICKET_QUEUE.queueUrlEnv],
        AttributeNames: ['All'],
      }),
    );
    expect(Attributes?.VisibilityTimeout).toBe(String(TICKET_QUEUE.visibilityTimeoutSeconds));
    expect(JSON.parse(Attributes?.RedrivePolicy ?? '{}')).toMatchObject({
      maxReceiveCount: TICKET_QUEUE.maxReceiveCount,
      deadLetterTargetArn: expect.stringContaining(TICKET_QUEUE.deadLetter.id),
    });
  });
});

describe('fauxqs', () => {
  it('redelivers an undeleted message after the visibility timeout and dead-letters it after maxReceiveCount', async () => {
    // The real definition with a one-second timeout, so redelivery is watched in seconds.
    const queues = await createQueues(clients.sqs, `${prefix}-fast`, {
      ...TICKET_QUEUE,
      visibilityTimeoutSeconds: 1,
    });
    const queueUrl = queues[TICKET_QUEUE.queueUrlEnv]!;
    const deadLetterUrl = queues[TICKET_QUEUE.deadLetter.queueUrlEnv]!;
    const body = JSON.stringify({ id: randomUUID() });
    await clients.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    const receive = (url: string, waitSeconds: number) =>
      clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: url,
          WaitTimeSeconds: waitSeconds,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );

    const first = await receive(queueUrl, 0);
    expect(first.Messages?.map((message) => message.Body)).toEqual([body]);
    expect((await receive(queueUrl, 0)).Messages ?? []).toEqual([]);
    for (let count = 2; count <= TICKET_QUEUE.maxReceiveCount; count++) {
      const again = await receive(queueUrl, 3);
      expect(again.Messages?.[0]?.Body).toBe(body);
      expect(again.Messages?.[0]?.Attributes?.ApproximateReceiveCount).toBe(String(count));
    }

    expect((await receive(queueUrl, 2)).Messages ?? []).toEqual([]);
    const deadLettered = await receive(deadLetterUrl, 0);
    expect(deadLettered.Messages?.map((message) => message.Body)).toEqual([body]);
  });
});

describe('aws-ses-v2-local', () => {
  it('shows a SendEmail in its store', async () => {
    const subject = `Ticket ${randomUUID()} assigned to you`;
    await clients.sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: 'sunroute@example.com',
        Destination: { ToAddresses: ['agent@example.com'] },
        Content: {
          Simple: { Subject: { Data: subject }, Body: { Text: { Data: 'Please take it.' } } },
        },
      }),
    );
    const sent = (await readSentEmails(endpoints.sesStore)).filter((e) => e.subject === subject);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      from: 'sunroute@example.com',
      destination: { to: ['agent@example.com'] },
      body: { text: 'Please take it.' },
    });
  });
});

describe('the test environment', () => {
  it('lets clients configured only by environment variables reach the stand-ins', async () => {
    // As production code creates them: no endpoint, region or credentials in code.
    const dynamodb = new DynamoDBClient({});
    const sqs = new SQSClient({});
    try {
      expect((await dynamodb.send(new ListTablesCommand({}))).TableNames).toContain(ticketsTable);
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `${prefix}-env` }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'hello' }));
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
      expect(Messages?.map((message) => message.Body)).toEqual(['hello']);
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl, ReceiptHandle: Messages![0]!.ReceiptHandle }),
      );
    } finally {
      dynamodb.destroy();
      sqs.destroy();
    }
  });
});
