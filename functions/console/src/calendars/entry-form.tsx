import type { ComponentChildren } from 'preact';
import { useLocation } from 'wouter-preact';
import {
  deleteConfigEntry,
  type ConfigCollection,
} from '../../../core/config/config-document-edit';
import { useApp } from '../ui/app-context';
import { TextField, type TextFieldProps } from '../ui/fields';
import type { DocumentEntries, Entry, PlacedEntry } from './document-entries';
import { entryErrors } from './document-paths';
import type { DraftState, DraftStore } from './draft-store';
import { editEntry, splitList, withValue } from './entry-editing';
import { EntryErrorSummary } from './entry-error-summary';
import type { EntryListProps } from './entry-lists';

/** What the fields of a team's or an agent's form need: the entry, its errors, how to edit it. */
export interface EntryFormContext {
  readonly entry: Entry;
  /** `teams[3]`: the start of every field's path. */
  readonly entryPath: string;
  /** The last check's errors in this entry, by their path inside it (`shifts[0].end`). */
  readonly errors: ReadonlyMap<string, string>;
  readonly readOnly: boolean;
  /** Writes the edited entry into the draft; `field` is the one changed. */
  readonly update: (next: Entry, field: string) => void;
  /** Sets one field, removing it when emptied. */
  readonly set: (field: string, value: unknown) => void;
  /** A text field of the entry, with its path, error and read-only state. */
  readonly textField: (
    field: string,
    label: string,
    options?: Pick<TextFieldProps, 'type' | 'list' | 'inputMode'>,
  ) => ComponentChildren;
  /**
   * What a list editor of `field` needs. An emptied list is removed from the entry, unless
   * `keepEmpty` (a team's or agent's own shifts: none is not the same as the team's).
   */
  readonly listProps: (field: string, zone: string, keepEmpty?: boolean) => EntryListProps;
}

export interface EntryFormProps {
  readonly store: DraftStore;
  readonly state: DraftState;
  readonly placed: PlacedEntry;
  readonly entries: DocumentEntries;
}

const NOUNS: Readonly<Record<ConfigCollection, string>> = { teams: 'team', agents: 'agent' };

export const text = (value: unknown) => (typeof value === 'string' ? value : '');
export const list = (value: unknown) =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];

/**
 * The form of one team or agent: its title, the summary of its problems, its id (kept) and name,
 * the fields `fields` adds beside them, what `children` adds below, and removing it from the
 * draft. Readers see every field read-only and no remove button.
 */
export function EntryForm({
  collection,
  store,
  state,
  placed,
  fields,
  children,
  removeBlockedBy,
}: {
  collection: ConfigCollection;
  store: DraftStore;
  state: DraftState;
  placed: PlacedEntry;
  fields: (form: EntryFormContext) => ComponentChildren;
  children: (form: EntryFormContext) => ComponentChildren;
  /** Why the entry cannot be removed yet (a team with agents), if it cannot. */
  removeBlockedBy?: string | undefined;
}) {
  const { me } = useApp();
  const [, navigate] = useLocation();
  const entry = placed.entry;
  const noun = NOUNS[collection];
  const update = (next: Entry, field: string) =>
    editEntry(store, state, collection, placed, next, field);
  const entryPath = `${collection}[${placed.index}]`;
  const errors = entryErrors(state.errors, collection, placed.index);
  const readOnly = !me.canWrite;
  const set = (field: string, value: unknown) => update(withValue(entry, field, value), field);
  const form: EntryFormContext = {
    entry,
    entryPath,
    errors,
    readOnly,
    update,
    set,
    textField: (field, label, options = {}) => (
      <TextField
        path={`${entryPath}.${field}`}
        label={label}
        {...options}
        value={text(entry[field])}
        readOnly={readOnly}
        error={errors.get(field)}
        onChange={(value) => set(field, value)}
      />
    ),
    listProps: (field, zone, keepEmpty = false) => ({
      entryPath,
      field,
      items: list(entry[field]),
      errors,
      readOnly,
      zone,
      onChange: (items, changed) =>
        update(keepEmpty ? { ...entry, [field]: items } : withValue(entry, field, items), changed),
    }),
  };

  return (
    <form
      class="entry-form"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="entry-title"
    >
      <h2 id="entry-title">
        {noun.charAt(0).toUpperCase() + noun.slice(1)} {entry.id}
      </h2>
      <EntryErrorSummary errors={errors} entryPath={entryPath} />
      <div class="grid">
        <TextField
          path={`${entryPath}.id`}
          label="Id"
          value={entry.id}
          readOnly
          hint={`Ids are kept: add a new ${noun} to rename.`}
        />
        {form.textField('name', 'Name')}
        {fields(form)}
      </div>
      {children(form)}
      {readOnly ? null : (
        <div class="actions">
          <button
            type="button"
            class="danger"
            disabled={removeBlockedBy !== undefined}
            title={removeBlockedBy}
            onClick={() => {
              const next = deleteConfigEntry(
                state.text,
                state.base?.format ?? 'yaml',
                collection,
                entry.id,
              );
              if (next !== undefined) {
                store.edit(next);
                navigate('/calendars');
              }
            }}
          >
            Remove {noun} {entry.id} from the draft
          </button>
        </div>
      )}
    </form>
  );
}

/** The entry's languages as a comma-separated list; an error of any one of them shows here. */
export function LanguagesField({ form, label }: { form: EntryFormContext; label: string }) {
  const { entry, entryPath, errors, readOnly, set } = form;
  return (
    <TextField
      path={`${entryPath}.languages`}
      label={label}
      value={list(entry.languages).join(', ')}
      readOnly={readOnly}
      error={
        errors.get('languages') ?? [...errors].find(([key]) => key.startsWith('languages['))?.[1]
      }
      onChange={(value) => set('languages', splitList(value))}
    />
  );
}
