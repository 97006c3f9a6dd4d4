import type { ParsedPlan, PlanNode } from '../model';
import { isDayMark } from '../dayMark';
import { RestDays } from '../schedule/restDays';
import { sessionDates } from '../timer/sessionLog';
import { entryTitleWords } from '../grammar/yearlessDates';
import { addDays, dayNumber, daysSinceMonday, isValidIsoDate, weekStart } from '../calendar/calendarDays';

/** Stamps per plan model. Models are immutable, so after an edit only the edited plan is walked again. */
const stampsByPlan = new WeakMap<ParsedPlan, readonly string[]>();

/**
 * The dates a plan contributes to the streak: task stamps and day-title stamps (a day done by its tasks
 * adds none of its own), and the own date of a dated entry (`## 2024-01-05`) when it is a journal's (and does not
 * say it was skipped: `Skipped - sick`) or was marked done without a date of its stamp.
 */
export function planStampDates(plan: ParsedPlan): readonly string[] {
  let dates = stampsByPlan.get(plan);
  if (!dates) {
    const found: string[] = [];
    const visit = (node: PlanNode): void => {
      if (node.stampDate) found.push(node.stampDate);
      else if (node.kind === 'day' && node.date && ((plan.journal && entryWritten(node) && !node.skipped) || (node.done && node.doneDate === node.date))) found.push(node.date);
      for (let k = 0; k < node.tasks.length; k++) {
        const task = node.tasks[k];
        // A heading that is a task (`### [x] Day 3 ✅ ...`) has one stamp: counted once, as the day's.
        const titleTask = isDayMark(node, task);
        // Checked only: an open task's stamp is stale (unchecked by hand), no study (a learner's counted as an active day).
        if (task.doneDate && task.checked && !titleTask) found.push(task.doneDate);
      }
      // Indexed: every plan's tree is walked after a scan (no callback, no iterator per node).
      for (let k = 0; k < node.children.length; k++) visit(node.children[k]);
    };
    visit(plan.root);
    dates = found;
    stampsByPlan.set(plan, dates);
  }
  return dates;
}

/**
 * Whether a journal's entry holds anything: a heading with nothing under it yet (`## 2026-11-27`, written in the
 * morning, or days ahead) is no study (a learner's empty entry made a day of the streak, and one ahead a warning).
 */
export function entryWritten(node: PlanNode): boolean {
  return node.form !== 'heading' || node.written || node.children.length > 0 || node.sessions.length > 0 || !dateAlone(node.title);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * A title that is a date and nothing more (`2026-11-27`, `Friday, November 27`, `2026-11-27 (Friday)`, a weekday
 * its week dates, `Saturday`): one with words after it is an entry written in its heading. A weekday's name after
 * the date is a template's, not study.
 */
function dateAlone(title: string): boolean {
  const words = entryTitleWords(title);
  return (words.dated || words.weekday) && !WORD.test(title.slice(words.start));
}

/**
 * Valid stamp dates, distinct and in order, as day numbers with how many stamps fall on each: the
 * form the streak is computed from. Built once per (immutable) plan model, so after an edit only
 * the edited plan is counted again and the streak merges small sorted arrays of integers.
 */
export interface StampDays {
  readonly days: Int32Array;
  readonly counts: Int32Array;
  readonly dates: readonly string[];
}

/** Packs a day number with a small integer into one double, so one numeric sort orders by day. */
const PACK = 2_097_152; // 2^21: day numbers of years 0-9999 times this stay exact in a double

/**
 * Distinct valid dates of `stampDates` (invalid ones like 2026-02-30 are dropped), sorted, each with its
 * number of stamps. `activityDates` (study sessions) are days of activity too, with no stamp to count.
 */
export function stampDaysOf(stampDates: readonly string[], activityDates: readonly string[] = []): StampDays {
  const all = activityDates.length === 0 ? stampDates : [...stampDates, ...activityDates];
  if (all.length >= PACK) return stampDaysByMap(stampDates, activityDates);
  // Day number and index packed together and sorted as numbers: no map of strings, no string sort. Packed
  // in a scratch array reused from plan to plan (a streak counts every plan's stamps after a scan).
  if (packScratch.length < all.length) packScratch = new Float64Array(Math.max(all.length, packScratch.length * 2));
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    if (isValidIsoDate(all[i])) packScratch[n++] = dayNumber(all[i]) * PACK + i;
  }
  const sorted = packScratch.subarray(0, n).sort();
  const stamps = stampDates.length;
  // At most one day per date: filled in place, then cut to the distinct days.
  const days = new Int32Array(n);
  const counts = new Int32Array(n);
  const dates: string[] = [];
  let distinct = 0;
  for (let k = 0; k < n; k++) {
    const day = Math.floor(sorted[k] / PACK);
    const index = sorted[k] - day * PACK;
    const count = index < stamps ? 1 : 0;
    if (distinct > 0 && days[distinct - 1] === day) {
      counts[distinct - 1] += count;
    } else {
      days[distinct] = day;
      counts[distinct] = count;
      dates.push(all[index]);
      distinct++;
    }
  }
  return distinct === n ? { days, counts, dates } : { days: days.slice(0, distinct), counts: counts.slice(0, distinct), dates };
}

