import { CONSOLE_CONFIG_FILE, type ConsoleConfig } from '../../definitions/console';

/** The runtime file beside index.html that says which API to use and how to sign in. */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch(CONSOLE_CONFIG_FILE, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `${CONSOLE_CONFIG_FILE} could not be read (${response.status}): the console is not deployed with its configuration`,
    );
  }
  const config = (await response.json()) as Partial<ConsoleConfig>;
  const mode = config.auth?.mode;
  if (typeof config.apiUrl !== 'string' || (mode !== 'local' && mode !== 'cognito')) {
    throw new Error(`${CONSOLE_CONFIG_FILE} needs apiUrl and auth.mode (local or cognito)`);
  }
  return config as ConsoleConfig;
}
