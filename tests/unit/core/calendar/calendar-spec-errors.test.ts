import { describe, expect, it } from 'vitest';
import type { CalendarSpec } from '../../../../functions/core/calendar/calendar-spec';
import { CalendarSpecError } from '../../../../functions/core/calendar/calendar-spec-error';
import { compileCalendar } from '../../../../functions/core/calendar/compile-calendar';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const base: CalendarSpec = {
  timeZone: 'Europe/Berlin',
  shifts: [{ days: ['mon'], start: '08:00', end: '17:00' }],
};

const cases: [CalendarSpec, string][] = [
  [{ ...base, timeZone: 'Mars/Olympus' }, 'timeZone "Mars/Olympus" is not an IANA time zone'],
  [
    { ...base, shifts: [base.shifts[0]!, { days: ['tue'], start: '7:00', end: '12:00' }] },
    'shifts[1].start "7:00" is not HH:MM',
  ],
  [
    { ...base, shifts: [{ days: ['mon'], start: '24:00', end: '06:00' }] },
    'shifts[0].start "24:00" is not HH:MM',
  ],
  [
    { ...base, shifts: [{ days: ['mon'], start: '08:00', end: '25:00' }] },
    'shifts[0].end "25:00" is not HH:MM or 24:00',
  ],
  [
    { ...base, shifts: [{ days: ['mon', 'Fri' as 'fri'], start: '08:00', end: '17:00' }] },
    'shifts[0].days[1] "Fri" is not one of mon, tue, wed, thu, fri, sat, sun',
  ],
  [
    { ...base, holidays: [{ date: '2026-02-30' }] },
    'holidays[0].date "2026-02-30" is not a date YYYY-MM-DD',
  ],
  [
    { ...base, holidays: [{ date: '2026-12-24', from: '13:00', to: '12:00' }] },
    'holidays[0].to "12:00" is not after from "13:00"',
  ],
  [
    { ...base, holidays: [{ date: '2026-12-24' }, { country: 'XX' }] },
    'holidays[1].country "XX" has no public holiday data',
  ],
  [
    { ...base, holidays: [{ country: 'DE', subdivision: 'ZZ' }] },
    'holidays[0].subdivision "ZZ" is not a subdivision of DE with public holiday data',
  ],
  [
    {
      ...base,
      overrides: [{ start: '2026-12-31 18:00', end: '2027-01-01T10:00', onShift: false }],
    },
    'overrides[0].start "2026-12-31 18:00" is not YYYY-MM-DDTHH:MM[:SS] with an optional offset',
  ],
  [
    { ...base, overrides: [{ start: '2026-12-31T18:00', end: '2026-12-31T17:00', onShift: true }] },
    'overrides[0].end "2026-12-31T17:00" is not after start "2026-12-31T18:00"',
  ],
  [
    { ...base, away: [{ start: '2026-13-01T00:00', end: '2027-01-01T00:00' }] },
    'away[0].start "2026-13-01T00:00" is not a valid date and time',
  ],
];

describe('compileCalendar rejects what it cannot read, naming the field', () => {
  it.each(cases)('%j → %s', (spec, message) => {
    let thrown: unknown;
    try {
      compileCalendar(spec, dateHolidaysCalendar);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalendarSpecError);
    expect((thrown as CalendarSpecError).message).toBe(message);
    expect(String(thrown)).toBe(`CalendarSpecError: ${message}`);
  });
});
