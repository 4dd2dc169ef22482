// Editors for the lists inside a team or an agent: shifts, holidays, overrides, away periods.
// Each edits the list as the document writes it and hands the new list back; errors arrive keyed
// by their path inside the entry (`shifts[0].end`).
import type { ComponentChildren } from 'preact';
import { CheckboxField, TextField } from '../ui/fields';

type Item = Record<string, unknown>;
type Errors = ReadonlyMap<string, string>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const text = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : String(value);

/** Sets a field, or removes it when emptied, so optional fields are not written as "". */
function withField(item: Item, field: string, value: string): Item {
  const next = { ...item };
  if (value === '') delete next[field];
  else next[field] = value;
  return next;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

export interface EntryListProps {
  /** The entry's path (`teams[3]`) and the list's field (`shifts`). */
  readonly entryPath: string;
  readonly field: string;
  readonly items: readonly Item[];
  readonly errors: Errors;
  readonly readOnly: boolean;
  /** The team's zone, to label local times. */
  readonly zone: string;
  readonly onChange: (items: Item[], changedField: string) => void;
}

function ListError({ errors, field }: { errors: Errors; field: string }) {
  const error = errors.get(field);
  return error ? <p class="field-error">{error}</p> : null;
}

/** One item of a list, as its fields are drawn: where it is and how to change one of its fields. */
interface ListItem {
  readonly item: Item;
  readonly index: number;
  /** `shifts[2]`: the item's path inside the entry. */
  readonly at: string;
  /** A text field of the item, with its path, error and read-only state. */
  readonly textField: (
    name: string,
    label: string,
    options?: { placeholder?: string; hint?: string; onChange?: (value: string) => void },
  ) => ComponentChildren;
}

/**
 * A list of a team or an agent: its legend, its own error, each item with its error and a remove
 * button, and a button adding `newItem`. Emptied optional fields are removed from the item unless
 * a field's own `onChange` says otherwise.
 */
function EntryList({
  list,
  legend,
  empty,
  noun,
  addLabel,
  newItem,
  children,
}: {
  list: EntryListProps;
  legend: ComponentChildren;
  empty: string;
  /** Names an item in its remove button: `Remove shift 2`. */
  noun: string;
  addLabel: string;
  newItem: () => Item;
  children: (item: ListItem) => ComponentChildren;
}) {
  const { entryPath, field, items, errors, readOnly, onChange } = list;
  return (
    <fieldset class="list">
      <legend>{legend}</legend>
      <ListError errors={errors} field={field} />
      {items.length === 0 ? <p class="hint">{empty}</p> : null}
      {items.map((item, index) => {
        const at = `${field}[${index}]`;
        const textField: ListItem['textField'] = (name, label, options = {}) => (
          <TextField
            path={`${entryPath}.${at}.${name}`}
            label={label}
            placeholder={options.placeholder}
            hint={options.hint}
            value={text(item[name])}
            readOnly={readOnly}
            error={errors.get(`${at}.${name}`)}
            onChange={
              options.onChange ??
              ((value) =>
                onChange(replaceAt(items, index, withField(item, name, value)), `${at}.${name}`))
            }
          />
        );
        return (
          <div class="list-item" key={index}>
            {children({ item, index, at, textField })}
            <ListError errors={errors} field={at} />
            {readOnly ? null : (
              <button
                type="button"
                class="quiet"
                onClick={() =>
                  onChange(
                    items.filter((_, k) => k !== index),
                    field,
                  )
                }
              >
                Remove {noun} {index + 1}
              </button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <button type="button" onClick={() => onChange([...items, newItem()], field)}>
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}

export function ShiftsEditor(props: EntryListProps) {
  const { entryPath, items, errors, readOnly, zone, onChange } = props;
  return (
    <EntryList
      list={props}
      legend={`Shifts (local time, ${zone})`}
      empty="No shifts."
      noun="shift"
      addLabel="Add shift"
      newItem={() => ({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' })}
    >
      {({ item: shift, index, at, textField }) => {
        const days = Array.isArray(shift.days) ? (shift.days as string[]) : [];
        // A shift's times stay in the item when emptied: a shift needs both.
        const setTime = (name: 'start' | 'end') => (value: string) =>
          onChange(replaceAt(items, index, { ...shift, [name]: value }), `${at}.${name}`);
        return (
          <>
            <fieldset class="days">
              <legend>Shift {index + 1}: days</legend>
              {WEEKDAYS.map((day) => (
                <CheckboxField
                  key={day}
                  path={`${entryPath}.${at}.days.${day}`}
                  label={day}
                  checked={days.includes(day)}
                  disabled={readOnly}
                  onChange={(checked) => {
                    const next = checked
                      ? WEEKDAYS.filter((d) => d === day || days.includes(d))
                      : days.filter((d) => d !== day);
                    onChange(replaceAt(items, index, { ...shift, days: next }), `${at}.days`);
                  }}
                />
              ))}
              <ListError errors={errors} field={`${at}.days`} />
            </fieldset>
            {textField('start', 'Start', { placeholder: '08:00', onChange: setTime('start') })}
            {textField('end', 'End', {
              placeholder: '17:00',
              hint: '24:00 for midnight; before the start runs overnight',
              onChange: setTime('end'),
            })}
          </>
        );
      }}
    </EntryList>
  );
}

export function HolidaysEditor(props: EntryListProps) {
  return (
    <EntryList
      list={props}
      legend={`Holidays (local dates, ${props.zone})`}
      empty="No holidays."
      noun="holiday"
      addLabel="Add a day off"
      newItem={() => ({ date: '', name: '' })}
    >
      {({ item: holiday, textField }) => (
        <>
          {'country' in holiday ? (
            <>
              {textField('country', 'Public holidays of country')}
              {textField('subdivision', 'Subdivision')}
            </>
          ) : (
            <>
              {textField('date', 'Date', { placeholder: '2026-12-24' })}
              {textField('from', 'From', { placeholder: '00:00' })}
              {textField('to', 'To', { placeholder: '24:00' })}
            </>
          )}
          {textField('name', 'Name')}
        </>
      )}
    </EntryList>
  );
}

/** Overrides (`onShift`) or away periods (`reason`): a start and an end in local time. */
export function PeriodsEditor(props: EntryListProps & { readonly kind: 'override' | 'away' }) {
  const { entryPath, items, errors, readOnly, zone, onChange, kind } = props;
  const noun = kind === 'override' ? 'override' : 'away period';
  return (
    <EntryList
      list={props}
      legend={`${kind === 'override' ? 'Overrides, applied in order' : 'Away'} (local time, ${zone})`}
      empty="None."
      noun={noun}
      addLabel={`Add ${noun}`}
      newItem={() =>
        kind === 'override' ? { start: '', end: '', onShift: false } : { start: '', end: '' }
      }
    >
      {({ item: period, index, at, textField }) => (
        <>
          {textField('start', 'Start', { placeholder: '2026-12-31T18:00' })}
          {textField('end', 'End', { placeholder: '2027-01-01T10:00' })}
          {kind === 'override' ? (
            <CheckboxField
              path={`${entryPath}.${at}.onShift`}
              label="On shift (unchecked: off)"
              checked={period.onShift === true}
              disabled={readOnly}
              error={errors.get(`${at}.onShift`)}
              onChange={(checked) =>
                onChange(replaceAt(items, index, { ...period, onShift: checked }), `${at}.onShift`)
              }
            />
          ) : (
            textField('reason', 'Reason')
          )}
        </>
      )}
    </EntryList>
  );
}
