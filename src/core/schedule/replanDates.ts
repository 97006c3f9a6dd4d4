/**
 * The dates a replan gives where days were done early (after the current one, out of order): the open days'
 * own chain, what a shift closed up over, and a shift written as a new `start:` where no day can carry a `📅`.
 */
import type { ParsedPlan } from '../model';
import { dayNumber, isoFromDayNumber, isValidIsoDate } from '../calendar/calendarDays';
import { Lines, type TextEdit } from '../edits/textEdit';
import type { RestDays } from './restDays';
import { scheduleDays, type Schedule } from './schedule';
import { frontMatterStartEdit } from './scheduleEdits';

/**
 * The open days of `region` with their dates in a chain of their own: a day with its own 📅 keeps it, one without
 * follows the open day before it (the schedule has it follow the day before it, done or not). A replan
 * moves these: the days done early leave the chain, their dates with them. Where no day is done early, these are
 * the schedule's dates.
 */
export function openChain(plan: ParsedPlan, old: Float64Array, region: readonly number[], rest: RestDays): Map<number, number> {
  const chain = new Map<number, number>();
  let previous = NaN;
  let before = NaN;
  for (const i of region) {
    const day = plan.days[i];
    // A 📅 on the date the day would have without it (the day after the one before it, done or not) moves nothing:
    // a skip's pin left behind when the skip was taken back (a trial's shift then left the done days' dates empty).
    const own = day.planned !== null && isValidIsoDate(day.planned) && (Number.isNaN(before) || old[i] !== rest.nextStudyDay(before));
    if (!Number.isNaN(old[i])) before = old[i];
    if (day.done) continue;
    const date = own || Number.isNaN(previous) ? old[i] : rest.nextStudyDay(previous);
    chain.set(i, date);
    previous = date;
  }
  return chain;
}

/**
 * A shift written as a later (or earlier) `start:` alone, where a day to date cannot carry a `📅` (a table's row,
 * a paragraph day): every day moves with the start, the done ones before the current day too (their ✅ stay as
 * written). Only where no day has a 📅 of its own, which would not move; else null.
 */
export function startShift(plan: ParsedPlan, text: string, schedule: Schedule, days: number): TextEdit[] | null {
  if (schedule.startFrom !== 'frontMatter' || schedule.start === null) return null;
  if (plan.days.some((day) => day.planned !== null)) return null;
  const start = isoFromDayNumber(schedule.rest.advance(schedule.rest.studyDayFrom(dayNumber(schedule.start)), days));
  const edit = frontMatterStartEdit(new Lines(text), start);
  return edit ? [edit] : null;
}

/** How many days done early a shift closed up over: those before the last open day it moved by less than the shift. */
export function closedUpOver(plan: ParsedPlan, schedule: Schedule, currentIndex: number, wanted: ReadonlyMap<number, number>, days: number): number {
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  let last = -1;
  for (const [i, date] of wanted) if (!plan.days[i].done && date < schedule.rest.advance(old[i], days)) last = i;
  return plan.days.filter((day, i) => i > currentIndex && i < last && day.done).length;
}
