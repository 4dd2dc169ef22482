import { hasSubscribers } from 'node:diagnostics_channel';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveConfig } from '../../../functions/shared/config-cache';
import { warmUp } from '../../../functions/router/warm-up';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** A server that holds every request until `answer` is called. */
async function holdingServer() {
  const held: ServerResponse[] = [];
  let received = 0;
  const server = createServer((incoming: IncomingMessage, response) => {
    incoming.resume();
    incoming.on('end', () => {
      received += 1;
      held.push(response);
    });
  });
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received: () => received,
    answer: () => held.splice(0).forEach((response) => response.end('{}')),
  };
}

describe('warmUp', () => {
  it('starts the read at once and goes on once its request is sent, not answered', async () => {
    const server = await holdingServer();
    let answered = false;
    let flushed = false;
    const config = {
      current: () =>
        new Promise<LiveConfig>((resolve, reject) => {
          request({ port: server.port, host: '127.0.0.1', method: 'POST' }, (response) => {
            response.resume().on('end', () => {
              answered = true;
              resolve({} as LiveConfig);
            });
          })
            .on('error', reject)
            .on('finish', () => (flushed = true))
            .end('{"query":"config"}');
        }),
    };
    await warmUp({ config });
    expect(flushed).toBe(true);
    expect(answered).toBe(false);
    await expect.poll(server.received).toBe(1);
    server.answer();
    await expect.poll(() => answered).toBe(true);
    expect(hasSubscribers('http.client.request.start')).toBe(false);
  });

  it('goes on when the read settles without a request, failed or not', async () => {
    await warmUp({ config: { current: () => Promise.resolve({} as LiveConfig) } });
    await warmUp({ config: { current: () => Promise.reject(new Error('no table')) } });
    expect(hasSubscribers('http.client.request.start')).toBe(false);
  });
});
