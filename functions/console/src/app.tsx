import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link, Route, Router, Switch, useLocation } from 'wouter-preact';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import type { ConsoleConfig } from '../../definitions/console';
import { AdminClient } from './api/admin-client';
import type { Me } from './api/admin-types';
import type { Session } from './auth/session';
import { CalendarsPage } from './calendars/calendars-page';
import { PlaygroundPage } from './playground/playground-page';
import { ReportsPage } from './reports/reports-page';
import { SignIn } from './sign-in';
import { TicketPage } from './tickets/ticket-page';
import { TicketsPage } from './tickets/tickets-page';
import { App } from './ui/app-context';
import { isZone, knownZones, savedZone, saveZone } from './ui/zone';
import { WeekPage } from './week/week-page';

const PAGES = [
  ['/', 'This week'],
  ['/calendars', 'Calendars'],
  ['/playground', 'Playground'],
  ['/tickets', 'Tickets'],
  ['/reports', 'Reports'],
] as const;

function Nav() {
  const [location] = useLocation();
  const current = (href: string) =>
    href === '/' ? location === '/' || location.startsWith('/week/') : location.startsWith(href);
  return (
    <nav aria-label="Pages" class="pages">
      {PAGES.map(([href, label]) => (
        <Link key={href} href={href} aria-current={current(href) ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}

function ZonePicker({ zone, onChange }: { zone: string; onChange: (zone: string) => void }) {
  const [draft, setDraft] = useState(zone);
  const valid = isZone(draft);
  return (
    <div class="zone-picker">
      <label for="zone">Times in</label>
      <input
        id="zone"
        list="zone-list"
        value={draft}
        aria-invalid={valid ? undefined : 'true'}
        aria-describedby={valid ? undefined : 'zone-error'}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setDraft(value);
          if (isZone(value)) onChange(value);
        }}
      />
      {valid ? null : (
        <span id="zone-error" class="field-error">
          not an IANA time zone
        </span>
      )}
      <datalist id="zone-list">
        {knownZones().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}

function Pages() {
  return (
    <Switch>
      <Route path="/">
        <WeekPage />
      </Route>
      <Route path="/week/:from">
        {(params: { from: string }) =>
          /^\d{4}-\d{2}-\d{2}$/.test(params.from) ? <WeekPage from={params.from} /> : <WeekPage />
        }
      </Route>
      <Route path="/calendars" component={CalendarsPage} />
      <Route path="/calendars/*" component={CalendarsPage} />
      <Route path="/playground" component={PlaygroundPage} />
      <Route path="/tickets" component={TicketsPage} />
      <Route path="/reports" component={ReportsPage} />
      <Route path="/tickets/:id">
        {(params: { id: string }) => <TicketPage id={decodeURIComponent(params.id)} />}
      </Route>
      <Route>
        <p>
          No such page. <Link href="/">Back to this week</Link>
        </p>
      </Route>
    </Switch>
  );
}

/** The signed-in console: who is signed in, the pages, the zone every time is shown in. */
export function Console({ config, session }: { config: ConsoleConfig; session: Session }) {
  const [signedOut, setSignedOut] = useState<'no' | 'never' | 'expired'>('no');
  const [me, setMe] = useState<Me | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const [zone, setZone] = useState(savedZone);
  const [round, setRound] = useState(0);
  const api = useMemo(
    () =>
      new AdminClient(new URL(config.apiUrl, location.href), session, () =>
        setSignedOut('expired'),
      ),
    [config, session],
  );
  useEffect(() => {
    let current = true;
    void session.token().then(async (token) => {
      if (!token) {
        if (current) setSignedOut('never');
        return;
      }
      try {
        const answer = await api.get<Me>('/me');
        if (current) {
          setMe(answer);
          setSignedOut('no');
        }
      } catch (error) {
        if (current) setFailure(error as Error);
      }
    });
    return () => {
      current = false;
    };
  }, [api, round]);

  if (signedOut !== 'no') {
    return (
      <SignIn
        session={session}
        expired={signedOut === 'expired'}
        onSignedIn={() => {
          setFailure(undefined);
          setSignedOut('no');
          setRound((n) => n + 1);
        }}
      />
    );
  }
  if (!me) {
    return (
      <main id="main">
        {failure ? (
          <p class="note error" role="alert">
            The admin API did not answer: {failure.message}
          </p>
        ) : (
          <p>Signing in…</p>
        )}
      </main>
    );
  }
  return (
    <App.Provider value={{ api, me, zone }}>
      <Router hook={useHashLocation}>
        <a
          class="skip"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to content
        </a>
        <header class="top">
          <span class="brand">sunroute</span>
          <Nav />
          <ZonePicker
            zone={zone}
            onChange={(next) => {
              saveZone(next);
              setZone(next);
            }}
          />
          <span class="user">
            {me.name} · {me.canWrite ? 'support lead' : 'read only'}
          </span>
          <button
            type="button"
            class="quiet"
            onClick={() => void session.signOut().then(() => setSignedOut('never'))}
          >
            Sign out
          </button>
        </header>
        <main id="main" tabIndex={-1}>
          <Pages />
        </main>
      </Router>
    </App.Provider>
  );
}
