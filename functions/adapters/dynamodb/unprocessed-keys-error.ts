/** Unprocessed keys of a BatchGetItem are asked for again this many times before giving up. */
export const BATCH_GET_ATTEMPTS = 5;

/** DynamoDB kept leaving keys of a BatchGetItem unprocessed (throttling): the record is retried. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';

  constructor(
    readonly table: string,
    readonly count: number,
  ) {
    super(`${table}: BatchGetItem left ${count} keys unread after ${BATCH_GET_ATTEMPTS} tries`);
  }
}
