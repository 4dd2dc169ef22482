import { useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { putConfigEntry } from '../../../core/config/config-document-edit';
import { SelectField, TextField } from '../ui/fields';
import type { DocumentEntries } from './document-entries';
import type { DraftState, DraftStore } from './draft-store';

/** Starts a new team or agent in the draft with the fields it cannot do without. */
export function NewEntryForm({
  kind,
  store,
  state,
  entries,
}: {
  kind: 'team' | 'agent';
  store: DraftStore;
  state: DraftState;
  entries: DocumentEntries;
}) {
  const [, navigate] = useLocation();
  const [id, setId] = useState('');
  const [team, setTeam] = useState(entries.teams[0]?.entry.id ?? '');
  const taken = [...entries.teams, ...entries.agents].some(({ entry }) => entry.id === id.trim());
  const collection = kind === 'team' ? 'teams' : 'agents';
  const error = taken ? `"${id.trim()}" is already used by a team or an agent` : undefined;
  const add = () => {
    const entry =
      kind === 'team'
        ? { id: id.trim(), region: 'EU', timeZone: 'UTC', languages: ['en'], shifts: [] }
        : { id: id.trim(), team };
    store.edit(
      putConfigEntry(state.text, state.base?.format ?? 'yaml', collection, entry).document,
    );
    navigate(`/calendars/${collection}/${encodeURIComponent(id.trim())}`);
  };
  return (
    <form
      class="entry-form"
      aria-labelledby="entry-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (id.trim() && !taken) add();
      }}
    >
      <h2 id="entry-title">New {kind}</h2>
      <TextField
        path={`new.${kind}.id`}
        label="Id"
        hint="Lower-case letters, digits, dots and dashes; it cannot change later."
        value={id}
        error={error}
        onChange={setId}
      />
      {kind === 'agent' ? (
        <SelectField
          path="new.agent.team"
          label="Team"
          value={team}
          onChange={setTeam}
          options={entries.teams.map(({ entry }) => ({ value: entry.id, label: entry.id }))}
        />
      ) : null}
      <button type="submit" disabled={!id.trim() || taken}>
        Add to the draft
      </button>
    </form>
  );
}
