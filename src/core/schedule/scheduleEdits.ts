/**
 * The edits a replan writes, each as small as it can be: the ten characters of a date in `start:` (the
 * YAML keeps its quotes, comments and layout), a `📅` date at the end of a day's heading (before its ✅
 * stamps, so Mark Day Incomplete still finds them at the end), or a `⏭` mark. Where the marks go is read
 * with the same grammar that parses them (grammar/dayMarks.ts).
 */
import * as l10n from '@vscode/l10n';
import { contentEnd, findTaskBox, tomlPairs } from '../grammar/lineSyntax';
import { plannedText, readTitleMarks, skipText } from '../grammar/dayMarks';
import { dueDateAt } from '../grammar/taskFields';
import { dayMark, isBoxlessItem } from '../dayMark';
import { isValidIsoDate } from '../calendar/calendarDays';
import type { PlanNode, TableCells } from '../model';
import { trailingStampsStart } from '../stamps';
import { onLine, type Lines, type TextEdit } from '../edits/textEdit';
import { blockLinkStart } from '../edits/lineEdits';
import { paragraphMarksEnd, paragraphTitleEnd } from '../edits/dayTitleEdits';
import { plannedInRow, skipInRow } from '../edits/tableEdits';
import { columnDate, tableOrder } from '../edits/tableRows';
import { alignedRowEdits } from '../edits/tableAlignment';
import { dayName as dayLabel } from '../nodeLabels';
import { titleEndingDate } from '../parse/classifyHeading';
import { dateLike, namedDateLike } from '../edits/cellDates';
import { textDateOrder } from '../grammar/fileDateOrder';
import type { DateOrder } from '../grammar/dates';

/** A replan that would date a day past 9999 (a spread as of 9999-12-31 wrote `📅 -000002-12`: a hostile trial's). */
export const BEYOND_9999 = (): string => l10n.t('the new dates would pass the end of year 9999');

/** Why a day cannot carry a mark: only headings can (and a table's row its skip, and its planned date in a Date column). */
function notAHeading(day: PlanNode): string {
  // A Date column of done dates alone is where done days are dated: a planned date there would read as a done one.
  if (day.form === 'tableRow' && (day.cells?.date ?? null) !== null) return l10n.t('{0} is a row of a table whose Date column holds the dates days were done, not planned ones (a table takes planned dates in a Date column that holds them on open rows); shift the plan by its start date instead', dayLabel(day));
  if (day.form === 'tableRow') return l10n.t('{0} is a row of a table with no Date column to plan it by (a table takes planned dates in a Date column beside its days); shift the plan by its start date instead', dayLabel(day));
  return l10n.t('{0} is not written as a heading, so it cannot carry a planned date; give it a heading (### {1}) or replan by its start date', dayLabel(day), day.title);
}

const fileOrders = new WeakMap<Lines, DateOrder | null>();

/** How the text writes slashed dates (textDateOrder), read once for all the days a replan dates. */
function fileOrder(lines: Lines): DateOrder | null {
  let order = fileOrders.get(lines);
  if (order === undefined) {
    order = textDateOrder(lines.text);
    fileOrders.set(lines, order);
  }
  return order;
}

/** The title line of a heading day, with where its content ends and where its marks (and stamps) start. */
function titleEnd(lines: Lines, day: PlanNode): { line: number; text: string; marks: ReturnType<typeof readTitleMarks>; insertAt: number } {
  const line = day.titleEndLine;
  const text = lines.at(line);
  // A list item day's marks stand before a hard break's `\\`, as its ✅ does (a review's `📅` went after it).
  const end = isBoxlessItem(day) ? paragraphMarksEnd(lines, day) : contentEnd(text, line === day.line);
  const marks = readTitleMarks(text, end);
  // Written where a ✅ would go: before a hard break, after a literal backslash that ends the item (a review's).
  const at = isBoxlessItem(day) ? paragraphTitleEnd(lines, day) : end;
  const insertAt = marks.planned !== null || marks.skipped ? marks.marksStart : trailingStampsStart(text, at);
  return { line, text, marks, insertAt };
}

/**
 * Sets the day's planned date: replaces the date of its `📅`, or of its title's end, or of its row's Date cell (a row
 * of a table, or of a tracker beside the headings), else adds ` 📅 date` after its title. A date ending its title is
 * found, and written, in the file's order of slashed dates (`(02/12/2026)` beside `(13/12/2026)` is the 2nd of
 * December, as the parse read it: a trial's replan left it and added a `📅`); written so, it may read two ways alone
 * (the replan checks the file still says its order: see keepSlashedOrder).
 */
