import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { EXAMPLE_YAML } from './config-fixtures';
import { pathIn } from './document-paths';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const EXAMPLE: unknown = parse(EXAMPLE_YAML);

type Path = (string | number)[];

function allPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    [...prefix, key],
    ...allPaths(child, [...prefix, key]),
  ]);
}

const PATHS = allPaths(EXAMPLE);

/** A deep copy of the example with the value at `path` deleted or replaced. */
function mutate(path: Path, replacement: { value: unknown } | undefined): unknown {
  const copy: unknown = structuredClone(EXAMPLE);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement) parent[last] = replacement.value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

function expectWellFormed(document: unknown) {
  const result = validateConfig(document, dateHolidaysCalendar);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.path.length).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(0);
  }
  return result.errors;
}

describe('validateConfig — properties', () => {
  it('never throws on anything, and every error has a path and a message', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => void expectWellFormed(value)),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws on JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void expectWellFormed(value)),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws on objects shaped like a configuration', () => {
    const loose = fc.dictionary(
      fc.constantFrom('id', 'team', 'days', 'start', 'end', 'date', 'country', 'from', 'to'),
      fc.jsonValue(),
    );
    const shaped = fc.record({
      teams: fc.array(loose, { maxLength: 3 }),
      agents: fc.array(loose, { maxLength: 3 }),
      regions: fc.dictionary(fc.string(), fc.jsonValue()),
    });
    fc.assert(
      fc.property(shaped, (value) => void expectWellFormed(value)),
      { numRuns: 200 },
    );
  });

  it('refuses a mutated example only with paths that exist in it or in their parent', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...PATHS),
      replacement: fc.option(fc.record({ value: fc.jsonValue({ maxDepth: 2 }) }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(mutation, ({ path, replacement }) => {
        const document = mutate(path, replacement);
        for (const error of expectWellFormed(document) ?? []) {
          expect(pathIn(document, error.path), `${error.path}: ${error.message}`).not.toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the path check itself tells a present path from an absent one', () => {
    const document = { teams: [{ id: 'a', shifts: [] }], regions: { 'a.b': 'EU' } };
    expect(pathIn(document, 'teams[0].id')).toBe('full');
    expect(pathIn(document, 'teams[0].region')).toBe('parent');
    expect(pathIn(document, 'regions.a.b')).toBe('full');
    expect(pathIn(document, 'teams[3].id')).toBe(false);
    expect(pathIn(document, 'agents[0].team')).toBe(false);
  });
});
