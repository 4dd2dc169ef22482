import { parseDocument } from 'yaml';
import { fieldErrorsFromZod, type FieldError } from '../validation/field-error';
import { configConsistencyErrors } from './config-consistency';
import { configSchema, type SunrouteConfig } from './config-schema';

export type ConfigResult =
  { ok: true; config: SunrouteConfig } | { ok: false; errors: FieldError[] };

/**
 * Validates an already-parsed configuration document: every problem at once, each with its path,
 * and the document is accepted whole or not at all.
 */
export function validateConfig(document: unknown): ConfigResult {
  const parsed = configSchema.safeParse(document, { reportInput: true });
  const errors = [
    ...(parsed.success ? [] : fieldErrorsFromZod(parsed.error)),
    ...configConsistencyErrors(document),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, config: parsed.data };
}

/**
 * Parses a configuration document in YAML or JSON (JSON is YAML 1.2, so one parser reads both
 * and reports syntax errors with line and column), then validates it.
 */
export function parseConfig(text: string): ConfigResult {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const position = error.linePos?.[0];
        const where = position ? `line ${position.line}, column ${position.col}` : 'syntax';
        return { path: '$', message: `${where}: ${error.message.split(' at line ')[0]}` };
      }),
    };
  }
  return validateConfig(document.toJS());
}