export function plannedDateEdit(lines: Lines, day: PlanNode, date: string, inTableOrder = false): TextEdit | string {
  // A row of a table whose Date column is the learner's schedule: its date cell (it could not be replanned at all).
  if (day.form === 'tableRow' && day.cells && (day.cells.planned ?? null) !== null) return plannedRowEdit(lines, { ...day, cells: day.cells }, date, inTableOrder);
  if (day.form !== 'heading' && day.form !== 'item') return notAHeading(day);
  if (!isValidIsoDate(date)) return BEYOND_9999();
  const { line, text, marks, insertAt } = titleEnd(lines, day);
  // A day written as a task (`### [ ] Day 3`, `- [ ] Day 3`) is planned by its due date, wherever among its fields.
  const own = dayMark(day);
  const due = own?.due ? dueDateAt(text, contentEnd(text, line === day.line)) : -1;
  if (due >= 0) return onLine(line, { start: due, end: due + 10, newText: date });
  if (marks.plannedAt >= 0) return onLine(line, { start: marks.plannedAt, end: marks.plannedAt + 10, newText: date });
  // A date that ends the title (`### Tag 3 – Joins (07.01.2026)`) is dated anew where it stands, in its own form.
  const order = day.planned !== null && line === day.line ? fileOrder(lines) : null;
  const titled = day.planned !== null && line === day.line ? titleEndingDate(text.slice(0, insertAt), 0, order) : null;
  if (titled !== null && titled.date === day.planned) {
    const written = text.slice(titled.start, titled.end);
    return onLine(line, { start: titled.start, end: titled.end, newText: namedDateLike(written, date) ?? dateLike(written, date, order, order) });
  }
  // Planned by its row in a tracker table (`| 02.12.2026 | Daten filtern | ❌ |`, see trackerRows.ts): dated anew there.
  const mirror = day.form === 'heading' && day.planned !== null ? day.mirror : null;
  const column = mirror ? (mirror.cells.planned ?? mirror.cells.key ?? null) : null;
  if (mirror && column !== null) return plannedRowEdit(lines, { ...day, line: mirror.line, cells: { ...mirror.cells, planned: column } }, date, inTableOrder);
  return onLine(line, { start: insertAt, end: insertAt, newText: plannedText(date) });
}

/**
 * A table row's planned date written anew in its Date cell, in the table's form (`day.line`, `day.cells`: the row's).
 * `inTableOrder`: a date that reads two ways alone (`01/12/2026`) is written in the table's order too, where the caller
 * checks the edited table still says that order (see tablesKeepOrder); else it is written as ISO.
 */
export function plannedRowEdit(lines: Lines, day: PlanNode & { readonly cells: TableCells }, date: string, inTableOrder = false): TextEdit | string {
  const order = tableOrder(lines, day.line);
  // What the new dates do to the other rows' reading is checked on the whole replan (see doneReadings.ts).
  const edit = plannedInRow(lines.at(day.line), day.cells, date, columnDate(lines, day.line, day.cells.planned ?? null, order), order, inTableOrder ? order : null);
  return typeof edit === 'string' ? l10n.t('{0}: {1}', dayLabel(day), edit) : onLine(day.line, alignedRowEdits(lines, day.line, [edit])[0] ?? edit);
}

/**
 * Takes a heading's or item's ` 📅 date` away, where it is written as a replan writes it: a shift back to where the
 * schedule dates the day anyway leaves no pin (a shift of 2 and of -2 left a `📅` a learner never wrote). Null
 * where the date is written otherwise (a task's due date, a table's cell, other spacing): that one is edited.
 */
export function plannedDateRemoval(lines: Lines, day: PlanNode): TextEdit | null {
  if (day.form !== 'heading' && day.form !== 'item') return null;
  const { line, text, marks } = titleEnd(lines, day);
  if (marks.plannedAt < 0 || marks.planned === null) return null;
  const written = plannedText(marks.planned);
  const start = marks.plannedAt + 10 - written.length;
  if (start < 0 || text.slice(start, marks.plannedAt + 10) !== written) return null;
  return onLine(line, { start, end: marks.plannedAt + 10, newText: '' });
}

/**
 * Marks a day skipped: ` ⏭ date` after its title, or a day written as a task (`### [ ] Day 3`, `- [ ] Day 3`)
 * cancelled as Obsidian Tasks cancels one: `[-]` and ` ❌ date` (a learner's `[-]` alone said nothing of when).
 */
