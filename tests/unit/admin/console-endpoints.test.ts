// The admin endpoints the web console reads besides the configuration and tickets: who is signed
// in, a dry run of a save, one version's document, the holiday picker and the week's coverage.
import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import type { HourlyCoverageJson } from '../../../functions/core/coverage/hourly-coverage-json';
import { adminEvent, memoryAdminDependencies, READER_CLAIMS } from './memory-admin-dependencies';

const EXAMPLE = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
const CONTEXT = {} as Context;

async function setup() {
  const { deps, config } = memoryAdminDependencies();
  const handler = createAdminHandler(deps);
  await config.saveVersion(EXAMPLE, { holidays: deps.holidays, savedBy: 'seed' });
  const call = async (...args: Parameters<typeof adminEvent>) => {
    const response = await handler(adminEvent(...args), CONTEXT);
    return { ...response, json: () => JSON.parse(response.body ?? 'null') };
  };
  return { config, call, deps };
}

describe('GET /me', () => {
  it('names the caller and says whether they may write', async () => {
    const { call } = await setup();
    expect((await call('GET /me')).json()).toEqual({ name: 'lea', canWrite: true });
    expect((await call('GET /me', { claims: READER_CLAIMS })).json()).toEqual({
      name: 'rita',
      canWrite: false,
    });
  });
});

