import type { ConsoleAuth } from '../../../definitions/console';
import { CONSOLE_OAUTH_SCOPES } from '../../../definitions/console';
import type { Session } from './session';

type CognitoAuth = Extract<ConsoleAuth, { mode: 'cognito' }>;

/**
 * Cognito's hosted sign-in with the authorization-code flow and PKCE, through oidc-client-ts (the
 * maintained successor of oidc-client-js). The app's own URL is the redirect URI; the page the
 * lead was on travels in the OAuth state and is restored after the callback. Tokens live in
 * sessionStorage, so closing the tab forgets them; a refresh token renews them.
 */
export async function cognitoSession(auth: CognitoAuth): Promise<Session> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const appUrl = `${location.origin}${location.pathname}`;
  const manager = new UserManager({
    authority: auth.authority,
    client_id: auth.clientId,
    redirect_uri: appUrl,
    response_type: 'code',
    scope: CONSOLE_OAUTH_SCOPES.join(' '),
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: true,
  });
  const query = new URLSearchParams(location.search);
  if (query.has('code') && query.has('state')) {
    const user = await manager.signinCallback();
    const hash = typeof user?.state === 'string' ? user.state : '';
    history.replaceState(null, '', `${appUrl}${hash}`);
  }
  return {
    mode: 'cognito',
    async token() {
      const user = await manager.getUser();
      return user && !user.expired ? user.access_token : undefined;
    },
    signIn: () => manager.signinRedirect({ state: location.hash }),
    async signOut() {
      await manager.removeUser();
      // Cognito has no end_session_endpoint in its discovery document: its own logout URL ends
      // the hosted UI's session, then comes back here.
      const logout = new URL('/logout', auth.domain);
      logout.searchParams.set('client_id', auth.clientId);
      logout.searchParams.set('logout_uri', appUrl);
      location.assign(logout.toString());
    },
  };
}
