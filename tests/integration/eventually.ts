import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until `done` holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(
  done: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(250);
  }
  return done();
}
