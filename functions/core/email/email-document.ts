/**
 * The content of one email, shared by its text and HTML parts so that both always say the same.
 * Every string is plain text (customer text among them); only the renderers decide markup.
 */
export interface EmailDocument {
  /** BCP 47, for the HTML `lang` attribute. */
  readonly locale: string;
  /** How a label is joined to its value in the reader's language. */
  readonly colon: string;
  readonly subject: string;
  readonly greeting: string;
  readonly intro: string;
  /** Things the reader must not miss (translation, follow-up, deadline), shown as call-outs. */
  readonly notes: readonly string[];
  readonly facts: readonly EmailFact[];
  readonly links: readonly EmailLink[];
  readonly reasons: { readonly heading: string; readonly items: readonly string[] };
  /** The customer's own words; last, so nothing they wrote can pose as part of the notice. */
  readonly message: {
    readonly heading: string;
    readonly subjectLabel: string;
    readonly subject: string;
    readonly body: string;
  };
  readonly footer: string;
}

export interface EmailFact {
  readonly label: string;
  readonly value: string;
}

export interface EmailLink {
  readonly label: string;
  readonly href: string;
}
