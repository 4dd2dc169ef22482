/**
 * Whether a FieldError path (`teams[0].shifts[1].end`, `regions.MX`, `$`) names a place in
 * `document` ('full'), or only its parent does ('parent': a required field that is missing).
 * Keys are matched against the document's own keys, so keys containing "." or "[" resolve too.
 */
export function pathIn(document: unknown, path: string): 'full' | 'parent' | false {
  if (path === '$') return 'full';
  return walk(document, path, true);
}

function walk(value: unknown, rest: string, first: boolean): 'full' | 'parent' | false {
  if (rest === '') return 'full';
  const index = /^\[(\d+)\]/.exec(rest);
  if (index) {
    if (!Array.isArray(value)) return false;
    const position = Number(index[1]);
    const after = rest.slice(index[0].length);
    if (position < value.length) return walk(value[position], after, false);
    return after === '' ? 'parent' : false;
  }
  const body = first ? rest : rest.startsWith('.') ? rest.slice(1) : undefined;
  if (body === undefined || value === null || typeof value !== 'object' || Array.isArray(value))
    return false;
  let best: 'full' | 'parent' | false = false;
  for (const key of Object.keys(value)) {
    if (!body.startsWith(key)) continue;
    const after = body.slice(key.length);
    if (after !== '' && !after.startsWith('.') && !after.startsWith('[')) continue;
    const found = walk((value as Record<string, unknown>)[key], after, false);
    if (found === 'full') return 'full';
    best ||= found;
  }
  // The last segment may be a key the document lacks (a required field): its parent is here.
  if (!best && !/[.[]/.test(body.replace(/^[^.[]*/, ''))) return 'parent';
  return best;
}
