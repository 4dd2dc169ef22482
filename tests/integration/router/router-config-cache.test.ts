// A configuration change reaches routing within a minute, for one small read per minute.
import { afterEach, describe, expect, it } from 'vitest';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

/** The same team, its agents renamed, so which version routed shows in the agent id. */
const renamed = (yaml: string) => yaml.replaceAll('agent-', 'v2-agent-');

describe('router, configuration cache', () => {
  it('routes with a new version after the refresh interval, not before, reading only the pointer meanwhile', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const route = async (id: string) => {
      await router.invoke([sqsRecord(ticketBody(id))]);
      return (await router.ticketItems()).find((item) => item.ticketId === id)?.agent;
    };

    expect(await route(`a-${router.runId}`)).toMatch(/^agent-/);
    expect(await router.saveConfig(renamed(teamConfig(router.runId)))).toBe(2);

    router.now += 59_000;
    router.counter.reset();
    expect(await route(`b-${router.runId}`)).toMatch(/^agent-/);
    expect(router.counter.of('GetItemCommand')).toBe(0);

    router.now += 1_000;
    router.counter.reset();
    expect(await route(`c-${router.runId}`)).toMatch(/^v2-agent-/);
    // The pointer, then the new version's document.
    expect(router.counter.of('GetItemCommand')).toBe(2);

    router.now += 60_000;
    router.counter.reset();
    expect(await route(`d-${router.runId}`)).toMatch(/^v2-agent-/);
    // Unchanged: the pointer only.
    expect(router.counter.of('GetItemCommand')).toBe(1);
  });

  it('reads the configuration once for a whole batch arriving on a cold container', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    router.counter.reset();
    const records = Array.from({ length: 10 }, (_, n) =>
      sqsRecord(ticketBody(`t${n}-${router.runId}`)),
    );
    expect(await router.invoke(records)).toEqual({ batchItemFailures: [] });
    expect(router.counter.of('GetItemCommand')).toBe(2);
  });
});
