import { ticketLinks } from '../core/followup/ticket-link-token';
import type { SecretSource } from './ticket-link-secret';

export type AssignmentLinks = ReturnType<typeof ticketLinks>;

/** The acknowledge and resolve links of one ticket's assignment email, signed at `now`. */
export type TicketLinkSigner = (ticketId: string, now: number) => Promise<AssignmentLinks>;

export function ticketLinkSigner(baseUrl: string, secret: SecretSource): TicketLinkSigner {
  return async (ticketId, now) => ticketLinks(baseUrl, await secret(), ticketId, now);
}
