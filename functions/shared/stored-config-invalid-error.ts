import { formatFieldError, type FieldError } from '../core/validation/field-error';

/**
 * The stored current configuration no longer passes validation (saved by an older version of
 * sunroute, or edited by hand). Routing keeps the previous version when it has one.
 */
export class StoredConfigInvalidError extends Error {
  override readonly name = 'StoredConfigInvalidError';

  constructor(
    readonly version: number,
    readonly errors: readonly FieldError[],
  ) {
    super(
      `configuration version ${version} is invalid: ${errors.map(formatFieldError).join('; ')}`,
    );
  }
}
