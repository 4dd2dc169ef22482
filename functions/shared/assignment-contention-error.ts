/**
 * The assignment transaction kept meeting other routers' transactions on the same items. The
 * record fails and SQS retries it later, when the burst is over.
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
