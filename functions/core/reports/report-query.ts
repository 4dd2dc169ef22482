import { DateTime } from 'luxon';
import type { FieldError } from '../validation/field-error';
import { isTimeZone } from '../validation/field-rules';
import { REPORT_DIMENSIONS, type ReportDimension } from './report-dimensions';

/** What a report covers: whole UTC hours from `from` (inclusive) to `to` (exclusive). */
export interface ReportQuery {
  readonly from: DateTime;
  readonly to: DateTime;
  readonly by: ReportDimension;
  /** The zone hours of the week are told in (`by=hour`); UTC by default. */
  readonly zone: string;
}

/** Aggregates are kept as long as tickets (a year and a month); a report reads at most that. */
export const MAX_REPORT_DAYS = 400;
export const DEFAULT_REPORT_DAYS = 7;

export interface ReportQueryInput {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly by?: string | undefined;
  readonly zone?: string | undefined;
}

/**
 * A date (`2026-11-23`: its whole day, in `zone`) or an instant; `to` given as a date includes
 * that day. Without `to`, up to now; without `from`, the seven days before `to`.
 */
function parseBound(
  text: string,
  zone: string,
  end: boolean,
  path: string,
  errors: FieldError[],
): DateTime | undefined {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const parsed = DateTime.fromISO(text, { zone, setZone: !dateOnly });
  if (!parsed.isValid) {
    errors.push({
      path,
      message: `"${text}" is not a date (2026-11-23) or an ISO-8601 instant (2026-11-23T09:00:00Z)`,
    });
    return undefined;
  }
  return dateOnly && end ? parsed.plus({ days: 1 }) : parsed;
}

/** Hours are whole: a bound inside an hour is moved to that hour's start (from) or end (to). */
const hourFloor = (time: DateTime) => time.toUTC().startOf('hour');
const hourCeil = (time: DateTime) => {
  const floor = hourFloor(time);
  return floor.equals(time.toUTC()) ? floor : floor.plus({ hours: 1 });
};

export function parseReportQuery(
  input: ReportQueryInput,
  now: DateTime,
  prefix = 'query',
): { query: ReportQuery } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const zone = input.zone ?? 'UTC';
  if (!isTimeZone(zone)) {
    errors.push({ path: `${prefix}.zone`, message: `"${zone}" is not an IANA time zone` });
  }
  const by = input.by ?? 'team';
  if (!(REPORT_DIMENSIONS as readonly string[]).includes(by)) {
    errors.push({
      path: `${prefix}.by`,
      message: `"${by}" is not one of ${REPORT_DIMENSIONS.join(', ')}`,
    });
  }
  if (errors.length > 0) return { errors };
  const to =
    input.to === undefined ? now : parseBound(input.to, zone, true, `${prefix}.to`, errors);
  const from =
    input.from === undefined
      ? to?.minus({ days: DEFAULT_REPORT_DAYS })
      : parseBound(input.from, zone, false, `${prefix}.from`, errors);
  if (errors.length > 0 || !from || !to) return { errors };
  const start = hourFloor(from);
  const end = hourCeil(to);
  if (end <= start) {
    errors.push({ path: `${prefix}.to`, message: `must be after from (${start.toISO()})` });
  } else if (end.diff(start, 'days').days > MAX_REPORT_DAYS) {
    errors.push({
      path: `${prefix}.from`,
      message: `reports cover at most ${MAX_REPORT_DAYS} days (aggregates are kept that long)`,
    });
  }
  if (errors.length > 0) return { errors };
  return { query: { from: start, to: end, by: by as ReportDimension, zone } };
}
