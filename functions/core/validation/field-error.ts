import type * as z from 'zod';

/** One problem with an input document, at the exact path where it is (`teams[2].shifts[0].end`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export function formatFieldError(error: FieldError): string {
  return `${error.path}: ${error.message}`;
}

/** `['teams', 2, 'shifts', 0, 'end']` → `teams[2].shifts[0].end`; the empty path is `$`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '$' : text;
}

/** How much of a value an error message quotes: enough to recognise it, never a whole blob. */
const MAX_QUOTED = 80;

/** A string as an error message quotes it: JSON-escaped, cut after `MAX_QUOTED` characters. */
export function quoteValue(value: string): string {
  const cut = [...value];
  return cut.length <= MAX_QUOTED
    ? JSON.stringify(value)
    : `${JSON.stringify(cut.slice(0, MAX_QUOTED).join('')).slice(0, -1)}…" (${cut.length} characters)`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quoteValue(value);
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** zod's issues as FieldErrors, one per unknown key, with messages that name the value. */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          errors.push({ path: formatPath([...path, key]), message: 'is not a known field' });
        }
        break;
      case 'invalid_type':
        errors.push({
          path: formatPath(path),
          message:
            issue.input === undefined
              ? 'is required'
              : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeType(issue.input)}`,
        });
        break;
      case 'invalid_value':
        errors.push({
          path: formatPath(path),
          // A missing enum field (a team without `region`) arrives here, not as invalid_type.
          message:
            issue.input === undefined
              ? 'is required'
              : `${describeType(issue.input)} is not one of ${issue.values.map(String).join(', ')}`,
        });
        break;
      default:
        errors.push({ path: formatPath(path), message: issue.message });
    }
  }
  return errors;
}
