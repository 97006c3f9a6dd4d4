/**
 * Day tables: `| Day | Topic | Resources | Done |` with a row per day (`| 01 | [Intro](./01/readme.md) |
 * ... | ✅ |`), also without outer pipes, with ranges (`| 01-03 | Basics |`) or the day written in the
 * cell (`|Day  1|M1S1|M1W1|`). A table is a day table when its first column is headed by a day word
 * (`Day`, `# Day`, `Día`, `Tag`, `#`...) or its first cells say `Day N`, or another column is headed by a
 * singular day word (`| Week | Day | Topic |`, its numbers rising row by row), and at least two rows give a day
 * number. The title is the first text cell after the day's; a status column (`Done`, `Status`,
 * `✅`...) says whether the day is done. Words come from languages.json.
 */
import type { TableCells } from '../model';
import { normalizeKey, vocabularyOf } from '../grammar/keywords';
import { isDayHeader, isDoneDateHeader, isOtherHeader, isStatusHeader, isStudyHeader } from './tableHeaders';
import { classifyHeading } from './classifyHeading';
import { isWeekHeader } from './tableWeeks';
import { dayNumberEnd } from './paragraphDays';
import type { BlockToken } from './markdown';
import { inlineText, plainText } from './inlineText';
import { onlyStampsAndMarks } from '../grammar/dayMarks';
import { cellDateOf, statusOf } from '../grammar/tableStatus';
import { slashedDateOrder, type DateOrder } from '../grammar/dates';
import { textDateOrder } from '../grammar/fileDateOrder';
import { yearlessDateAt } from '../grammar/yearlessDates';
import { yearOfDate } from '../grammar/fileYears';

export interface TableRow {
  /** The row's line, relative to the tokens' piece. */
  readonly line: number;
  /** The inline token of each cell, in order (missing cells are absent). */
  readonly cells: readonly BlockToken[];
}

export interface ParsedTable {
  readonly header: readonly BlockToken[];
  readonly rows: readonly TableRow[];
  /** The index of the table's closing token. */
  readonly end: number;
}

/** The header cells and body rows of the table opening at `start`. */
export function readTable(tokens: readonly BlockToken[], start: number): ParsedTable {
  const header: BlockToken[] = [];
  const rows: TableRow[] = [];
  let row: BlockToken[] | null = null;
  let rowLine = 0;
  let inHead = false;
  let i = start + 1;
  for (; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
    const token = tokens[i];
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') {
      row = [];
      rowLine = token.map ? token.map[0] : rowLine + 1;
    } else if (token.type === 'tr_close' && row) {
      if (!inHead) rows.push({ line: rowLine, cells: row });
      row = null;
    } else if (token.type === 'inline') {
      if (inHead) header.push(token);
      else row?.push(token);
    }
  }
  return { header, rows, end: i };
}


export interface DayColumn {
  /** The words the header gives the day column (`Day`, `Día`), or null when the rows write them. */
  readonly word: string | null;
  /** The day column's index: the first headed by a day word (`| Week | Day | Topic |`), else the first. */
  readonly day: number;
  readonly title: number;
  readonly status: number | null;
  /** The column headed as the date a day was done (`Date`, `Datum`), or null. */
  readonly date: number | null;
  /** The date column is headed as planned dates (`Planned`, `Due`): a schedule whatever its rows hold. */
  readonly planned?: boolean;
  /** The date column is a second status word (`| Status | Completed |`): the dates days were done, never a schedule. */
  readonly completed?: boolean;
  /** The status column is headed as the date a day was done (`| Day | Topic | Completed on |`): see TableCells.statusDates. */
  readonly statusDates?: boolean;
  /** A column of planned dates beside the date column of done ones (`| Planned | Status | Completed on |`): the schedule. */
  readonly schedule?: number;
}

/**
 * A header cell's words, as every header test reads them: without the emoji around them (`📅 Day`, `📚 Topic`, `🗓️
 * Date`, `📝 Notes`) and a number sign after them (`Day #`); a header of emoji alone (`✅`) stays as it is.
 */
