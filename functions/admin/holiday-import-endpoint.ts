import { findConfigEntry, putConfigEntry } from '../core/config/config-document-edit';
import { addPublicHolidays } from '../core/holidays/add-public-holidays';
import type { HolidayCalendar } from '../core/holidays/holiday-calendar';
import type { FieldError } from '../core/validation/field-error';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { jsonObjectBody, pathParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { basedOnVersion, configEtag } from './config-etag';
import { requireCurrentConfig } from './current-config';
import { saveConfigDocument } from './save-config-document';

interface HolidayImport {
  readonly country: string;
  readonly subdivision?: string;
  readonly year: number;
}

const FIELDS = new Set(['country', 'subdivision', 'year']);

function readImport(body: Record<string, unknown>, holidays: HolidayCalendar): HolidayImport {
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !FIELDS.has(key))
    .map((key) => ({ path: key, message: 'is not a known field' }));
  const { country, subdivision, year } = body;
  const code = typeof country === 'string' ? country.toUpperCase() : undefined;
  if (code === undefined) {
    errors.push({
      path: 'country',
      message: country === undefined ? 'is required' : 'must be a country code like "DE"',
    });
  } else if (!/^[A-Z]{2}$/.test(code) || !holidays.isCountry(code)) {
    errors.push({
      path: 'country',
      message: `"${String(country)}" is not a country with public-holiday data (ISO 3166-1 alpha-2)`,
    });
  } else if (subdivision !== undefined) {
    if (typeof subdivision !== 'string' || !holidays.isSubdivision(code, subdivision)) {
      errors.push({
        path: 'subdivision',
        message: `${JSON.stringify(subdivision)} is not a subdivision of ${code} in the holiday data`,
      });
    }
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1970 || year > 2200) {
    errors.push({
      path: 'year',
      message:
        year === undefined ? 'is required' : `${JSON.stringify(year)} is not a year (1970–2200)`,
    });
  }
  if (errors.length > 0) throw invalidInput(errors);
  return {
    country: code!,
    year: year as number,
    ...(typeof subdivision === 'string' ? { subdivision } : {}),
  };
}

/**
 * `POST /teams/{id}/holidays/import {country, subdivision?, year}`: the year's public holidays
 * written into the team's own list as dated entries, as the next version. Dates already listed
 * are skipped; when none is new, nothing is saved.
 */
export async function importHolidays(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  const wanted = readImport(jsonObjectBody(request.event), deps.holidays);
  const current = await requireCurrentConfig(deps);
  const basedOn = basedOnVersion(request.event, current.stored.version);
  const team = findConfigEntry(current.stored.document, 'teams', id);
  if (!team) throw new AdminHttpError(404, `version ${current.stored.version} has no team "${id}"`);
  const publicHolidays = deps.holidays.publicHolidays(
    wanted.country,
    wanted.subdivision,
    wanted.year,
  );
  const existing = Array.isArray(team.holidays) ? (team.holidays as unknown[]) : [];
  const { holidays, added } = addPublicHolidays(existing, publicHolidays);
  if (added.length === 0) {
    return jsonResponse(
      200,
      { version: current.stored.version, changed: false, changes: [], added: [] },
      { etag: configEtag(current.stored.version) },
    );
  }
  const edit = putConfigEntry(current.stored.document, current.stored.format, 'teams', {
    ...team,
    id,
    holidays,
  });
  return saveConfigDocument(deps, request, {
    document: edit.document,
    format: current.stored.format,
    basedOn,
    current,
    details: { added },
  });
}
