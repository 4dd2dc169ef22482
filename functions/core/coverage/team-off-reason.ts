import { DateTime, IANAZone } from 'luxon';
import { compileCalendarRules, type CalendarRules } from '../calendar/calendar-rules';
import { expandCalendar } from '../calendar/expand-calendar';
import { ImportedHolidays } from '../calendar/imported-holidays';
import type { Interval } from '../calendar/interval';
import type { TeamConfig } from '../config/config-schema';
import type { HolidayCalendar, PublicHoliday } from '../holidays/holiday-calendar';

/** Why a team is off at an instant, as a lead would say it. */
export type OffReason =
  /** A holiday took a shift away: the team's own dated one, or an imported public holiday. */
  | { readonly kind: 'holiday'; readonly name: string }
  /** An `onShift: false` override, as written in the document. */
  | { readonly kind: 'override'; readonly start: string; readonly end: string }
  /** No shift of the team covers the time. */
  | { readonly kind: 'no-shift' };

/** What a team's calendar is made of within a period, to tell why it is off or extra on. */
export interface TeamCalendarLayers {
  /** The weekly shifts alone within the period: sorted, merged. */
  readonly shifts: readonly Interval[];
  /** Why the team is off at `at` (an instant inside the period at which it is off). */
  offReasonAt(at: number): OffReason;
}

function contains(list: readonly Interval[], at: number): boolean {
  return list.some((interval) => interval.start <= at && at < interval.end);
}

/**
 * The layers of a team's calendar within [from, to): its shifts alone, its shifts minus holidays,
 * and its overrides, so that an instant it is off at can be explained. The same rules as the
 * calendar itself (compileCalendarRules), so the explanation cannot disagree with the hours.
 */
export function teamCalendarLayers(
  team: TeamConfig,
  holidays: HolidayCalendar,
  from: number,
  to: number,
): TeamCalendarLayers {
  const rules = compileCalendarRules(
    {
      timeZone: team.timeZone,
      shifts: team.shifts,
      holidays: team.holidays ?? [],
      overrides: team.overrides ?? [],
    },
    holidays,
  );
  const bare: CalendarRules = {
    ...rules,
    holidays: [],
    importedHolidays: new ImportedHolidays(rules.zone, [], holidays),
    overrides: [],
    away: [],
  };
  const shifts = expandCalendar(bare, from, to);
  const afterHolidays = expandCalendar({ ...rules, overrides: [], away: [] }, from, to);
  const zone = IANAZone.create(team.timeZone);
  const publicHolidays = new Map<string, PublicHoliday[]>();

  function holidayName(at: number): string {
    const local = DateTime.fromMillis(at, { zone });
    const date = local.toISODate()!;
    const time = local.toFormat('HH:mm');
    for (const holiday of team.holidays ?? []) {
      if ('date' in holiday) {
        if (
          holiday.date === date &&
          (holiday.from ?? '00:00') <= time &&
          time < (holiday.to ?? '24:00')
        )
          return holiday.name ?? `holiday ${holiday.date}`;
        continue;
      }
      const key = `${holiday.country}/${holiday.subdivision ?? ''}/${local.year}`;
      let list = publicHolidays.get(key);
      if (!list) {
        list = holidays.publicHolidays(holiday.country, holiday.subdivision, local.year);
        publicHolidays.set(key, list);
      }
      const found = list.find((day) => day.date === date && (day.from ?? '00:00') <= time);
      if (found) return found.name;
    }
    return `holiday ${date}`;
  }

  return {
    shifts,
    offReasonAt(at) {
      if (!contains(shifts, at)) return { kind: 'no-shift' };
      // Overrides apply in order, so the last one covering the instant decides.
      const index = rules.overrides.findLastIndex((o) => o.start <= at && at < o.end);
      const override = index >= 0 ? team.overrides![index]! : undefined;
      if (override && !override.onShift) {
        return { kind: 'override', start: override.start, end: override.end };
      }
      if (!contains(afterHolidays, at)) return { kind: 'holiday', name: holidayName(at) };
      return { kind: 'no-shift' };
    },
  };
}
