/**
 * The assignment transaction said the ticket was recorded, but reading it found nothing: only
 * possible if it was erased in between. The record fails and its retry routes it again.
 */
export class TicketVanishedError extends Error {
  override readonly name = 'TicketVanishedError';

  constructor(readonly ticketId: string) {
    super(`ticket ${ticketId}: refused as already recorded, but not found when read`);
  }
}
