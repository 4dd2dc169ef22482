import { useEffect, useMemo } from 'preact/hooks';
import { Link, Route, Switch, useLocation } from 'wouter-preact';
import { useApp } from '../ui/app-context';
import { focusField } from '../ui/fields';
import { ErrorNote, PageTitle } from '../ui/page';
import { AgentForm } from './agent-form';
import { documentEntries, type DocumentEntries } from './document-entries';
import { DraftStore, useDraft, type DraftState } from './draft-store';
import { HistoryPanel } from './history-panel';
import { NewEntryForm } from './new-entry-form';
import { ReviewPanel } from './review-panel';
import { TeamForm } from './team-form';
import { YamlView } from './yaml-view';

let shared: { key: string; store: DraftStore } | undefined;

/** One working copy per API for the whole session, whichever page the lead is on. */
function useStore(): DraftStore {
  const { api } = useApp();
  const key = `sunroute.console.draft:${api.baseUrl}`;
  if (shared?.key !== key) shared = { key, store: new DraftStore(api, key) };
  return shared.store;
}

function Sidebar({ entries }: { entries: DocumentEntries }) {
  const { me } = useApp();
  return (
    <nav class="side" aria-label="Teams and agents">
      <h2 class="side-title">Teams</h2>
      <ul>
        {entries.teams.map(({ entry }) => (
          <li key={entry.id}>
            <Link href={`/calendars/teams/${encodeURIComponent(entry.id)}`}>{entry.id}</Link>
            <ul>
              {entries.agents
                .filter((agent) => agent.entry.team === entry.id)
                .map((agent) => (
                  <li key={agent.entry.id}>
                    <Link href={`/calendars/agents/${encodeURIComponent(agent.entry.id)}`}>
                      {agent.entry.id}
                    </Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {me.canWrite ? (
        <p>
          <Link href="/calendars/new/team">+ Add a team</Link>
          <br />
          <Link href="/calendars/new/agent">+ Add an agent</Link>
        </p>
      ) : null}
    </nav>
  );
}

/** Where an error outside the open form is: a link to its form, or to the YAML view. */
function errorTarget(path: string, entries: DocumentEntries): string {
  const match = /^(teams|agents)\[(\d+)\]/.exec(path);
  if (match) {
    const list = match[1] === 'teams' ? entries.teams : entries.agents;
    const placed = list.find((item) => item.index === Number(match[2]));
    if (placed) return `/calendars/${match[1]}/${encodeURIComponent(placed.entry.id)}`;
  }
  return '/calendars/yaml';
}

function DraftBar({
  store,
  state,
  entries,
}: {
  store: DraftStore;
  state: DraftState;
  entries: DocumentEntries;
}) {
  const { me } = useApp();
  const [location, navigate] = useLocation();
  const edited = state.base !== undefined && state.text !== state.base.text;
  const checked = state.review?.text === state.text;
  return (
    <div class="draft-bar" aria-live="polite">
      <p>
        {state.base
          ? `Live: version ${state.live?.version ?? state.base.version}`
          : 'No configuration is stored yet.'}
        {state.base && state.live && state.base.version !== state.live.version
          ? ` · your draft starts from version ${state.base.version}`
          : ''}
        {' · '}
        {edited ? <strong>unsaved edits in your draft</strong> : 'no edits'}
        {me.canWrite ? '' : ' · read only'}
      </p>
      <div class="actions">
        <button
          type="button"
          class={edited && !checked ? 'primary' : ''}
          disabled={state.busy !== undefined || !edited}
          onClick={() => void store.check().then((ok) => ok && navigate('/calendars/review'))}
        >
          {state.busy === 'checking' ? 'Checking…' : 'Review changes'}
        </button>
        <button
          type="button"
          disabled={!edited || state.busy !== undefined}
          onClick={() => void store.discard()}
        >
          Discard edits
        </button>
      </div>
      {state.saved ? (
        <div class="note success" role="status">
          <p>
            Saved as version {state.saved.version}
            {state.saved.restoredFrom
              ? ` (restores version ${state.saved.restoredFrom})`
              : ''} by {state.saved.savedBy}. <Link href="/">See the week</Link>
          </p>
          {state.saved.changes.length > 0 ? (
            <ul class="changes">
              {state.saved.changes.map((change, i) => (
                <li key={i}>{change}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.conflict ? (
        <div class="note warning" role="alert">
          <p>{state.conflict.message}</p>
          <p>
            Someone else saved a version while you were editing. Nothing you typed is lost: bring
            your edits onto the newer version, review the changes again, then apply.
          </p>
          <button
            type="button"
            disabled={state.busy !== undefined}
            onClick={() => void store.rebase()}
          >
            Bring my edits onto version {state.conflict.liveVersion ?? 'the live one'}
          </button>
        </div>
      ) : null}
      {state.message ? (
        <div
          class={`note ${state.message.kind}`}
          role={state.message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{state.message.text}</p>
          {state.message.kind === 'error' && state.errors.length > 0 ? (
            <ul>
              {state.errors.map((error) => (
                <li key={error.path}>
                  <Link
                    href={errorTarget(error.path, entries)}
                    onClick={() => {
                      // Once the form is open, the field itself gets focus.
                      setTimeout(() => focusField(error.path), 50);
                    }}
                  >
                    {error.path}
                  </Link>
                  : {error.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <nav class="tabs" aria-label="Calendar views">
        <Link href="/calendars" aria-current={location === '/calendars' ? 'page' : undefined}>
          Forms
        </Link>
        <Link
          href="/calendars/yaml"
          aria-current={location === '/calendars/yaml' ? 'page' : undefined}
        >
          YAML
        </Link>
        <Link
          href="/calendars/review"
          aria-current={location === '/calendars/review' ? 'page' : undefined}
        >
          Review
        </Link>
        <Link
          href="/calendars/history"
          aria-current={location === '/calendars/history' ? 'page' : undefined}
        >
          History
        </Link>
      </nav>
    </div>
  );
}

function Missing({ what }: { what: string }) {
  return <p>The draft has no {what}. It may have been removed or renamed in the YAML view.</p>;
}

export function CalendarsPage() {
  const store = useStore();
  const state = useDraft(store);
  useEffect(() => {
    if (!state.live && !state.loadError) void store.load();
  }, [store]);
  const entries = useMemo(() => documentEntries(state.text), [state.text]);
  const byId = (list: DocumentEntries['teams'], id: string) =>
    list.find(({ entry }) => entry.id === decodeURIComponent(id));

  return (
    <section class="calendars">
      <PageTitle>Calendars</PageTitle>
      {state.loadError ? <ErrorNote error={state.loadError} /> : null}
      {state.loading && !state.live ? <p>Loading the configuration…</p> : null}
      <DraftBar store={store} state={state} entries={entries} />
      {!entries.parsed ? (
        <p class="note warning">
          The draft is not valid YAML; fix it in the YAML view. The forms show the last readable
          state.
        </p>
      ) : null}
      <div class="calendars-body">
        <Sidebar entries={entries} />
        <div class="calendars-main">
          <Switch>
            <Route path="/calendars/yaml">
              <YamlView store={store} state={state} />
            </Route>
            <Route path="/calendars/review">
              <ReviewPanel store={store} state={state} />
            </Route>
            <Route path="/calendars/history">
              <HistoryPanel store={store} state={state} />
            </Route>
            <Route path="/calendars/new/:kind">
              {(params: { kind: string }) => (
                <NewEntryForm
                  kind={params.kind === 'agent' ? 'agent' : 'team'}
                  store={store}
                  state={state}
                  entries={entries}
                />
              )}
            </Route>
            <Route path="/calendars/teams/:id">
              {(params: { id: string }) => {
                const placed = byId(entries.teams, params.id);
                return placed ? (
                  <TeamForm store={store} state={state} placed={placed} entries={entries} />
                ) : (
                  <Missing what={`team ${params.id}`} />
                );
              }}
            </Route>
            <Route path="/calendars/agents/:id">
              {(params: { id: string }) => {
                const placed = byId(entries.agents, params.id);
                return placed ? (
                  <AgentForm store={store} state={state} placed={placed} entries={entries} />
                ) : (
                  <Missing what={`agent ${params.id}`} />
                );
              }}
            </Route>
            <Route>
              <p>
                Choose a team or an agent to edit its calendar, or edit the whole document in the
                YAML view.
              </p>
            </Route>
          </Switch>
        </div>
      </div>
    </section>
  );
}
