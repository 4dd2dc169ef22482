import type { Session } from './session';

const STORAGE_KEY = 'sunroute.console.localToken';

/** The local stack's session, with a way to paste a token when the printed URL was not used. */
export interface LocalSession extends Session {
  useToken(token: string): void;
}

/**
 * The local stack signs its lead in by URL: `npm start` prints `…/console/#token=<token>`. The
 * token is taken out of the address (so it is not bookmarked or shared by accident) and kept for
 * this browser tab only; the stack makes new tokens on every start.
 */
export function localSession(): LocalSession {
  const takeToken = () => {
    const match = /^#token=([^&]+)/.exec(location.hash);
    if (!match) return false;
    sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]!));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return true;
  };
  takeToken();
  // The printed URL opened in a tab that already shows the console changes only the fragment.
  addEventListener('hashchange', () => {
    if (takeToken()) location.reload();
  });
  return {
    mode: 'local',
    token: async () => sessionStorage.getItem(STORAGE_KEY) ?? undefined,
    signIn: async () => {},
    useToken: (token) => sessionStorage.setItem(STORAGE_KEY, token.trim()),
    signOut: async () => sessionStorage.removeItem(STORAGE_KEY),
  };
}
