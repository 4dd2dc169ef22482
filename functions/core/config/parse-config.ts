import { parseDocument } from 'yaml';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { exceedsDocumentDepth, MAX_DOCUMENT_DEPTH } from './document-depth';
import type { FieldError } from '../validation/field-error';
import { validateConfig, type ConfigResult } from './validate-config';

export type ConfigFormat = 'yaml' | 'json';

export interface ParseConfigOptions {
  /** Where imported public holidays' country and subdivision codes are checked. */
  readonly holidays: HolidayCalendar;
  /** Without it, the content decides (detectConfigFormat). */
  readonly format?: ConfigFormat;
}

/** A document whose first character opens a JSON object or array is JSON; anything else YAML. */
export function detectConfigFormat(text: string): ConfigFormat {
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/**
 * How many times YAML aliases (`*weekdays`) may be expanded, counting each by the size of what it
 * repeats (the yaml package's own measure). Anchors shared between teams stay far below it; a
 * "billion laughs" document, nine aliases of nine aliases of…, reaches it at once instead of
 * expanding into gigabytes.
 */
export const MAX_ALIAS_COUNT = 100;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

// YAML reads more than JSON allows (trailing commas, single quotes, comments, bare keys). A file
// that says it is JSON must be JSON, or another JSON reader of the stored document would fail.
function strictJsonError(text: string): FieldError | undefined {
  const json = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(json);
    return undefined;
  } catch (error) {
    const message = (error as Error).message.replace(/, ".*" is not valid JSON$/s, '');
    const position = / at position (\d+)/.exec(message);
    const reason = message.replace(/ (in JSON )?at position \d+.*$/s, '');
    const where = position ? `${lineAndColumn(json, Number(position[1]))}: ` : '';
    return { path: '$', message: `${where}not valid JSON: ${reason}` };
  }
}

/**
 * Parses a configuration document in YAML or JSON, then validates it. One parser reads both (JSON
 * is YAML 1.2), so syntax errors and keys written twice come with a line and column either way;
 * JSON is then also held to JSON's own grammar.
 */
export function parseConfig(text: string, options: ParseConfigOptions): ConfigResult {
  const format = options.format ?? detectConfigFormat(text);
  if (exceedsDocumentDepth(text)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `nests deeper than ${MAX_DOCUMENT_DEPTH} levels` }],
    };
  }
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
  const jsonError = format === 'json' ? strictJsonError(text) : undefined;
  if (jsonError) return { ok: false, errors: [jsonError] };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package's own refusal of an alias bomb; anything else is not the document's fault.
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    return {
      ok: false,
      errors: [
        {
          path: '$',
          message: `its YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies; write the repeated parts out or use fewer aliases`,
        },
      ],
    };
  }
  return validateConfig(value, options.holidays);
}
