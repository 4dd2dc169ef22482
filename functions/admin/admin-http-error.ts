import type { FieldError } from '../core/validation/field-error';

/**
 * What a client got wrong (or may not do), as the HTTP status it answers with: the message says
 * what, `errors` say where (field paths: `teams[2].shifts[0].end`, `ticket.body`, `year`).
 */
export class AdminHttpError extends Error {
  override readonly name = 'AdminHttpError';

  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors: readonly FieldError[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** 400 with every problem at its path. */
export function invalidInput(errors: readonly FieldError[]): AdminHttpError {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return new AdminHttpError(400, `request refused, ${count}`, errors);
}
