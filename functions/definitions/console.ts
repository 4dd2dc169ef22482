// The web console as plain data: where it is served and the runtime file that tells one build
// which API to talk to and how to sign in. The local stack writes that file for its gateway, the
// CDK stack uploads it beside the app, and the console reads it first thing.

/** Read by the console next to its index.html, never cached: it differs per deployment. */
export const CONSOLE_CONFIG_FILE = 'config.json';

/** Where the local gateway serves the console (on AWS, CloudFront serves it at its root). */
export const LOCAL_CONSOLE_PATH = '/console';

/** How the console signs a lead in. */
export type ConsoleAuth =
  /**
   * The local stack: the URL `npm start` prints carries a bearer token in its fragment
   * (`#token=…`), which the console keeps for the browser tab.
   */
  | { readonly mode: 'local' }
  /** Cognito's hosted sign-in, authorization-code flow with PKCE, on the stack's user pool. */
  | {
      readonly mode: 'cognito';
      /** The user pool's issuer, `https://cognito-idp.<region>.amazonaws.com/<pool id>`. */
      readonly authority: string;
      readonly clientId: string;
      /** The pool's hosted domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
      readonly domain: string;
    };

export interface ConsoleConfig {
  /** The admin API's base URL; relative URLs are read against the console's own. */
  readonly apiUrl: string;
  readonly auth: ConsoleAuth;
}

/** The OAuth scopes the console asks Cognito for. */
export const CONSOLE_OAUTH_SCOPES = ['openid', 'email', 'profile'] as const;

/** The console's sources and its build, relative to the project root. */
export const CONSOLE_SOURCE_DIR = 'functions/console';
export const CONSOLE_BUILD_DIR = 'functions/console/dist';
