import { describe, expect, it } from 'vitest';
import { CalendarQueryError } from '../../../../functions/core/calendar/calendar-query-error';
import type { Weekday } from '../../../../functions/core/calendar/calendar-spec';
import {
  compileCalendar,
  LOOKAHEAD_MS,
} from '../../../../functions/core/calendar/compile-calendar';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const t = (iso: string) => Date.parse(iso);

// Wednesday 22:00 → Thursday 02:00 UTC. Thursday 2026-01-01T00:00Z is 2922 weeks after the
// epoch, so this interval straddles the boundary of the calendar's week-long expansion chunks.
const acrossChunks = compileCalendar(
  {
    timeZone: 'UTC',
    shifts: [{ days: ['wed'], start: '22:00', end: '02:00' }],
  },
  dateHolidaysCalendar,
);

describe('queries on an interval that crosses an expansion boundary', () => {
  it('is one interval, on shift on both sides', () => {
    expect(acrossChunks.intervals(t('2025-12-31T00:00Z'), t('2026-01-02T00:00Z'))).toEqual([
      { start: t('2025-12-31T22:00Z'), end: t('2026-01-01T02:00Z') },
    ]);
    expect(acrossChunks.isOnShift(t('2025-12-31T23:59Z'))).toBe(true);
    expect(acrossChunks.isOnShift(t('2026-01-01T00:00Z'))).toBe(true);
    expect(acrossChunks.isOnShift(t('2026-01-01T02:00Z'))).toBe(false);
  });

  it('reports the merged end, not the boundary', () => {
    expect(acrossChunks.shiftEndAt(t('2025-12-31T23:00Z'))).toBe(t('2026-01-01T02:00Z'));
    expect(acrossChunks.remainingAt(t('2025-12-31T23:00Z'))).toBe(3 * HOUR);
    expect(acrossChunks.shiftEndAt(t('2026-01-01T01:00Z'))).toBe(t('2026-01-01T02:00Z'));
  });

  it('does not take the boundary for a start', () => {
    expect(acrossChunks.nextStartAfter(t('2025-12-31T23:00Z'))).toBe(t('2026-01-07T22:00Z'));
  });
});

describe('nextStartAfter', () => {
  it('at an exact start is the following start, just before it is that start', () => {
    expect(acrossChunks.nextStartAfter(t('2026-01-07T22:00Z'))).toBe(t('2026-01-14T22:00Z'));
    expect(acrossChunks.nextStartAfter(t('2026-01-07T22:00Z') - 1)).toBe(t('2026-01-07T22:00Z'));
  });

  it('off shift is the coming start; the clip of a query window is not a start', () => {
    expect(acrossChunks.nextStartAfter(t('2026-01-03T12:00Z'))).toBe(t('2026-01-07T22:00Z'));
    expect(acrossChunks.intervals(t('2026-01-01T01:00Z'), t('2026-01-02T00:00Z'))[0]?.start).toBe(
      t('2026-01-01T01:00Z'),
    );
    expect(acrossChunks.nextStartAfter(t('2026-01-01T00:30Z'))).toBe(t('2026-01-07T22:00Z'));
  });

  it('finds a start far ahead, but not past the look-ahead', () => {
    const calendar = compileCalendar(
      {
        timeZone: 'Asia/Kathmandu',
        shifts: [],
        overrides: [{ start: '2026-06-01T09:00', end: '2026-06-21T09:00', onShift: true }],
      },
      dateHolidaysCalendar,
    );
    const start = t('2026-06-01T03:15Z'); // 09:00 +05:45
    expect(calendar.nextStartAfter(start - 100 * DAY)).toBe(start);
    expect(calendar.nextStartAfter(start - LOOKAHEAD_MS)).toBe(start);
    expect(calendar.nextStartAfter(start - LOOKAHEAD_MS - 1)).toBeNull();
    expect(calendar.nextStartAfter(start)).toBeNull();
    expect(calendar.shiftEndAt(start + DAY)).toBe(t('2026-06-21T03:15Z'));
    expect(calendar.remainingAt(start)).toBe(20 * DAY);
  });
});

describe('off shift, never on shift, always on shift', () => {
  it('off shift: no end, no remaining time', () => {
    expect(acrossChunks.isOnShift(t('2026-01-02T12:00Z'))).toBe(false);
    expect(acrossChunks.shiftEndAt(t('2026-01-02T12:00Z'))).toBeNull();
    expect(acrossChunks.remainingAt(t('2026-01-02T12:00Z'))).toBe(0);
  });

  it('a calendar without shifts never starts', () => {
    const calendar = compileCalendar(
      { timeZone: 'Europe/Dublin', shifts: [] },
      dateHolidaysCalendar,
    );
    expect(calendar.isOnShift(t('2026-05-01T12:00Z'))).toBe(false);
    expect(calendar.nextStartAfter(t('2026-05-01T12:00Z'))).toBeNull();
    expect(calendar.intervals(t('2026-05-01T00:00Z'), t('2026-06-01T00:00Z'))).toEqual([]);
  });

  it('around the clock: the end is capped at the look-ahead and there is no next start', () => {
    const calendar = compileCalendar(
      {
        timeZone: 'Pacific/Chatham',
        shifts: [{ days: EVERY_DAY, start: '06:00', end: '06:00' }],
      },
      dateHolidaysCalendar,
    );
    const at = t('2026-09-27T12:34Z');
    expect(calendar.shiftEndAt(at)).toBe(at + LOOKAHEAD_MS);
    expect(calendar.remainingAt(at)).toBe(LOOKAHEAD_MS);
    expect(calendar.nextStartAfter(at)).toBeNull();
  });

  it('a continuous run ending inside the look-ahead reports its real end', () => {
    const calendar = compileCalendar(
      {
        timeZone: 'UTC',
        shifts: [{ days: EVERY_DAY, start: '00:00', end: '24:00' }],
        overrides: [{ start: '2026-03-01T00:00', end: '2026-03-02T00:00', onShift: false }],
      },
      dateHolidaysCalendar,
    );
    expect(calendar.shiftEndAt(t('2026-01-01T00:00Z'))).toBe(t('2026-03-01T00:00Z'));
    expect(calendar.nextStartAfter(t('2026-01-01T00:00Z'))).toBe(t('2026-03-02T00:00Z'));
  });
});

describe('queries given something that is not an instant', () => {
  it.each([NaN, Infinity, -Infinity])('%s throws CalendarQueryError', (value) => {
    expect(() => acrossChunks.isOnShift(value)).toThrow(CalendarQueryError);
    expect(() => acrossChunks.shiftEndAt(value)).toThrow('shiftEndAt(at)');
    expect(() => acrossChunks.nextStartAfter(value)).toThrow(CalendarQueryError);
    expect(() => acrossChunks.intervals(0, value)).toThrow('intervals(to)');
  });
});