/** stampDaysOf's packed dates (see there). */
let packScratch = new Float64Array(256);

/** The same for more dates than the packing holds (two million): slower, with a map and a string sort. */
export function stampDaysByMap(stampDates: readonly string[], activityDates: readonly string[] = []): StampDays {
  const perDate = new Map<string, number>();
  const add = (date: string, count: number): void => {
    const seen = perDate.get(date);
    if (seen !== undefined) perDate.set(date, seen + count);
    else if (isValidIsoDate(date)) perDate.set(date, count);
  };
  for (const date of stampDates) add(date, 1);
  for (const date of activityDates) add(date, 0);
  const dates = [...perDate.keys()].sort();
  return { days: Int32Array.from(dates, dayNumber), counts: Int32Array.from(dates, (date) => perDate.get(date)!), dates };
}

const stampDaysByPlan = new WeakMap<ParsedPlan, StampDays>();

export function planStampDays(plan: ParsedPlan): StampDays {
  let stampDays = stampDaysByPlan.get(plan);
  if (!stampDays) {
    stampDays = stampDaysOf(planStampDates(plan), sessionDates(plan));
    stampDaysByPlan.set(plan, stampDays);
  }
  return stampDays;
}

export interface StreakStats {
  /**
   * Consecutive study days with activity ending today, or yesterday while nothing is done yet today. Rest
   * days (weekly rest, `⏸` pauses) without activity are passed over: they neither break the streak nor count in
   * it; a rest day studied counts.
   */
  readonly current: number;
  readonly longest: number;
  /** Distinct calendar dates with activity, a stamp or a study session (today or earlier). */
  readonly activeDays: number;
  /** Stamps dated today, and dated Monday to today of this week. */
  readonly doneToday: number;
  readonly doneThisWeek: number;
  /** Whether today already has a stamp (else the streak is alive until midnight, but at risk). */
  readonly activeToday: boolean;
  /** Distinct dates after today: ignored for the streak, reported so the user can fix them. */
  readonly futureDates: readonly string[];
  /** Stamps on a date (0 for dates after today), for calendars. */
  readonly countOn: (date: string) => number;
  /** Whether a date (today or earlier) has activity: a stamp or a study session. */
  readonly activeOn: (date: string) => boolean;
  /** Today is a rest day: nothing is expected, the streak is safe. */
  readonly restToday: boolean;
  /** The rest days the current streak passed over, as dates (oldest first). */
  readonly restDays: readonly string[];
  /** The rest days the streak was computed with. */
  readonly rest: RestDays;
}

export function computeStreak(stampDates: readonly string[], today: string, rest: RestDays = RestDays.NONE): StreakStats {
  return streakOf([stampDaysOf(stampDates)], today, rest);
}

/** The streak of the plans' stamps, from their cached day numbers. */
export function planStreak(plans: readonly ParsedPlan[], today: string, rest: RestDays = RestDays.NONE): StreakStats {
  return streakOf(plans.map(planStampDays), today, rest);
}

/**
 * Merges the sets into one array of day numbers up to today (integers only: one sort of a typed
 * array, no map of strings), then reads the runs off it in one pass.
 */
