import { useState } from 'preact/hooks';
import type { DiffResult, VersionList } from '../api/admin-types';
import { useApp } from '../ui/app-context';
import { ErrorNote } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { formatInstant } from '../ui/format-instant';
import type { DraftState, DraftStore } from './draft-store';

/** Every version, newest first; any one compared with the live version and rolled back to. */
export function HistoryPanel({ store, state }: { store: DraftStore; state: DraftState }) {
  const { api, me, zone } = useApp();
  const [versions] = useResource(
    () => api.get<VersionList>('/config/versions'),
    [state.live?.version],
  );
  const [chosen, setChosen] = useState<number | undefined>();
  const [comparison, setComparison] = useState<DiffResult | undefined>();
  const [error, setError] = useState<Error | undefined>();
  const edited = state.base !== undefined && state.text !== state.base.text;

  const compare = async (version: number) => {
    setChosen(version);
    setComparison(undefined);
    setError(undefined);
    try {
      const old = await api.config(version);
      const response = await api.send('POST', '/config/diff', {
        text: old.text,
        contentType: old.format === 'json' ? 'application/json' : 'application/yaml',
      });
      setComparison((await response.json()) as DiffResult);
    } catch (failure) {
      setError(failure as Error);
    }
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {versions.state === 'failed' ? <ErrorNote error={versions.error} /> : null}
      <table class="table">
        <caption class="visually-hidden">Configuration versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(versions.value?.versions ?? []).map((version) => (
            <tr
              key={version.version}
              aria-current={version.version === versions.value?.current ? 'true' : undefined}
            >
              <td>
                {version.version}
                {version.version === versions.value?.current ? ' (live)' : ''}
                {version.restoredFrom ? ` — restores ${version.restoredFrom}` : ''}
              </td>
              <td>{formatInstant(version.savedAt, zone)}</td>
              <td>{version.savedBy ?? '—'}</td>
              <td>
                {version.version === versions.value?.current ? null : (
                  <button type="button" onClick={() => void compare(version.version)}>
                    Compare version {version.version}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <ErrorNote error={error} /> : null}
      {chosen !== undefined && comparison ? (
        <div class="comparison" aria-live="polite">
          <h3>Rolling back to version {chosen} would change</h3>
          {comparison.changes.length === 0 ? (
            <p>Nothing routing reads{comparison.changed ? ' (only comments or layout)' : ''}.</p>
          ) : (
            <ul class="changes">
              {comparison.changes.map((change, i) => (
                <li key={i}>{change}</li>
              ))}
            </ul>
          )}
          {me.canWrite ? (
            <>
              <button
                type="button"
                class="primary"
                disabled={edited || state.busy !== undefined}
                onClick={() => void store.rollback(chosen).then(() => setChosen(undefined))}
              >
                Roll back to version {chosen}
              </button>
              {edited ? <p class="hint">Apply or discard your draft first.</p> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
