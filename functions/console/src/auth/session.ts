/** A signed-in lead as far as the browser knows: where the admin API's bearer token comes from. */
export interface Session {
  readonly mode: 'local' | 'cognito';
  /** The access token to send as `Authorization: Bearer`, or undefined when signed out. */
  token(): Promise<string | undefined>;
  /** Starts signing in (Cognito: a redirect to the hosted sign-in page). */
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}
