import { Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { INGEST } from '../../functions/definitions/ingest';
import {
  PERSONAL_DEAD_LETTER_QUEUES,
  type PersonalDeadLetterQueue,
} from '../../functions/definitions/privacy';

/**
 * Where customer data waits outside the tickets table: every dead-letter queue of
 * PERSONAL_DEAD_LETTER_QUEUES with the stack's queue for it, and the raw mail bucket where mail
 * is received.
 */
export interface PersonalDataPlaces {
  readonly deadLetterQueues: readonly {
    readonly definition: PersonalDeadLetterQueue;
    readonly queue: IQueue;
  }[];
  readonly mailBucket?: IBucket;
}

/**
 * The stack's queues for the definitions, by their URL's environment name. A definition without
 * a queue fails synthesis: privacy functions must never run blind to a queue that holds letters.
 */
export function personalDataPlaces(
  queuesByEnv: Readonly<Record<string, IQueue>>,
  mailBucket?: IBucket,
): PersonalDataPlaces {
  return {
    deadLetterQueues: PERSONAL_DEAD_LETTER_QUEUES.map((definition) => {
      const queue = queuesByEnv[definition.queueUrlEnv];
      if (!queue) {
        throw new Error(
          `${definition.name} (${definition.queueUrlEnv}): the stack gives privacy no queue for it`,
        );
      }
      return { definition, queue };
    }),
    ...(mailBucket ? { mailBucket } : {}),
  };
}

/** The queues' URLs and the bucket's name, under the names the handlers read. */
export function personalDataEnvironment(places: PersonalDataPlaces): Record<string, string> {
  return {
    ...Object.fromEntries(
      places.deadLetterQueues.map(({ definition, queue }) => [
        definition.queueUrlEnv,
        queue.queueUrl,
      ]),
    ),
    ...(places.mailBucket ? { [INGEST.mailBucketEnv]: places.mailBucket.bucketName } : {}),
  };
}

/** Reading every dead letter once, deleting some, making the others visible again. */
export function grantDeadLetterSweep(grantee: IGrantable, places: PersonalDataPlaces): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'],
      resources: places.deadLetterQueues.map(({ queue }) => queue.queueArn),
    }),
  );
}

/**
 * Raw mail under the inbound prefix only, with `actions` (GetObject, DeleteObject); `why` is the
 * reason the wildcard over SES's message ids is acknowledged.
 */
export function grantRawMail(
  fn: NodejsFunction,
  bucket: IBucket,
  actions: readonly string[],
  why: string,
): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: [...actions],
      resources: [bucket.arnForObjects(`${INGEST.mailObjectPrefix}*`)],
    }),
  );
  const bucketId = Stack.of(fn).getLogicalId(bucket.node.defaultChild as CfnBucket);
  Validations.of(fn.role!).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${INGEST.mailObjectPrefix}*]`,
    reason: why,
  });
}
