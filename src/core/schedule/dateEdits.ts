/**
 * The fewest text edits that make a plan's schedule give its days the dates a catch-up wants: a new `start:` or a
 * `📅` on the day where the dates change (see schedule.ts for how they are read back).
 */
import type { ParsedPlan } from '../model';
import { dayNumber, isoFromDayNumber } from '../calendar/calendarDays';
import { applyTextEdits, Lines, type TextEdit } from '../edits/textEdit';
import { textDateOrder } from '../grammar/fileDateOrder';
import { cellDateOf } from '../grammar/tableStatus';
import { scheduleDays } from './schedule';
import { frontMatterStartEdit, plannedDateEdit, plannedDateRemoval, plannedRowEdit } from './scheduleEdits';
import { tableCells } from '../grammar/lineSyntax';
import { onTable, tableOrder } from '../edits/tableRows';
import type { ScheduleStatus } from './scheduleStatus';

/** The date of the last dated day before `index`, or null. */
export function lastDateBefore(days: Float64Array, index: number): number | null {
  for (let i = index - 1; i >= 0; i--) if (!Number.isNaN(days[i])) return days[i];
  return null;
}

/**
 * The edits `compute` makes with table dates written in their table's order (`01/12/2026` in a day-first table: a
 * replan wrote `2026-12-01` between a learner's `30/11/2026` and `02/12/2026`), where every edited table still reads
 * in that order afterwards; else (its one `23/11/2026` moved to `01/12/2026`) with those dates written as ISO.
 */
function inTableOrder<T extends TextEdit[] | string>(text: string, compute: (inTableOrder: boolean) => T, others: readonly TextEdit[] = []): T {
  const edits = compute(true);
  return typeof edits === 'string' || tablesKeepOrder(text, [...others, ...(edits as TextEdit[])]) ? edits : compute(false);
}

/** Whether each table row `edits` change reads its table's slashed dates in the same order after them as before. */
function tablesKeepOrder(text: string, edits: readonly TextEdit[]): boolean {
  const before = new Lines(text);
  let after: Lines | null = null;
  for (const line of new Set(edits.map((edit) => edit.range.start.line))) {
    if (!onTable(before.at(line))) continue;
    const order = tableOrder(before, line);
    if (order === null) continue;
    after ??= new Lines(applyTextEdits(text, edits));
    if (tableOrder(after, line) !== order) return false;
  }
  return true;
}

/** The fewest edits that make the schedule give each day its target date. */
export function dateEdits(plan: ParsedPlan, text: string, status: ScheduleStatus, wanted: Map<number, number>): TextEdit[] | string {
  return inTableOrder(text, (ordered) => dateEditsWith(plan, text, status, wanted, ordered));
}

function dateEditsWith(plan: ParsedPlan, text: string, status: ScheduleStatus, wanted: Map<number, number>, ordered: boolean): TextEdit[] | string {
  const { schedule } = status;
  const old = scheduleDays(plan, schedule.start, schedule.rest);
  const lines = new Lines(text);
  const edits: TextEdit[] = [];
  let previous = lastDateBefore(old, status.currentIndex);
  let start = schedule.start;
  const first = [...wanted.keys()][0];
  // Nothing studied yet, and the start is the plan's own: move the start (one date in the front matter).
  if (previous === null && first !== undefined && schedule.startFrom === 'frontMatter' && plan.days[first].planned === null) {
    const date = isoFromDayNumber(wanted.get(first)!);
    const edit = date === start ? null : frontMatterStartEdit(lines, date);
    if (edit) {
      edits.push(edit);
      start = date;
    }
  }
  const order = [...wanted.entries()];
  // The date of the next open day after each entry (NaN: none): one pass back, not a search per day.
  const nextOpen = new Float64Array(order.length).fill(NaN);
  for (let k = order.length - 2; k >= 0; k--) {
    const [j, date] = order[k + 1];
    nextOpen[k] = plan.days[j].done ? nextOpen[k + 1] : date;
  }
  for (let k = 0; k < order.length; k++) {
    const [i, want] = order[k];
    const day = plan.days[i];
    const natural = previous !== null ? schedule.rest.nextStudyDay(previous) : start !== null ? schedule.rest.studyDayFrom(dayNumber(start)) : NaN;
    const planned = day.planned !== null ? dayNumber(day.planned) : null;
    previous = want;
    // A done day is never dated anew (targets keeps it where the schedule reads it).
    if (day.done) continue;
    // The first of two open days on one date carries the date too: the second's 📅 alone would read, in the
    // markdown, as the first being a day earlier (a learner could not tell which days share a date).
    const sharesNext = nextOpen[k] === want;
    if (planned !== null ? planned !== want : natural !== want || sharesNext) {
      // Back on the date the schedule gives it anyway: a pin a shift wrote goes (a shift undone restores the text).
      const removal = planned !== null && natural === want && !sharesNext && shiftsPin(plan, schedule, old, i) ? plannedDateRemoval(lines, day) : null;
      if (removal) {
        edits.push(removal);
        continue;
      }
      const edit = plannedDateEdit(lines, day, isoFromDayNumber(want), ordered);
      if (typeof edit === 'string') return edit;
      edits.push(edit);
    }
  }
  return edits;
}

