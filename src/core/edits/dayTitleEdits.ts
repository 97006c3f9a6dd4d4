/**
 * The edits on a day's own mark: the stamp at the end of its title (an ATX heading before its closing #s, a
 * setext heading's last line, a paragraph day's first line) or its table row's status cell. Tasks are not here:
 * completionEdits.ts decides which of them a day's done or undone checks, and calls these for the title.
 */
import * as l10n from '@vscode/l10n';
import type { PlanNode } from '../model';
import { trimEndOf } from '../grammar/lineSyntax';
import { parseBlocks } from '../parse/markdown';
import { lastWrittenStamp, readStamp, stampText, trailingStampsStart } from '../stamps';
import { markRow, rowIsDone } from './tableEdits';
import { columnDate, doneForm, openDate, openStatus, tableOrder } from './tableRows';
import { alignedRowEdits } from './tableAlignment';
import { addStamp, applyLineEdits, removeLeadingStamp, removeStamp, removeStampBeforeRemarks } from './lineEdits';
import { Lines, onLine, type TextEdit } from './textEdit';
import { dayName as dayLabel } from '../nodeLabels';
import { dayMark, isBoxlessItem } from '../dayMark';

/** Whether a day is marked complete on its own (not by its tasks): its title's `✅`, its heading task's box, its row's status. */
export function ownMark(lines: Lines, day: PlanNode): boolean {
  if (day.cells) return rowIsDone(lines.at(day.line), day.cells, tableOrder(lines, day.line));
  const task = dayMark(day);
  return task ? task.checked : readStamp(titleLines(lines, day)).marked;
}

/** The lines of a day's title: one for an ATX heading, several for a setext heading whose text wraps. */
function titleLines(lines: Lines, day: PlanNode): string {
  let title = lines.at(day.line);
  for (let line = day.line + 1; line <= day.titleEndLine; line++) title += '\n' + lines.at(line);
  return title;
}

/**
 * Where a paragraph day's stamp goes on its first line: at the end of the line's content, but before
 * a trailing `\` when the paragraph goes on (a hard break would become a literal backslash). It goes on when the day
 * has more lines, or when markdown reads the next line into the same paragraph (a log a day a line, `**Day 6:** x\`
 * over `**Day 7:** y`: paragraphDayLines.ts); a thematic break, a list, a quote, HTML or a table after it ends it.
 */
export function paragraphTitleEnd(lines: Lines, day: PlanNode): number {
  // On its title's last line: a paragraph day's first, a list item day's last before a hard break (a wrapped title).
  const at = day.titleEndLine;
  const line = lines.at(at);
  const end = trimEndOf(line, line.length);
  if (line[end - 1] !== '\\') return end;
  const next = at + 1 < lines.count ? lines.at(at + 1) : '';
  const continues = day.bodyLine - 1 > at || (next.trim() !== '' && continuesParagraph(line, next));
  return continues ? trimEndOf(line, end - 1) : end;
}

/** Whether markdown reads `next` as a line of the paragraph `line` starts (asked of its block parse). */
function continuesParagraph(line: string, next: string): boolean {
  // The first paragraph: the line's own, or a list item day's (`- Day 2: Loops\`).
  const open = parseBlocks(`${line}\n${next}\n`).tokens.find((token) => token.type === 'paragraph_open');
  return open !== undefined && open.map !== null && open.map[1] === 2;
}

/**
 * Where a paragraph day's title ends as its marks are read and taken off: before one trailing `\` where a stamp or a
 * mark stands before it, whether it is a hard break or (once the paragraph ended after it) a literal backslash: a
 * stamp written before a hard break stays readable, and removable, when the line after it changes (a review's).
 */
export function paragraphMarksEnd(lines: Lines, day: PlanNode): number {
  const line = lines.at(day.titleEndLine);
  const end = trimEndOf(line, line.length);
  return line[end - 1] === '\\' ? trimEndOf(line, end - 1) : end;
}

