import { useState } from 'preact/hooks';
import type { Session } from './auth/session';
import type { LocalSession } from './auth/local-session';

/** Shown when nobody is signed in (or the token stopped working). */
export function SignIn({
  session,
  onSignedIn,
  expired,
}: {
  session: Session;
  onSignedIn: () => void;
  expired: boolean;
}) {
  const [token, setToken] = useState('');
  return (
    <main id="main" class="sign-in">
      <h1>sunroute console</h1>
      {expired ? <p class="note warning">Your session ended; sign in again.</p> : null}
      {session.mode === 'cognito' ? (
        <>
          <p>
            Sign in with your sunroute account. Support leads may change calendars; everyone else
            may look.
          </p>
          <button type="button" class="primary" onClick={() => void session.signIn()}>
            Sign in
          </button>
        </>
      ) : (
        <>
          <p>
            On the local stack, open the console URL that <code>npm start</code> printed: it signs
            the local support lead in. Tokens change on every start. Or paste a token it printed:
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              (session as LocalSession).useToken(token);
              onSignedIn();
            }}
          >
            <label for="token">Token</label>
            <input
              id="token"
              type="password"
              autoComplete="off"
              value={token}
              onInput={(event) => setToken(event.currentTarget.value)}
            />
            <button type="submit" class="primary" disabled={!token.trim()}>
              Sign in
            </button>
          </form>
        </>
      )}
    </main>
  );
}
