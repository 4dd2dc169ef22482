import { DateTime } from 'luxon';
import type { CompiledConfig, CompiledTeam } from '../routing/compiled-config';

/** Why the customer waits longer than `ackWithin`, when it is a reason worth telling them. */
export type ReplyDelay =
  { readonly kind: 'holiday'; readonly names: readonly string[] } | { readonly kind: 'weekend' };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** At most this many holiday names are listed: a long closure reads as a list otherwise. */
const MAX_NAMES = 3;

/**
 * What keeps `team` from answering between `at` and `replyBy`: the named holidays (its own dated
 * ones and the imported public holidays) that fall on one of its working days in that time, else
 * the weekend when a day on which it never works falls in it. Nothing when the wait is only the
 * time asked for (`neededMs`) or a night between two working days.
 */
export function replyDelay(
  compiled: CompiledConfig,
  team: CompiledTeam,
  at: number,
  replyBy: number,
  neededMs: number,
): ReplyDelay | undefined {
  if (replyBy - at <= neededMs) return undefined;
  const zone = team.config.timeZone;
  const workdays = new Set(team.config.shifts.flatMap((shift) => shift.days));
  const names: string[] = [];
  let weekend = false;
  const last = DateTime.fromMillis(replyBy, { zone }).startOf('day');
  for (let day = DateTime.fromMillis(at, { zone }).startOf('day'); day <= last;) {
    const next = day.plus({ days: 1 });
    if (!workdays.has(WEEKDAYS[day.weekday - 1]!)) {
      weekend = true;
    } else {
      for (const holiday of holidaysOn(compiled, team, day.toISODate()!, day.year)) {
        const start = holiday.from ? clockOn(day, holiday.from) : day.toMillis();
        const end = holiday.to ? clockOn(day, holiday.to) : next.toMillis();
        if (start < replyBy && end > at && !names.includes(holiday.name)) names.push(holiday.name);
      }
    }
    day = next;
  }
  if (names.length > 0) return { kind: 'holiday', names: names.slice(0, MAX_NAMES) };
  return weekend ? { kind: 'weekend' } : undefined;
}

interface NamedHoliday {
  readonly name: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

function holidaysOn(
  compiled: CompiledConfig,
  team: CompiledTeam,
  date: string,
  year: number,
): NamedHoliday[] {
  const found: NamedHoliday[] = [];
  for (const holiday of team.config.holidays ?? []) {
    if ('date' in holiday) {
      // An unnamed day off has nothing to tell the customer; the time still says when.
      if (holiday.date === date && holiday.name)
        found.push({ name: holiday.name, from: holiday.from, to: holiday.to });
    } else {
      for (const imported of compiled.holidays.publicHolidays(
        holiday.country,
        holiday.subdivision,
        year,
      )) {
        if (imported.date === date) found.push({ name: imported.name, from: imported.from });
      }
    }
  }
  return found;
}

function clockOn(day: DateTime, time: string): number {
  if (time === '24:00') return day.plus({ days: 1 }).toMillis();
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour: hour!, minute: minute! }).toMillis();
}
