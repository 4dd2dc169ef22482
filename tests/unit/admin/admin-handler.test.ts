import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { adminCaller, groupsClaim } from '../../../functions/admin/admin-caller';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import { ADMIN_MAX_BODY_BYTES } from '../../../functions/definitions/admin-api';
import { adminEvent, memoryAdminDependencies, READER_CLAIMS } from './memory-admin-dependencies';

const EXAMPLE = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
const CONTEXT = {} as Context;

async function setup(saveExample = true) {
  const { deps, config } = memoryAdminDependencies();
  const handler = createAdminHandler(deps);
  if (saveExample) await config.saveVersion(EXAMPLE, { holidays: deps.holidays, savedBy: 'seed' });
  const call = async (...args: Parameters<typeof adminEvent>) => {
    const response = await handler(adminEvent(...args), CONTEXT);
    return { ...response, json: () => JSON.parse(response.body ?? 'null') };
  };
  return { deps, config, call };
}

describe('groupsClaim', () => {
  it('reads the groups API Gateway flattens into "[a b]", and a list', () => {
    expect(groupsClaim('[support-leads admins]')).toEqual(['support-leads', 'admins']);
    expect(groupsClaim('[support-leads]')).toEqual(['support-leads']);
    expect(groupsClaim(['support-leads'])).toEqual(['support-leads']);
    expect(groupsClaim(undefined)).toEqual([]);
    expect(groupsClaim('[]')).toEqual([]);
  });
});

describe('adminCaller', () => {
  const caller = (claims: Record<string, unknown>) =>
    adminCaller(adminEvent('GET /config', { claims }));

  it('names the caller by a verified email, else by user name, never by an unverified email', () => {
    const who = { 'cognito:username': 'lea-7f3a', sub: 'c0ffee' };
    expect(caller({ ...who, email: 'lea@shop.example', email_verified: 'true' }).name).toBe(
      'lea@shop.example',
    );
    expect(caller({ ...who, email: 'lea@shop.example', email_verified: true }).name).toBe(
      'lea@shop.example',
    );
    // Anyone may set their own unverified address to the head of support's.
    expect(caller({ ...who, email: 'head@shop.example', email_verified: 'false' }).name).toBe(
      'lea-7f3a',
    );
    expect(caller({ ...who, email: 'head@shop.example' }).name).toBe('lea-7f3a');
    expect(caller({ sub: 'c0ffee', email: 'head@shop.example' }).name).toBe('c0ffee');
  });
});

