import { linkPageLanguage } from '../core/followup/link-page-texts/texts-for-language';
import { ticketLinks, type LinkRecipient } from '../core/followup/ticket-link-token';
import { replyAddress } from '../core/replies/reply-address';
import type { CompiledConfig } from '../core/routing/compiled-config';
import type { SecretSource } from './ticket-link-secret';

export type AssignmentLinks = ReturnType<typeof ticketLinks> & {
  /** The ticket's signed reply address, when replies are received (an inbound domain). */
  readonly replyTo?: string;
};

/**
 * The acknowledge and resolve links of one assignment email, and its reply address, signed at `now` for the agent it
 * goes to and the ticket's assignment number that the same write records.
 */
export type TicketLinkSigner = (recipient: LinkRecipient, now: number) => Promise<AssignmentLinks>;

export function ticketLinkSigner(
  baseUrl: string,
  secret: SecretSource,
  replyDomain?: string,
): TicketLinkSigner {
  return async (recipient, now) => {
    const key = await secret();
    const links = ticketLinks(baseUrl, key, recipient, now);
    return replyDomain === undefined
      ? links
      : { ...links, replyTo: replyAddress(key, recipient, replyDomain) };
  };
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
