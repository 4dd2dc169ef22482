import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { withValue } from './entry-editing';
import { EntryForm, LanguagesField, list, text, type EntryFormProps } from './entry-form';
import { PeriodsEditor, ShiftsEditor } from './entry-lists';

/** `12` as a number; anything else as typed, for the check to name; empty removes the limit. */
function ticketLimit(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(value) : value;
}

export function AgentForm({ entries, ...props }: EntryFormProps) {
  const agent = props.placed.entry;
  const team = entries.teams.find(({ entry }) => entry.id === agent.team)?.entry;
  const zone = text(team?.timeZone) || 'the team’s zone';
  const ownShifts = Array.isArray(agent.shifts);

  return (
    <EntryForm
      collection="agents"
      {...props}
      fields={(form) => (
        <>
          {form.textField('email', 'Email', { type: 'email' })}
          <SelectField
            path={`${form.entryPath}.team`}
            label="Team"
            value={text(agent.team)}
            error={form.errors.get('team')}
            disabled={form.readOnly}
            onChange={(value) => form.set('team', value)}
            options={entries.teams.map(({ entry }) => ({
              value: entry.id,
              label: text(entry.name) || entry.id,
            }))}
          />
          <LanguagesField form={form} label="Languages (empty: the team’s)" />
          <TextField
            path={`${form.entryPath}.maxOpenTickets`}
            label="Most open tickets (empty: no limit)"
            inputMode="numeric"
            value={agent.maxOpenTickets === undefined ? '' : String(agent.maxOpenTickets)}
            readOnly={form.readOnly}
            error={form.errors.get('maxOpenTickets')}
            onChange={(value) => form.set('maxOpenTickets', ticketLimit(value))}
          />
        </>
      )}
    >
      {({ entryPath, readOnly, update, listProps }) => (
        <>
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
          {ownShifts ? <ShiftsEditor {...listProps('shifts', zone, true)} /> : null}
          <PeriodsEditor kind="away" {...listProps('away', zone)} />
        </>
      )}
    </EntryForm>
  );
}
