import type { CHANNELS, Priority } from '../../ticket/ticket-schema';

type Channel = (typeof CHANNELS)[number];

/**
 * Every word an email uses, for one language. Each language file is typed with this interface, so
 * a key missing from any of them is a compile error. Templates return plain text only: the HTML
 * part escapes everything they produce, so a template can never smuggle in markup.
 */
export interface EmailTemplate {
  /** BCP 47 locale for dates and language names. */
  readonly locale: string;
  /** Upper-case where the script has case: it leads the subject line in an inbox list. */
  readonly priority: Readonly<Record<Priority, string>>;
  readonly channel: Readonly<Record<Channel, string>>;
  readonly noSubject: string;
  /** Between a label and its value: French sets a space before it, Japanese a full-width colon. */
  readonly colon: string;
  readonly labels: {
    readonly customer: string;
    readonly customerTime: string;
    readonly received: string;
    readonly due: string;
    readonly queuedUntil: string;
    readonly priority: string;
    readonly language: string;
    readonly region: string;
    readonly channel: string;
    readonly tags: string;
    readonly ticketId: string;
    readonly threadId: string;
  };
  readonly unknownName: string;
  readonly unknownZone: string;
  readonly notes: {
    /** `language` is the language's name in this template's locale (Intl.DisplayNames). */
    readonly needsTranslation: (language: string) => string;
    readonly followUp: string;
    readonly overdue: string;
    readonly dueBeforeShift: string;
    /** The mail server could not confirm the sender (SPF, DKIM, DMARC): the `From` may be forged. */
    readonly unverifiedSender: string;
    readonly suspectedSpam: string;
    /** The email carries the ticket's reply address: answering it answers the customer. */
    readonly replyToAnswer: string;
  };
  readonly agent: {
    readonly greeting: (name: string | undefined) => string;
    readonly intro: string;
    readonly reasonsHeading: string;
    /** Leads the subject when the ticket continues a thread: the agent opens it with its history. */
    readonly followUpTag: string;
  };
  readonly team: {
    readonly greeting: (team: string) => string;
    readonly queuedTag: string;
    readonly unassignedTag: string;
    readonly queuedIntro: (until: string) => string;
    readonly unassignedIntro: string;
    readonly reasonsHeading: string;
  };
  /** The scheduler's emails (docs/follow-the-sun.md): handovers at shift end and escalations. */
  readonly followTheSun: {
    /** Leads the subject of both handover emails. */
    readonly handoverTag: string;
    /** A note in the new holder's assignment email; `from` names the team it came from. */
    readonly handedOverNote: (from: string) => string;
    /** To the agent who had it; `to` names the new team (and agent). */
    readonly handedAwayIntro: (to: string) => string;
    readonly escalationTag: string;
    /** To the team inbox; `holder` is who has it, `due` when it had to be acknowledged by. */
    readonly escalationIntro: (holder: string, due: string) => string;
  };
  readonly messageHeading: string;
  /** Ends a message too long for an email; `shown` and `total` are sizes such as `32 KiB`. */
  readonly messageShortened: (shown: string, total: string) => string;
  readonly subjectLabel: string;
  readonly links: { readonly acknowledge: string; readonly resolve: string };
  readonly footer: string;
}