export function headerWords(text: string): string {
  const words = text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/gu, '');
  return words === '' ? text : words.replace(/[ \t]*#$/, '');
}

/**
 * Whether a day table says nothing of study: no status column, and every column but its day and dates headed as
 * no study or as any table's (`| Day | City | Hotel | Notes |`, `| Day | Item | Amount |`, `| Day | Breakfast | Lunch |`). Its rows are
 * days, but a plan only where the file is one for another reason or speaks of learning (a trip's itinerary and a budget
 * were plans in the tree, and could hold Today). Only headers known to say so: a header not known (`Notes`, `Domain`,
 * `Kanji`) may head a learner's plan, and a plan lost is worse than a list shown.
 */
export function plainTable(header: readonly string[], columns: DayColumn): boolean {
  if (columns.status !== null) return false;
  // Headers any table has (`Notes`) say nothing either way, nor do its dates (an itinerary's `| Day | Date | City |`):
  // one known as no study and none else.
  const any = vocabularyOf().anyHeaders;
  const dated = (i: number): boolean => i === columns.date || i === columns.schedule;
  const others = header.filter((text, i) => i !== columns.day && !dated(i) && text.trim() !== '' && !any.has(normalizeKey(text)));
  return others.length > 0 && others.every(isOtherHeader);
}

/** Date headers that are words of another kind in English too (`Data`: Portuguese, Italian and Polish for date). */
const NEEDS_A_DATE = new Set(['data']);

/**
 * Which columns of a table hold the day, its title and its status (from the header's display texts); `holdsDate(i)`:
 * whether column i has a date in a row (a `Data` column under an English day column is the date column only then).
 */
