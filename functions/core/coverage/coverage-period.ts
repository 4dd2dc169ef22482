import { DateTime, IANAZone } from 'luxon';
import type { FieldError } from '../validation/field-error';

/** The longest period a coverage report covers. */
export const MAX_COVERAGE_DAYS = 366;

export interface CoveragePeriodInput {
  /** `YYYY-MM-DD` (midnight in `zone`) or an ISO date-time. */
  readonly from: string;
  readonly days: string;
  /** IANA zone the dates are read in. */
  readonly zone: string;
}

export type CoveragePeriod =
  | { readonly ok: true; readonly from: number; readonly to: number }
  | { readonly ok: false; readonly errors: FieldError[] };

/** The instants [from, to) of a coverage request, or every problem with it by field name. */
export function parseCoveragePeriod(input: CoveragePeriodInput): CoveragePeriod {
  const errors: FieldError[] = [];
  const validZone = IANAZone.isValidZone(input.zone);
  if (!validZone)
    errors.push({ path: 'zone', message: `"${input.zone}" is not an IANA time zone` });
  const from = DateTime.fromISO(input.from, { zone: validZone ? input.zone : 'UTC' });
  if (!from.isValid) {
    errors.push({
      path: 'from',
      message: `"${input.from}" is not a date (YYYY-MM-DD) or ISO date-time`,
    });
  }
  const days = Number(input.days);
  if (!Number.isInteger(days) || days < 1 || days > MAX_COVERAGE_DAYS) {
    errors.push({
      path: 'days',
      message: `"${input.days}" is not a whole number of days from 1 to ${MAX_COVERAGE_DAYS}`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, from: from.toMillis(), to: from.plus({ days }).toMillis() };
}
