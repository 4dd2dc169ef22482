import { render } from 'preact';
import { Console } from './app';
import { cognitoSession } from './auth/cognito-session';
import { localSession } from './auth/local-session';
import { loadConsoleConfig } from './console-config';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  // The "loading" note of index.html is not Preact's to diff away.
  root.textContent = '';
  try {
    const config = await loadConsoleConfig();
    const session =
      config.auth.mode === 'cognito' ? await cognitoSession(config.auth) : localSession();
    render(<Console config={config} session={session} />, root);
  } catch (error) {
    render(
      <main id="main">
        <h1>sunroute console</h1>
        <p class="note error" role="alert">
          The console could not start: {(error as Error).message}
        </p>
      </main>,
      root,
    );
  }
}

void start(document.getElementById('app')!);
