// ReceiveMessage results in the shape Lambda's SQS event source hands to a handler, and the
// rules by which Lambda reads a handler's partial batch response.
import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSMessageAttribute, SQSRecord } from 'aws-lambda';

export interface QueueIdentity {
  readonly arn: string;
  readonly region: string;
}

/** `arn:aws:sqs:<region>:<account>:<name>` → its region. */
export function queueIdentity(arn: string): QueueIdentity {
  const [prefix, partition, service, region] = arn.split(':');
  if (prefix !== 'arn' || !partition || service !== 'sqs' || !region) {
    throw new Error(`"${arn}" is not an SQS queue ARN`);
  }
  return { arn, region };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Lambda's camel-cased form, with the (reserved, always empty in AWS) list fields present. */
function messageAttribute(value: MessageAttributeValue): SQSMessageAttribute {
  return {
    ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
    ...(value.BinaryValue !== undefined ? { binaryValue: base64(value.BinaryValue) } : {}),
    stringListValues: value.StringListValues ?? [],
    binaryListValues: (value.BinaryListValues ?? []).map(base64),
    dataType: value.DataType ?? 'String',
  };
}

const OPTIONAL_SYSTEM_ATTRIBUTES = [
  'AWSTraceHeader',
  'SequenceNumber',
  'MessageGroupId',
  'MessageDeduplicationId',
  'DeadLetterQueueSourceArn',
] as const;

/**
 * One record as Lambda builds it from a message received with every system and message
 * attribute. The four system attributes Lambda always sends come first, in Lambda's order.
 */
export function toSqsRecord(message: Message, queue: QueueIdentity): SQSRecord {
  if (!message.MessageId || !message.ReceiptHandle) {
    throw new Error('ReceiveMessage returned a message without MessageId or ReceiptHandle');
  }
  const system = message.Attributes ?? {};
  const optional = Object.fromEntries(
    OPTIONAL_SYSTEM_ATTRIBUTES.flatMap((name) =>
      system[name] !== undefined ? [[name, system[name]]] : [],
    ),
  );
  return {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: system.ApproximateReceiveCount ?? '1',
      SentTimestamp: system.SentTimestamp ?? '',
      SenderId: system.SenderId ?? '',
      ApproximateFirstReceiveTimestamp: system.ApproximateFirstReceiveTimestamp ?? '',
      ...optional,
    },
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        messageAttribute(value),
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    ...(message.MD5OfMessageAttributes
      ? { md5OfMessageAttributes: message.MD5OfMessageAttributes }
      : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: queue.region,
  };
}

export type BatchVerdict =
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'partial'; readonly failedIds: ReadonlySet<string> }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * What Lambda makes of a handler's return value with ReportBatchItemFailures on (as the CDK
 * stack sets it): nothing, `{}`, or an empty or null `batchItemFailures` is complete success;
 * listed ids are retried; anything it cannot read — not an object, a list that is not a list,
 * an entry without a non-empty `itemIdentifier`, or an id not in the batch — fails the batch.
 */
export function readBatchResponse(
  response: SQSBatchResponse | void | unknown,
  batchIds: ReadonlySet<string>,
): BatchVerdict {
  if (response === undefined || response === null) return { kind: 'succeeded' };
  if (typeof response !== 'object' || Array.isArray(response)) {
    return {
      kind: 'invalid',
      reason: `the response is not an object: ${JSON.stringify(response)}`,
    };
  }
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: 'succeeded' };
  if (!Array.isArray(failures)) {
    return { kind: 'invalid', reason: 'batchItemFailures is not a list' };
  }
  const failedIds = new Set<string>();
  for (const failure of failures as unknown[]) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    if (typeof id !== 'string' || id === '') {
      return { kind: 'invalid', reason: `batchItemFailures has an entry without itemIdentifier` };
    }
    if (!batchIds.has(id)) {
      return {
        kind: 'invalid',
        reason: `batchItemFailures names "${id}", which is not in the batch`,
      };
    }
    failedIds.add(id);
  }
  return failedIds.size === 0 ? { kind: 'succeeded' } : { kind: 'partial', failedIds };
}
