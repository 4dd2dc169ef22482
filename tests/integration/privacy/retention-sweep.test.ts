// The daily retention sweep on the stand-ins: with `privacy.retentionDays.rawMail` and
// `.deadLetters` shorter than the bucket's rule and the queue's retention, raw mail stored and
// dead letters sent before the cut-off go, the rest stays; with the defaults nothing goes.
import { setTimeout as pause } from 'node:timers/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  CreateBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INGEST } from '../../../functions/definitions/ingest';
import { localClientConfig } from '../../../functions/definitions/local-credentials';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { awsRetentionSweepDependencies } from '../../../functions/privacy/aws-dependencies';
import { readPrivacyEnvironment } from '../../../functions/privacy/environment';
import { sweepRetention } from '../../../functions/privacy/retention-sweep';
import { startTestRouter, teamConfig, type TestRouter } from '../router/router-harness';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const { endpoints, prefix } = inject('standIns');
const s3 = new S3Client({ ...localClientConfig(endpoints.sqs), forcePathStyle: true });
const DAY = 86_400_000;

describe('retention sweep', () => {
  let router: TestRouter;
  let bucket: string;
  let queueUrl: string;
  /** Between the old and the new mail and letters. */
  let cut: number;

  const sweep = (now: number) =>
    sweepRetention(
      awsRetentionSweepDependencies(
        readPrivacyEnvironment({ ...router.env, [INGEST.mailBucketEnv]: bucket }),
        {
          dynamodb: router.clients.dynamodb,
          sqs: router.clients.sqs,
          s3,
          clock: () => now,
          logger: new Logger({ logLevel: 'SILENT' }),
          metrics: new Metrics(),
        },
      ),
    );

  async function mailKeys(): Promise<string[]> {
    const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    return Contents.map((object) => object.Key!).sort();
  }

  async function letterBodies(): Promise<string[]> {
    const bodies: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { Messages = [] } = await router.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 0,
        }),
      );
      bodies.push(...Messages.map((message) => message.Body!));
    }
    return [...new Set(bodies)].sort();
  }

  beforeAll(async () => {
    router = await startTestRouter();
    bucket = `${prefix}-retention-${router.runId}`;
    queueUrl = router.env[TICKET_QUEUE.deadLetter.queueUrlEnv]!;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const store = async (key: string, letter: string) => {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `${INGEST.mailObjectPrefix}${key}`,
          Body: key,
        }),
      );
      await router.clients.sqs.send(
        new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: letter }),
      );
    };
    await store('old-mail', 'old letter');
    // S3 keeps the time of storing to the second.
    await pause(1_100);
    cut = Date.now();
    await pause(1_100);
    await store('new-mail', 'new letter');
    // Outside the inbound prefix: not raw mail, never the sweep's.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'elsewhere/x', Body: 'x' }));
  }, 60_000);

  afterAll(() => {
    router?.close();
    s3.destroy();
  });

  it('deletes nothing while the configuration keeps the stack’s own retention', async () => {
    await router.saveConfig(teamConfig(router.runId));
    const summary = await sweep(cut + 40 * DAY);
    expect(summary).toMatchObject({ rawMailDays: 30, deadLetterDays: 14, rawMailExpired: 0 });
    expect(summary.deadLettersExpired).toEqual({});
    expect(await mailKeys()).toEqual(['elsewhere/x', 'inbound/new-mail', 'inbound/old-mail']);
    expect(await letterBodies()).toEqual(['new letter', 'old letter']);
  });

  it('deletes raw mail and dead letters older than the configured days, and only those', async () => {
    await router.saveConfig(
      `${teamConfig(router.runId)}
privacy:
  retentionDays: { rawMail: 7, deadLetters: 3 }
`,
    );
    // Three days after the cut, the old letter is past its three days, the new one not yet.
    expect(await sweep(cut + 3 * DAY)).toMatchObject({
      rawMailExpired: 0,
      deadLettersExpired: { 'ticket dead-letter queue': 1 },
    });
    expect(await letterBodies()).toEqual(['new letter']);
    expect(await mailKeys()).toHaveLength(3);
    expect(await sweep(cut + 7 * DAY)).toMatchObject({ rawMailDays: 7, rawMailExpired: 1 });
    expect(await mailKeys()).toEqual(['elsewhere/x', 'inbound/new-mail']);
    // Run again the same day: nothing more to do.
    expect(await sweep(cut + 7 * DAY)).toMatchObject({
      rawMailExpired: 0,
      deadLettersExpired: { 'ticket dead-letter queue': 0 },
    });
  });
});
