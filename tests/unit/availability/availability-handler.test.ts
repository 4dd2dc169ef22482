import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createAvailabilityHandler } from '../../../functions/availability/availability-handler';
import { toEventV2 } from '../../../functions/local-stack/api-gateway-v2';
import type { ConfigSource } from '../../../functions/shared/delivery-dependencies';
import { liveConfig } from '../router/router-fixtures';

// Berlin speaks German and English 08:00–18:00 local (07:00–17:00Z in winter), Tokyo Japanese
// and English 09:00–18:00 local (00:00–09:00Z), Monday to Friday.
const CONFIG = `
defaultLanguage: en
defaultRegion: EU
teams:
  - id: berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
  - id: tokyo
    region: APAC
    timeZone: Asia/Tokyo
    languages: [ja, en]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
`;
const live: ConfigSource = { current: () => Promise.resolve(liveConfig(CONFIG)) };

async function ask(query: string, at: string, config = live) {
  const handler = createAvailabilityHandler({
    config,
    clock: () => Date.parse(at),
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  const result = await handler(
    toEventV2(
      {
        method: 'GET',
        url: `/availability${query}`,
        rawHeaders: [],
        body: Buffer.alloc(0),
        sourceIp: '203.0.113.9',
        localPort: 3000,
      },
      { routeKey: 'GET /availability' },
      { apiId: 'test', stage: '$default' },
      'request-1',
      Date.parse(at),
    ),
  );
  return {
    status: result.statusCode,
    headers: result.headers ?? {},
    json: JSON.parse(String(result.body)) as Record<string, unknown>,
  };
}

describe('GET /availability', () => {
  it('says a German speaker is on shift now, and until when, cacheable for a minute', async () => {
    const answer = await ask('?language=de', '2026-12-22T09:15:00Z');
    expect(answer).toEqual({
      status: 200,
      headers: {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
      },
      json: {
        language: 'de',
        onShift: true,
        until: '2026-12-22T17:00:00.000Z',
        nextOnShift: null,
        checkedAt: '2026-12-22T09:15:00.000Z',
      },
    });
  });

  it('says when someone comes on, off shift, and follows the sun for a shared language', async () => {
    expect((await ask('?language=de', '2026-12-19T12:00:00Z')).json).toMatchObject({
      onShift: false,
      until: null,
      nextOnShift: '2026-12-21T07:00:00.000Z',
    });
    // English at 20:00Z on a Tuesday: Berlin is gone, Tokyo comes on at 00:00Z.
    expect((await ask('?language=en', '2026-12-22T20:00:00Z')).json).toMatchObject({
      onShift: false,
      nextOnShift: '2026-12-23T00:00:00.000Z',
    });
    // English at 08:30Z: Tokyo hands over to Berlin without a gap, so until 17:00Z.
    expect((await ask('?language=en', '2026-12-22T08:30:00Z')).json).toMatchObject({
      onShift: true,
      until: '2026-12-22T17:00:00.000Z',
    });
  });

  it('keeps a cached answer short of the next change', async () => {
    const answer = await ask('?language=de', '2026-12-22T16:59:30Z');
    expect(answer.headers['Cache-Control']).toBe('public, max-age=30');
  });

  it('answers for the region of a country too, and takes a browser’s language tag', async () => {
    expect((await ask('?language=de-AT&country=jp', '2026-12-22T09:15:00Z')).json).toEqual({
      language: 'de',
      country: 'JP',
      onShift: true,
      until: '2026-12-22T17:00:00.000Z',
      nextOnShift: null,
      region: 'APAC',
      // No team in Asia-Pacific speaks German.
      inRegion: { onShift: false, until: null, nextOnShift: null },
      checkedAt: '2026-12-22T09:15:00.000Z',
    });
  });

  it('refuses a missing or unknown language and an unknown country with 400, naming each', async () => {
    expect(await ask('', '2026-12-22T09:15:00Z')).toMatchObject({
      status: 400,
      headers: { 'Cache-Control': 'no-store' },
      json: { error: 'invalid-query', message: 'language: is required (ISO 639-1, e.g. de)' },
    });
    expect((await ask('?language=xx&country=XY', '2026-12-22T09:15:00Z')).json).toMatchObject({
      problems: [
        { path: 'language', message: '"xx" is not an ISO 639-1 language code' },
        { path: 'country', message: '"XY" is not an ISO 3166-1 alpha-2 country code' },
      ],
    });
  });

  it('answers 503, not a guess, when the configuration cannot be read', async () => {
    const broken = { current: () => Promise.reject(new Error('no table')) };
    expect(await ask('?language=de', '2026-12-22T09:15:00Z', broken)).toMatchObject({
      status: 503,
      headers: { 'Cache-Control': 'no-store' },
    });
  });
});
