/** What following an email's link came to, as its page tells the agent. */
export type TicketLinkResult =
  | 'acknowledged'
  | 'already-acknowledged'
  | 'resolved'
  | 'already-resolved'
  /** A bound link whose ticket was handed over or reassigned since: nothing changed. */
  | 'moved'
  /** A link from before links named their agent, on a ticket that changed hands since. */
  | 'unbound'
  | 'invalid-link'
  | 'expired-link'
  | 'not-found'
  /** The form came from a page of another site (the browser's Sec-Fetch-Site says so). */
  | 'cross-site'
  /** A POST that is not this page's form. */
  | 'bad-request'
  | 'too-large';
