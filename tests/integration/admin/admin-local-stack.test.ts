// The admin API as `npm start` serves it: the whole local stack on free ports, its tokens from the
// environment it writes into .sunroute/local-stack.json, a change applied through the API and
// picked up by the running router.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN_TOKENS } from '../../../functions/local-stack/admin-authorizer';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { decisionOf, eventually, sendBodies, TUESDAY_AFTERNOON } from '../e2e/local-stack-harness';
import { EXAMPLE_CONFIG } from '../example-config';

const GERMAN = JSON.parse(
  readFileSync(new URL('../../../examples/tickets/de-order-missing.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

// Tuesday afternoon in Berlin, running on from the start: the router routes at its clock, and a
// clock that moves lets its configuration cache refresh.
const started = Date.now();
const clock = () => TUESDAY_AFTERNOON + (Date.now() - started);

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({
    ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
    httpPort: 0,
    prefix: 'admin-e2e',
    configDocument: EXAMPLE_CONFIG,
    // Checks every second instead of every minute, so the test need not wait a minute.
    router: { configRefreshMs: 1_000, clock },
    waitTimeSeconds: 1,
  });
}, 60_000);
afterAll(() => stack?.stop());

async function call(method: string, path: string, token: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.http!.url}${path}`, {
    ...init,
    method,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: await response.text(),
  };
}

describe('admin API on the local stack', () => {
  it('serves the tokens it generated, and the router routes with a version applied through it', async () => {
    const lead = stack.env[LOCAL_ADMIN_TOKENS.leadEnv]!;
    const reader = stack.env[LOCAL_ADMIN_TOKENS.readerEnv]!;
    expect(lead).not.toBe(reader);

    const versions = await call('GET', '/config/versions', reader);
    expect(versions.status).toBe(200);
    expect(JSON.parse(versions.body)).toMatchObject({
      current: 1,
      versions: [{ version: 1, savedBy: 'local stack start' }],
    });
    expect((await call('GET', '/config', 'wrong')).status).toBe(401);

    // Berlin stops speaking German: a German ticket at Berlin's busiest hour goes elsewhere.
    const team = await call('GET', '/teams/emea-berlin', reader);
    const berlin = JSON.parse(team.body) as { languages: string[] };
    const put = await call('PUT', '/teams/emea-berlin', lead, {
      body: JSON.stringify({ ...berlin, languages: berlin.languages.filter((l) => l !== 'de') }),
      headers: { 'content-type': 'application/json', 'if-match': team.etag! },
    });
    expect(put.status).toBe(200);
    expect(JSON.parse(put.body)).toMatchObject({ version: 2, savedBy: 'lead@sunroute.local' });

    const preview = await call('POST', '/route/preview', reader, {
      body: JSON.stringify({
        ticket: { ...GERMAN, id: 'admin-e2e-preview' },
        at: new Date(clock()).toISOString(),
      }),
      headers: { 'content-type': 'application/json' },
    });
    const previewed = JSON.parse(preview.body) as { version: number; decision: { team: string } };
    expect(previewed.version).toBe(2);
    expect(previewed.decision.team).not.toBe('emea-berlin');

    // Past the router's one-second configuration check, so it has read version 2.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const sent = { ...GERMAN, id: 'admin-e2e-routed' };
    await sendBodies(stack, [JSON.stringify(sent)]);
    expect(
      await eventually(async () => (await decisionOf(stack, sent.id)) !== undefined, 20_000),
    ).toBe(true);
    expect((await decisionOf(stack, sent.id))!.team).toBe(previewed.decision.team);
  });
});
