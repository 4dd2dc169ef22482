/**
 * What sunroute tells a customer, per text, and the placeholders each text may use. A support
 * lead overrides any text per language in the configuration (`autoReply.texts`); the overrides
 * are checked against this list when the configuration is validated, so a misspelt placeholder
 * is refused with its path instead of reaching a customer as `{replyby}`.
 */
export const REPLY_TEXT_PLACEHOLDERS = {
  /** Used as `Re: …` when the customer's mail had no subject. */
  subjectFallback: { allowed: ['brand'], required: [] },
  greeting: { allowed: ['name'], required: ['name'] },
  greetingNoName: { allowed: [], required: [] },
  received: { allowed: ['ticket', 'brand'], required: ['ticket'] },
  replyBy: { allowed: ['replyBy'], required: ['replyBy'] },
  /** Nothing covers the ticket within 14 days: no time is promised. */
  noPromise: { allowed: ['brand'], required: [] },
  holiday: { allowed: ['team', 'holiday'], required: ['holiday'] },
  weekend: { allowed: ['team'], required: [] },
  footer: { allowed: ['brand'], required: [] },
  signOff: { allowed: ['brand'], required: ['brand'] },
  signOffNoBrand: { allowed: [], required: [] },
} as const satisfies Record<
  string,
  { readonly allowed: readonly string[]; readonly required: readonly string[] }
>;

export type ReplyTextKey = keyof typeof REPLY_TEXT_PLACEHOLDERS;
export const REPLY_TEXT_KEYS = Object.keys(REPLY_TEXT_PLACEHOLDERS) as ReplyTextKey[];

/** Every text of one language, with `{placeholders}` as REPLY_TEXT_PLACEHOLDERS allows. */
export interface ReplyTexts extends Readonly<Record<ReplyTextKey, string>> {
  /** BCP 47 locale for the date, the time and the zone's name. */
  readonly locale: string;
}
