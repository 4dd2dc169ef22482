import { DateTime } from 'luxon';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { isCountryCode } from '../region/generated/country-regions';
import { quoteValue, type FieldError } from '../validation/field-error';
import { isLocalDateTime, isTimeZone } from '../validation/field-rules';

// These checks read the raw document, not zod's output, so that they run even when single fields
// are broken and every problem is reported at once. Each one guards the shapes it reads.
type Raw = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Raw | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function duplicateIds(list: unknown[], where: string, errors: FieldError[]): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const id = asText(asRecord(item)?.id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      errors.push({
        path: `${where}[${index}].id`,
        message: `${quoteValue(id)} is already the id of ${where}[${first}]`,
      });
  });
  return seen;
}

function repeated(
  list: unknown[],
  path: string,
  key: (item: Raw) => string | undefined,
  what: string,
  errors: FieldError[],
) {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const record = asRecord(item);
    const k = record && key(record);
    if (k === undefined) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else
      errors.push({
        path: `${path}[${index}]`,
        message: `repeats ${path}[${first}] (the same ${what})`,
      });
  });
}

/**
 * A field as text for a repetition key: the string itself, `fallback` when the field is absent,
 * undefined for anything else. The schema reports such values; building a key from them with
 * `String()` could throw (an object whose `toString` is not a function) or make two different
 * values look the same.
 */
function keyText(value: unknown, fallback?: string): string | undefined {
  return value === undefined ? fallback : asText(value);
}

function shiftKey(shift: Raw): string | undefined {
  const days = asList(shift.days);
  const start = keyText(shift.start);
  const end = keyText(shift.end);
  if (start === undefined || end === undefined || !days.every((day) => typeof day === 'string'))
    return undefined;
  return `${[...days].sort().join(',')} ${start}–${end}`;
}

function holidayKey(holiday: Raw): string | undefined {
  if (holiday.date !== undefined) {
    const date = keyText(holiday.date);
    const from = keyText(holiday.from, '00:00');
    const to = keyText(holiday.to, '24:00');
    return date && from && to ? `date ${date} ${from}–${to}` : undefined;
  }
  const country = keyText(holiday.country);
  const subdivision = keyText(holiday.subdivision, '');
  return country !== undefined && subdivision !== undefined
    ? `country ${country}/${subdivision}`
    : undefined;
}

function checkHolidays(
  holidays: unknown[],
  path: string,
  calendar: HolidayCalendar,
  errors: FieldError[],
) {
  holidays.forEach((item, index) => {
    const holiday = asRecord(item);
    if (!holiday) return;
    const at = `${path}[${index}]`;
    const { date, country, subdivision, from, to } = holiday;
    if (date === undefined && country === undefined) {
      errors.push({
        path: at,
        message: 'needs a date (a holiday of the team) or a country (public holidays to import)',
      });
    } else if (date !== undefined && country !== undefined) {
      errors.push({
        path: at,
        message:
          'has both a date and a country: list the dated holiday and the import as two entries',
      });
    }
    if (country !== undefined && (from !== undefined || to !== undefined)) {
      errors.push({
        path: `${at}.${from !== undefined ? 'from' : 'to'}`,
        message: 'applies to a dated holiday only, not to imported public holidays',
      });
    }
    if (subdivision !== undefined && country === undefined) {
      errors.push({ path: `${at}.subdivision`, message: 'needs a country' });
    }
    const start = asText(from) ?? '00:00';
    const end = asText(to) ?? '24:00';
    if (date !== undefined && start >= end) {
      errors.push({
        path: `${at}.${to === undefined ? 'from' : 'to'}`,
        message: `the holiday must end after it starts (from ${start}, to ${end})`,
      });
    }
    const code = asText(country);
    if (code !== undefined && isCountryCode(code)) {
      if (!calendar.isCountry(code)) {
        errors.push({
          path: `${at}.country`,
          message: `"${code}" has no public-holiday data to import`,
        });
      } else if (
        typeof subdivision === 'string' &&
        subdivision !== '' && // already reported as empty by the schema
        !calendar.isSubdivision(code, subdivision)
      ) {
        errors.push({
          path: `${at}.subdivision`,
          message: `${quoteValue(subdivision)} is not a subdivision of ${code} in the holiday data (sunroute holidays --country ${code} --subdivisions lists them)`,
        });
      }
    }
  });
  repeated(holidays, path, holidayKey, 'holiday', errors);
}

