/**
 * What the other rows of a table say of how it writes its days (read from its own text, no state kept): what an open
 * status or date cell holds (openStatus, openDate), how done rows write done (doneForm), what its dates look like
 * (columnDate) and in which order its slashed dates are written (tableOrder). tableEdits.ts writes a row by them.
 */
import { normalizeKey } from '../grammar/keywords';
import { DELIMITER_ROW, tableCells } from '../grammar/lineSyntax';
import { cellDateOf, cellDisplay, doneDateSpan, doneWordBefore, isDoneValue, isOpenStatus, rawCellStatus } from '../grammar/tableStatus';

export { isOpenStatus };
import { ambiguousSlashedDate, DAY_FIRST, MONTH_FIRST, orderOf, slashedDateEvidence, slashedReadings, type DateOrder } from '../grammar/dates';
import type { PlanNode, TableCells } from '../model';
import type { Lines } from '../grammar/lines';
import { textDateOrder } from '../grammar/fileDateOrder';
/** What a date cell holds before the day is done (`—`, `TBD`, `n/a`): the date is written over it, as into an empty one. */
const DATE_PLACEHOLDERS = new Set(['', '-', '\u2013', '\u2014', 'tbd', 'n/a', 'na', '?', '...', '\u2026', 'todo', 'pending']);

export function isDatePlaceholder(content: string): boolean {
  return DATE_PLACEHOLDERS.has(normalizeKey(content));
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Rows looked at each way for the table's open mark: a table longer than that is read near the row. */
const OPEN_MARK_ROWS = 1000;

/**
 * What the table's open rows hold in the status column (`❌`, `⬜`, `todo`): the value most other rows around `row`
 * hold among those a day not done may hold (an empty cell too); else '' (two values held by as many rows, an open box,
 * or no other open row). Unmarking a row writes it back, so a table that marks its open days keeps doing so (a
 * learner's `❌` came back as an empty cell after done and undone; then again on the last day but one, when one
 * other row was left open to say it; and in a table of `❌` and a few `⬜`). Read from the table's own text: no state
 * is kept of what the cell held, so a table with no open row left gets the empty cell back.
 */
export function openStatus(lines: Lines, row: number, cells: TableCells): string {
  return cells.status === null ? '' : mostOpenValue(lines, row, cells.status, isOpenStatus);
}

/** What most of the table's open rows hold in their date cells (`TBD`, `—`; see openStatus): what undone writes back there. */
export function openDate(lines: Lines, row: number, cells: TableCells): string {
  return cells.date === null ? '' : mostOpenValue(lines, row, cells.date, isDatePlaceholder);
}

/**
 * How the table's done rows write done in the status column, when they all agree (a trial's `Done 2026-11-24` rows got
 * `✅ 2026-11-28`, and its `| Completed |` of bare dates `✅` among them): the text around their date and the date as
 * written (`Done 2026-11-24`: `Done `, `2026-11-24`, ``; `20.11.2026`: ``, `20.11.2026`, ``), or their word without a
 * date (`like` null: `erledigt`, beside a date column). Null when they differ, or none is done (but a column headed as
 * done dates, `Completed on`, takes the date alone, as its first done row writes one).
 */
export interface DoneForm {
  readonly before: string;
  /** The date as a done row writes it, or null for a done word without one. */
  readonly like: string | null;
  readonly after: string;
}

/** The table's agreed done form around `row` (see DoneForm): read from its other rows' status cells. */
export function doneForm(lines: Lines, row: number, cells: TableCells, order: DateOrder | null = null): DoneForm | null {
  if (cells.status === null) return null;
  let agreed: DoneForm | null = null;
  let notedLike: string | null = null;
  for (const content of otherCells(lines, row, cells.status)) {
    if (!rawCellStatus(content, order).marked) continue;
    const text = content.trim();
    const span = doneDateSpan(text, order);
    const form = span ? { before: text.slice(0, span.start), like: text.slice(span.start, span.end), after: text.slice(span.end) } : { before: text, like: null, after: '' };
    // Only a done word or sign and closing marks around the date: a note is that row's (`2026-11-26 (45 min)`, `✅ 2026-11-20
    // — felt easy`, `✅ (hard, redo)`: a review's were copied into the next row marked).
    const own = form.like === null ? isDoneWords(form.before) : /^[ \t)\]]*$/.test(form.after) && (doneWordBefore(form.before) === '' || isDoneWords(doneWordBefore(form.before)));
    // A row with a note says nothing of the others' form: the rows without one do (a `| Completed |` of dates with one
    // `2026-11-20 (45 min)` among them got `✅ 2026-11-28`).
    if (!own) {
      notedLike ??= form.like;
      continue;
    }
    if (agreed === null) agreed = form;
    // They differ (`2026-11-26 (45 min)`, `2026-11-27 Fri`): a column headed as done dates still takes a date alone.
    else if (form.before !== agreed.before || form.after !== agreed.after || (form.like === null) !== (agreed.like === null)) return cells.statusDates ? { before: '', like: agreed.like ?? '', after: '' } : null;
  }
  return agreed ?? (cells.statusDates ? { before: '', like: notedLike ?? '', after: '' } : null);
}

