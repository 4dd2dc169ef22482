import { parseDocument } from 'yaml';
import {
  deleteConfigEntry,
  putConfigEntry,
  type ConfigCollection,
} from '../../../core/config/config-document-edit';
import type { ConfigFormat } from '../../../core/config/parse-config';

type Entry = Record<string, unknown> & { id: string };

export interface Rebased {
  /** The live document with the lead's changes applied to it. */
  readonly text: string;
  /** What both the lead and the newer version changed; the lead's side was kept. */
  readonly conflicts: readonly string[];
}

const COLLECTIONS: readonly ConfigCollection[] = ['teams', 'agents'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function toJs(text: string): Record<string, unknown> {
  const value = parseDocument(text).toJS() as unknown;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function entries(document: Record<string, unknown>, collection: ConfigCollection) {
  const list = document[collection];
  const map = new Map<string, Entry>();
  if (!Array.isArray(list)) return map;
  for (const entry of list) {
    if (typeof entry === 'object' && entry !== null && typeof (entry as Entry).id === 'string') {
      map.set((entry as Entry).id, entry as Entry);
    }
  }
  return map;
}

/**
 * A lead's edits, made on version `base`, carried onto the newer `live` version after someone
 * else saved meanwhile (the 409 case): entry by entry (each team and agent by id) and setting by
 * setting, whatever the lead changed since `base` replaces what `live` has, and everything the
 * lead did not touch stays as `live` has it. Where both changed the same entry or setting, the
 * lead's version wins and it is named in `conflicts`, for the lead to review in the diff.
 */
export function rebaseDraft(
  base: string,
  draft: string,
  live: string,
  format: ConfigFormat,
): Rebased {
  const [before, mine, theirs] = [toJs(base), toJs(draft), toJs(live)];
  const conflicts: string[] = [];
  let text = live;
  for (const collection of COLLECTIONS) {
    const [old, edited, current] = [
      entries(before, collection),
      entries(mine, collection),
      entries(theirs, collection),
    ];
    const kind = collection === 'teams' ? 'team' : 'agent';
    for (const id of new Set([...old.keys(), ...edited.keys()])) {
      if (same(old.get(id), edited.get(id))) continue;
      if (!same(old.get(id), current.get(id))) conflicts.push(`${kind} ${id}`);
      const entry = edited.get(id);
      if (entry) text = putConfigEntry(text, format, collection, entry).document;
      else text = deleteConfigEntry(text, format, collection, id) ?? text;
    }
  }
  const settings = new Set(
    [...Object.keys(before), ...Object.keys(mine)].filter(
      (key) => !(COLLECTIONS as readonly string[]).includes(key),
    ),
  );
  for (const key of settings) {
    if (same(before[key], mine[key])) continue;
    if (!same(before[key], theirs[key])) conflicts.push(`setting ${key}`);
    if (format === 'json') {
      const json = toJs(text);
      if (mine[key] === undefined) delete json[key];
      else json[key] = mine[key];
      text = `${JSON.stringify(json, null, 2)}\n`;
    } else {
      const document = parseDocument(text);
      if (mine[key] === undefined) document.delete(key);
      else document.set(key, document.createNode(mine[key]));
      text = document.toString({ flowCollectionPadding: false });
    }
  }
  return { text, conflicts };
}
