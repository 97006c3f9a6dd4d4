import type { ParsedPlan } from '../model';
import { planDates } from '../planDates';
import { RestDays } from '../schedule/restDays';
import { addDays, dayNumber, daysSinceMonday, isValidIsoDate, validDayNumber, weekStart } from '../calendar/calendarDays';

/**
 * The dates a plan contributes to the streak: task stamps and day-title stamps (a day done by its tasks
 * adds none of its own), and the own date of a dated entry (`## 2024-01-05`) when it is a journal's (and does not
 * say it was skipped: `Skipped - sick`) or was marked done without a date of its stamp.
 */
export function planStampDates(plan: ParsedPlan): readonly string[] {
  return planDates(plan).stamps;
}

/**
 * Valid stamp dates, distinct and in order, as day numbers with how many stamps fall on each: the
 * form the streak is computed from. Built once per (immutable) plan model, so after an edit only
 * the edited plan is counted again and the streak merges small sorted arrays of integers.
 */
export interface StampDays {
  readonly days: readonly number[];
  readonly counts: readonly number[];
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
  // Day number and index packed together and ordered as numbers: no map of strings, no string sort. Plain arrays,
  // not typed ones: a plan has a few dozen stamps, and a typed array that size is a buffer of its own outside the
  // heap (three a plan were half of Today's first summary over 300 plans). Most plans are written in order, their
  // stamps too: then, with no session dated before the last stamp, there is nothing to sort.
  const packed: number[] = [];
  let inOrder = true;
  for (let i = 0; i < all.length; i++) {
    const day = validDayNumber(all[i]);
    if (Number.isNaN(day)) continue; // no real date
    const value = day * PACK + i;
    if (inOrder && packed.length > 0 && packed[packed.length - 1] > value) inOrder = false;
    packed.push(value);
  }
  const sorted: ArrayLike<number> = inOrder ? packed : Float64Array.from(packed).sort();
  const stamps = stampDates.length;
  const days: number[] = [];
  const counts: number[] = [];
  const dates: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const day = Math.floor(sorted[k] / PACK);
    const index = sorted[k] - day * PACK;
    const count = index < stamps ? 1 : 0;
    if (days.length > 0 && days[days.length - 1] === day) counts[counts.length - 1] += count;
    else {
      days.push(day);
      counts.push(count);
      dates.push(all[index]);
    }
  }
  return { days, counts, dates };
}

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
  return { days: dates.map(dayNumber), counts: dates.map((date) => perDate.get(date)!), dates };
}

const stampDaysByPlan = new WeakMap<ParsedPlan, StampDays>();

export function planStampDays(plan: ParsedPlan): StampDays {
  let stampDays = stampDaysByPlan.get(plan);
  if (!stampDays) {
    const { stamps, sessions } = planDates(plan);
    stampDays = stampDaysOf(stamps, sessions);
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
