import type { ParsedPlan, PlanNode } from '../model';
import { addDays, dayNumber, isValidIsoDate, weekStart } from './calendarDays';

/** Every done stamp in the plans: task stamps and day-heading stamps (a day done by its tasks adds none). */
export function collectStampDates(plans: readonly ParsedPlan[]): string[] {
  const dates: string[] = [];
  const visit = (node: PlanNode): void => {
    if (node.stampDate) dates.push(node.stampDate);
    for (const task of node.tasks) if (task.doneDate) dates.push(task.doneDate);
    node.children.forEach(visit);
  };
  plans.forEach((plan) => visit(plan.root));
  return dates;
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
  const perDate = new Map<string, number>();
  const future = new Set<string>();
  for (const date of stampDates) {
    if (!isValidIsoDate(date)) continue;
    if (date > today) future.add(date);
    else perDate.set(date, (perDate.get(date) ?? 0) + 1);
  }

  const days = [...perDate.keys()].map(dayNumber).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }

  const activeToday = perDate.has(today);
  let current = 0;
  for (let cursor = activeToday ? today : addDays(today, -1); perDate.has(cursor); cursor = addDays(cursor, -1)) current++;

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
