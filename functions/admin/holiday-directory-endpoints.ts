import { holidayDirectory } from '../core/holidays/holiday-directory';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { pathParameter, queryParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';

/** `GET /holidays/countries`: every country with public holidays to import, by English name. */
export async function listHolidayCountries(): Promise<AdminResponse> {
  return jsonResponse(200, { countries: holidayDirectory.countries() });
}

/**
 * `GET /holidays/countries/{country}?subdivision=&year=`: the country's subdivisions, and with
 * `year` the public holidays an import would add (as `sunroute holidays` lists them).
 */
export async function getHolidayCountry(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const code = pathParameter(request.event, 'country').toUpperCase();
  const country = holidayDirectory.countries().find((place) => place.code === code);
  if (!country || !deps.holidays.isCountry(code)) {
    throw new AdminHttpError(404, `"${code}" is not a country with public-holiday data`);
  }
  const subdivision = queryParameter(request.event, 'subdivision');
  const yearText = queryParameter(request.event, 'year');
  const errors = [];
  if (subdivision !== undefined && !deps.holidays.isSubdivision(code, subdivision)) {
    errors.push({
      path: 'query.subdivision',
      message: `"${subdivision}" is not a subdivision of ${code} in the holiday data`,
    });
  }
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && (!Number.isInteger(year) || year < 1970 || year > 2200)) {
    errors.push({ path: 'query.year', message: `"${yearText}" is not a year (1970–2200)` });
  }
  if (errors.length > 0) throw invalidInput(errors);
  return jsonResponse(200, {
    ...country,
    subdivisions: holidayDirectory.subdivisions(code),
    ...(year === undefined
      ? {}
      : {
          year,
          ...(subdivision === undefined ? {} : { subdivision }),
          holidays: deps.holidays.publicHolidays(code, subdivision, year),
        }),
  });
}
