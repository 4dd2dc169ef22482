import { DateTime, Duration } from 'luxon';
import * as z from 'zod';
import { isCountryCode } from '../region/generated/country-regions';
import { quoteValue } from './field-error';
import { localeLanguage } from '../language/language-code';
import { isLanguageCode } from './language-codes';
import { isTimeZone } from './is-time-zone';

export { isTimeZone };

/** A string that must pass `test`; the message quotes the value, as a support lead needs. */
export function stringRule(test: (value: string) => boolean, problem: string) {
  return z.string().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: 'custom', message: `${quoteValue(value)} ${problem}` });
  });
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

export function isLocalDateTime(value: string): boolean {
  return DATE_TIME.test(value) && DateTime.fromISO(value, { zone: 'UTC', setZone: true }).isValid;
}

export function isInstant(value: string): boolean {
  return INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

export function isDuration(value: string): boolean {
  const duration = Duration.fromISO(value);
  return duration.isValid && duration.as('milliseconds') >= 0;
}

export const clockTime = stringRule(isClockTime, 'is not a time (HH:MM, 00:00–23:59)');
export const endTime = stringRule(
  (value) => value === '24:00' || isClockTime(value),
  'is not a time (HH:MM, 00:00–24:00)',
);
export const localDate = stringRule(isLocalDate, 'is not a date (YYYY-MM-DD)');
export const localDateTime = stringRule(
  isLocalDateTime,
  'is not a local date-time (YYYY-MM-DDTHH:MM, optionally with an offset or Z)',
);
export const instant = stringRule(
  isInstant,
  'is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)',
);
export const duration = stringRule(
  isDuration,
  'is not an ISO-8601 duration (e.g. PT15M, PT4H, P1D)',
);
export const timeZone = stringRule(isTimeZone, 'is not an IANA time zone');
/**
 * A language as ISO 639-1 writes it; a longer code with a two-letter one (`deu`, `fil`, `nob`)
 * is refused with that code as the fix, since routing compares codes as written.
 */
export const languageCode = z.string().superRefine((value, ctx) => {
  if (isLanguageCode(value)) return;
  const suggestion = localeLanguage(value);
  const fix =
    suggestion !== undefined && suggestion !== value && isLanguageCode(suggestion)
      ? `: write "${suggestion}"`
      : '';
  ctx.addIssue({
    code: 'custom',
    message: `${quoteValue(value)} is not an ISO 639-1 language code${fix}`,
  });
});
export const countryCode = stringRule(isCountryCode, 'is not an ISO 3166-1 alpha-2 country code');
export const email = stringRule((value) => EMAIL.test(value), 'is not an email address');
export const id = stringRule(
  (value) => ID.test(value),
  'is not an id (letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit)',
);
