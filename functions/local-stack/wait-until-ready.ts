// Polls a probe until it succeeds, so a stand-in counts as started only once it answers real
// requests, not merely once its process exists.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Returns an error once waiting is pointless (the process died); the wait fails with it. */
  readonly failure?: () => Error | undefined;
}

export class ReadyTimeoutError extends Error {
  override readonly name = 'ReadyTimeoutError';
  constructor(
    readonly timeoutMs: number,
    readonly lastError: unknown,
  ) {
    super(`no answer within ${timeoutMs} ms (last error: ${String(lastError)})`);
  }
}

export async function waitUntilReady(
  probe: () => Promise<unknown>,
  { timeoutMs, intervalMs = 25, failure = () => undefined }: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const failed = failure();
    if (failed) throw failed;
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) throw new ReadyTimeoutError(timeoutMs, lastError);
    await sleep(intervalMs);
  }
}

/** A probe for stand-ins with a health URL. */
export async function answersOk(url: string): Promise<void> {
  const response = await fetch(url);
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}
