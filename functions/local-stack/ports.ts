// Where the stand-ins listen. The defaults are each tool's own convention, so the AWS CLI, the web
// inbox and other tutorials work unchanged (http://localhost:8000 for DynamoDB Local, :4566 for
// fauxqs as for LocalStack, :8005 for aws-ses-v2-local); tests pass 0 to take any free port, so
// several runs on one machine never collide.
import { createServer } from 'node:net';

export interface StandInPorts {
  readonly dynamodb: number;
  readonly sqs: number;
  readonly sesv2: number;
}

export const DEFAULT_PORTS: StandInPorts = { dynamodb: 8000, sqs: 4566, sesv2: 8005 };

/** Binds `port` on all interfaces and lets go: resolves true when nothing else holds it. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/**
 * A port the kernel just handed out and released, for processes (the JVM) that cannot report
 * which port they took when given 0.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '0.0.0.0', exclusive: true }, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port assigned')),
      );
    });
  });
}
