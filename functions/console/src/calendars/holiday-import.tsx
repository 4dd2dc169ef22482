import { useEffect, useState } from 'preact/hooks';
import { addPublicHolidays } from '../../../core/holidays/add-public-holidays';
import type { HolidayCountry, HolidayPlace, PublicHoliday } from '../api/admin-types';
import { useApp } from '../ui/app-context';
import { SelectField, TextField } from '../ui/fields';
import { ErrorNote } from '../ui/page';
import { useResource } from '../ui/use-resource';

interface HolidayImportProps {
  readonly entryPath: string;
  /** The team's holiday list as the document writes it. */
  readonly existing: readonly unknown[];
  /** Hands back the list with the new dates (or the yearly rule) added. */
  readonly onAdd: (holidays: unknown[]) => void;
}

/**
 * Public holidays by country and subdivision, picked from the lists the holiday data has: either
 * a year's dates copied into the team's list (each day visible, and deletable if the team works
 * it), or a rule that imports every year's holidays by itself. Either way only the draft changes;
 * the review shows it before anything is saved.
 */
export function HolidayImport({ entryPath, existing, onAdd }: HolidayImportProps) {
  const { api } = useApp();
  const [country, setCountry] = useState('');
  const [subdivision, setSubdivision] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [preview, setPreview] = useState<readonly PublicHoliday[] | undefined>();
  const [error, setError] = useState<Error | undefined>();
  const [countries] = useResource(
    () => api.get<{ countries: HolidayPlace[] }>('/holidays/countries'),
    [],
  );
  const [detail] = useResource<HolidayCountry | undefined>(
    () =>
      country
        ? api.get<HolidayCountry>(`/holidays/countries/${country}`)
        : Promise.resolve(undefined),
    [country],
  );
  useEffect(() => {
    setSubdivision('');
    setPreview(undefined);
  }, [country]);
  const subdivisions = detail.value?.subdivisions ?? [];
  const source = { country, ...(subdivision ? { subdivision } : {}) };

  const load = async () => {
    setError(undefined);
    try {
      const answer = await api.get<HolidayCountry>(`/holidays/countries/${country}`, {
        year,
        subdivision: subdivision || undefined,
      });
      setPreview(answer.holidays ?? []);
    } catch (failure) {
      setError(failure as Error);
      setPreview(undefined);
    }
  };
  const result = preview ? addPublicHolidays(existing, preview) : undefined;
  const added = new Set(result?.added ?? []);

  return (
    <fieldset class="list holiday-import">
      <legend>Import public holidays</legend>
      {countries.state === 'failed' ? <ErrorNote error={countries.error} /> : null}
      <SelectField
        path={`${entryPath}.import.country`}
        label="Country"
        value={country}
        onChange={setCountry}
        options={[
          { value: '', label: 'Choose a country…' },
          ...(countries.value?.countries ?? []).map((place) => ({
            value: place.code,
            label: `${place.name} (${place.code})`,
          })),
        ]}
      />
      <SelectField
        path={`${entryPath}.import.subdivision`}
        label="Subdivision"
        value={subdivision}
        onChange={(value) => {
          setSubdivision(value);
          setPreview(undefined);
        }}
        hint={
          country && subdivisions.length === 0 && detail.state === 'ready'
            ? 'This country’s holidays are national only.'
            : undefined
        }
        options={[
          { value: '', label: 'Whole country' },
          ...subdivisions.map((place) => ({
            value: place.code,
            label: `${place.name} (${place.code})`,
          })),
        ]}
      />
      <TextField
        path={`${entryPath}.import.year`}
        label="Year"
        inputMode="numeric"
        value={year}
        onChange={(value) => {
          setYear(value);
          setPreview(undefined);
        }}
      />
      <div class="actions">
        <button type="button" disabled={!country} onClick={() => void load()}>
          Show {year}’s holidays
        </button>
        <button
          type="button"
          disabled={!country}
          onClick={() => onAdd([...existing, source])}
          title="Adds a rule that imports this country's public holidays for every year"
        >
          Add as a rule for every year
        </button>
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {preview ? (
        <>
          <ul class="holiday-preview">
            {preview.map((holiday) => (
              <li key={`${holiday.date}-${holiday.from ?? ''}`}>
                {holiday.date}
                {holiday.from ? ` from ${holiday.from}` : ''} — {holiday.name}
                {added.has(holiday) ? '' : ' (already listed)'}
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={!result || result.added.length === 0}
            onClick={() => result && onAdd([...result.holidays])}
          >
            Add {result?.added.length ?? 0} holidays to the draft
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