export function dayColumns(header: readonly string[], holdsDate: (column: number) => boolean = () => false): DayColumn {
  // The first column headed `Day`, `Days`, `Día`...; a later one only when headed by the word for one day
  // (`| Week | Day | Topic |`): `| Task | Days | Cost |` counts how long, not which day.
  const found = header.length > 0 && isDayHeader(header[0]) ? 0 : header.findIndex((text) => isDayHeader(text, true));
  const day = Math.max(found, 0);
  const word = found >= 0 ? header[found].replace(/^#\s*/, '').trim() || null : null;
  let status: number | null = null;
  for (let i = 0; i < header.length && status === null; i++) if (i !== day && isStatusHeader(header[i])) status = i;
  // `| Day | Topic | Completed on |`: with no status column, a column headed as the date a day was done is it (its dates
  // read as a schedule: a trial's done days were "behind").
  let statusDates = false;
  for (let i = 0; i < header.length && status === null; i++) if (i !== day && isDoneDateHeader(header[i])) [status, statusDates] = [i, true];
  let date: number | null = null;
  for (let i = 0; i < header.length && date === null; i++) {
    const key = normalizeKey(header[i]);
    // `| Dia | Tema | Feito | Data |`: a day column headed in another language than English says which `Data` is.
    const english = word === null || /^days?$/i.test(word.trim());
    if (i !== day && i !== status && vocabularyOf().dateHeaders.has(key) && (!NEEDS_A_DATE.has(key) || !english || holdsDate(i))) date = i;
  }
  // `| Day | Topic | Planned | Status |`: a column of planned dates, when it holds one (a trial's went unread: no schedule).
  let planned = false;
  for (let i = 0; i < header.length && date === null; i++) {
    if (i !== day && i !== status && vocabularyOf().plannedHeaders.has(normalizeKey(header[i])) && holdsDate(i)) [date, planned] = [i, true];
  }
  // `| Status | Completed |`: a second status word heads the date a day was done when its cells hold dates (a trial's
  // dates there were not read, and done wrote the date into Status).
  let completed = false;
  for (let i = status === null ? header.length : status + 1; i < header.length && date === null; i++) {
    if (i !== day && isStatusHeader(header[i]) && holdsDate(i)) [date, completed] = [i, true];
  }
  // `| Done | Date done |`: a column headed as the date a day was done, beside the status column, is its date column (a
  // trial's went unread: no streak).
  for (let i = 0; i < header.length && date === null; i++) if (i !== day && i !== status && isDoneDateHeader(header[i])) [date, completed] = [i, true];
  if (date !== null && !planned && isDoneDateHeader(header[date])) completed = true;
  // `| Day | Topic | Planned | Status | Completed on |`: beside the column of done dates, a column of planned dates is the
  // schedule (a trial's lost one or the other, whichever was read).
  let schedule: number | null = null;
  for (let i = 0; i < header.length && date !== null && !planned && schedule === null; i++) {
    if (i !== day && i !== status && i !== date && vocabularyOf().plannedHeaders.has(normalizeKey(header[i])) && holdsDate(i)) [schedule, completed] = [i, true];
  }
  // The title: the first text column after the day's, else the first before it (`| Topic | Day | Done |`). Not a week's
  // column where another follows (`| Day | Week | Workout |` titled its days `Day 1: 1`, a trial's).
  const others = (i: number): boolean => i !== day && i !== status && i !== date && i !== schedule;
  const grouping = header.map((words, i) => others(i) && isWeekHeader(words));
  const text = (i: number): boolean => others(i) && (!grouping[i] || !header.some((_, j) => j > i && others(j) && !grouping[j]));
  let title = day + 1;
  while (title < header.length && !text(title)) title++;
  if (title >= header.length) {
    const before = header.findIndex((_, i) => i < day && text(i));
    title = before >= 0 ? before : day + 1;
  }
  const columns = planned ? { word, day, title, status, date, planned } : completed ? { word, day, title, status, date, completed } : { word, day, title, status, date };
  const withSchedule = schedule !== null ? { ...columns, schedule } : columns;
  return statusDates ? { ...withSchedule, statusDates } : withSchedule;
}

/**
 * The columns of a tracker keyed by date (`| Date | Topic | Done |`, a trial's: "no plan found"): no day column, a column
 * headed as a date whose rows hold dates (`holdsDates`: in two rows or more), and a status column. Its date column is
 * the day column: each row a day of that date, as a heading `## 11/20/2026 Arrays` is. Null for other tables.
 */
export function datedColumns(header: readonly string[], holdsDates: (column: number) => boolean): DayColumn | null {
  if (header.some((text) => isDayHeader(text, true))) return null;
  const status = header.findIndex(isStatusHeader);
  if (status < 0) return null;
  const dates = vocabularyOf().dateHeaders;
  const day = header.findIndex((text, i) => i !== status && dates.has(normalizeKey(text)) && holdsDates(i));
  if (day < 0) return null;
  // The title: the column headed as what is studied (`| Date | Weekday | Topic | Done |`), else the first text column.
  const text = (i: number): boolean => i !== day && i !== status && !dates.has(normalizeKey(header[i]));
  const studied = header.findIndex((words, i) => text(i) && isStudyHeader(words));
  const title = studied >= 0 ? studied : header.findIndex((_, i) => text(i));
  return { word: null, day, title: title < 0 ? day : title, status, date: null };
}

/**
 * Whether a tracker keyed by date says nothing of study: its title column is not headed as what is studied (`Topic`,
 * `Problem`, `Lesson`: languages.json's `studyHeaders`), or every column but its date and status is headed as no study
 * (see plainTable). A release log's `| Version | Date | Status |`, a budget's `| Category | Date | Status |` and a
 * sprint's `| Ticket | Date | Status |` hold done and todo too (a trial's were plans).
 */
export function plainDatedTable(header: readonly string[], columns: DayColumn): boolean {
  if (columns.title === columns.day || !isStudyHeader(header[columns.title] ?? '')) return true;
  const any = vocabularyOf().anyHeaders;
  const others = header.filter((text, i) => i !== columns.day && i !== columns.status && text.trim() !== '' && !any.has(normalizeKey(text)));
  return others.length > 0 && others.every(isOtherHeader);
}

export interface RowDay {
  readonly number: number;
  readonly rangeEnd: number | null;
  readonly round: number | null;
  /** The day cell as the learner wrote it: `Day 1`, or the header's word and the cell (`Day 01`). */
  readonly label: string;
}

/** A day cell with a note after its number: the day as `1` or `Day 1`, then `(Fri)`, ` - Fri`, `: Mon`, `, Nov 3` (not a range). */
const DAY_NOTE = /^([^\d(]*?\d{1,5})[ \t]*(?:\([^)]*\)|[-\u2013\u2014:,][ \t]*[^\d \t]).*$/;

/** The day a row's first cell gives: `01`, `**01**`, `01-03`, `Day 1`, `R1D4`; null for other rows. */
export function rowDay(cell: string, columnWord: string | null, noteAllowed = true): RowDay | null {
  const text = cell.trim();
  const bare = /^(\d{1,5})(?:[ \t]*[-\u2013\u2014~][ \t]*(\d{1,5}))?$/.exec(text);
  if (bare && columnWord !== null) {
    const from = Number(bare[1]);
    const to = bare[2] === undefined ? null : Number(bare[2]);
    const rangeEnd = to !== null && to > from ? to : null;
    // Under `天`, the row is labelled as the language writes a day: `第3天`, `第1-3天` (not `天 3`).
    const forms = vocabularyOf().dayHeaders.get(normalizeKey(columnWord));
    const label = !forms ? `${columnWord} ${text}` : rangeEnd !== null && forms.days ? forms.days.replace('{n}', bare[1]).replace('{m}', bare[2]) : forms.day.replace('{n}', text);
    return { number: from, rangeEnd, round: null, label };
  }
  // In a column headed by the day word, a note may follow the number (`1 (Fri)`, `Day 1 - Fri`, `Day 1: Mon`):
  // the column says what the cell is (a learner's tracker read as no plan). Not in a row with no title cell
  // (`Day 5 - Topic` alone on a line that continues a table is the learner's text, not a row of it).
  const noted = columnWord === null || !noteAllowed ? null : DAY_NOTE.exec(text);
  if (noted) return rowDay(noted[1], columnWord);
  // A cell that says the day and nothing more (`Day  1`, `R1D4`, `Day 4-5`): `Day 1 pass` in a price list is no day.
  const end = dayNumberEnd(text);
  if (end < 0 || !/^(?:[ \t]*[-\u2013\u2014~][ \t]*\d{1,5})?[ \t]*$/.test(text.slice(end))) return null;
  const heading = classifyHeading(text);
  if (heading.kind === 'day' && heading.number !== null) return { number: heading.number, rangeEnd: null, round: heading.round, label: text };
  if (heading.kind === 'dayRange') return { number: heading.from, rangeEnd: heading.to, round: null, label: text };
  return null;
}

/**
 * The cells a row's edits write: the date column holds the dates days were done (beside a status column), or,
 * `scheduled`, dates of open days, the learner's schedule (see scheduleColumn).
 */
export function cellsOf(column: DayColumn, scheduled: boolean): TableCells {
  const cells: TableCells = { title: column.title, status: column.status, date: !scheduled && column.status !== null ? column.date : null, ...(column.statusDates ? { statusDates: true } : {}) };
  if (scheduled && column.date !== null) return { ...cells, planned: column.date };
  return column.schedule !== undefined ? { ...cells, planned: column.schedule } : cells;
}

/**
 * Whether a table's date column is a schedule: an open day's row holds a date there (`| 3 | Loops | | 2026-11-29 |`,
 * a learner's plan dated ahead, which read as no schedule at all), or a done day's does beside the date of its own
 * `✅` (as marking a scheduled row writes it: once every row was done, the column read as done dates, and undone
 * took a planned date out of its cell, from a review).
 */
export function scheduleColumn(table: ParsedTable, columns: DayColumn, days: readonly (RowDay | null)[], order: DateOrder | null = null): boolean {
  if (columns.date === null) return false;
  // Headed `Planned`: its dates are the schedule even when every row is done (undone took a planned date out of its cell).
  if (columns.planned) return true;
  // Headed as done (`| Status | Completed |`): a date there is when a day was done, even beside an open status.
  if (columns.completed) return false;
  // Done rows: `| ✅ 2026-11-20 | 2026-11-20 |` as marking a scheduled row writes it; `| ✅ | 2026-11-20 |` as marking
  // writes the date a day was done into the column (one of those says the column is that).
  let stampedBeside = false;
  let bareBeside = false;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (!days[r] || cellDate(row.cells[columns.date], order) === null) continue;
    const status = columns.status === null ? undefined : row.cells[columns.status];
    if (status === undefined) return true;
    const read = statusOf(inlineText(status), status.content, order);
    if (!read.marked) return true;
    if (read.date !== null) stampedBeside = true;
    else bareBeside = true;
  }
  return stampedBeside && !bareBeside;
}

