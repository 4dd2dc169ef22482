import { formatFieldError, type FieldError } from '../core/validation/field-error';
import type { DeadLetter } from '../adapters/dead-letter-queue';

/**
 * The dead letter for a message that is not JSON or breaks the ticket schema: its body untouched,
 * every problem in `reason`, and the first problem's path and rule on their own so that a filter on
 * `sunroute.field` finds, say, every ticket missing `receivedAt`.
 */
export function deadLetterFor(
  body: string,
  errors: readonly FieldError[],
  sourceMessageId: string,
): DeadLetter {
  const first = errors[0] ?? { path: '$', message: 'was refused for no stated reason' };
  return {
    body,
    reason: errors.map(formatFieldError).join('; '),
    field: first.path,
    rule: first.message,
    sourceMessageId,
  };
}
