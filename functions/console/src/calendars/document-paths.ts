// Field paths as the admin API names them (`teams[2].shifts[0].end`), mapped onto the document
// text and onto the forms, so an error shows where the lead can fix it.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldError } from '../../../core/validation/field-error';

export type PathKey = string | number;

/** `teams[2].shifts[0].end` → `['teams', 2, 'shifts', 0, 'end']`; `$` is the whole document. */
export function splitPath(path: string): PathKey[] {
  if (path === '$' || path === '') return [];
  const keys: PathKey[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return keys;
}

/**
 * The line (1-based) of the value a path names in the document text; for a field that is missing
 * (`is required`), the line of the nearest entry that holds it.
 */
export function lineOfPath(text: string, path: string): number | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const keys = splitPath(path);
  for (let length = keys.length; length > 0; length--) {
    const node = document.getIn(keys.slice(0, length), true) as Node | undefined;
    if (node && typeof node === 'object' && node.range) {
      return lines.linePos(node.range[0]).line;
    }
    // A key whose value is empty (`end:`) has no value node: find the key itself.
    const parent = document.getIn(keys.slice(0, length - 1), true);
    const last = keys[length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === last,
      );
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    } else if (isSeq(parent) && typeof last === 'number') {
      continue;
    }
  }
  return undefined;
}

/**
 * The errors that belong to one entry (`teams[3]`), keyed by the rest of their path
 * (`shifts[0].end`, or '' for the entry itself), so a form can put each beside its field.
 */
export function entryErrors(
  errors: readonly FieldError[],
  collection: 'teams' | 'agents',
  index: number,
): Map<string, string> {
  const prefix = `${collection}[${index}]`;
  const found = new Map<string, string>();
  for (const error of errors) {
    if (error.path === prefix) found.set('', error.message);
    else if (error.path.startsWith(`${prefix}.`)) {
      const field = error.path.slice(prefix.length + 1);
      found.set(field, found.has(field) ? `${found.get(field)}; ${error.message}` : error.message);
    }
  }
  return found;
}
