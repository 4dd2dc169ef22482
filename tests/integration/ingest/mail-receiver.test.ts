// SES receiving's Lambda against the stand-ins: the raw mail in fauxqs's S3 as SES's S3 action
// leaves it, the ticket on a real queue, refusals on the real dead-letter queue with attributes.
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mailReceiverDependencies } from '../../../functions/ingest/aws-dependencies';
import { createMailReceiverHandler } from '../../../functions/ingest/mail-receiver-handler';
import { INGEST } from '../../../functions/definitions/ingest';
import { DEAD_LETTER_ATTRIBUTES, TICKET_QUEUE } from '../../../functions/definitions/queues';
import { localClientConfig } from '../../../functions/definitions/local-credentials';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createQueues } from '../../../functions/local-stack/create-queues';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import { sesEvent } from '../../unit/ingest/ses-event';
import { fixtureEmail } from './ingest-harness';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
// fauxqs serves S3 on its SQS endpoint, with bucket names in the path.
const s3 = new S3Client({ ...localClientConfig(endpoints.sqs), forcePathStyle: true });
const run = randomUUID().slice(0, 8);
const bucket = `${prefix}-mail-${run}`;
let queues: Record<string, string>;

async function receiveAll(queueUrl: string) {
  const { Messages = [] } = await clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
      WaitTimeSeconds: 0,
    }),
  );
  return Messages;
}

async function receive(file: Buffer | string, sesMessageId: string) {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `${INGEST.mailObjectPrefix}${sesMessageId}`,
      Body: typeof file === 'string' ? fixtureEmail(file) : file,
    }),
  );
  const handler = createMailReceiverHandler(
    mailReceiverDependencies(
      {
        ticketQueueUrl: queues[TICKET_QUEUE.queueUrlEnv]!,
        deadLetterQueueUrl: queues[TICKET_QUEUE.deadLetter.queueUrlEnv]!,
        mailBucket: bucket,
      },
      {
        sqs: clients.sqs,
        s3,
        logger: new Logger({ logLevel: 'SILENT' }),
        metrics: new Metrics({ namespace: 'SunrouteTest', serviceName: 'ingest' }),
      },
    ),
    bucket,
  );
  const context = createLambdaContext({
    functionName: 'receiver',
    timeoutMs: 30_000,
    memoryMb: 1024,
    region: 'us-east-1',
  });
  await handler(sesEvent(sesMessageId), context);
}

describe('SES receiving on the stand-ins', () => {
  beforeAll(async () => {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    queues = await createQueues(clients.sqs, `${prefix}-receiver-${run}`);
  });
  afterAll(() => {
    s3.destroy();
    clients.destroy();
  });

  it('puts the ticket of a stored Shift_JIS mail on the queue, as the router reads it', async () => {
    await receive('ja-shift-jis.eml', `ses-sjis-${run}`);
    const [message, ...rest] = await receiveAll(queues[TICKET_QUEUE.queueUrlEnv]!);
    expect(rest).toEqual([]);
    const ticket = JSON.parse(message!.Body!) as Record<string, unknown>;
    expect(ticket).toMatchObject({
      id: 'email:000001db5a3e$7c1f2a40$745b7ec0$@example.co.jp',
      channel: 'email',
      receivedAt: '2026-12-22T09:14:58.120Z',
      customer: { email: 'ken.sato@example.co.jp' },
    });
    expect(ticket.subject).toBe('パスワード再設定メールが届かない');
  });

  it('queues nothing for a bounce and dead-letters a mail without sender, naming where it is', async () => {
    await receive('bounce.eml', `ses-bounce-${run}`);
    await receive(Buffer.from('Subject: hi\r\n\r\nno sender here\r\n'), `ses-nosender-${run}`);
    expect(await receiveAll(queues[TICKET_QUEUE.queueUrlEnv]!)).toEqual([]);
    const letters = await receiveAll(queues[TICKET_QUEUE.deadLetter.queueUrlEnv]!);
    expect(letters).toHaveLength(1);
    expect(JSON.parse(letters[0]!.Body!)).toEqual({
      bucket,
      key: `inbound/ses-nosender-${run}`,
      sesMessageId: `ses-nosender-${run}`,
      receivedAt: '2026-12-22T09:14:58.120Z',
    });
    const rule = letters[0]!.MessageAttributes?.[DEAD_LETTER_ATTRIBUTES.rule]?.StringValue;
    expect(rule).toMatch(/^sender-address: /);
  });
});
