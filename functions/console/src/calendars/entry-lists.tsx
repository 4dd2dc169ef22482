// Editors for the lists inside a team or an agent: shifts, holidays, overrides, away periods.
// Each edits the list as the document writes it and hands the new list back; errors arrive keyed
// by their path inside the entry (`shifts[0].end`).
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

interface ListProps {
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

export function ShiftsEditor(props: ListProps) {
  const { entryPath, field, items, errors, readOnly, zone, onChange } = props;
  return (
    <fieldset class="list">
      <legend>Shifts (local time, {zone})</legend>
      <ListError errors={errors} field={field} />
      {items.length === 0 ? <p class="hint">No shifts.</p> : null}
      {items.map((shift, i) => {
        const at = `${field}[${i}]`;
        const days = Array.isArray(shift.days) ? (shift.days as string[]) : [];
        return (
          <div class="list-item" key={i}>
            <fieldset class="days">
              <legend>Shift {i + 1}: days</legend>
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
                    onChange(replaceAt(items, i, { ...shift, days: next }), `${at}.days`);
                  }}
                />
              ))}
              <ListError errors={errors} field={`${at}.days`} />
            </fieldset>
            <TextField
              path={`${entryPath}.${at}.start`}
              label="Start"
              placeholder="08:00"
              value={text(shift.start)}
              readOnly={readOnly}
              error={errors.get(`${at}.start`)}
              onChange={(value) =>
                onChange(replaceAt(items, i, { ...shift, start: value }), `${at}.start`)
              }
            />
            <TextField
              path={`${entryPath}.${at}.end`}
              label="End"
              placeholder="17:00"
              hint="24:00 for midnight; before the start runs overnight"
              value={text(shift.end)}
              readOnly={readOnly}
              error={errors.get(`${at}.end`)}
              onChange={(value) =>
                onChange(replaceAt(items, i, { ...shift, end: value }), `${at}.end`)
              }
            />
            <ListError errors={errors} field={at} />
            {readOnly ? null : (
              <button
                type="button"
                class="quiet"
                onClick={() =>
                  onChange(
                    items.filter((_, k) => k !== i),
                    field,
                  )
                }
              >
                Remove shift {i + 1}
              </button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <button
          type="button"
          onClick={() =>
            onChange(
              [
                ...items,
                { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
              ],
              field,
            )
          }
        >
          Add shift
        </button>
      )}
    </fieldset>
  );
}

export function HolidaysEditor(props: ListProps) {
  const { entryPath, field, items, errors, readOnly, zone, onChange } = props;
  const set = (i: number, item: Item, name: string, value: string) =>
    onChange(replaceAt(items, i, withField(item, name, value)), `${field}[${i}].${name}`);
  return (
    <fieldset class="list">
      <legend>Holidays (local dates, {zone})</legend>
      <ListError errors={errors} field={field} />
      {items.length === 0 ? <p class="hint">No holidays.</p> : null}
      {items.map((holiday, i) => {
        const at = `${field}[${i}]`;
        const imported = 'country' in holiday;
        return (
          <div class="list-item" key={i}>
            {imported ? (
              <>
                <TextField
                  path={`${entryPath}.${at}.country`}
                  label="Public holidays of country"
                  value={text(holiday.country)}
                  readOnly={readOnly}
                  error={errors.get(`${at}.country`)}
                  onChange={(value) => set(i, holiday, 'country', value)}
                />
                <TextField
                  path={`${entryPath}.${at}.subdivision`}
                  label="Subdivision"
                  value={text(holiday.subdivision)}
                  readOnly={readOnly}
                  error={errors.get(`${at}.subdivision`)}
                  onChange={(value) => set(i, holiday, 'subdivision', value)}
                />
              </>
            ) : (
              <>
                <TextField
                  path={`${entryPath}.${at}.date`}
                  label="Date"
                  placeholder="2026-12-24"
                  value={text(holiday.date)}
                  readOnly={readOnly}
                  error={errors.get(`${at}.date`)}
                  onChange={(value) => set(i, holiday, 'date', value)}
                />
                <TextField
                  path={`${entryPath}.${at}.from`}
                  label="From"
                  placeholder="00:00"
                  value={text(holiday.from)}
                  readOnly={readOnly}
                  error={errors.get(`${at}.from`)}
                  onChange={(value) => set(i, holiday, 'from', value)}
                />
                <TextField
                  path={`${entryPath}.${at}.to`}
                  label="To"
                  placeholder="24:00"
                  value={text(holiday.to)}
                  readOnly={readOnly}
                  error={errors.get(`${at}.to`)}
                  onChange={(value) => set(i, holiday, 'to', value)}
                />
              </>
            )}
            <TextField
              path={`${entryPath}.${at}.name`}
              label="Name"
              value={text(holiday.name)}
              readOnly={readOnly}
              error={errors.get(`${at}.name`)}
              onChange={(value) => set(i, holiday, 'name', value)}
            />
            <ListError errors={errors} field={at} />
            {readOnly ? null : (
              <button
                type="button"
                class="quiet"
                onClick={() =>
                  onChange(
                    items.filter((_, k) => k !== i),
                    field,
                  )
                }
              >
                Remove holiday {i + 1}
              </button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <button type="button" onClick={() => onChange([...items, { date: '', name: '' }], field)}>
          Add a day off
        </button>
      )}
    </fieldset>
  );
}

/** Overrides (`onShift`) or away periods (`reason`): a start and an end in local time. */
export function PeriodsEditor(props: ListProps & { readonly kind: 'override' | 'away' }) {
  const { entryPath, field, items, errors, readOnly, zone, onChange, kind } = props;
  const noun = kind === 'override' ? 'override' : 'away period';
  return (
    <fieldset class="list">
      <legend>
        {kind === 'override' ? 'Overrides, applied in order' : 'Away'} (local time, {zone})
      </legend>
      <ListError errors={errors} field={field} />
      {items.length === 0 ? <p class="hint">None.</p> : null}
      {items.map((period, i) => {
        const at = `${field}[${i}]`;
        const set = (name: string, value: string) =>
          onChange(replaceAt(items, i, withField(period, name, value)), `${at}.${name}`);
        return (
          <div class="list-item" key={i}>
            <TextField
              path={`${entryPath}.${at}.start`}
              label="Start"
              placeholder="2026-12-31T18:00"
              value={text(period.start)}
              readOnly={readOnly}
              error={errors.get(`${at}.start`)}
              onChange={(value) => set('start', value)}
            />
            <TextField
              path={`${entryPath}.${at}.end`}
              label="End"
              placeholder="2027-01-01T10:00"
              value={text(period.end)}
              readOnly={readOnly}
              error={errors.get(`${at}.end`)}
              onChange={(value) => set('end', value)}
            />
            {kind === 'override' ? (
              <CheckboxField
                path={`${entryPath}.${at}.onShift`}
                label="On shift (unchecked: off)"
                checked={period.onShift === true}
                disabled={readOnly}
                error={errors.get(`${at}.onShift`)}
                onChange={(checked) =>
                  onChange(replaceAt(items, i, { ...period, onShift: checked }), `${at}.onShift`)
                }
              />
            ) : (
              <TextField
                path={`${entryPath}.${at}.reason`}
                label="Reason"
                value={text(period.reason)}
                readOnly={readOnly}
                error={errors.get(`${at}.reason`)}
                onChange={(value) => set('reason', value)}
              />
            )}
            <ListError errors={errors} field={at} />
            {readOnly ? null : (
              <button
                type="button"
                class="quiet"
                onClick={() =>
                  onChange(
                    items.filter((_, k) => k !== i),
                    field,
                  )
                }
              >
                Remove {noun} {i + 1}
              </button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <button
          type="button"
          onClick={() =>
            onChange(
              [
                ...items,
                kind === 'override'
                  ? { start: '', end: '', onShift: false }
                  : { start: '', end: '' },
              ],
              field,
            )
          }
        >
          Add {noun}
        </button>
      )}
    </fieldset>
  );
}