/** Whether a cell's text is done signs and words alone (`Done`, `**erledigt**`, `✅ Done`), as the parser reads them. */
function isDoneWords(text: string): boolean {
  return text.trim() !== '' && isDoneValue(cellDisplay(text));
}

/** The first date in `column` of the other rows of `row`'s table, as written (`20.11.2026`): what dates there look like. */
export function columnDate(lines: Lines, row: number, column: number | null, order: DateOrder | null = null): string | null {
  if (column === null) return null;
  for (const content of otherCells(lines, row, column)) if (cellDateOf(content, order) !== null) return content.trim();
  return null;
}

/**
 * The value most of the other open rows around `row` hold in `column` (among those `isOpen` accepts, an empty cell
 * too): what undone writes back. '' when none is open, or two values are held by as many rows (which one the row held
 * cannot be told). A trial's `❌ ❌ ⬜` table got an empty cell back on undone, where its rows were mostly `❌`.
 */
function mostOpenValue(lines: Lines, row: number, column: number, isOpen: (content: string) => boolean): string {
  const counts = new Map<string, number>();
  for (const content of otherCells(lines, row, column)) {
    // An open box is a mark of its own: beside it, a `❌` row says nothing of what the others held.
    if (content.trim() === '[ ]') return '';
    if (isOpen(content)) counts.set(content, (counts.get(content) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  let tied = false;
  for (const [value, count] of counts) {
    if (count === most) tied = true;
    else if (count > most) [best, most, tied] = [value, count, false];
  }
  return tied ? '' : best;
}

/** The cells in `column` of the other rows of `row`'s table, near it first above, then below (OPEN_MARK_ROWS each way). */
function* otherCells(lines: Lines, row: number, column: number): Generator<string> {
  for (const line of otherRows(lines, row)) {
    const span = tableCells(line)[column];
    if (span) yield line.slice(span.start, span.end);
  }
}

/** The other rows of `row`'s table, near it first above, then below (OPEN_MARK_ROWS each way); not its header. */
function* otherRows(lines: Lines, row: number): Generator<string> {
  for (const step of [-1, 1]) {
    for (let i = row + step, n = 0; i >= 0 && i < lines.count && n < OPEN_MARK_ROWS; i += step, n++) {
      const line = lines.at(i);
      // The table ends at a blank line, a line without a pipe, or a heading (`## Topic | Day 12` is one).
      if (!line.includes('|') || line.trim() === '' || HEADING.test(line)) break;
      // Above the delimiter row is the header (`| Completed |` reads done): no row of the table.
      if (DELIMITER_ROW.test(line)) {
        if (step < 0) break;
        continue;
      }
      yield line;
    }
  }
}

/** A table's slashed dates, read once per text (a replan asks for each of its rows: a walk per row took 4.7 s on 1,500). */
interface TableDates {
  /** Its first and last rows (not its header). */
  readonly from: number;
  readonly to: number;
  /** Each row's evidence (see slashedDateEvidence), from `from` on. */
  readonly evidence: Uint8Array;
  /** How many rows say day first, month first. */
  readonly dayFirst: number;
  readonly monthFirst: number;
  /** Whether a row holds a date either order reads (`11/05/2026`). */
  readonly ambiguous: boolean;
  /** The order the rows' dates read in one after the next, where none says it (read when first asked). */
  sequence?: DateOrder | null;
}

const tablesByText = new WeakMap<Lines, TableDates[]>();

/** Whether a line goes on a table: a pipe, not blank, no heading (`## Topic | Day 12` is one). */
export function onTable(line: string): boolean {
  return line.includes('|') && line.trim() !== '' && !HEADING.test(line);
}

function tableDates(lines: Lines, row: number): TableDates {
  let known = tablesByText.get(lines);
  if (known === undefined) tablesByText.set(lines, (known = []));
  for (const table of known) if (row >= table.from && row <= table.to) return table;
  // Up to the delimiter row (the header above it is no row), down to the table's end: as the parser reads the table.
  let from = row;
  while (from > 0 && onTable(lines.at(from - 1)) && !DELIMITER_ROW.test(lines.at(from - 1))) from--;
  let to = row;
  while (to + 1 < lines.count && onTable(lines.at(to + 1))) to++;
  const evidence = new Uint8Array(to - from + 1);
  let [dayFirst, monthFirst] = [0, 0];
  let ambiguous = false;
  for (let i = from; i <= to; i++) {
    const line = lines.at(i);
    const found = slashedDateEvidence(line);
    evidence[i - from] = found;
    if (found & DAY_FIRST) dayFirst++;
    if (found & MONTH_FIRST) monthFirst++;
    ambiguous ||= ambiguousSlashedDate(line) !== null;
  }
  const table = { from, to, evidence, dayFirst, monthFirst, ambiguous };
  known.push(table);
  return table;
}

/**
 * How `row`'s table writes slashed dates, read from its rows as the parser reads them (see dayTables.tableDateOrder):
 * `11/05/2026` beside `11/20/2026` is the 5th of November, which undone takes out and marking may write. `line`: the
 * row as an edit would leave it (an edit that changes the order changes what the other rows read: see its callers).
 */
export function tableOrder(lines: Lines, row: number, line?: string): DateOrder | null {
  const table = tableDates(lines, row);
  const own = table.evidence[row - table.from];
  const now = line === undefined ? own : slashedDateEvidence(line);
  const dayFirst = table.dayFirst - (own & DAY_FIRST ? 1 : 0) + (now & DAY_FIRST ? 1 : 0);
  const monthFirst = table.monthFirst - (own & MONTH_FIRST ? 1 : 0) + (now & MONTH_FIRST ? 1 : 0);
  if (dayFirst + monthFirst > 0 || (!table.ambiguous && (line === undefined || ambiguousSlashedDate(line) === null))) return orderOf((dayFirst > 0 ? DAY_FIRST : 0) | (monthFirst > 0 ? MONTH_FIRST : 0));
  // No date reads one way only: the order that keeps the rows' dates days apart, as the parser reads it (tableDateOrder).
  if (line === undefined) return (table.sequence ??= sequenceOf(lines, table, row));
  return sequenceOf(lines, table, row, line);
}

/** The order the rows' dates read in one after the next (see textDateOrder), `row` read as `line` when given. */
function sequenceOf(lines: Lines, table: TableDates, row: number, line?: string): DateOrder | null {
  const rows: string[] = [];
  for (let i = table.from; i <= table.to; i++) rows.push(i === row && line !== undefined ? line : lines.at(i));
  return textDateOrder(rows.join('\n'));
}

/**
 * Whether `row`'s table writes dates with slashes (`11/20/2026`, `11/05/2026`): there, the rows read a date together
 * (its order), and an edit of one row is checked against the others (see doneReadings.ts).
 */
export function holdsSlashedDates(lines: Lines, row: number): boolean {
  const table = tableDates(lines, row);
  return table.dayFirst + table.monthFirst > 0 || table.ambiguous;
}

/**
 * A date an open row's status cell holds that either order reads (`11/05/2026`), and would read done in either, while
 * nothing in its table says which (no date there over 12, or dates that disagree): the row reads open, though the
 * learner wrote when it was done (a trial's Today stayed on such a row without a word). The date as written and its
 * two readings; null when none (`⏳ 11/05/2026`, `Due 11/05/2026` would read open anyway).
 */
export function unreadDoneDate(lines: Lines, day: PlanNode): { readonly written: string; readonly readings: readonly [string, string] } | null {
  if (day.done || !day.cells || day.cells.status === null || tableOrder(lines, day.line) !== null) return null;
  const line = lines.at(day.line);
  const span = tableCells(line)[day.cells.status];
  const cell = span ? line.slice(span.start, span.end) : '';
  const written = ambiguousSlashedDate(cell);
  const readings = written === null ? null : slashedReadings(written);
  if (written === null || readings === null || !rawCellStatus(cell, 'mdy').marked || !rawCellStatus(cell, 'dmy').marked) return null;
  return { written, readings };
}
