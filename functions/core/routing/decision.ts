import type { LanguageResult } from '../language/detect-language';
import type { RegionResult } from '../region/detect-region';
import type { TeamStep } from './choose-team';
import type { SenderCheck } from './sender-check';

/**
 * What routing decided for a ticket (docs/routing.md): printed by the CLI and stored with the
 * ticket.
 */
export interface Decision {
  readonly ticketId: string;
  readonly status: 'assigned' | 'queued';
  readonly team: string | null;
  readonly agent: string | null;
  /** ISO instant when the queued ticket's team comes on shift; null when assigned. */
  readonly queuedUntil: string | null;
  readonly needsTranslation: boolean;
  readonly language: LanguageResult;
  readonly region: RegionResult;
  /** The instant routed at, ISO with milliseconds. */
  readonly at: string;
  /** The team step (docs/routing.md) that chose (1–6); null only without any team configured. */
  readonly step: TeamStep | null;
  /** Why, in sentences a support lead can read: the choice first, then each team passed over. */
  readonly reasons: readonly string[];
  /**
   * Inbound email only: what the mail server's verdicts say about the sender. `verified: false`
   * means the `From` address may be forged: nothing may be written to it without checking.
   */
  readonly sender?: SenderCheck;
}
