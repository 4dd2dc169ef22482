import { focusField } from '../ui/fields';

/**
 * Every problem the last check found in this entry, linked to its field; the same messages also
 * sit under the fields themselves.
 */
export function EntryErrorSummary({
  errors,
  entryPath,
}: {
  errors: ReadonlyMap<string, string>;
  entryPath: string;
}) {
  if (errors.size === 0) return null;
  return (
    <div class="note error" role="alert">
      <p>
        {errors.size === 1 ? 'One problem' : `${errors.size} problems`} in this entry; nothing was
        saved:
      </p>
      <ul>
        {[...errors].map(([field, message]) => (
          <li key={field}>
            <button type="button" class="link" onClick={() => focusField(`${entryPath}.${field}`)}>
              {field || 'the entry'}
            </button>
            : {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
