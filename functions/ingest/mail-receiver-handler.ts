import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { SESEvent, SESMessage } from 'aws-lambda';
import { InboundEmailError } from '../core/ingest/inbound-email-error';
import { INGEST, INGEST_METRICS } from '../definitions/ingest';
import type { MailReceiverDependencies } from './dependencies';
import { ingestRawEmail } from './ingest-raw-email';
import { sesVerdicts } from './ses-verdicts';

/** What a dead letter of an inbound mail carries: where the raw mail is, to read or replay it. */
export interface MailDeadLetterBody {
  readonly bucket: string;
  readonly key: string;
  readonly sesMessageId: string;
  readonly receivedAt: string;
}

/**
 * SES receiving's Lambda action, invoked asynchronously after the S3 action stored the mail.
 * A mail that can never be a ticket (unparseable, no sender, a virus) goes to the dead-letter
 * queue with the reason and where the raw mail is. Anything else that fails (S3, SQS) is
 * thrown: Lambda retries the event twice, then puts it on the dead-letter queue as well, and the
 * raw mail stays in the bucket for INGEST.mailRetentionDays either way.
 */
export function createMailReceiverHandler(deps: MailReceiverDependencies, bucket: string) {
  async function deadLetter(body: MailDeadLetterBody, rule: string, message: string) {
    await deps.deadLetters.send({
      body: JSON.stringify(body),
      reason: `$: ${rule}: ${message}`,
      field: '$',
      rule: `${rule}: ${message}`,
      sourceMessageId: body.sesMessageId,
    });
    deps.metrics.addMetric(INGEST_METRICS.emailsRefused, MetricUnit.Count, 1);
    deps.logger.warn('inbound mail dead-lettered', { ...body, rule, message });
  }

  async function receive({ mail, receipt }: SESMessage): Promise<void> {
    const key = `${INGEST.mailObjectPrefix}${mail.messageId}`;
    const receivedAt = Date.parse(mail.timestamp);
    const reference: MailDeadLetterBody = {
      bucket,
      key,
      sesMessageId: mail.messageId,
      receivedAt: mail.timestamp,
    };
    if (receipt.virusVerdict.status === 'FAIL') {
      await deadLetter(reference, 'virus', 'SES found a virus in the mail');
      return;
    }
    const raw = await deps.mail.read(key);
    try {
      const at = Number.isNaN(receivedAt) ? deps.clock() : receivedAt;
      await ingestRawEmail(
        deps,
        raw,
        { at, verdicts: sesVerdicts(receipt), rawKey: key, envelopeRecipients: receipt.recipients },
        {
          bucket,
          key,
          sesMessageId: mail.messageId,
        },
      );
    } catch (error) {
      if (!(error instanceof InboundEmailError)) throw error;
      await deadLetter(reference, error.code, error.message);
    }
  }

  return middy(async (event: SESEvent): Promise<void> => {
    for (const record of event.Records) await receive(record.ses);
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics));
}

export type MailReceiverHandler = ReturnType<typeof createMailReceiverHandler>;
