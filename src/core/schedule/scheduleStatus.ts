/**
 * Where a scheduled plan stands today: its current day and that day's date, how far behind (or ahead) it is,
 * the days missed, the shift that makes the current day today's. What every catch-up starts from.
 */
import type { ParsedPlan, PlanNode } from '../model';
import { dayNumber } from '../calendar/calendarDays';
import { currentDayOf } from './currentDay';
import { scheduleFor, type Schedule, type ScheduleOptions } from './schedule';

export interface CatchUpContext {
  readonly today: string;
  readonly options: ScheduleOptions;
  /** How refusals name the plan (the CLI: its file); its title by default. */
  readonly name?: string;
}

/** Where a scheduled plan stands today. */
export interface ScheduleStatus {
  readonly schedule: Schedule;
  readonly current: PlanNode;
  readonly currentIndex: number;
  /** Days planned before today, less the days before the current one; negative: ahead, by days planned after today (Schedule.behind). */
  readonly behind: number;
  /** Open days from the current one on that were planned before today: what "spread" fits in (a day done early is not missed). */
  readonly missed: number;
  /** The current day's date. */
  readonly currentDate: string;
  /** Study days from the current day's date to today: the shift that makes the current day today's. */
  readonly shiftToToday: number;
  readonly end: string;
}

/** Where a plan stands, or null when it has no schedule, no open day, or the current day has no date. */
export function scheduleStatus(plan: ParsedPlan, context: CatchUpContext): ScheduleStatus | null {
  const schedule = scheduleFor(plan, context.options);
  const current = currentDayOf(plan, context.today);
  if (!schedule || !current || schedule.end === null) return null;
  const currentIndex = plan.days.indexOf(current);
  const currentDate = schedule.dateOf(currentIndex);
  if (currentDate === null) return null;
  const today = dayNumber(context.today);
  const missed = plan.days.filter((day, i) => i >= currentIndex && !day.skipped && !day.done && (schedule.dateOf(i) ?? '9999') < context.today).length;
  const from = dayNumber(currentDate);
  const shiftToToday = from < today ? schedule.rest.studyDaysBetween(from, today - 1) : 0;
  return { schedule, current, currentIndex, behind: schedule.behind(current, context.today), missed, currentDate, shiftToToday, end: schedule.end };
}