describe('admin handler', () => {
  it('answers 401 when the authorizer passed no claims', async () => {
    const { call } = await setup();
    expect((await call('GET /config', { claims: null })).statusCode).toBe(401);
    expect(
      (await call('GET /config', { claims: { 'cognito:groups': '[support-leads]' } })).statusCode,
    ).toBe(401);
  });

  it('answers 403 to a write by a user outside support-leads, and serves their reads', async () => {
    const { call, config } = await setup();
    const write = await call('PUT /config', {
      claims: { ...READER_CLAIMS, 'cognito:groups': '[support-leads-readers]' },
      body: EXAMPLE,
      headers: { 'if-match': '"v1"' },
    });
    expect(write.statusCode).toBe(403);
    expect(config.versions).toHaveLength(1);
    expect((await call('GET /config', { claims: READER_CLAIMS })).statusCode).toBe(200);
  });

  it('answers 404 to a route key it does not serve', async () => {
    const { call } = await setup();
    expect((await call('PATCH /config')).statusCode).toBe(404);
  });

  it('saves the first version without If-Match (201) and later ones only with the current ETag', async () => {
    const { call, config } = await setup(false);
    expect((await call('GET /config')).statusCode).toBe(404);
    const first = await call('PUT /config', { body: EXAMPLE });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"v1"');
    expect(first.json()).toMatchObject({ version: 1, previous: null, savedBy: 'lea' });

    const changed = EXAMPLE.replace("end: '18:00'", "end: '18:30'");
    expect((await call('PUT /config', { body: changed })).statusCode).toBe(428);
    const stale = await call('PUT /config', { body: changed, headers: { 'if-match': '"v7"' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers.etag).toBe('"v1"');
    const listed = await call('PUT /config', {
      body: changed,
      headers: { 'if-match': 'W/"v0", "v1"' },
    });
    expect(listed.statusCode).toBe(200);
    const any = await call('PUT /config', { body: EXAMPLE, headers: { 'if-match': '*' } });
    expect(any.json()).toMatchObject({ version: 3, previous: 2 });
    expect(config.versions.map((v) => v.savedBy)).toEqual(['lea', 'lea', 'lea']);
  });

  it('saves nothing when the document is the current one', async () => {
    const { call, config } = await setup();
    const same = await call('PUT /config', { body: EXAMPLE, headers: { 'if-match': '"v1"' } });
    expect(same.json()).toEqual({ version: 1, changed: false, changes: [] });
    expect(config.versions).toHaveLength(1);
  });

  it('saves a comment-only edit as a new version with no changes: the stored text is the text sent', async () => {
    const { call, config } = await setup();
    const commented = `# reviewed by lea\n${EXAMPLE}`;
    const saved = await call('PUT /config', { body: commented, headers: { 'if-match': '"v1"' } });
    expect(saved.json()).toMatchObject({ version: 2, previous: 1, changed: true, changes: [] });
    expect((await call('GET /config')).body).toBe(commented);
    const again = await call('PUT /config', { body: commented, headers: { 'if-match': '"v2"' } });
    expect(again.json()).toEqual({ version: 2, changed: false, changes: [] });
    expect(config.versions).toHaveLength(2);
  });

  it('rolls back to nothing new when the live version already holds that document', async () => {
    const { call, config } = await setup();
    const current = await call('POST /config/rollback', {
      body: '{"version": 1}',
      headers: { 'if-match': '"v1"' },
    });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toEqual({ version: 1, changed: false, changes: [] });
    expect(current.headers.etag).toBe('"v1"');
    expect(config.versions).toHaveLength(1);
  });

  it('answers 409 when another save wins between the check and the write', async () => {
    const { call, config } = await setup();
    config.raceNextSave = true;
    const lost = await call('PUT /config', {
      body: EXAMPLE.replace("end: '18:00'", "end: '18:30'"),
      headers: { 'if-match': '"v1"' },
    });
    expect(lost.statusCode).toBe(409);
  });

  it('reads a YAML body API Gateway base64-encoded, and answers 413 past the limit', async () => {
    const { call } = await setup(false);
    const yaml = await call('PUT /config', {
      body: Buffer.from(EXAMPLE).toString('base64'),
      base64: true,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(yaml.statusCode).toBe(201);
    const big = await call('PUT /config', {
      body: Buffer.alloc(ADMIN_MAX_BODY_BYTES + 1, 0x20).toString('base64'),
      base64: true,
      headers: { 'if-match': '"v1"' },
    });
    expect(big.statusCode).toBe(413);
  });

  it('names the path of every problem in a refused document', async () => {
    const { call } = await setup();
    const response = await call('PUT /config', {
      body: '{"teams": [{"id": "x", "region": "MARS"}], "agents": 3}',
      headers: { 'if-match': '"v1"', 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['teams[0].region', 'teams[0].timeZone', 'agents']),
    );
  });

  it('answers a failure of its own with 500 and a generic message', async () => {
    const { deps } = memoryAdminDependencies({
      tickets: {
        listTickets: () => Promise.reject(new Error('DynamoDB is down')),
        readTicket: () => Promise.reject(new Error('DynamoDB is down')),
      },
    });
    const response = await createAdminHandler(deps)(
      adminEvent('GET /tickets/{id}', { pathParameters: { id: 't-1' } }),
      CONTEXT,
    );
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body!)).toEqual({ message: 'Internal Server Error' });
  });

  it('rolls back as a new version naming the version it restores', async () => {
    const { call, config } = await setup();
    await call('PUT /config', {
      body: EXAMPLE.replace("end: '18:00'", "end: '18:30'"),
      headers: { 'if-match': '"v1"' },
    });
    const rollback = await call('POST /config/rollback', {
      body: '{"version": 1}',
      headers: { 'if-match': '"v2"' },
    });
    expect(rollback.json()).toMatchObject({ version: 3, previous: 2, restoredFrom: 1 });
    expect(config.versions[2]!.document).toBe(EXAMPLE);
    const versions = (await call('GET /config/versions')).json();
    expect(versions.current).toBe(3);
    expect(versions.versions[0]).toMatchObject({ version: 3, restoredFrom: 1, savedBy: 'lea' });
    const bad = await call('POST /config/rollback', {
      body: '{"version": "1", "force": true}',
      headers: { 'if-match': '"v3"' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['version']);
  });
});
