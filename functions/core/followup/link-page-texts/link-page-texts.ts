import type { TicketLinkAction } from '../ticket-link-token';
import type { TicketLinkResult } from '../ticket-link-result';

/**
 * Every word the link pages use, for one language: the same languages as the assignment emails,
 * so that an agent reads the page in the language of the email the link came from. Plain text
 * only: the page escapes everything.
 */
export interface LinkPageTexts {
  /** BCP 47 tag of the page (`<html lang>`). */
  readonly lang: string;
  readonly confirm: Readonly<
    Record<
      TicketLinkAction,
      { readonly title: string; readonly text: string; readonly button: string }
    >
  >;
  readonly summary: {
    readonly ticket: string;
    readonly subject: string;
    readonly holder: string;
    readonly status: string;
    readonly noSubject: string;
  };
  readonly holder: {
    readonly agent: (agent: string, team: string) => string;
    readonly team: (team: string) => string;
    readonly nobody: string;
  };
  readonly status: {
    readonly assigned: string;
    readonly acknowledged: string;
    readonly queued: string;
    readonly resolved: string;
  };
  /** Leads the pages of a link that no longer applies; `holder` from `holder` above. */
  readonly movedTo: (holder: string) => string;
  readonly results: Readonly<
    Record<TicketLinkResult, { readonly title: string; readonly text: string }>
  >;
}
