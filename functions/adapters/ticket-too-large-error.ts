/** A ticket whose JSON does not fit one SQS message, so it can never reach the router. */
export class TicketTooLargeError extends Error {
  override readonly name = 'TicketTooLargeError';

  constructor(
    readonly ticketId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `ticket ${ticketId} is ${bytes} bytes as JSON; a ticket message holds at most ${limit} bytes`,
    );
  }
}
