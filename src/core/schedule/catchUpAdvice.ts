/**
 * The catch-up `status` suggests to a plan behind schedule, with where each would end it: the shift that makes
 * the current day today's, and a spread where one helps. Each is worked out by `catchUp` itself, so what is
 * suggested is what the command would do (a spread was suggested for a table plan, and refused there).
 */
import type { ParsedPlan } from '../model';
import { catchUp, scheduleStatus, type CatchUpContext, type ScheduleStatus } from './replan';
import { doneTodayInWindow, spreadDoublesNeeded, spreadWindow } from './spreadDays';
import { dayNumber } from '../calendar/calendarDays';

export interface CatchUpAdvice {
  /** Study days to shift by, and the plan's end after it; null when the shift is refused (the reason is replan's to say). */
  readonly shift: { readonly days: number; readonly end: string | null } | null;
  /**
   * Study days to spread the missed days over, the end after it, and how many of those days take two (a trial saw
   * `--spread 3` suggested where 2 ended as early, and could not tell why: 3 spaces the doubled days out); null when no
   * spread helps.
   */
  readonly spread: { readonly over: number; readonly end: string | null; readonly doubles: number } | null;
}

/**
 * The spread to suggest: the missed days doubled up over a week's study days (more, when more days were missed),
 * no more than the study dates from today to the plan's end (a spread over more fills them, and ends later); none when fewer days are planned from today on than were missed (every date would take
 * two, and the plan's end still moves: a shift is the way).
 */
export function suggestedSpread(plan: ParsedPlan, status: ScheduleStatus, today: string): number | null {
  // The study dates from today to the plan's end: a window past it is filled, and the end moves (a review saw
  // `--spread 7` suggested where 4 kept the end; two days shared a date, so days ahead outnumbered dates).
  const ahead = status.schedule.rest.studyDaysBetween(dayNumber(today), dayNumber(status.end));
  // A day done today holds today's second place: the missed days need a day more.
  const least = status.missed + (doneTodayInWindow(plan, status.schedule, today) > 0 ? 1 : 0);
  // Fewer dates from today to the end than days missed: every date of any window would take two (a review), a shift is the way.
  if (status.missed === 0 || ahead < least) return null;
  return Math.max(least, Math.min(7, ahead));
}

/** What to suggest to a plan behind schedule (`text` is the plan's text); null when it is not behind. */
export function catchUpAdvice(text: string, plan: ParsedPlan, context: CatchUpContext): CatchUpAdvice | null {
  const status = scheduleStatus(plan, context);
  if (!status || status.behind <= 0) return null;
  // The shift that makes the current day today's: more than the days behind once the plan's end has passed.
  const days = status.shiftToToday || status.behind;
  const shifted = catchUp(text, plan, { kind: 'shift', days }, context);
  const over = suggestedSpread(plan, status, context.today);
  const spread = over === null ? null : catchUp(text, plan, { kind: 'spread', over }, context);
  return {
    shift: shifted.ok ? { days, end: shifted.endAfter } : null,
    spread: over !== null && spread?.ok ? { over, end: spread.endAfter, doubles: spreadDoublesNeeded(plan, status, spreadWindow(status.schedule, context.today, over), context.today) } : null,
  };
}
