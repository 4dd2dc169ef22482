import { SelectField } from '../ui/fields';
import { knownZones } from '../ui/zone';
import { withValue } from './entry-editing';
import { EntryForm, LanguagesField, list, text, type EntryFormProps } from './entry-form';
import { HolidaysEditor, PeriodsEditor, ShiftsEditor } from './entry-lists';
import { HolidayImport } from './holiday-import';

const REGIONS = ['NA', 'EU', 'APAC'];

export function TeamForm({ entries, ...props }: EntryFormProps) {
  const team = props.placed.entry;
  const zone = text(team.timeZone) || 'the team’s zone';
  const members = entries.agents.filter(({ entry }) => entry.team === team.id);

  return (
    <EntryForm
      collection="teams"
      {...props}
      removeBlockedBy={members.length > 0 ? 'Move or remove its agents first' : undefined}
      fields={(form) => (
        <>
          <SelectField
            path={`${form.entryPath}.region`}
            label="Region"
            value={text(team.region)}
            error={form.errors.get('region')}
            disabled={form.readOnly}
            onChange={(value) => form.set('region', value)}
            options={REGIONS.map((region) => ({ value: region, label: region }))}
          />
          {form.textField('timeZone', 'Time zone (IANA)', { list: 'zones' })}
          <LanguagesField form={form} label="Languages (ISO 639-1, comma-separated)" />
          {form.textField('email', 'Team inbox', { type: 'email' })}
        </>
      )}
    >
      {({ entryPath, readOnly, update, listProps }) => (
        <>
          <datalist id="zones">
            {knownZones().map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <ShiftsEditor {...listProps('shifts', zone, true)} />
          <HolidaysEditor {...listProps('holidays', zone)} />
          {readOnly ? null : (
            <HolidayImport
              entryPath={entryPath}
              existing={list(team.holidays)}
              onAdd={(items) => update(withValue(team, 'holidays', items), 'holidays')}
            />
          )}
          <PeriodsEditor kind="override" {...listProps('overrides', zone)} />
          <section aria-labelledby="members">
            <h3 id="members">Agents</h3>
            {members.length === 0 ? (
              <p class="hint">No agents: tickets go to the team inbox.</p>
            ) : null}
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
        </>
      )}
    </EntryForm>
  );
}
