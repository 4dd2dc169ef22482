import { deleteConfigEntry } from '../../../core/config/config-document-edit';
import { useLocation } from 'wouter-preact';
import { useApp } from '../ui/app-context';
import { SelectField, TextField } from '../ui/fields';
import { knownZones } from '../ui/zone';
import type { DocumentEntries, Entry, PlacedEntry } from './document-entries';
import { entryErrors } from './document-paths';
import type { DraftState, DraftStore } from './draft-store';
import { editEntry, splitList, withValue } from './entry-editing';
import { HolidaysEditor, PeriodsEditor, ShiftsEditor } from './entry-lists';
import { HolidayImport } from './holiday-import';
import { EntryErrorSummary } from './entry-error-summary';

const REGIONS = ['NA', 'EU', 'APAC'];
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

export function TeamForm({
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
  const team = placed.entry;
  const entryPath = `teams[${placed.index}]`;
  const errors = entryErrors(state.errors, 'teams', placed.index);
  const zone = text(team.timeZone) || 'the team’s zone';
  const update = (next: Entry, field: string) =>
    editEntry(store, state, 'teams', placed, next, field);
  const set = (field: string, value: unknown) => update(withValue(team, field, value), field);
  const members = entries.agents.filter(({ entry }) => entry.team === team.id);

  return (
    <form
      class="entry-form"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="entry-title"
    >
      <h2 id="entry-title">Team {team.id}</h2>
      <EntryErrorSummary errors={errors} entryPath={entryPath} />
      <div class="grid">
        <TextField
          path={`${entryPath}.id`}
          label="Id"
          value={team.id}
          readOnly
          hint="Ids are kept: add a new team to rename."
        />
        <TextField
          path={`${entryPath}.name`}
          label="Name"
          value={text(team.name)}
          readOnly={readOnly}
          error={errors.get('name')}
          onChange={(value) => set('name', value)}
        />
        <SelectField
          path={`${entryPath}.region`}
          label="Region"
          value={text(team.region)}
          error={errors.get('region')}
          disabled={readOnly}
          onChange={(value) => set('region', value)}
          options={REGIONS.map((region) => ({ value: region, label: region }))}
        />
        <TextField
          path={`${entryPath}.timeZone`}
          label="Time zone (IANA)"
          list="zones"
          value={text(team.timeZone)}
          readOnly={readOnly}
          error={errors.get('timeZone')}
          onChange={(value) => set('timeZone', value)}
        />
        <TextField
          path={`${entryPath}.languages`}
          label="Languages (ISO 639-1, comma-separated)"
          value={list(team.languages).join(', ')}
          readOnly={readOnly}
          error={
            errors.get('languages') ??
            [...errors].find(([key]) => key.startsWith('languages['))?.[1]
          }
          onChange={(value) => set('languages', splitList(value))}
        />
        <TextField
          path={`${entryPath}.email`}
          label="Team inbox"
          type="email"
          value={text(team.email)}
          readOnly={readOnly}
          error={errors.get('email')}
          onChange={(value) => set('email', value)}
        />
      </div>
      <datalist id="zones">
        {knownZones().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ShiftsEditor
        entryPath={entryPath}
        field="shifts"
        items={list(team.shifts)}
        errors={errors}
        readOnly={readOnly}
        zone={zone}
        onChange={(items, field) => update({ ...team, shifts: items }, field)}
      />
      <HolidaysEditor
        entryPath={entryPath}
        field="holidays"
        items={list(team.holidays)}
        errors={errors}
        readOnly={readOnly}
        zone={zone}
        onChange={(items, field) => update(withValue(team, 'holidays', items), field)}
      />
      {readOnly ? null : (
        <HolidayImport
          entryPath={entryPath}
          existing={list(team.holidays)}
          onAdd={(items) => update(withValue(team, 'holidays', items), 'holidays')}
        />
      )}
      <PeriodsEditor
        kind="override"
        entryPath={entryPath}
        field="overrides"
        items={list(team.overrides)}
        errors={errors}
        readOnly={readOnly}
        zone={zone}
        onChange={(items, field) => update(withValue(team, 'overrides', items), field)}
      />
      <section aria-labelledby="members">
        <h3 id="members">Agents</h3>
        {members.length === 0 ? <p class="hint">No agents: tickets go to the team inbox.</p> : null}
        <ul>
          {members.map(({ entry }) => (
            <li key={entry.id}>
              <a href={`#/calendars/agents/${encodeURIComponent(entry.id)}`}>
                {text(entry.name) || entry.id}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {readOnly ? null : (
        <div class="actions">
          <button
            type="button"
            class="danger"
            disabled={members.length > 0}
            title={members.length > 0 ? 'Move or remove its agents first' : undefined}
            onClick={() => {
              const next = deleteConfigEntry(
                state.text,
                state.base?.format ?? 'yaml',
                'teams',
                team.id,
              );
              if (next !== undefined) {
                store.edit(next);
                navigate('/calendars');
              }
            }}
          >
            Remove team {team.id} from the draft
          </button>
        </div>
      )}
    </form>
  );
}