/** Day numbers that rise row by row (a day column that is not the first must read as a schedule). */
export function rising(days: readonly ({ readonly number: number } | null)[]): boolean {
  let last = -Infinity;
  for (const day of days) {
    if (!day) continue;
    if (day.number <= last) return false;
    last = day.number;
  }
  return true;
}

/** The date a cell holds alone (`2026-11-20`, `20.11.2026`: see cellDateOf), as ISO; else null. */
export function cellDate(cell: BlockToken | undefined, order: DateOrder | null = null): string | null {
  return cell === undefined ? null : cellDateOf(cell.content, order);
}

/** A date written without a year that a cell holds alone (`Nov 21`, `21 November`), on the file's `line`: the year the file says there (fileYears.ts). */
export function yearlessCellDate(cell: BlockToken | undefined, line: number): string | null {
  if (cell === undefined) return null;
  const text = cell.content.trim();
  if (text.length < 3 || text.length > 40) return null;
  const found = yearlessDateAt(text, 0);
  return found !== null && found.end === text.length ? yearOfDate(found, line) : null;
}

/**
 * How a table writes slashed dates, read from all its cells (see slashedDateOrder): a learner's `| Completed |` of
 * `11/20/2026` and `11/05/2026` read the 5th open, and Today stayed on it.
 */
