import { putConfigEntry, type ConfigCollection } from '../../../core/config/config-document-edit';
import type { Entry, PlacedEntry } from './document-entries';
import type { DraftState, DraftStore } from './draft-store';

/**
 * Writes an edited entry into the draft (the document keeps its comments and layout elsewhere)
 * and forgets the error of the field just changed: the lead is fixing it.
 */
export function editEntry(
  store: DraftStore,
  state: DraftState,
  collection: ConfigCollection,
  placed: PlacedEntry,
  entry: Entry,
  changedField: string,
): void {
  const format = state.base?.format ?? 'yaml';
  store.edit(putConfigEntry(state.text, format, collection, entry).document);
  store.clearError(`${collection}[${placed.index}]${changedField ? `.${changedField}` : ''}`);
}

/** Sets a field of an entry, removing it when emptied, so optional fields are not written as "". */
export function withValue(entry: Entry, field: string, value: unknown): Entry {
  const next: Entry = { ...entry };
  if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) {
    delete next[field];
  } else {
    next[field] = value;
  }
  return next;
}

/** `de, en` → `['de', 'en']`. */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
