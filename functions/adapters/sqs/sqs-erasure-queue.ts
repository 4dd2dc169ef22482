import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ErasureJob, ErasureQueue } from '../privacy-stores';

/** The erasure queue: one message per erasure, for the erasure worker. */
export class SqsErasureQueue implements ErasureQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(job: ErasureJob): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(job) }),
    );
  }
}
