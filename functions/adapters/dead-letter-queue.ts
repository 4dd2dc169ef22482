/** A message that can never be routed, with why, for an operator to read. */
export interface DeadLetter {
  /** The message body exactly as it arrived. */
  readonly body: string;
  /** Every problem, `path: rule`, joined by "; ". */
  readonly reason: string;
  /** The first problem's field path. */
  readonly field: string;
  /** The first problem's rule. */
  readonly rule: string;
  /** The id the message had on the ticket queue. */
  readonly sourceMessageId: string;
}

/** Where messages that can never be routed go, instead of being retried until SQS gives up. */
export interface DeadLetterQueue {
  send(letter: DeadLetter): Promise<void>;
}
