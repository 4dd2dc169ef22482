/**
 * Acknowledging or resolving a ticket kept meeting other changes of the same ticket (scheduler
 * runs, other clicks). The caller's retry (a reload of the page, the command run again) will find
 * it settled.
 */
export class TicketChangeContentionError extends Error {
  override readonly name = 'TicketChangeContentionError';

  constructor(
    readonly ticketId: string,
    readonly attempts: number,
  ) {
    super(`ticket ${ticketId}: still changed by others after ${attempts} attempts`);
  }
}
