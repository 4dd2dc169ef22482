import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { localeLanguage } from '../core/language/language-code';
import {
  availability,
  type Availability,
  type LanguageCoverage,
} from '../core/routing/availability';
import type { FieldError } from '../core/validation/field-error';
import { countryCode, languageCode } from '../core/validation/field-rules';
import { AVAILABILITY } from '../definitions/availability';
import type { AvailabilityDependencies } from './dependencies';

function answer(
  statusCode: number,
  body: unknown,
  cacheControl: string,
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': cacheControl,
      // Public, team-level facts: any help centre page may ask from the browser.
      'Access-Control-Allow-Origin': '*',
    },
    body: JSON.stringify(body),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function coverageJson(coverage: LanguageCoverage) {
  return {
    onShift: coverage.onShift,
    until: iso(coverage.until),
    nextOnShift: iso(coverage.nextOnShift),
  };
}

/** Seconds an answer stays true: until the next change it names, at most AVAILABILITY.maxAgeSeconds. */
function maxAge(result: Availability, now: number): number {
  const changes = [result, ...(result.inRegion ? [result.inRegion] : [])]
    .map((coverage) => (coverage.onShift ? coverage.until : coverage.nextOnShift))
    .filter((change): change is number => change !== null);
  const soonest = Math.min(now + AVAILABILITY.maxAgeSeconds * 1000, ...changes);
  return Math.max(0, Math.floor((soonest - now) / 1000));
}

function readQuery(event: APIGatewayProxyEventV2) {
  const query = event.queryStringParameters ?? {};
  const problems: FieldError[] = [];
  const rawLanguage = query.language?.trim() ?? '';
  // A browser's own tag (`de-AT`, `pt_BR`) is taken for its language.
  const language = rawLanguage === '' ? undefined : localeLanguage(rawLanguage);
  if (rawLanguage === '')
    problems.push({ path: 'language', message: 'is required (ISO 639-1, e.g. de)' });
  else if (language === undefined || !languageCode.safeParse(language).success)
    problems.push({
      path: 'language',
      message: `${JSON.stringify(rawLanguage)} is not an ISO 639-1 language code`,
    });
  const rawCountry = query.country?.trim();
  const country = rawCountry ? rawCountry.toUpperCase() : undefined;
  if (country !== undefined && !countryCode.safeParse(country).success)
    problems.push({
      path: 'country',
      message: `${JSON.stringify(rawCountry)} is not an ISO 3166-1 alpha-2 country code`,
    });
  return { language, country, problems };
}

/**
 * `GET /availability?language=de&country=AT`: whether a team that speaks the language is on
 * shift now and until when, or when the first one comes on (within 14 days), and with a country
 * the same for its region's teams. Public and cacheable: no authorization, no customer data,
 * only what the team calendars say, with `Cache-Control` kept short of the next change.
 */
export function createAvailabilityHandler(deps: AvailabilityDependencies) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const { language, country, problems } = readQuery(event);
    if (problems.length > 0 || language === undefined)
      return answer(
        400,
        {
          error: 'invalid-query',
          message: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
          problems,
        },
        'no-store',
      );
    let live;
    try {
      live = await deps.config.current();
    } catch (error) {
      deps.logger.error('availability unknown: the configuration could not be read', { error });
      return answer(503, { error: 'unavailable', message: 'try again in a minute' }, 'no-store');
    }
    const now = deps.clock();
    const result = availability(live.compiled, language, now, country);
    return answer(
      200,
      {
        language: result.language,
        ...(country === undefined ? {} : { country }),
        ...coverageJson(result),
        ...(result.region === undefined ? {} : { region: result.region }),
        ...(result.inRegion ? { inRegion: coverageJson(result.inRegion) } : {}),
        checkedAt: iso(now),
      },
      `public, max-age=${maxAge(result, now)}`,
    );
  };
}

export type AvailabilityHandler = ReturnType<typeof createAvailabilityHandler>;
