import { useLocation } from 'wouter-preact';
import { deleteConfigEntry } from '../../../core/config/config-document-edit';
import { useApp } from '../ui/app-context';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import type { DocumentEntries, Entry, PlacedEntry } from './document-entries';
import { entryErrors } from './document-paths';
import type { DraftState, DraftStore } from './draft-store';
import { editEntry, splitList, withValue } from './entry-editing';
import { EntryErrorSummary } from './entry-error-summary';
import { PeriodsEditor, ShiftsEditor } from './entry-lists';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

export function AgentForm({
  store,
  state,
  placed,
  entries,
}: {
  store: DraftStore;
  state: DraftState;
  placed: PlacedEntry;
  entries: DocumentEntries;
}) {
  const { me } = useApp();
  const [, navigate] = useLocation();
  const readOnly = !me.canWrite;
  const agent = placed.entry;
  const entryPath = `agents[${placed.index}]`;
  const errors = entryErrors(state.errors, 'agents', placed.index);
  const team = entries.teams.find(({ entry }) => entry.id === agent.team)?.entry;
  const zone = text(team?.timeZone) || 'the team’s zone';
  const update = (next: Entry, field: string) =>
    editEntry(store, state, 'agents', placed, next, field);
  const set = (field: string, value: unknown) => update(withValue(agent, field, value), field);
  const ownShifts = Array.isArray(agent.shifts);

  return (
    <form
      class="entry-form"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="entry-title"
    >
      <h2 id="entry-title">Agent {agent.id}</h2>
      <EntryErrorSummary errors={errors} entryPath={entryPath} />
      <div class="grid">
        <TextField
          path={`${entryPath}.id`}
          label="Id"
          value={agent.id}
          readOnly
          hint="Ids are kept: add a new agent to rename."
        />
        <TextField
          path={`${entryPath}.name`}
          label="Name"
          value={text(agent.name)}
          readOnly={readOnly}
          error={errors.get('name')}
          onChange={(value) => set('name', value)}
        />
        <TextField
          path={`${entryPath}.email`}
          label="Email"
          type="email"
          value={text(agent.email)}
          readOnly={readOnly}
          error={errors.get('email')}
          onChange={(value) => set('email', value)}
        />
        <SelectField
          path={`${entryPath}.team`}
          label="Team"
          value={text(agent.team)}
          error={errors.get('team')}
          disabled={readOnly}
          onChange={(value) => set('team', value)}
          options={entries.teams.map(({ entry }) => ({
            value: entry.id,
            label: text(entry.name) || entry.id,
          }))}
        />
        <TextField
          path={`${entryPath}.languages`}
          label="Languages (empty: the team’s)"
          value={list(agent.languages).join(', ')}
          readOnly={readOnly}
          error={
            errors.get('languages') ??
            [...errors].find(([key]) => key.startsWith('languages['))?.[1]
          }
          onChange={(value) => set('languages', splitList(value))}
        />
        <TextField
          path={`${entryPath}.maxOpenTickets`}
          label="Most open tickets (empty: no limit)"
          inputMode="numeric"
          value={agent.maxOpenTickets === undefined ? '' : String(agent.maxOpenTickets)}
          readOnly={readOnly}
          error={errors.get('maxOpenTickets')}
          onChange={(value) =>
            set(
              'maxOpenTickets',
              value.trim() === '' ? undefined : /^\d+$/.test(value.trim()) ? Number(value) : value,
            )
          }
        />
      </div>
      <CheckboxField
        path={`${entryPath}.ownShifts`}
        label="Own shifts (unchecked: follows the team’s)"
        checked={ownShifts}
        disabled={readOnly}
        onChange={(checked) =>
          update(
            checked
              ? { ...agent, shifts: list(team?.shifts) }
              : withValue(agent, 'shifts', undefined),
            'shifts',
          )
        }
      />
      {ownShifts ? (
        <ShiftsEditor
          entryPath={entryPath}
          field="shifts"
          items={list(agent.shifts)}
          errors={errors}
          readOnly={readOnly}
          zone={zone}
          onChange={(items, field) => update({ ...agent, shifts: items }, field)}
        />
      ) : null}
      <PeriodsEditor
        kind="away"
        entryPath={entryPath}
        field="away"
        items={list(agent.away)}
        errors={errors}
        readOnly={readOnly}
        zone={zone}
        onChange={(items, field) => update(withValue(agent, 'away', items), field)}
      />
      {readOnly ? null : (
        <div class="actions">
          <button
            type="button"
            class="danger"
            onClick={() => {
              const next = deleteConfigEntry(
                state.text,
                state.base?.format ?? 'yaml',
                'agents',
                agent.id,
              );
              if (next !== undefined) {
                store.edit(next);
                navigate('/calendars');
              }
            }}
          >
            Remove agent {agent.id} from the draft
          </button>
        </div>
      )}
    </form>
  );
}
