import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { exceedsDocumentDepth, MAX_DOCUMENT_DEPTH } from './document-depth';
import type { FieldError } from '../validation/field-error';
import { firstNotText } from '../validation/not-text';
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

function binaryError(text: string): FieldError | undefined {
  const found = firstNotText(text);
  if (!found) return undefined;
  const code = found.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const what =
    found.character === '\ufffd' ? 'a byte that is not UTF-8' : `the control character U+${code}`;
  return {
    path: '$',
    message: `${lineAndColumn(text, found.index)}: ${what}: a configuration is YAML or JSON text, saved as UTF-8`,
  };
}

/**
 * YAML's first syntax error, in words that say the fix where the parser's do not. Only the first:
 * the parser reads on after it, and what it reports next mostly follows from it (one tab made
 * seventeen errors).
 */
function syntaxError(document: Document): FieldError {
  const [first, ...rest] = document.errors;
  const position = first!.linePos?.[0];
  const where = position ? `line ${position.line}, column ${position.col}` : 'syntax';
  const message =
    first!.code === 'TAB_AS_INDENT'
      ? 'a tab indents this line; YAML indents with spaces only'
      : first!.message.split(' at line ')[0];
  const more = rest.length === 0 ? '' : ` (the parser found ${rest.length} more problems after it)`;
  return { path: '$', message: `${where}: ${message}${more}` };
}

/** YAML's limit on alias expansions (its `maxAliasCount` default), said where it matters. */
/**
 * How many times YAML aliases (`*weekdays`) may be expanded, counting each by the size of what it
 * repeats (the yaml package's own measure). Anchors shared between teams stay far below it; a
 * "billion laughs" document, nine aliases of nine aliases of…, reaches it at once instead of
 * expanding into gigabytes.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The document's value, or an error at the first alias when aliases expand past `MAX_ALIAS_COUNT`
 * copies (a "billion laughs" document: a few lines that would expand to millions of nodes).
 */
function documentValue(
  document: Document,
  lines: LineCounter,
): { value: unknown } | { error: FieldError } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let at = 0;
    visit(document, {
      Alias(_, node) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = lines.linePos(at);
    return {
      error: {
        path: '$',
        message: `line ${line}, column ${col}: aliases expand to more than ${MAX_ALIAS_COUNT} copies; write the values out instead`,
      },
    };
  }
}

/** A configuration text read as data, before validation, or why it cannot be read. */
export type ConfigDocumentResult =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Reads a configuration text, YAML or JSON, into plain data without validating it. One parser
 * reads both (JSON is YAML 1.2), so syntax errors and keys written twice come with a line and
 * column either way; JSON is then also held to JSON's own grammar. Whatever the input, the answer
 * is bounded: binary bytes, deep nesting, alias bombs and syntax errors each give one line.
 */
export function parseConfigDocument(
  text: string,
  format: ConfigFormat = detectConfigFormat(text),
): ConfigDocumentResult {
  const binary = binaryError(text);
  if (binary) return { ok: false, errors: [binary] };
  if (exceedsDocumentDepth(text)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `nests deeper than ${MAX_DOCUMENT_DEPTH} levels` }],
    };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, {
    prettyErrors: true,
    uniqueKeys: true,
    lineCounter: lines,
  });
  if (document.errors.length > 0) return { ok: false, errors: [syntaxError(document)] };
  const jsonError = format === 'json' ? strictJsonError(text) : undefined;
  if (jsonError) return { ok: false, errors: [jsonError] };
  const value = documentValue(document, lines);
  if ('error' in value) return { ok: false, errors: [value.error] };
  return { ok: true, document: value.value };
}

/** Reads a configuration text (parseConfigDocument), then validates it (validateConfig). */
export function parseConfig(text: string, options: ParseConfigOptions): ConfigResult {
  const read = parseConfigDocument(text, options.format);
  return read.ok ? validateConfig(read.document, options.holidays) : read;
}
