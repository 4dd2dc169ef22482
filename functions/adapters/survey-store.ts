/** Where a ticket was resolved, kept with its survey so an answer counts in the same cells. */
export interface SurveyOffer {
  readonly ticketId: string;
  readonly resolvedAt: string;
  readonly team: string | null;
  readonly agent: string | null;
  readonly language: string;
  readonly region: string;
  readonly channel: string;
  readonly priority: string;
  /** Epoch ms after which answers are refused. */
  readonly closesAt: number;
  /** The survey page's address, for a chat widget to show. */
  readonly url: string;
}

export interface StoredSurvey extends SurveyOffer {
  readonly score?: number;
  readonly comment?: string;
  readonly answeredAt?: string;
  /** When the survey email went out; absent for chat, or while sending has not finished. */
  readonly sentAt?: string;
}

export type SurveyAnswerOutcome = 'recorded' | 'changed' | 'closed' | 'missing';

/** A ticket's survey (`sk SURVEY` in the ticket's partition). */
export interface SurveyStore {
  /** Creates the survey once; false when the ticket has one already. */
  offer(offer: SurveyOffer, expiresAt: number): Promise<boolean>;
  markSent(ticketId: string, at: string): Promise<void>;
  read(ticketId: string): Promise<StoredSurvey | undefined>;
  /** Records or replaces the answer while the survey is open. */
  answer(
    ticketId: string,
    answer: { readonly score: number; readonly comment?: string },
    now: number,
  ): Promise<SurveyAnswerOutcome>;
}
