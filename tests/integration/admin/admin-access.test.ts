// Who may do what, and what malformed input gets: through the local gateway and the authorizer
// stand-in, against DynamoDB Local. Nothing a client sends may be a 500 or change the config.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_MAX_BODY_BYTES } from '../../../functions/definitions/admin-api';
import { startAdminApi, TOKENS, type AdminApi } from './admin-harness';

let api: AdminApi;
beforeAll(async () => {
  api = await startAdminApi();
});
afterAll(() => api?.stop());

async function storedState() {
  const versions = (await api.call('GET', '/config/versions')).json();
  const document = (await api.call('GET', '/config')).text;
  return { versions, document };
}

describe('admin API: authentication and authorization', () => {
  it('answers 401 without a token and with a wrong one, before the handler runs', async () => {
    for (const token of [null, 'not-a-token', `${TOKENS.lead}x`]) {
      const response = await api.call('GET', '/config', { token });
      expect(response.status).toBe(401);
      expect(response.json()).toEqual({ message: 'Unauthorized' });
    }
    const basic = await api.call('GET', '/config', {
      token: null,
      headers: { authorization: `Basic ${TOKENS.lead}` },
    });
    expect(basic.status).toBe(401);
  });

  it('lets a read-only user read and preview but answers 403 to every write', async () => {
    const before = await storedState();
    const etag = `"v${before.versions.current}"`;
    for (const path of ['/config', '/config/versions', '/teams/tokyo', '/agents/maya.johnson']) {
      expect((await api.call('GET', path, { token: TOKENS.reader })).status, path).toBe(200);
    }
    const writes: [string, string, object | string][] = [
      ['PUT', '/config', before.document],
      ['POST', '/config/rollback', { version: 1 }],
      ['PUT', '/teams/tokyo', { region: 'APAC' }],
      ['DELETE', '/teams/tokyo', {}],
      ['PUT', '/agents/someone', { team: 'tokyo' }],
      ['DELETE', '/agents/jonas.weber', {}],
      ['POST', '/teams/tokyo/holidays/import', { country: 'JP', year: 2027 }],
    ];
    for (const [method, path, body] of writes) {
      const response = await api.call(method, path, {
        token: TOKENS.reader,
        body,
        headers: { 'if-match': etag },
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.json().message).toContain('support-leads');
    }
    expect(await storedState()).toEqual(before);
  });
});

describe('admin API: malformed requests', () => {
  it('answers 413 to a body over the limit and changes nothing', async () => {
    const before = await storedState();
    const response = await api.call('PUT', '/config', {
      body: `# ${'x'.repeat(ADMIN_MAX_BODY_BYTES)}\n`,
      headers: { 'if-match': `"v${before.versions.current}"`, 'content-type': 'application/yaml' },
    });
    expect(response.status).toBe(413);
    expect(await storedState()).toEqual(before);
  });

  it('answers a fuzzed batch of malformed bodies with 4xx and leaves the configuration unchanged', async () => {
    const before = await storedState();
    const etag = `"v${before.versions.current}"`;
    const targets: [string, string][] = [
      ['PUT', '/config'],
      ['PUT', '/teams/tokyo'],
      ['PUT', '/agents/new-agent'],
      ['POST', '/teams/tokyo/holidays/import'],
      ['POST', '/config/rollback'],
      ['POST', '/route/preview'],
    ];
    const hostile = [
      '',
      'null',
      '[]',
      '{',
      '"just a string"',
      '\u0000\u0001binary',
      '['.repeat(50_000),
      '{"a":'.repeat(50_000),
      '- '.repeat(50_000),
      `{"shifts":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      'teams: !!binary AAAA',
      'a: &x [*x, *x]\nb: *x',
      '{"version": "1"}',
      '{"version": 1.5}',
      '{"country": "DE", "year": "2027"}',
      '{"ticket": {"id": "x"}, "at": "yesterday"}',
    ];
    const generated = fc.sample(
      fc.oneof(
        fc.json(),
        fc.string(),
        fc.anything().map((value) => JSON.stringify(value) ?? ''),
        fc.dictionary(fc.string(), fc.jsonValue()).map((value) => JSON.stringify(value)),
      ),
      { numRuns: 40, seed: 6 },
    );
    const bodies = [...hostile, ...generated];
    for (const [method, path] of targets) {
      for (const body of bodies) {
        const response = await api.call(method, path, {
          body,
          headers: { 'if-match': etag, 'content-type': 'application/json' },
        });
        expect(response.status, `${method} ${path} ${body.slice(0, 60)}`).toBeGreaterThanOrEqual(
          400,
        );
        expect(response.status, `${method} ${path} ${body.slice(0, 60)}`).toBeLessThan(500);
      }
    }
    const binary = await api.call('PUT', '/config', {
      body: Buffer.from([0xff, 0xfe, 0x00, 0x80]).toString('latin1'),
      headers: { 'if-match': etag, 'content-type': 'application/octet-stream' },
    });
    expect(binary.status).toBe(400);
    const badTag = await api.call('PUT', '/config', {
      body: before.document,
      headers: { 'if-match': 'v1' },
    });
    expect(badTag.status).toBe(400);
    expect(badTag.json().errors[0].path).toBe('headers.if-match');
    expect(await storedState()).toEqual(before);
    // Dozens of requests against DynamoDB Local: more than the default on a loaded machine.
  }, 60_000);
});
