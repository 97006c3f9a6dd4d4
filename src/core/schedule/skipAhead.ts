/**
 * A skip of days ahead (planned today or later) moves the open days after them up into the dates they leave:
 * each open day after the first day skipped takes the date of the open day as many places before it as days were
 * skipped before it, up to the next day with a `📅` of its own, which stays (as do the days after it, unless a
 * day after it is skipped too: a run of its own). Read
 * back, a skipped day holds no place: without this, the days after a skipped day that carried a `📅` fell back
 * behind it (a learner was "1 day behind" after skipping today's and tomorrow's days, which a spread had dated).
 */
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { applyTextEdits, type TextEdit } from '../edits/textEdit';
import type { ParsedPlan } from '../model';
import { dayNumber, isValidIsoDate } from '../calendar/calendarDays';
import { scheduleDays } from './schedule';
import { scheduleStatus, type CatchUpContext, type ScheduleStatus } from './scheduleStatus';
import { dateEdits } from './dateEdits';

/**
 * The date edits that move the open days after the skipped ones up (`skipped`: the indices this skip marks, those
 * planned today or later moving the days after them; `skipMarks`: its edits and the pin after the missed ones, which
 * change no line count), on the lines the skip leaves alone.
 * Null when nothing needs a date; a message when a day cannot carry one.
 */
export function moveUpAfterSkip(plan: ParsedPlan, text: string, skipMarks: readonly TextEdit[], status: ScheduleStatus, skipped: ReadonlySet<number>, context: CatchUpContext): TextEdit[] | null | string {
  const { schedule } = status;
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  // Missed days skipped hold no place (keepDatesAfterMissed pinned the days after them): the days ahead skipped move
  // the days after them up.
  const ahead = new Set([...skipped].filter((i) => !Number.isNaN(old[i]) && old[i] >= dayNumber(context.today)));
  const first = Math.min(...ahead);
  if (!Number.isFinite(first)) return null;
  const markedText = applyTextEdits(text, skipMarks);
  const marked = buildPlan(inMemoryDocument(plan.uri, markedText, plan.version + 1));
  const markedStatus = scheduleStatus(marked, context);
  if (!markedStatus) return null;
  // A day that stays with a date of its own keeps it, and starts a new run (a date its author wrote may be an
  // exam's; a replan's own 📅 reads the same); within a run, the open days take the places of the run in order:
  // the places of the days skipped and of the days done early too (a day done early holds no date of the new ones).
  const pinned = (i: number): boolean => !skipped.has(i) && !plan.days[i].done && plan.days[i].planned !== null && isValidIsoDate(plan.days[i].planned!);
  const markedDays = scheduleDays(marked, markedStatus.schedule.start, markedStatus.schedule.rest);
  const wanted = new Map<number, number>();
  const places: number[] = [];
  let next = 0;
  let previous = NaN;
  // From the first day skipped (a day skipped today may be before the current day as the skip leaves it: its place
  // counts), though dates are wanted from the current day on.
  for (let i = Math.min(first, markedStatus.currentIndex); i < plan.days.length; i++) {
    const day = plan.days[i];
    if (Number.isNaN(old[i]) || day.skipped) continue; // no place in the schedule, before this skip either
    if (skipped.has(i) && !ahead.has(i)) continue; // a missed day skipped: no place either
    let date: number;
    if (i < first) date = old[i];
    else if (pinned(i)) {
      places.length = 0;
      next = 0;
      date = old[i];
    } else {
      places.push(old[i]);
      if (skipped.has(i)) continue;
      // A day done early keeps the place the schedule reads for it, after the day before (as a shift keeps it).
      date = !day.done ? places[next++]
        : Number.isNaN(previous) || (day.planned !== null && isValidIsoDate(day.planned)) ? markedDays[i] : markedStatus.schedule.rest.nextStudyDay(previous);
    }
    if (i < markedStatus.currentIndex) date = markedDays[i];
    else wanted.set(i, date);
    previous = date;
  }
  const edits = dateEdits(marked, markedText, markedStatus, wanted);
  return typeof edits === 'string' || edits.length > 0 ? edits : null;
}
