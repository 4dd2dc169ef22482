// aws-ses-v2-local, the SES v2 emulator with a web inbox, in this Node process.
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { isPortFree } from './ports';
import { PortInUseError, StandInStartError } from './stand-in-errors';
import { answersOk, waitUntilReady } from './wait-until-ready';

const SERVICE = 'aws-ses-v2-local (SES v2)';

type StartSes = (config: { host: string; port: number }) => Promise<Server>;

export interface SesLocal {
  /** Serves both the SES v2 API and the tool's own inbox (`/`, `/store`, `/clear-store`). */
  readonly endpoint: string;
  stop(): Promise<void>;
}

// The package is CommonJS with its server as `exports.default`.
const sesModule = createRequire(import.meta.url)('aws-ses-v2-local') as { default: StartSes };

export async function startSesLocal({ port }: { port: number }): Promise<SesLocal> {
  if (port !== 0 && !(await isPortFree(port))) throw new PortInUseError(SERVICE, port);
  // Loopback only: the inbox shows every mail the product sends.
  const server = await sesModule.default({ host: '127.0.0.1', port });
  // Its promise resolves even when listening failed (Express 5 hands the error to the callback
  // that resolves it), so the server's state is the only reliable answer.
  const address = server.address();
  if (!server.listening || typeof address !== 'object' || !address) {
    throw new StandInStartError(SERVICE, `could not listen on 127.0.0.1:${port}`);
  }
  const endpoint = `http://127.0.0.1:${address.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // SDK clients keep sockets alive; without this close() waits for them to time out.
      server.closeAllConnections();
    });
  try {
    await waitUntilReady(() => answersOk(`${endpoint}/health-check`), { timeoutMs: 5_000 });
  } catch (error) {
    await stop();
    throw new StandInStartError(SERVICE, String(error));
  }
  return { endpoint, stop };
}
