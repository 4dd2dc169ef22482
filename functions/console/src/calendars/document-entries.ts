import { parseDocument } from 'yaml';

export type Entry = Record<string, unknown> & { id: string };

/** An entry with its place in the document's list, which error paths (`teams[3]`) use. */
export interface PlacedEntry {
  readonly index: number;
  readonly entry: Entry;
}

export interface DocumentEntries {
  readonly teams: readonly PlacedEntry[];
  readonly agents: readonly PlacedEntry[];
  /** Whether the text parsed (a YAML syntax error leaves the forms nothing to show). */
  readonly parsed: boolean;
}

let last: { text: string; entries: DocumentEntries } | undefined;

function listOf(value: unknown): PlacedEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, index) =>
    typeof entry === 'object' && entry !== null && typeof (entry as Entry).id === 'string'
      ? [{ index, entry: entry as Entry }]
      : [],
  );
}

/** The teams and agents of a document as written (no defaults), in document order. */
export function documentEntries(text: string): DocumentEntries {
  if (last?.text === text) return last.entries;
  const document = parseDocument(text);
  const parsed = document.errors.length === 0;
  const value = parsed ? (document.toJS() as unknown) : undefined;
  const root =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const entries = { teams: listOf(root.teams), agents: listOf(root.agents), parsed };
  last = { text, entries };
  return entries;
}
