// How the local SQS event source reads a handler's answer and builds records: the rules Lambda
// applies with ReportBatchItemFailures, which decide what is retried.
import { describe, expect, it } from 'vitest';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import {
  queueIdentity,
  readBatchResponse,
  toSqsRecord,
} from '../../../functions/local-stack/sqs-records';

const ids = new Set(['m-1', 'm-2']);

describe('readBatchResponse', () => {
  it.each([undefined, null, {}, { batchItemFailures: [] }, { batchItemFailures: null }])(
    'treats %j as complete success',
    (response) => {
      expect(readBatchResponse(response, ids)).toEqual({ kind: 'succeeded' });
    },
  );

  it('retries exactly the listed records', () => {
    expect(readBatchResponse({ batchItemFailures: [{ itemIdentifier: 'm-2' }] }, ids)).toEqual({
      kind: 'partial',
      failedIds: new Set(['m-2']),
    });
  });

  it.each([
    ['a string', 'ok', 'not an object'],
    ['a list', [], 'not an object'],
    ['failures that are not a list', { batchItemFailures: 'm-1' }, 'not a list'],
    ['an entry without itemIdentifier', { batchItemFailures: [{ id: 'm-1' }] }, 'itemIdentifier'],
    ['an empty itemIdentifier', { batchItemFailures: [{ itemIdentifier: '' }] }, 'itemIdentifier'],
    ['a null entry', { batchItemFailures: [null] }, 'itemIdentifier'],
    ['an id not in the batch', { batchItemFailures: [{ itemIdentifier: 'm-9' }] }, '"m-9"'],
  ])('fails the whole batch for %s', (_what, response, reason) => {
    const verdict = readBatchResponse(response, ids);
    expect(verdict.kind).toBe('invalid');
    expect(verdict.kind === 'invalid' && verdict.reason).toContain(reason);
  });
});

describe('toSqsRecord', () => {
  const queue = queueIdentity('arn:aws:sqs:eu-west-1:123456789012:Tickets');

  it('reads the region from the queue ARN and refuses what is not one', () => {
    expect(queue).toEqual({
      arn: 'arn:aws:sqs:eu-west-1:123456789012:Tickets',
      region: 'eu-west-1',
    });
    expect(() => queueIdentity('http://sqs.us-east-1.localhost/000000000000/q')).toThrow(
      'not an SQS queue ARN',
    );
  });

  it('builds the record Lambda builds, FIFO attributes included when present', () => {
    const record = toSqsRecord(
      {
        MessageId: 'm-1',
        ReceiptHandle: 'rh-1',
        Body: '{"id":"t-1"}',
        MD5OfBody: 'md5',
        Attributes: {
          SenderId: 'AIDA',
          ApproximateFirstReceiveTimestamp: '1700000000100',
          SentTimestamp: '1700000000000',
          ApproximateReceiveCount: '3',
          MessageGroupId: 'g-1',
        },
        MessageAttributes: {
          tags: { DataType: 'String.Array', StringListValues: ['a'] },
          raw: { DataType: 'Binary', BinaryValue: new Uint8Array([255]) },
        },
      },
      queue,
    );
    expect(record).toEqual({
      messageId: 'm-1',
      receiptHandle: 'rh-1',
      body: '{"id":"t-1"}',
      attributes: {
        ApproximateReceiveCount: '3',
        SentTimestamp: '1700000000000',
        SenderId: 'AIDA',
        ApproximateFirstReceiveTimestamp: '1700000000100',
        MessageGroupId: 'g-1',
      },
      messageAttributes: {
        tags: { stringListValues: ['a'], binaryListValues: [], dataType: 'String.Array' },
        raw: {
          binaryValue: '/w==',
          stringListValues: [],
          binaryListValues: [],
          dataType: 'Binary',
        },
      },
      md5OfBody: 'md5',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:Tickets',
      awsRegion: 'eu-west-1',
    });
    expect(Object.keys(record.attributes)).toEqual([
      'ApproximateReceiveCount',
      'SentTimestamp',
      'SenderId',
      'ApproximateFirstReceiveTimestamp',
      'MessageGroupId',
    ]);
  });
});

describe('createLambdaContext', () => {
  it('counts the remaining time down from the timeout and names the function as Lambda does', () => {
    const context = createLambdaContext({
      functionName: 'router',
      timeoutMs: 30_000,
      memoryMb: 512,
      region: 'us-east-1',
    });
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(29_000);
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(30_000);
    expect(context).toMatchObject({
      functionVersion: '$LATEST',
      memoryLimitInMB: '512',
      logGroupName: '/aws/lambda/router',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:router',
    });
    expect(context.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => context.succeed('done')).toThrow('return or throw');
  });
});
