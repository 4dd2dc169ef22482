import type { FieldError } from '../../../core/validation/field-error';

/** An answer of the admin API other than 2xx, with what it said and where (field paths). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly FieldError[] = [],
    /** The current configuration's ETag, which 409 and 428 answers carry. */
    readonly etag?: string,
  ) {
    super(message);
  }
}
