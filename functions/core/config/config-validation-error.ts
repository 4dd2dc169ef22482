import { formatFieldError, type FieldError } from '../validation/field-error';
import type { SunrouteConfig } from './config-schema';
import type { ConfigResult } from './validate-config';

/** A configuration document that was refused, with every problem found in it, each at its path. */
export class ConfigValidationError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`configuration refused, ${count}:\n${errors.map(formatFieldError).join('\n')}`);
    this.name = 'ConfigValidationError';
    this.errors = errors;
  }
}

/** For callers that cannot go on without a valid document: its config, or the typed error. */
export function configOrThrow(result: ConfigResult): SunrouteConfig {
  if (!result.ok) throw new ConfigValidationError(result.errors);
  return result.config;
}
