/**
 * Requests already accepted, remembered until they could no longer be accepted anyway: what makes
 * a signed webhook request good for one use only.
 */
export interface SeenRequests {
  /**
   * Records `key` until `expiresAt` (epoch seconds). False when it is recorded already and not
   * yet expired: the request was seen before.
   */
  remember(key: string, expiresAt: number, now: number): Promise<boolean>;
  /** Forgets `key`, so that a request whose handling failed may be retried as it was. */
  forget(key: string): Promise<void>;
}
