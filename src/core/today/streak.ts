import type { ParsedPlan, PlanNode } from '../model';
import { addDays, dayNumber, isValidIsoDate, weekStart } from './calendarDays';

/** Stamps per plan model. Models are immutable, so after an edit only the edited plan is walked again. */
const stampsByPlan = new WeakMap<ParsedPlan, readonly string[]>();

/** A plan's done stamps: task stamps and day-heading stamps (a day done by its tasks adds none). */
export function planStampDates(plan: ParsedPlan): readonly string[] {
  let dates = stampsByPlan.get(plan);
  if (!dates) {
    const found: string[] = [];
    const visit = (node: PlanNode): void => {
      if (node.stampDate) found.push(node.stampDate);
      for (const task of node.tasks) if (task.doneDate) found.push(task.doneDate);
      node.children.forEach(visit);
    };
    visit(plan.root);
    dates = found;
    stampsByPlan.set(plan, dates);
  }
  return dates;
}

/** Every done stamp in the plans. */
export function collectStampDates(plans: readonly ParsedPlan[]): string[] {
  return plans.flatMap((plan) => planStampDates(plan));
}

export interface StreakStats {
  /** Consecutive activity days ending today, or yesterday while nothing is done yet today. */
  readonly current: number;
  readonly longest: number;
  /** Distinct calendar dates with at least one stamp (today or earlier). */
  readonly activeDays: number;
  /** Stamps dated today, and dated Monday to today of this week. */
  readonly doneToday: number;
  readonly doneThisWeek: number;
  /** Whether today already has a stamp (else the streak is alive until midnight, but at risk). */
  readonly activeToday: boolean;
  /** Distinct dates after today: ignored for the streak, reported so the user can fix them. */
  readonly futureDates: readonly string[];
  /** Stamps per date (today or earlier), for calendars. */
  readonly perDate: ReadonlyMap<string, number>;
}

export function computeStreak(stampDates: readonly string[], today: string): StreakStats {
  // One map lookup per stamp; validation and date arithmetic run once per distinct date.
  const perDate = new Map<string, number>();
  const future = new Set<string>();
  const days = new Set<number>();
  for (const date of stampDates) {
    const seen = perDate.get(date);
    if (seen !== undefined) {
      perDate.set(date, seen + 1);
    } else if (date > today) {
      if (isValidIsoDate(date)) future.add(date);
    } else if (isValidIsoDate(date)) {
      perDate.set(date, 1);
      days.add(dayNumber(date));
    }
  }

  let longest = 0;
  for (const day of days) {
    if (days.has(day - 1)) continue; // not the start of a run
    let run = 1;
    while (days.has(day + run)) run++;
    longest = Math.max(longest, run);
  }

  const activeToday = perDate.has(today);
  const todayNumber = dayNumber(today);
  let current = 0;
  for (let cursor = activeToday ? todayNumber : todayNumber - 1; days.has(cursor); cursor--) current++;

  const monday = weekStart(today);
  let doneThisWeek = 0;
  for (const [date, count] of perDate) if (date >= monday) doneThisWeek += count;

  return {
    current,
    longest,
    activeDays: perDate.size,
    doneToday: perDate.get(today) ?? 0,
    doneThisWeek,
    activeToday,
    futureDates: [...future].sort(),
    perDate,
  };
}

/**
 * The last `weeks` weeks as columns of seven days (Monday first), oldest first, each cell the number
 * of stamps that day, or null for days after today.
 */
export function activityWeeks(perDate: ReadonlyMap<string, number>, today: string, weeks: number): { start: string; days: (number | null)[] }[] {
  const firstMonday = addDays(weekStart(today), -7 * (weeks - 1));
  const columns: { start: string; days: (number | null)[] }[] = [];
  for (let w = 0; w < weeks; w++) {
    const start = addDays(firstMonday, 7 * w);
    const days: (number | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      days.push(date > today ? null : perDate.get(date) ?? 0);
    }
    columns.push({ start, days });
  }
  return columns;
}
