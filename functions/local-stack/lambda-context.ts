// The `context` argument Lambda passes to a handler, for handlers the local stack calls
// in-process (the SQS event source and the HTTP gateway). Only what an async handler may use is
// real: the ids, names, limits and the remaining time.
import type { Context } from 'aws-lambda';
import { randomBytes, randomUUID } from 'node:crypto';

/** The account id the stand-ins use in their ARNs (fauxqs's queues carry the same). */
export const LOCAL_ACCOUNT_ID = '000000000000';

export interface LambdaContextOptions {
  readonly functionName: string;
  /** The function's timeout: `getRemainingTimeInMillis()` counts down from it. */
  readonly timeoutMs: number;
  readonly memoryMb: number;
  readonly region: string;
  readonly accountId?: string;
  /** Defaults to a fresh UUID, as Lambda gives every invocation its own. */
  readonly awsRequestId?: string;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '/');
}

function callbackStyle(name: string): () => never {
  return () => {
    throw new Error(
      `context.${name}() is the callback-era API; the local stack runs async handlers: return or throw instead`,
    );
  };
}

export function createLambdaContext(options: LambdaContextOptions): Context {
  const startedAt = Date.now();
  const deadline = startedAt + options.timeoutMs;
  const accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: options.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${options.region}:${accountId}:function:${options.functionName}`,
    memoryLimitInMB: String(options.memoryMb),
    awsRequestId: options.awsRequestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${options.functionName}`,
    // Lambda's form: date, version, then an id of the execution environment.
    logStreamName: `${utcDay(new Date(startedAt))}/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: callbackStyle('done'),
    fail: callbackStyle('fail'),
    succeed: callbackStyle('succeed'),
  };
}
