import { linkPageLanguage } from '../core/followup/link-page-texts/texts-for-language';
import { ticketLinks, type LinkRecipient } from '../core/followup/ticket-link-token';
import type { CompiledConfig } from '../core/routing/compiled-config';
import type { SecretSource } from './ticket-link-secret';

export type AssignmentLinks = ReturnType<typeof ticketLinks>;

/**
 * The acknowledge and resolve links of one assignment email, signed at `now` for the agent it
 * goes to and the ticket's assignment number that the same write records.
 */
export type TicketLinkSigner = (recipient: LinkRecipient, now: number) => Promise<AssignmentLinks>;

export function ticketLinkSigner(baseUrl: string, secret: SecretSource): TicketLinkSigner {
  return async (recipient, now) => ticketLinks(baseUrl, await secret(), recipient, now);
}

/**
 * Whom the links of `agent`'s assignment email are for: their page speaks the email's language
 * (the agent's languages, else the team's, as the email template is chosen).
 */
export function linkRecipient(
  compiled: CompiledConfig,
  ticketId: string,
  agent: string,
  assignment: number,
): LinkRecipient {
  const languages = compiled.agentsById.get(agent)?.languages ?? [];
  return { ticketId, agent, assignment, language: linkPageLanguage(languages) };
}
