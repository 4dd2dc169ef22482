/** SQS answered without what a successful send returns; the caller retries or reports it. */
export class SqsResponseError extends Error {
  override readonly name = 'SqsResponseError';
}