/** The edits that put a stamp on a day's title (or its table row's status), or a string saying why they cannot. */
export function stampTitle(lines: Lines, day: PlanNode, date: string | null, checkTasks: boolean): TextEdit[] | string {
  const first = lines.at(day.line);
  // Only a table row has cells.
  if (day.cells) {
    const order = tableOrder(lines, day.line);
    const form = doneForm(lines, day.line, day.cells, order);
    // A tracker keyed by date whose done rows hold a bare `✅` (each done on its row's date): the row done on its own
    // date is marked so too (a trial's `| 2026-11-28 | Indexes | ✅ 2026-11-28 |` said the date twice, unlike the others).
    const bare = form?.like === null && day.number === null && day.date !== null && day.date === date && day.cells.date === null;
    const edits = markRow(first, day.cells, true, bare ? null : date, { doneForm: form, dateLike: columnDate(lines, day.line, day.cells.date, order), order });
    return edits ? alignedRowEdits(lines, day.line, edits).map((edit) => onLine(day.line, edit)) : rowLostTitle(day);
  }
  if (day.form === 'paragraph' || isBoxlessItem(day)) {
    const last = lines.at(day.titleEndLine);
    const end = paragraphTitleEnd(lines, day);
    return readStamp(last.slice(0, end)).marked ? [] : [onLine(day.titleEndLine, { start: end, end, newText: stampText(date) })];
  }
  if (readStamp(titleLines(lines, day)).marked) return [];
  // A heading that is a task (`### [ ] Day 3`) is stamped by checking it; an item day always is (its box is the
  // day's mark), and one checked already is complete (a stamp now would date it today).
  const task = dayMark(day);
  const item = day.form === 'item';
  if ((checkTasks || item) && task && !task.checked && task.status !== 'cancelled') return [];
  if (item && task?.checked) return [];
  // Read as a heading: an ATX line keeps its closing #s after the stamp; a setext line has none to keep.
  return addStamp(lines.at(day.titleEndLine), date, !item, true).map((edit) => onLine(day.titleEndLine, edit));
}

/** Why a table row's day cannot be marked: its row lost the cell its title was read from (edited since the parse). */
function rowLostTitle(day: PlanNode): string {
  return l10n.t('the row of {0} has no title cell', dayLabel(day));
}

/** The edits that take the stamp off a day's title (or its row's status), or a string saying why they cannot. */
export function unstampTitle(lines: Lines, day: PlanNode): TextEdit[] | string {
  const first = lines.at(day.line);
  if (day.cells) {
    const order = tableOrder(lines, day.line);
    const marked = markRow(first, day.cells, false, null, { openMark: openStatus(lines, day.line, day.cells), openDate: openDate(lines, day.line, day.cells), order });
    if (!marked) return rowLostTitle(day);
    const edits = alignedRowEdits(lines, day.line, marked);
    // A ✅ a hand put inside the title cell (`✅ Joins`, `Where ✅ [lab](x.ipynb)`) is the learner's text: refused, as in a heading.
    if (rowIsDone(applyLineEdits(first, edits), day.cells, order)) return l10n.t('the \u2705 in the row of {0} is not at the end of its title; remove it by hand', dayLabel(day));
    return edits.map((edit) => onLine(day.line, edit));
  }
  if (day.form === 'paragraph' || isBoxlessItem(day)) {
    const last = lines.at(day.titleEndLine);
    const end = paragraphMarksEnd(lines, day);
    const ours = trailingStampsStart(last, end);
    const start = ours < end ? ours : lastWrittenStamp(last, end);
    if (start >= 0) return [onLine(day.titleEndLine, { start, end, newText: '' })];
    return readStamp(last).marked ? l10n.t('the \u2705 in the heading of {0} is not at its end; remove it by hand', dayLabel(day)) : [];
  }
  // Unchecking a heading that is a task takes its last stamp off (the task's edit); stamps before it go here, or
  // the title still reads done (from a review: `### [x] Day 3 ✅ 2026-11-21 ✅ 2026-11-22`).
  if (dayMark(day)?.checked) {
    const line = lines.at(day.titleEndLine);
    const [all] = removeStamp(line, true, true);
    const [last] = removeStamp(line, true);
    return all && last && all.start < last.start ? [onLine(day.titleEndLine, { start: all.start, end: last.start, newText: '' })] : [];
  }
  // Every stamp at the end: a title stamped twice (a merge's `✅ 2026-11-21 ✅ 2026-11-22`) read done after one came off.
  const edits = removeStamp(lines.at(day.titleEndLine), day.form !== 'item', true).map((edit) => onLine(day.titleEndLine, edit));
  // `### ✅ Day 2`: marked by hand at the start (done read it, and undone refused it).
  const leading = edits.length === 0 && day.form === 'heading' ? removeLeadingStamp(lines.at(day.line)) : null;
  if (leading) return [onLine(day.line, leading)];
  // `### Day 5 - Sets ✅ (late)`: before a remark or a link (the whole day was refused, its tasks left checked).
  const last = lines.at(day.titleEndLine);
  const remarked = edits.length === 0 && day.form === 'heading' ? removeStampBeforeRemarks(last) : null;
  // Only when the title then reads open (another ✅ in it is the learner's, refused below).
  const before = day.titleEndLine > day.line ? titleLines(lines, day).slice(0, -last.length) : '';
  if (remarked && !readStamp(before + applyLineEdits(last, [remarked])).marked) return [onLine(day.titleEndLine, remarked)];
  if (edits.length === 0 && readStamp(titleLines(lines, day)).marked) {
    return l10n.t('the \u2705 in the heading of {0} is not at its end; remove it by hand', dayLabel(day));
  }
  return edits;
}

