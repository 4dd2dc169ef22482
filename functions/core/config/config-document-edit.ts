import { parseDocument } from 'yaml';
import type { ConfigFormat } from './parse-config';

/** The two lists of the document whose entries are edited one by one, by `id`. */
export type ConfigCollection = 'teams' | 'agents';

export interface DocumentEdit {
  /** The whole document after the edit, in the format it was written in. */
  readonly document: string;
  /** True when `put` added a new entry rather than replacing one. */
  readonly created: boolean;
}

type Entry = Record<string, unknown>;

// `[de, en]` as people write it, rather than yaml's default `[ de, en ]` on every line it prints.
const YAML_OPTIONS = { flowCollectionPadding: false } as const;

function entriesOf(document: unknown, collection: ConfigCollection): unknown[] {
  if (typeof document !== 'object' || document === null) return [];
  const list = (document as Entry)[collection];
  return Array.isArray(list) ? list : [];
}

function indexOf(entries: readonly unknown[], id: string): number {
  return entries.findIndex(
    (entry) => typeof entry === 'object' && entry !== null && (entry as Entry).id === id,
  );
}

/** One entry as the document writes it (not validated, no defaults); undefined when absent. */
export function findConfigEntry(
  text: string,
  collection: ConfigCollection,
  id: string,
): Entry | undefined {
  const entries = entriesOf(parseDocument(text).toJS(), collection);
  const index = indexOf(entries, id);
  return index === -1 ? undefined : (entries[index] as Entry);
}

/**
 * Replaces the entry with `id` in `collection`, or appends it when there is none. A YAML document
 * keeps its comments and layout everywhere but in the entry written; a JSON one is written again
 * with two-space indentation. The result is not validated: the caller validates it whole.
 */
export function putConfigEntry(
  text: string,
  format: ConfigFormat,
  collection: ConfigCollection,
  entry: Entry & { readonly id: string },
): DocumentEdit {
  const yaml = parseDocument(text);
  const entries = entriesOf(yaml.toJS(), collection);
  const index = indexOf(entries, entry.id);
  if (format === 'json') {
    const json = yaml.toJS() as Entry;
    const list = [...entries];
    if (index === -1) list.push(entry);
    else list[index] = entry;
    return {
      document: `${JSON.stringify({ ...json, [collection]: list }, null, 2)}\n`,
      created: index === -1,
    };
  }
  const node = yaml.createNode(entry);
  if (index !== -1) yaml.setIn([collection, index], node);
  else if (yaml.hasIn([collection]) && entries.length > 0) yaml.addIn([collection], node);
  else yaml.setIn([collection], yaml.createNode([entry]));
  return { document: yaml.toString(YAML_OPTIONS), created: index === -1 };
}

/** Removes the entry with `id`; undefined when the document has none. */
export function deleteConfigEntry(
  text: string,
  format: ConfigFormat,
  collection: ConfigCollection,
  id: string,
): string | undefined {
  const yaml = parseDocument(text);
  const entries = entriesOf(yaml.toJS(), collection);
  const index = indexOf(entries, id);
  if (index === -1) return undefined;
  if (format === 'json') {
    const json = yaml.toJS() as Entry;
    return `${JSON.stringify({ ...json, [collection]: entries.filter((_, i) => i !== index) }, null, 2)}\n`;
  }
  yaml.deleteIn([collection, index]);
  return yaml.toString(YAML_OPTIONS);
}
