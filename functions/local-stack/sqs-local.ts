// fauxqs, the SQS emulator, in this Node process. Started from code because its CLI logs every
// request; version 1.x because 2.x needs Node 22.5 (node:sqlite).
import { startFauxqs } from 'fauxqs';
import { PortInUseError, StandInStartError } from './stand-in-errors';
import { answersOk, waitUntilReady } from './wait-until-ready';

const SERVICE = 'fauxqs (SQS)';

export interface SqsLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function startSqsLocal({ port }: { port: number }): Promise<SqsLocal> {
  let server;
  try {
    server = await startFauxqs({ port, logger: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(SERVICE, port);
    }
    throw new StandInStartError(SERVICE, String(error));
  }
  const endpoint = `http://127.0.0.1:${server.port}`;
  try {
    await waitUntilReady(() => answersOk(`${endpoint}/health`), { timeoutMs: 5_000 });
  } catch (error) {
    await server.stop();
    throw new StandInStartError(SERVICE, String(error));
  }
  return { endpoint, stop: () => server.stop() };
}
