/**
 * A plan's schedule, read back from its text: which date each day is planned for.
 *
 * Days are laid on study days (rest weekdays and the plan's `⏸` pauses are skipped) one after the other,
 * from the plan's start (front matter `start:`, else `learningPlans.schedule`): a day with its own
 * `📅 YYYY-MM-DD` is planned on that date, and the days after it follow from there. A skipped day (`⏭`)
 * has no date and holds no place. So a replan writes only where the new schedule differs from what would
 * follow anyway: a new `start:`, or a `📅` on the day where the dates change (two days planned on one date
 * both carry it).
 */
import type { ParsedPlan, PlanNode } from '../model';
import { dayNumber, isoFromDayNumber, isValidIsoDate } from '../calendar/calendarDays';
import { frontMatterStart } from './currentDay';
import { planPauseDays, RestDays, restWeekdaysOf } from './restDays';

export interface ScheduleOptions {
  /** The start date from settings (`learningPlans.schedule`), used when the front matter has none. */
  readonly configuredStart?: string | null;
  /**
   * Rest weekdays from settings (`learningPlans.restDays`), used when the front matter has no `rest:`; undefined
   * when none are configured: the weekdays the planned dates leave out then (restWeekdaysOf).
   */
  readonly configuredRest?: readonly number[];
}

export interface Schedule {
  /** The plan's start date (front matter or settings); null when only `📅` dates schedule it. */
  readonly start: string | null;
  /** Where the start comes from. */
  readonly startFrom: 'frontMatter' | 'settings' | null;
  readonly rest: RestDays;
  /** The date of the day at `index` in the plan's day order; null for a skipped (or an undated) day. */
  dateOf(index: number): string | null;
  /** The date of the last planned open day (of the last planned day, when all are done). */
  readonly end: string | null;
  /**
   * How far the learner is behind today (negative: ahead): the days planned before today, less the
   * days before `current` and the days after it already done (a day done early, out of order, is not
   * missed); ahead only by days planned after today (today's day done on the day is on schedule, not a
   * day ahead). Skipped and undated days count in none of these.
   */
  behind(current: PlanNode, today: string): number;
}

/** Day numbers of each day's date (NaN: none), by index in the plan's day order. */
export function scheduleDays(plan: ParsedPlan, start: string | null, rest: RestDays): Float64Array {
  const dates = new Float64Array(plan.days.length).fill(NaN);
  let previous: number | null = null;
  plan.days.forEach((day, i) => {
    if (day.skipped) return;
    let date: number;
    if (day.planned !== null && isValidIsoDate(day.planned)) date = dayNumber(day.planned);
    else if (previous !== null) date = rest.nextStudyDay(previous);
    else if (start !== null) date = rest.studyDayFrom(dayNumber(start));
    else return; // no start and no date before it: this day has no date yet
    dates[i] = date;
    previous = date;
  });
  return dates;
}

const schedules = new WeakMap<ParsedPlan, Map<string, Schedule | null>>();

/**
 * The plan's schedule, or null when it has none (no start and no planned day). Built once per plan
 * model and options: the tree asks for every day it draws.
 */
export function scheduleFor(plan: ParsedPlan, options: ScheduleOptions | string | null = {}): Schedule | null {
  const opts: ScheduleOptions = typeof options === 'string' || options === null ? { configuredStart: options } : options;
  const key = `${opts.configuredStart ?? ''}|${opts.configuredRest?.join(',') ?? 'unset'}`;
  let byKey = schedules.get(plan);
  if (!byKey) schedules.set(plan, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, buildSchedule(plan, opts));
  return byKey.get(key)!;
}

function buildSchedule(plan: ParsedPlan, options: ScheduleOptions): Schedule | null {
  const own = frontMatterStart(plan);
  const configured = options.configuredStart && isValidIsoDate(options.configuredStart) ? options.configuredStart : null;
  const start = own ?? configured;
  if (start === null && !plan.days.some((day) => day.planned !== null)) return null;
  const rest = new RestDays(restWeekdaysOf(plan, options.configuredRest), planPauseDays(plan));
  const days = scheduleDays(plan, start, rest);
  // For `behind`: the dated days in order of date, and how many dated days come before each index.
  const sorted = Float64Array.from(days.filter((d) => !Number.isNaN(d))).sort();
  const datedBefore = new Int32Array(days.length + 1);
  // The end: the last open day's date (a day done early keeps a place in the chain, not the plan's end), or the
  // last day's when every day is done.
  let end = -Infinity;
  let openEnd = -Infinity;
  days.forEach((day, i) => {
    datedBefore[i + 1] = datedBefore[i] + (Number.isNaN(day) ? 0 : 1);
    if (day > end) end = day;
    if (day > openEnd && !plan.days[i].done) openEnd = day;
  });
  if (Number.isFinite(openEnd)) end = openEnd;
  const indexOf = new Map(plan.days.map((day, i) => [day, i]));
  // Days done out of order are after the current day: each has a place (its date holds), but none is missed.
  const doneDates = (from: number, below: number): number => {
    let count = 0;
    for (let i = from + 1; i < days.length; i++) if (plan.days[i].done && days[i] < below) count++;
    return count;
  };
  return {
    start,
    startFrom: own ? 'frontMatter' : start ? 'settings' : null,
    rest,
    dateOf: (index) => (index >= 0 && index < days.length && !Number.isNaN(days[index]) ? isoFromDayNumber(days[index]) : null),
    end: Number.isFinite(end) ? isoFromDayNumber(end) : null,
    behind: (current, today) => {
      const index = indexOf.get(current) ?? plan.days.indexOf(current);
      const before = datedBefore[Math.max(0, index)];
      const day = dayNumber(today);
      const behind = countBelow(sorted, day) - before - doneDates(index, day);
      if (behind > 0) return behind;
      // Ahead: the days before the current one that were planned after today.
      return Math.min(0, countBelow(sorted, day + 1) - before - doneDates(index, day + 1));
    },
  };
}

/** How many values of a sorted array are below `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The date each open day is planned on, by the day's line, when the plan has a schedule (front matter `start:`,
 * or `📅` dates), as the tree shows them; none for a journal's entries (records, not work to do).
 */
export function openDayDates(plan: ParsedPlan, options: ScheduleOptions = {}): Map<number, string> {
  const dates = new Map<number, string>();
  const schedule = plan.journal ? null : scheduleFor(plan, options);
  if (!schedule) return dates;
  plan.days.forEach((day, i) => {
    const date = day.done || day.skipped ? null : schedule.dateOf(i);
    if (date) dates.set(day.line, date);
  });
  return dates;
}

/** Days the schedule plans on `date` (a DAY argument given as a date), in document order. */
export function daysPlannedOn(plan: ParsedPlan, schedule: Schedule, date: string): PlanNode[] {
  return plan.days.filter((_, i) => schedule.dateOf(i) === date);
}

/**
 * The date a plan starts on when it has not started by `today`: `planned`, its current day's date, is later and no
 * day is done nor any task checked (then it is neither on schedule nor ahead: a trial read "on schedule" a week
 * before the start). Null otherwise.
 */
export function notStartedUntil(plan: ParsedPlan, planned: string | null, today: string): string | null {
  if (planned === null || planned <= today) return null;
  return plan.days.some((day) => day.done) || plan.root.progress.tasksDone > 0 ? null : planned;
}
