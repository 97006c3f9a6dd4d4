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
  const old = scheduleDays(plan, status.schedule.start, status.schedule.rest);
  const held = heldByDate(plan, old, status, today);
  const doneToday = doneTodayInWindow(plan, status.schedule, today);
  return doublesAvoidingPairs(held, doublesNeeded(plan, old, status, window, today, held, doneToday), window, today, doneToday);
}

/** How many dates of the window take two by a spread (see doublesNeeded). */
export function spreadDoublesNeeded(plan: ParsedPlan, status: SpreadStatus, window: readonly string[], today: string): number {
  const old = scheduleDays(plan, status.schedule.start, status.schedule.rest);
  return doublesNeeded(plan, old, status, window, today, heldByDate(plan, old, status, today), doneTodayInWindow(plan, status.schedule, today));
}

/**
 * How many dates of the window must take two: one per missed day, so that the plan is on its dates again after
 * the window; fewer when the open days the window is to hold (the missed ones and those planned inside it) fit
 * with fewer, as in a plan that ends inside the window (a learner's 10 days spread over 10 were doubled up
 * into 6, and 7 over 7 into 5, "over the next 7 days"). `held`: what each date holds now (heldByDate).
 */
export function doublesNeeded(plan: ParsedPlan, old: Float64Array, status: SpreadStatus, window: readonly string[], today: string, held: Map<number, number>, doneToday: number): number {
  if (window.length === 0) return status.missed;
  const last = dayNumber(window[window.length - 1]);
  let placed = 0;
  for (let i = status.currentIndex; i < old.length; i++) if (!plan.days[i].done && !Number.isNaN(old[i]) && old[i] <= last) placed++;
  let room = 0;
  for (const date of window) room += date === today && doneToday > 0 ? 2 - doneToday : Math.min(2, Math.max(1, held.get(dayNumber(date)) ?? 0));
  return Math.min(status.missed, Math.max(0, placed - room));
}

/** The days done today that count in today's two, which a spread's window starts with; none when today is no study day. */
export function doneTodayInWindow(plan: ParsedPlan, schedule: Schedule, today: string): number {
  return schedule.rest.studyDayFrom(dayNumber(today)) === dayNumber(today) ? doneOn(plan, today) : 0;
}

/** How many days were marked done on `date`: today's count in today's two. */
function doneOn(plan: ParsedPlan, date: string): number {
  return plan.days.filter((day) => day.done && day.doneDate === date).length;
}

/** `count` default doubles, given how many days each date holds: not on a date that holds two already, nor on today once a day was done today. */
export function doublesAvoidingPairs(held: Map<number, number>, count: number, window: readonly string[], today: string, doneToday: number): string[] {
  return evenDoubles(window, count, new Set(window.filter((date) => (held.get(dayNumber(date)) ?? 0) >= 2 || (date === today && doneToday > 0))));
}

/** Whether `needed` doubles fit the window: on dates holding fewer than two days, not on today once a day was done today. */
export function doublesFit(window: readonly string[], needed: number, held: Map<number, number>, today: string, doneToday: number): boolean {
  const free = window.filter((date) => (held.get(dayNumber(date)) ?? 0) < 2 && !(date === today && doneToday > 0)).length;
  return needed <= free;
}

/**
 * The fewest study days from today a spread fits into, two a day at most: the missed days where the plan goes on
 * after them, fewer where it ends sooner (the days left fill two a day: the earliest end a spread can give).
 */
export function shortestSpread(plan: ParsedPlan, old: Float64Array, status: SpreadStatus, today: string, held: Map<number, number>, doneToday: number): number {
  // Dates holding two already (an earlier spread's pairs) take no double: the window may need to pass the missed days.
  const most = status.missed + (doneToday > 0 ? 1 : 0) + held.size + 1;
  for (let count = 1; count < most; count++) {
    const window = spreadWindow(status.schedule, today, count);
    if (doublesFit(window, doublesNeeded(plan, old, status, window, today, held, doneToday), held, today, doneToday)) return count;
  }
  return most;
}
