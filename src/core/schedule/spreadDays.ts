/**
 * Where a spread puts the missed days: the window of study days from today, and which of its dates take two.
 */
import type { ParsedPlan } from '../model';
import { dayNumber, isoFromDayNumber } from '../calendar/calendarDays';
import { scheduleDays, type Schedule } from './schedule';

/** What a spread needs of where the plan stands (a ScheduleStatus). */
export interface SpreadStatus {
  readonly schedule: Schedule;
  readonly currentIndex: number;
  readonly missed: number;
}

/** The study days of the window a spread fills: `count` of them from today on. */
export function spreadWindow(schedule: Schedule, today: string, count: number): string[] {
  const days: string[] = [];
  let day = schedule.rest.studyDayFrom(dayNumber(today));
  for (let i = 0; i < count; i++, day = schedule.rest.nextStudyDay(day)) days.push(isoFromDayNumber(day));
  return days;
}

/**
 * `missed` of the `window` dates, spaced evenly: the default days that take two. Dates in `full` (already
 * holding two days, an earlier spread's pairs) are passed over while there are enough others.
 */
export function evenDoubles(window: readonly string[], missed: number, full: ReadonlySet<string> = new Set()): string[] {
  const open = window.filter((date) => !full.has(date));
  const pool = open.length >= missed ? open : window;
  const picked = new Set<string>();
  for (let m = 0; m < missed; m++) picked.add(pool[Math.min(pool.length - 1, Math.floor(((m + 0.5) * pool.length) / missed))]);
  return window.filter((date) => picked.has(date));
}

/** How many of the open days from the current one on each date (from today on) holds now; `old`: the plan's day dates. */
export function heldByDate(plan: ParsedPlan, old: Float64Array, status: SpreadStatus, today: string): Map<number, number> {
  const held = new Map<number, number>();
  for (let i = status.currentIndex; i < old.length; i++) {
    if (!plan.days[i].done && !Number.isNaN(old[i]) && old[i] >= dayNumber(today)) held.set(old[i], (held.get(old[i]) ?? 0) + 1);
  }
  return held;
}

/** The days a spread doubles up by default: spaced evenly over the window, not where two days are already. */
export function spreadDoubles(plan: ParsedPlan, status: SpreadStatus, window: readonly string[], today: string): string[] {
  return doublesAvoidingPairs(heldByDate(plan, scheduleDays(plan, status.schedule.start, status.schedule.rest), status, today), status, window, today, doneTodayInWindow(plan, status.schedule, today));
}

/** The days done today that count in today's two, which a spread's window starts with; none when today is no study day. */
export function doneTodayInWindow(plan: ParsedPlan, schedule: Schedule, today: string): number {
  return schedule.rest.studyDayFrom(dayNumber(today)) === dayNumber(today) ? doneOn(plan, today) : 0;
}

/** How many days were marked done on `date`: today's count in today's two. */
function doneOn(plan: ParsedPlan, date: string): number {
  return plan.days.filter((day) => day.done && day.doneDate === date).length;
}

/** The default doubles, given how many days each date holds: not on a date that holds two already, nor on today once a day was done today. */
export function doublesAvoidingPairs(held: Map<number, number>, status: SpreadStatus, window: readonly string[], today: string, doneToday: number): string[] {
  return evenDoubles(window, status.missed, new Set(window.filter((date) => (held.get(dayNumber(date)) ?? 0) >= 2 || (date === today && doneToday > 0))));
}
