/** DynamoDB kept leaving deletes of a BatchWriteItem unprocessed (throttling): try again later. */
export class UnprocessedDeletesError extends Error {
  override readonly name = 'UnprocessedDeletesError';

  constructor(
    readonly table: string,
    readonly count: number,
    readonly attempts: number,
  ) {
    super(`${table}: BatchWriteItem left ${count} deletes undone after ${attempts} tries`);
  }
}
