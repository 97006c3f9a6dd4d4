/**
 * A skip of days ahead (planned today or later) moves the open days after them up into the dates they leave:
 * each open day after the first day skipped takes the date of the open day as many places before it as days were
 * skipped before it, up to the next day with a `📅` of its own, which stays (so does every day after it). Read
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
 * The date edits that move the open days after the skipped ones up (`skipped`: the indices this skip marks, each
 * planned today or later; `skipMarks`: its edits, which change no line count), on the lines the skip leaves alone.
 * Null when nothing needs a date; a message when a day cannot carry one.
 */
export function moveUpAfterSkip(plan: ParsedPlan, text: string, skipMarks: readonly TextEdit[], status: ScheduleStatus, skipped: ReadonlySet<number>, context: CatchUpContext): TextEdit[] | null | string {
  const { schedule } = status;
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  const first = Math.min(...skipped);
  if (!Number.isFinite(first) || [...skipped].some((i) => Number.isNaN(old[i]) || old[i] < dayNumber(context.today))) return null;
  const markedText = applyTextEdits(text, skipMarks);
  const marked = buildPlan(inMemoryDocument(plan.uri, markedText, plan.version + 1));
  const markedStatus = scheduleStatus(marked, context);
  if (!markedStatus) return null;
  // Up to the next day that stays with a date of its own: that date, and those after it, stay where they are
  // (a date its author wrote may be an exam's; a replan's own 📅 reads the same).
  const pinned = (i: number): boolean => !skipped.has(i) && !plan.days[i].done && !plan.days[i].skipped && plan.days[i].planned !== null && isValidIsoDate(plan.days[i].planned!);
  let stop = first + 1;
  while (stop < plan.days.length && !pinned(stop)) stop++;
  // The open days from the first skipped one on, as the old schedule dates them: the places the rest moves into.
  const places: number[] = [];
  for (let i = first; i < stop; i++) if (!plan.days[i].done && !plan.days[i].skipped && !Number.isNaN(old[i])) places.push(old[i]);
  const markedDays = scheduleDays(marked, markedStatus.schedule.start, markedStatus.schedule.rest);
  const wanted = new Map<number, number>();
  let place = 0;
  let previous = NaN;
  for (let i = markedStatus.currentIndex; i < marked.days.length; i++) {
    if (Number.isNaN(markedDays[i])) continue; // skipped (or undated): no place
    const day = marked.days[i];
    let date: number;
    if (i < first || i >= stop) date = old[i];
    else if (!day.done) date = places[place++];
    // A day done early keeps the place the schedule reads for it, in the chain of the new dates (as a shift keeps it).
    else date = Number.isNaN(previous) || (day.planned !== null && isValidIsoDate(day.planned)) ? markedDays[i] : markedStatus.schedule.rest.nextStudyDay(previous);
    wanted.set(i, date);
    previous = date;
  }
  const edits = dateEdits(marked, markedText, markedStatus, wanted);
  return typeof edits === 'string' || edits.length > 0 ? edits : null;
}