describe('POST /config/diff', () => {
  it('lists what saving would change and saves nothing, for readers too', async () => {
    const { call, config } = await setup();
    const edited = EXAMPLE.replace(
      "start: '08:00'\n        end: '18:00'",
      "start: '07:00'\n        end: '18:00'",
    );
    const answer = await call('POST /config/diff', {
      claims: READER_CLAIMS,
      body: edited,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers.etag).toBe('"v1"');
    expect(answer.json()).toMatchObject({
      version: 1,
      changed: true,
      changes: [
        '- team latam: shift mon–fri 08:00–18:00',
        '+ team latam: shift mon–fri 07:00–18:00',
      ],
      details: [
        { scope: 'team latam', kind: 'removed' },
        { scope: 'team latam', kind: 'added' },
      ],
    });
    expect(config.versions).toHaveLength(1);
  });

  it('says a document equal to the live one changes nothing', async () => {
    const { call } = await setup();
    expect((await call('POST /config/diff', { body: EXAMPLE })).json()).toMatchObject({
      changed: false,
      changes: [],
    });
  });

  it('refuses an invalid document with every problem at its path, as a save would', async () => {
    const { call } = await setup();
    const broken = EXAMPLE.replace("end: '18:00'", "end: '25:00'");
    const answer = await call('POST /config/diff', { body: broken });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual([
      { path: 'teams[2].shifts[0].end', message: expect.stringContaining('25:00') },
    ]);
  });
});

describe('GET /config/versions/{version}', () => {
  it('serves an old version’s document as written, without an ETag', async () => {
    const { call } = await setup();
    const edited = EXAMPLE.replace('defaultRegion: NA', 'defaultRegion: EU');
    await call('PUT /config', { body: edited, headers: { 'if-match': '"v1"' } });
    const first = await call('GET /config/versions/{version}', {
      pathParameters: { version: '1' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe(EXAMPLE);
    expect(first.headers).toMatchObject({ 'x-config-version': '1', 'x-config-saved-by': 'seed' });
    expect(first.headers.etag).toBeUndefined();
    expect(
      (await call('GET /config/versions/{version}', { pathParameters: { version: '9' } }))
        .statusCode,
    ).toBe(404);
    const bad = await call('GET /config/versions/{version}', {
      pathParameters: { version: 'v1' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('path.version');
  });
});

describe('holiday picker', () => {
  it('lists countries by English name, and a country’s subdivisions', async () => {
    const { call } = await setup();
    const { countries } = (await call('GET /holidays/countries')).json();
    expect(countries).toContainEqual({ code: 'DE', name: 'Germany' });
    expect(countries.length).toBeGreaterThan(150);
    const names = countries.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const germany = (
      await call('GET /holidays/countries/{country}', { pathParameters: { country: 'de' } })
    ).json();
    expect(germany).toMatchObject({ code: 'DE', name: 'Germany' });
    expect(germany.subdivisions).toContainEqual({ code: 'BE', name: 'Berlin' });
    expect(germany.holidays).toBeUndefined();
  });

  it('lists the holidays an import would add for a year and subdivision', async () => {
    const { call } = await setup();
    const answer = await call('GET /holidays/countries/{country}', {
      pathParameters: { country: 'DE' },
      query: { subdivision: 'BE', year: '2027' },
    });
    const { holidays } = answer.json();
    expect(holidays).toContainEqual({ date: '2027-03-08', name: "International Women's Day" });
    expect(holidays).toContainEqual({ date: '2027-12-25', name: 'Christmas Day' });
  });

  it('refuses an unknown country, subdivision or year with the field named', async () => {
    const { call } = await setup();
    expect(
      (await call('GET /holidays/countries/{country}', { pathParameters: { country: 'XX' } }))
        .statusCode,
    ).toBe(404);
    const bad = await call('GET /holidays/countries/{country}', {
      pathParameters: { country: 'DE' },
      query: { subdivision: 'ZZ', year: '99' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'query.subdivision',
      'query.year',
    ]);
  });
});

describe('GET /coverage/week', () => {
  it('answers this week from Monday in the lead’s zone by default', async () => {
    const { call } = await setup();
    // The memory dependencies' clock reads Tuesday 22 December 2026.
    const answer = await call('GET /coverage/week', { query: { zone: 'America/New_York' } });
    expect(answer.statusCode).toBe(200);
    const week = answer.json();
    expect(week).toMatchObject({
      version: 1,
      zone: 'America/New_York',
      from: '2026-12-21T00:00:00.000-05:00',
      to: '2026-12-28T00:00:00.000-05:00',
    });
    expect(week.slots).toHaveLength(168);
    expect(week.rows[0]).toMatchObject({ kind: 'region', key: 'NA' });
  });

  it('computes a week once per configuration version and answers anew after a save', async () => {
    const { call, config, deps } = await setup();
    let reads = 0;
    const readVersion = config.readVersion.bind(config);
    config.readVersion = (version: number) => {
      reads += 1;
      return readVersion(version);
    };
    const week = { query: { from: '2026-12-21', zone: 'Europe/Berlin' } };
    const first = await call('GET /coverage/week', week);
    const again = await call('GET /coverage/week', week);
    expect(again.body).toBe(first.body);
    expect(reads).toBe(1);
    // Another zone is another answer.
    await call('GET /coverage/week', { query: { from: '2026-12-21', zone: 'UTC' } });
    expect(reads).toBe(2);

    // Berlin works until 20:00 from version 2 on: the next answer is version 2's.
    const german19 = (answer: { json: () => HourlyCoverageJson }) => {
      const json = answer.json();
      const slot = json.slots.findIndex((s) => s.date === '2026-12-22' && s.time === '19:00');
      return json.rows.find((row) => row.key === 'de')!.minutes[slot];
    };
    expect(german19(first)).toBe(0);
    await config.saveVersion(
      EXAMPLE.replace(/(id: emea-berlin[\s\S]*?start: '08:00'\n\s+end: )'18:00'/, "$1'20:00'"),
      { holidays: deps.holidays, savedBy: 'lea' },
    );
    const saved = await call('GET /coverage/week', week);
    expect(saved.json().version).toBe(2);
    expect(saved.headers.etag).toBe('"v2"');
    expect(german19(saved)).toBe(60);
    expect(reads).toBe(3);
  });

  it('refuses a bad date or zone at the query field', async () => {
    const { call } = await setup();
    const answer = await call('GET /coverage/week', {
      query: { from: '21.12.2026', zone: 'Mars/Olympus' },
    });
    expect(answer.statusCode).toBe(400);
    expect(
      answer
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.from', 'query.zone']);
  });
});
