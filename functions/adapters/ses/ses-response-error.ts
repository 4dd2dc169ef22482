/** SES answered without what a successful send returns; the record is retried. */
export class SesResponseError extends Error {
  override readonly name = 'SesResponseError';
}
