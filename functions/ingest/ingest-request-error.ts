import type { FieldError } from '../core/validation/field-error';

export type IngestRefusal =
  | 'body-too-large'
  | 'signature'
  | 'idempotency-key'
  | 'mail-verdicts'
  | 'envelope-recipients'
  | 'replayed'
  | 'invalid-json'
  | 'invalid-ticket'
  | 'ticket-too-large'
  | 'invalid-email'
  /** No ticket of the integration's own by that id (another's, or none: the same answer). */
  | 'not-found';

/**
 * A request refused for something the client sent: @middy/http-error-handler answers it with
 * `statusCode` and the JSON `message` (`{error, message, problems?}`), so the caller reads what
 * was wrong and where.
 */
export class IngestRequestError extends Error {
  override readonly name = 'IngestRequestError';
  readonly expose = true;

  constructor(
    readonly statusCode: 400 | 401 | 404 | 409 | 413,
    readonly refusal: IngestRefusal,
    readonly detail: string,
    readonly problems: readonly FieldError[] = [],
  ) {
    super(
      JSON.stringify({
        error: refusal,
        message: detail,
        ...(problems.length > 0 ? { problems } : {}),
      }),
    );
  }
}
