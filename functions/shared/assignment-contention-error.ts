/**
 * Assigning a ticket (routing it, or moving it on at a run of the scheduler) kept meeting other
 * transactions on the same items. It is left to the caller's retry, when the burst is over: SQS
 * delivers the record again, the scheduler's next run looks at the ticket again.
 */
export class AssignmentContentionError extends Error {
  override readonly name = 'AssignmentContentionError';

  constructor(
    readonly ticketId: string,
    readonly attempts: number,
  ) {
    super(`ticket ${ticketId}: assignment transaction still contended after ${attempts} attempts`);
  }
}
