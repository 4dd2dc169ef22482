import { userInfo } from 'node:os';

/**
 * Who the configuration versions saved from the CLI are recorded as: $SUNROUTE_USER (a CI job can
 * name the person or pipeline), else the login name, marked as coming from the command line.
 */
export function cliUser(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.SUNROUTE_USER) return env.SUNROUTE_USER;
  try {
    return `${userInfo().username} (cli)`;
  } catch {
    return 'cli';
  }
}
