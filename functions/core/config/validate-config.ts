import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { fieldErrorsFromZod, type FieldError } from '../validation/field-error';
import { configConsistencyErrors } from './config-consistency';
import { configSchema, type SunrouteConfig } from './config-schema';

export type ConfigResult =
  { ok: true; config: SunrouteConfig } | { ok: false; errors: FieldError[] };

/**
 * Validates an already-parsed configuration document: every problem at once, each with its path,
 * and the document is accepted whole or not at all. Holiday imports are checked against `holidays`.
 * Kept apart from parsing so that code reading stored JSON (the router) carries no YAML parser.
 */
export function validateConfig(document: unknown, holidays: HolidayCalendar): ConfigResult {
  const parsed = configSchema.safeParse(document, { reportInput: true });
  const errors = [
    ...(parsed.success ? [] : fieldErrorsFromZod(parsed.error)),
    ...configConsistencyErrors(document, holidays),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, config: parsed.data };
}
