// The configuration half of the admin API against DynamoDB Local through the local gateway: the
// document, versions with who and when, If-Match, entry edits, holiday import and rollback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN_USERS } from '../../../functions/local-stack/admin-authorizer';
import { ADMIN_MAX_BODY_BYTES } from '../../../functions/definitions/admin-api';
import { ALIAS_BOMB, EXAMPLE_CONFIG, oversizedConfig } from '../example-config';
import { startAdminApi, TOKENS, type AdminApi } from './admin-harness';

let api: AdminApi;
beforeAll(async () => {
  api = await startAdminApi();
});
afterAll(() => api?.stop());

async function etag(): Promise<string> {
  const response = await api.call('GET', '/config');
  return response.headers.get('etag')!;
}

describe('admin API: the configuration', () => {
  it('serves the live document as written, with its version as ETag and who saved it', async () => {
    const response = await api.call('GET', '/config', { token: TOKENS.reader });
    expect(response.status).toBe(200);
    expect(response.text).toBe(EXAMPLE_CONFIG);
    expect(response.headers.get('content-type')).toContain('application/yaml');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(response.headers.get('x-config-saved-by')).toBe('npm start');
  });

  it('saves a changed document as the next version, recording the caller, and lists it', async () => {
    const changed = EXAMPLE_CONFIG.replace(/(- id: emea-berlin[^]*?end: )'18:00'/, "$1'19:00'");
    const before = await etag();
    const put = await api.call('PUT', '/config', {
      body: changed,
      headers: { 'content-type': 'application/yaml', 'if-match': before },
    });
    expect(put.status).toBe(200);
    const saved = put.json();
    expect(saved).toMatchObject({ previous: 1, savedBy: LOCAL_ADMIN_USERS.lead, changed: true });
    expect(saved.changes).toEqual([
      '- team emea-berlin: shift mon–fri 08:00–18:00',
      '+ team emea-berlin: shift mon–fri 08:00–19:00',
    ]);
    expect(put.headers.get('etag')).toBe(`"v${saved.version}"`);

    const versions = (await api.call('GET', '/config/versions', { token: TOKENS.reader })).json();
    expect(versions.current).toBe(saved.version);
    expect(versions.versions[0]).toMatchObject({
      version: saved.version,
      savedBy: LOCAL_ADMIN_USERS.lead,
    });
    expect(Date.parse(versions.versions[0].savedAt)).not.toBeNaN();
    expect(versions.versions.at(-1)).toMatchObject({ version: 1, savedBy: 'npm start' });
  });

  it('saves a comment-only edit as a new version, and the same text again as nothing', async () => {
    const live = await api.call('GET', '/config');
    const commented = `# Late shift in Berlin agreed with the team\n${live.text}`;
    const put = await api.call('PUT', '/config', {
      body: commented,
      headers: { 'content-type': 'application/yaml', 'if-match': live.headers.get('etag')! },
    });
    expect(put.status).toBe(200);
    const saved = put.json();
    const previous = Number(live.headers.get('x-config-version'));
    expect(saved).toMatchObject({ version: previous + 1, previous, changed: true, changes: [] });
    expect((await api.call('GET', '/config', { token: TOKENS.reader })).text).toBe(commented);

    const again = await api.call('PUT', '/config', {
      body: commented,
      headers: { 'content-type': 'application/yaml', 'if-match': put.headers.get('etag')! },
    });
    expect(again.status).toBe(200);
    expect(again.json()).toEqual({ version: saved.version, changed: false, changes: [] });
    const rollback = await api.call('POST', '/config/rollback', {
      body: { version: saved.version },
      headers: { 'if-match': put.headers.get('etag')! },
    });
    expect(rollback.json()).toEqual({ version: saved.version, changed: false, changes: [] });
    expect(await etag()).toBe(put.headers.get('etag'));
  });

  it('refuses a write on a stale ETag with 409, one without If-Match with 428, and saves neither', async () => {
    const current = await etag();
    const stale = await api.call('PUT', '/config', {
      body: EXAMPLE_CONFIG,
      headers: { 'if-match': '"v1"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('etag')).toBe(current);
    expect(stale.json().message).toContain('stale');

    const missing = await api.call('PUT', '/teams/emea-berlin', { body: { region: 'EU' } });
    expect(missing.status).toBe(428);
    expect(await etag()).toBe(current);
  });

  it('answers an invalid document with 400 and every problem at its path', async () => {
    const broken = EXAMPLE_CONFIG.replace("end: '18:00'", "end: '25:00'").replace(
      'team: emea-berlin',
      'team: nowhere',
    );
    const current = await etag();
    const response = await api.call('PUT', '/config', {
      body: broken,
      headers: { 'if-match': current },
    });
    expect(response.status).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['teams[2].shifts[0].end', 'agents[8].team']));
    expect(await etag()).toBe(current);
  });

  it('answers a document too large to store with 413, and a YAML alias bomb with 400', async () => {
    const current = await etag();
    const big = oversizedConfig();
    expect(big.length).toBeLessThan(ADMIN_MAX_BODY_BYTES);
    const tooLarge = await api.call('PUT', '/config', {
      body: big,
      headers: { 'content-type': 'application/yaml', 'if-match': current },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json().message).toMatch(
      /^the configuration would take \d+ KiB to store .* a version holds at most 400 KiB: shorten it/,
    );
    const bomb = await api.call('PUT', '/config', {
      body: ALIAS_BOMB,
      headers: { 'content-type': 'application/yaml', 'if-match': current },
    });
    expect(bomb.status).toBe(400);
    expect(bomb.json().errors).toEqual([
      {
        path: '$',
        message:
          'line 2, column 8: aliases expand to more than 100 copies; write the values out instead',
      },
    ]);
    expect(await etag()).toBe(current);
  });

  it('edits one team and one agent, validated against the whole document', async () => {
    const team = await api.call('GET', '/teams/tokyo', { token: TOKENS.reader });
    expect(team.status).toBe(200);
    expect(team.json()).toMatchObject({ id: 'tokyo', timeZone: 'Asia/Tokyo' });

    const added = await api.call('PUT', '/teams/emea-lisbon', {
      body: {
        name: 'EMEA Lisbon',
        region: 'EU',
        timeZone: 'Europe/Lisbon',
        languages: ['pt', 'en'],
        shifts: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      },
      headers: { 'if-match': team.headers.get('etag')! },
    });
    expect(added.status).toBe(200);
    expect(added.json()).toMatchObject({ created: true, changed: true });
    const agent = await api.call('PUT', '/agents/ines.costa', {
      body: { id: 'ines.costa', team: 'emea-lisbon', languages: ['pt'] },
      headers: { 'if-match': added.headers.get('etag')! },
    });
    expect(agent.status).toBe(200);
    expect((await api.call('GET', '/agents/ines.costa')).json()).toEqual({
      id: 'ines.costa',
      team: 'emea-lisbon',
      languages: ['pt'],
    });

    // A team with an agent cannot go: the agent would name a team that does not exist.
    const refused = await api.call('DELETE', '/teams/emea-lisbon', {
      headers: { 'if-match': agent.headers.get('etag')! },
    });
    expect(refused.status).toBe(400);
    expect(refused.json().errors[0].path).toMatch(/^agents\[\d+\]\.team$/);

    const badShift = await api.call('PUT', '/teams/emea-lisbon', {
      body: {
        region: 'EU',
        timeZone: 'Europe/Lisbon',
        languages: ['pt'],
        shifts: [{ days: ['mon'], start: '9am', end: '17:00' }],
      },
      headers: { 'if-match': agent.headers.get('etag')! },
    });
    expect(badShift.status).toBe(400);
    expect(badShift.json().errors.map((e: { path: string }) => e.path)).toContain(
      'teams[8].shifts[0].start',
    );
    const wrongId = await api.call('PUT', '/teams/emea-lisbon', {
      body: { id: 'other' },
      headers: { 'if-match': agent.headers.get('etag')! },
    });
    expect(wrongId.status).toBe(400);
    expect(wrongId.json().errors).toEqual([{ path: 'id', message: expect.any(String) }]);

    const deletedAgent = await api.call('DELETE', '/agents/ines.costa', {
      headers: { 'if-match': agent.headers.get('etag')! },
    });
    expect(deletedAgent.status).toBe(200);
    const deletedTeam = await api.call('DELETE', '/teams/emea-lisbon', {
      headers: { 'if-match': deletedAgent.headers.get('etag')! },
    });
    expect(deletedTeam.status).toBe(200);
    expect((await api.call('GET', '/teams/emea-lisbon')).status).toBe(404);
    expect(
      (await api.call('DELETE', '/agents/nobody', { headers: { 'if-match': await etag() } }))
        .status,
    ).toBe(404);
  });

  it('imports a year of public holidays into a team as dated entries, once', async () => {
    const first = await api.call('POST', '/teams/emea-dublin/holidays/import', {
      body: { country: 'IE', year: 2027 },
      headers: { 'if-match': await etag() },
    });
    expect(first.status).toBe(200);
    const imported = first.json();
    expect(imported.added).toContainEqual({ date: '2027-03-17', name: 'St. Patrick’s Day' });
    const team = (await api.call('GET', '/teams/emea-dublin')).json();
    expect(team.holidays).toContainEqual({ date: '2027-03-17', name: 'St. Patrick’s Day' });

    const again = await api.call('POST', '/teams/emea-dublin/holidays/import', {
      body: { country: 'ie', year: 2027 },
      headers: { 'if-match': first.headers.get('etag')! },
    });
    expect(again.json()).toMatchObject({ version: imported.version, changed: false, added: [] });

    const bad = await api.call('POST', '/teams/emea-dublin/holidays/import', {
      body: { country: 'XX', subdivision: 7, year: 27 },
      headers: { 'if-match': first.headers.get('etag')! },
    });
    expect(bad.status).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['country', 'year']);
    const noTeam = await api.call('POST', '/teams/nowhere/holidays/import', {
      body: { country: 'DE', subdivision: 'BE', year: 2027 },
      headers: { 'if-match': first.headers.get('etag')! },
    });
    expect(noTeam.status).toBe(404);
  });

  it('rolls back to version 1 as a new version with its content, and names what it restored', async () => {
    const before = (await api.call('GET', '/config/versions')).json();
    const rollback = await api.call('POST', '/config/rollback', {
      body: { version: 1 },
      headers: { 'if-match': await etag() },
    });
    expect(rollback.status).toBe(200);
    expect(rollback.json()).toMatchObject({
      version: before.current + 1,
      previous: before.current,
      restoredFrom: 1,
    });
    const config = await api.call('GET', '/config');
    expect(config.text).toBe(EXAMPLE_CONFIG);
    expect(config.headers.get('etag')).toBe(`"v${before.current + 1}"`);
    const after = (await api.call('GET', '/config/versions')).json();
    expect(after.versions[0]).toMatchObject({ restoredFrom: 1, savedBy: LOCAL_ADMIN_USERS.lead });

    const unknown = await api.call('POST', '/config/rollback', {
      body: { version: 999 },
      headers: { 'if-match': config.headers.get('etag')! },
    });
    expect(unknown.status).toBe(404);
  });
});