/**
 * Whether day `i`'s `📅` reads as one a shift wrote, to be taken away when the day is back on its schedule's date:
 * it moved the day (it is not the date the day had without it), and most open days after it have none (a shift
 * writes one, on the first day it moves; the days after follow it). A plan dated day by day keeps each (a review's
 * lost its pins to a shift); a few days dated by the learner further on leave a shift's pin to go (a trial's stayed).
 */
function shiftsPin(plan: ParsedPlan, schedule: ScheduleStatus['schedule'], old: Float64Array, i: number): boolean {
  const before = lastDateBefore(old, i);
  const own = before !== null ? schedule.rest.nextStudyDay(before) : schedule.start !== null ? schedule.rest.studyDayFrom(dayNumber(schedule.start)) : NaN;
  if (plan.days[i].planned === null || dayNumber(plan.days[i].planned!) === own) return false;
  const later = plan.days.slice(i + 1).filter((day) => !day.done && !day.skipped);
  return later.filter((day) => day.planned !== null).length * 2 < later.length || later.length === 0;
}

/**
 * The edits, with a title's date that would read two ways alone (`(04/12/2026)`, written in the file's order of
 * slashed dates: see plannedDateEdit) written as ISO instead when the edited text no longer says that order (its one
 * `(13/12/2026)` moved to `(10/12/2026)`): every date then reads as it was meant.
 */
export function keepSlashedOrder(text: string, edits: TextEdit[]): TextEdit[] {
  const order = textDateOrder(text);
  if (order === null || textDateOrder(applyTextEdits(text, edits)) === order) return edits;
  return edits.map((edit) => {
    const iso = cellDateOf(edit.newText) === null ? cellDateOf(edit.newText, order) : null;
    return iso === null ? edit : { ...edit, newText: iso };
  });
}

/**
 * The dates of tracker rows (see trackerRows.ts) whose days carry a date of their own (a title's, a `📅`) and were
 * dated anew: written in the row too, where it said the day's old date (a review's row kept `30.11.2026` beside
 * `### Tag 2: Netz (02.12.2026)`, and then no longer tied to its day): the replan's `edits` with them, the text they
 * make and its plan (`parse`).
 */
export function withTrackerDates(plan: ParsedPlan, text: string, edits: TextEdit[], parse: (text: string) => ParsedPlan): { edits: TextEdit[]; after: string; replanned: ParsedPlan } {
  const after = applyTextEdits(text, edits);
  const replanned = parse(after);
  const rows = inTableOrder(text, (ordered) => trackerDateEdits(plan, replanned, text, edits, ordered), edits);
  if (rows.length === 0) return { edits, after, replanned };
  const all = [...edits, ...rows];
  const moved = applyTextEdits(text, all);
  return { edits: all, after: moved, replanned: parse(moved) };
}

function trackerDateEdits(plan: ParsedPlan, replanned: ParsedPlan, text: string, edits: readonly TextEdit[], ordered: boolean): TextEdit[] {
  const lines = new Lines(text);
  const touched = new Set(edits.map((edit) => edit.range.start.line));
  const found: TextEdit[] = [];
  plan.days.forEach((day, i) => {
    const mirror = day.mirror;
    const now = replanned.days[i]?.planned ?? null;
    if (!mirror || touched.has(mirror.line) || day.planned === null || now === null || now === day.planned) return;
    const column = mirror.cells.planned ?? mirror.cells.key ?? null;
    const cell = column === null ? undefined : tableCells(lines.at(mirror.line))[column];
    if (column === null || !cell || cellDateOf(lines.at(mirror.line).slice(cell.start, cell.end).trim(), tableOrder(lines, mirror.line)) !== day.planned) return;
    const edit = plannedRowEdit(lines, { ...day, line: mirror.line, cells: { ...mirror.cells, planned: column } }, now, ordered);
    if (typeof edit !== 'string') found.push(edit);
  });
  return found;
}