function streakOf(sets: readonly StampDays[], today: string, rest: RestDays): StreakStats {
  const todayNumber = dayNumber(today);
  const future = new Set<string>();
  let size = 0;
  for (const set of sets) size += set.days.length;
  // Day number and count packed in one double, so one numeric sort orders both.
  const packed = new Float64Array(size);
  let n = 0;
  for (const set of sets) {
    for (let i = 0; i < set.days.length; i++) {
      if (set.days[i] > todayNumber) future.add(set.dates[i]);
      else packed[n++] = set.days[i] * PACK + Math.min(set.counts[i], PACK - 1);
    }
  }
  const sorted = packed.subarray(0, n).sort();

  // Distinct days with their total stamps.
  const days: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const day = Math.floor(sorted[i] / PACK);
    const count = sorted[i] - day * PACK;
    if (days.length > 0 && days[days.length - 1] === day) counts[counts.length - 1] += count;
    else {
      days.push(day);
      counts.push(count);
    }
  }

  const last = days.length - 1;
  const activeToday = last >= 0 && days[last] === todayNumber;
  const runs = rest.isEmpty ? consecutiveRuns(days, todayNumber, activeToday) : runsAcrossRest(days, todayNumber, rest);
  const { current, longest } = runs;

  const monday = todayNumber - daysSinceMonday(todayNumber);
  let doneThisWeek = 0;
  for (let i = last; i >= 0 && days[i] >= monday; i--) doneThisWeek += counts[i];

  return {
    current,
    longest,
    activeDays: days.length,
    doneToday: activeToday ? counts[last] : 0,
    doneThisWeek,
    activeToday,
    restToday: rest.isRest(todayNumber),
    // The rest days the streak passed over: a rest day studied is in it, not passed over.
    restDays: current > 0 && !rest.isEmpty ? rest.datesBetween(runs.currentFrom, todayNumber).filter((date) => binarySearch(days, dayNumber(date)) < 0) : [],
    rest,
    futureDates: [...future].sort(),
    countOn: (date) => {
      if (!isValidIsoDate(date)) return 0;
      const at = binarySearch(days, dayNumber(date));
      return at >= 0 ? counts[at] : 0;
    },
    activeOn: (date) => isValidIsoDate(date) && binarySearch(days, dayNumber(date)) >= 0,
  };
}

interface Runs {
  readonly current: number;
  readonly longest: number;
  /** The first day of the current streak. */
  readonly currentFrom: number;
}

/** Without rest days: runs of consecutive calendar days (the fast path, integers only). */
function consecutiveRuns(days: readonly number[], todayNumber: number, activeToday: boolean): Runs {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i - 1] === days[i] - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let expected = activeToday ? todayNumber : todayNumber - 1;
  for (let i = days.length - 1; i >= 0 && days[i] === expected; i--, expected--) current++;
  return { current, longest, currentFrom: expected + 1 };
}

/**
 * With rest days: every day with activity counts (a rest day studied too: a learner's Sunday session earned
 * nothing, and a streak changed with the active plan's rest weekdays), and two of them are consecutive when no
 * study day lies between them (rest days without activity are passed over). A gap is measured in O(log pauses),
 * not walked.
 */
function runsAcrossRest(study: readonly number[], todayNumber: number, rest: RestDays): Runs {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < study.length; i++) {
    run = i > 0 && rest.studyDaysBetween(study[i - 1] + 1, study[i] - 1) === 0 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let currentFrom = todayNumber + 1;
  let i = study.length - 1;
  // Today holds the streak until midnight: the chain must reach yesterday's study day, or today.
  if (i >= 0 && (study[i] === todayNumber || rest.studyDaysBetween(study[i] + 1, todayNumber - 1) === 0)) {
    current = 1;
    currentFrom = study[i];
    for (; i > 0 && rest.studyDaysBetween(study[i - 1] + 1, study[i] - 1) === 0; i--) {
      current++;
      currentFrom = study[i - 1];
    }
  }
  return { current, longest, currentFrom };
}

function binarySearch(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The last `weeks` weeks as columns of seven days (Monday first), oldest first, each cell the number
 * of stamps that day, or null for days after today.
 */
export function activityWeeks(countOn: (date: string) => number, today: string, weeks: number): { start: string; days: (number | null)[] }[] {
  const firstMonday = addDays(weekStart(today), -7 * (weeks - 1));
  const columns: { start: string; days: (number | null)[] }[] = [];
  for (let w = 0; w < weeks; w++) {
    const start = addDays(firstMonday, 7 * w);
    const days: (number | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      days.push(date > today ? null : countOn(date));
    }
    columns.push({ start, days });
  }
  return columns;
}