function checkPeriods(periods: unknown[], path: string, zone: string, errors: FieldError[]) {
  const seen = new Map<string, number>();
  periods.forEach((item, index) => {
    const period = asRecord(item);
    const start = asText(period?.start);
    const end = asText(period?.end);
    if (
      start === undefined ||
      end === undefined ||
      !isLocalDateTime(start) ||
      !isLocalDateTime(end)
    )
      return;
    const instant = (value: string) => DateTime.fromISO(value, { zone, setZone: false }).toMillis();
    if (instant(end) <= instant(start)) {
      errors.push({
        path: `${path}[${index}].end`,
        message: `"${end}" is not after start "${start}"`,
      });
    }
    // Compared as instants, so "18:00" and "17:00Z" in winter Berlin are the same period.
    const key = `${instant(start)}/${instant(end)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const earlier = asRecord(periods[first])?.onShift;
    errors.push({
      path: `${path}[${index}]`,
      message:
        earlier === period?.onShift
          ? `repeats ${path}[${first}] (the same period)`
          : `contradicts ${path}[${first}] (the same period, onShift ${typeof earlier === 'boolean' ? earlier : 'not a boolean'} there): only the later one would apply`,
    });
  });
}

/**
 * The checks that span fields: ids, references, repeats, holiday forms and codes (against
 * `holidays`), period order.
 */
export function configConsistencyErrors(
  document: unknown,
  holidays: HolidayCalendar,
): FieldError[] {
  const errors: FieldError[] = [];
  const root = asRecord(document);
  if (!root) return errors;
  const teams = asList(root.teams);
  const agents = asList(root.agents);
  const teamIds = duplicateIds(teams, 'teams', errors);
  duplicateIds(agents, 'agents', errors);
  const zones = new Map<string, string>();

  teams.forEach((item, index) => {
    const team = asRecord(item);
    if (!team) return;
    const zone =
      asText(team.timeZone) && isTimeZone(team.timeZone as string)
        ? (team.timeZone as string)
        : 'UTC';
    const id = asText(team.id);
    if (id !== undefined) zones.set(id, zone);
    repeated(asList(team.shifts), `teams[${index}].shifts`, shiftKey, 'days and times', errors);
    checkHolidays(asList(team.holidays), `teams[${index}].holidays`, holidays, errors);
    checkPeriods(asList(team.overrides), `teams[${index}].overrides`, zone, errors);
  });

  agents.forEach((item, index) => {
    const agent = asRecord(item);
    if (!agent) return;
    const team = asText(agent.team);
    if (team !== undefined && !teamIds.has(team)) {
      const known = [...teamIds.keys()].join(', ') || 'none';
      errors.push({
        path: `agents[${index}].team`,
        message: `${quoteValue(team)} is not the id of a team (teams: ${known})`,
      });
    }
    repeated(asList(agent.shifts), `agents[${index}].shifts`, shiftKey, 'days and times', errors);
    checkPeriods(
      asList(agent.away),
      `agents[${index}].away`,
      zones.get(team ?? '') ?? 'UTC',
      errors,
    );
  });

  const regions = asRecord(root.regions);
  for (const key of Object.keys(regions ?? {})) {
    if (!isCountryCode(key)) {
      errors.push({
        path: `regions.${key}`,
        message: `${quoteValue(key)} is not an ISO 3166-1 alpha-2 country code`,
      });
    }
  }
  return errors;
}