export function skipDayEdit(lines: Lines, day: PlanNode, date: string | null): TextEdit[] | string {
  // A row of a day table: `⏭ date` in its status cell (or its title cell, in a table without one).
  if (day.form === 'tableRow' && day.cells) {
    const edit = skipInRow(lines.at(day.line), day.cells, date);
    return edit ? alignedRowEdits(lines, day.line, [edit]).map((e) => onLine(day.line, e)) : l10n.t('the row of {0} has no title cell', dayLabel(day));
  }
  // A paragraph day (`Day 5/100: x`, `**Day 5:** x`): at the end of its line, where its ✅ goes (a trial's log took a ✅
  // there but no skip).
  if (day.form === 'paragraph' || isBoxlessItem(day)) {
    const at = trailingStampsStart(lines.at(day.titleEndLine), paragraphTitleEnd(lines, day));
    return [onLine(day.titleEndLine, { start: at, end: at, newText: skipText(date) })];
  }
  if (day.form !== 'heading' && day.form !== 'item') return notAHeading(day);
  const headingTask = dayMark(day);
  const { line, text, insertAt } = titleEnd(lines, day);
  if (headingTask) {
    const box = findTaskBox(lines.at(day.line));
    if (!box) return l10n.t('line {0} no longer holds the task "{1}"', day.line + 1, headingTask.text);
    const cancel = onLine(day.line, { start: box.index, end: box.index + 1, newText: '-' });
    // Before an item's block link, as its ✅ goes (`JOINs ❌ 2026-11-27 ^d2`: after it, the link no longer links).
    const at = box.heading ? insertAt : blockLinkStart(text, insertAt);
    return [...(date === null || headingTask.cancelledDate !== null ? [cancel] : [cancel, onLine(line, { start: at, end: at, newText: ` \u274C ${date}` })]), ...trackerSkip(lines, day, date)];
  }
  return [onLine(line, { start: insertAt, end: insertAt, newText: skipText(date) }), ...trackerSkip(lines, day, date)];
}

/** Its row in a tracker table beside the headings, skipped with it (a trial's row stayed ⬜ beside the heading's ⏭). */
function trackerSkip(lines: Lines, day: PlanNode, date: string | null): TextEdit[] {
  const mirror = day.mirror;
  const row = mirror && !day.skipped ? skipInRow(lines.at(mirror.line), mirror.cells, date) : null;
  return mirror && row ? alignedRowEdits(lines, mirror.line, [row]).map((edit) => onLine(mirror.line, edit)) : [];
}

const START_LINE = /^(start[ \t]*:[ \t]*)(["']?)(\d{4}-\d{2}-\d{2})\2[ \t]*(?:#.*)?$/;
const FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/** TOML's (`+++`): `start = 2026-11-20`, a date or a string. */
const TOML_START_LINE = /^([ \t]*start[ \t]*=[ \t]*)(["']?)(\d{4}-\d{2}-\d{2})\2[ \t]*(?:#.*)?$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;

/** The edit of the date in the front matter's `start:` (TOML: `start =`) line, or null when there is no such line to edit. */
export function frontMatterStartEdit(lines: Lines, date: string): TextEdit | null {
  // No date past 9999 (`+010000-01-04`): the day headings' 📅 refuse it in words (see plannedDateEdit).
  if (!isValidIsoDate(date)) return null;
  if (/^\uFEFF?\+\+\+[ \t]*$/.test(lines.at(0))) return tomlStartEdit(lines, date);
  if (!/^\uFEFF?---[ \t]*$/.test(lines.at(0))) return null;
  for (let line = 1; line < lines.count; line++) {
    const text = lines.at(line);
    if (FENCE.test(text)) return null;
    const match = START_LINE.exec(text);
    if (match) {
      const at = match[1].length + match[2].length;
      return onLine(line, { start: at, end: at + 10, newText: date });
    }
  }
  return null;
}

/** TOML's: the top-level `start =` that tomlPairs reads (never one inside a string or a table: a review's). */
function tomlStartEdit(lines: Lines, date: string): TextEdit | null {
  const body: string[] = [];
  for (let line = 1; line < lines.count && !TOML_FENCE.test(lines.at(line)); line++) body.push(lines.at(line));
  const start = tomlPairs(body).find((pair) => pair.key === 'start');
  const match = start ? TOML_START_LINE.exec(body[start.index]) : null;
  if (!start || !match) return null;
  const at = match[1].length + match[2].length;
  return onLine(start.index + 1, { start: at, end: at + 10, newText: date });
}