/**
 * A heading day's row in a tracker table (see trackerRows.ts), as a row day of its own: what the row edits above read
 * (its line, its cells; no date of its own, so a done date is always written). Null when the day has none.
 */
function trackerRowOf(day: PlanNode): PlanNode | null {
  const mirror = day.mirror;
  if (!mirror) return null;
  return { ...day, form: 'tableRow', line: mirror.line, titleEndLine: mirror.line, bodyLine: mirror.line + 1, cells: mirror.cells, date: null, tasks: [], children: [] };
}

/** Whether the day's tracker row reads done (false when it has none). */
export function trackerRowDone(lines: Lines, day: PlanNode): boolean {
  const row = trackerRowOf(day);
  return row !== null && ownMark(lines, row);
}

/** The edits that mark the day's tracker row done on `date` (none when it has none, or it reads done already). */
export function markTrackerRow(lines: Lines, day: PlanNode, date: string | null): TextEdit[] | string {
  const row = trackerRowOf(day);
  return row === null || ownMark(lines, row) ? [] : stampTitle(lines, row, date, false);
}

/** The edits that take the done status out of the day's tracker row (none when it has none, or it is open). */
export function unmarkTrackerRow(lines: Lines, day: PlanNode): TextEdit[] | string {
  const row = trackerRowOf(day);
  return row === null || !ownMark(lines, row) ? [] : unstampTitle(lines, row);
}

/** What Mark Day Complete says when it has nothing to write. */
export function alreadyComplete(day: PlanNode, lines: Lines): string {
  const own = ownMark(lines, day);
  // Done by its row in a tracker table (ticked by hand), its heading unstamped.
  if (!own && trackerRowDone(lines, day)) return l10n.t('{0} is already complete: its row in the tracker table (line {1}) says so', dayLabel(day), day.mirror!.line + 1);
  // Done by its tasks, with no mark of its own: said so (a trial read "already complete" of a heading with no ✅).
  if (!own) return day.doneDate ? l10n.t('{0} is already complete: all its tasks are checked (the last on {1})', dayLabel(day), day.doneDate) : l10n.t('{0} is already complete: all its tasks are checked', dayLabel(day));
  return day.doneDate ? l10n.t('{0} is already complete ({1})', dayLabel(day), day.doneDate) : l10n.t('{0} is already complete', dayLabel(day));
}