export function tableDateOrder(table: ParsedTable): DateOrder | null {
  const order = slashedDateOrder(cellContents(table));
  if (order !== null || !table.rows.some((row) => row.cells.some((cell) => cell.content.includes('/') || cell.content.includes('-')))) return order;
  // No date reads one way only: the order that keeps its dates days apart, row by row (a trial's tracker of the 2nd,
  // 5th and 9th was no plan until the 13th). Each cell on a line of its own, as the edits read its rows.
  return textDateOrder([...cellContents(table)].join('\n'));
}

function* cellContents(table: ParsedTable): Generator<string> {
  for (const row of table.rows) for (const cell of row.cells) yield cell.content;
}

/**
 * A title cell's text, without a lab link at its end (`Control Flow [day-003](../labs/.../day-003.ipynb)`):
 * a table day's lab link sits in its title cell, and scaffolding a lab must not rename the day.
 */
export function cellTitle(cell: BlockToken): string {
  const children = cell.children ?? [];
  let open = -1;
  for (let i = 0; i < children.length; i++) if (children[i].type === 'link_open') open = i;
  if (open <= 0 || !String(children[open].attrGet('href') ?? '').endsWith('.ipynb')) return inlineText(cell);
  const close = children.findIndex((child, i) => i > open && child.type === 'link_close');
  // Stamps and marks written after the link (`[day-002](…ipynb) ✅ 2026-11-20`) leave it last.
  const rest = children.slice(close + 1);
  const trailing = rest.every((child) => child.type === 'text') && onlyStampsAndMarks(rest.map((child) => child.content).join(''));
  const before = plainText(children.slice(0, open));
  return close > open && trailing && before !== '' ? before : inlineText(cell);
}

/** Whether a row's cell was written with text (markdown-it gives a row without pipes the header's cells, empty). */
export function hasText(cell: BlockToken | undefined): boolean {
  return cell !== undefined && cell.content.trim() !== '';
}
