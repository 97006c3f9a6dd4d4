/**
 * A markdown table read for the plan: its rows are days when it is a day table (a day column whose rows give numbers,
 * or a tracker keyed by date), each with its title, status, dates and links; else its cells are content.
 */
import type { Field, TableCells } from '../model';
import { readLabel, type LabelRead } from './fieldLabels';
import type { DateOrder } from '../grammar/dates';
import { readStamp, stripSourceStamps } from '../stamps';
import { displayText } from '../text/mojibake';
import { readTitleMarks, SKIP_MARK } from '../grammar/dayMarks';
import { isOpenStatus, isSkipValue, statusOf } from '../grammar/tableStatus';
import { cellDate, cellsOf, cellTitle, datedColumns, scheduleColumn, dayColumns, hasText, headerWords, plainDatedTable, plainTable, rising, rowDay, tableDateOrder, yearlessCellDate, type DayColumn, type ParsedTable, type RowDay, type TableRow } from './dayTables';
import type { BlockToken } from './blockToken';
import { inlineLinks, inlineText } from './inlineText';
import { detach } from './compactText';
import { newDraft } from './draftNode';
import type { PlanSink } from './planSink';
import { content } from './contentReaders';
import { daysOfWeeks, groupsDays } from './tableWeeks';

/**
 * A table: its rows are days when it is a day table (two rows or more give a day number, or, in a tracker by date,
 * two hold a date beside a status column), else its cells are content.
 */
export function readDayTable(builder: PlanSink, table: ParsedTable, firstLine: number): void {
  const header = table.header.map((cell) => headerWords(displayText(inlineText(cell))));
  // `11/05/2026` beside `11/20/2026` is the 5th of November: the table's own dates say its order (read when asked).
  let order: DateOrder | null | undefined;
  const orderOf = (): DateOrder | null => (order === undefined ? (order = tableDateOrder(table)) : order);
  // Whether a column holds `least` dates or more (counting stops there).
  const holdsDates = (column: number, least: number): boolean => {
    let n = 0;
    for (const row of table.rows) if (cellDate(row.cells[column], orderOf()) !== null && ++n >= least) return true;
    return false;
  };
  let columns = dayColumns(header, (column) => holdsDates(column, 1));
  let days: (RowHead | null)[] = table.rows.map((row) => (row.cells.length > columns.day ? rowDay(displayText(inlineText(row.cells[columns.day])), columns.word, hasText(row.cells[columns.title])) : null));
  let plain: boolean;
  let cells: TableCells;
  let keyedByDate = false;
  // `| Week | Day |` with the days numbered again each week: each row a day of its week (`Week 2, Day 1`).
  const ofWeeks = rising(days as (RowDay | null)[]) ? null : daysOfWeeks(header, columns.day, days as (RowDay | null)[], cellText(table));
  if (ofWeeks) days = ofWeeks.days;
  if (days.filter(Boolean).length >= 2 && (columns.day === 0 || ofWeeks || rising(days as (RowDay | null)[]))) {
    // A date column is one or the other: the dates days were done, or (dates on open rows) the learner's schedule.
    cells = cellsOf(columns, scheduleColumn(table, columns, days as (RowDay | null)[], orderOf()));
    plain = plainTable(header, columns);
  } else {
    // `| Date | Topic | Done |`: each row a day of its date, labelled as written (`| Nov 21 |`: the year the file says).
    const rowDate = (row: TableRow, column: number): string | null => cellDate(row.cells[column], orderOf()) ?? yearlessCellDate(row.cells[column], row.line + firstLine);
    const byDate = datedColumns(header, (column) => {
      let n = 0;
      for (const row of table.rows) if (rowDate(row, column) !== null && ++n >= 2) return true;
      return false;
    });
    if (byDate === null) {
      for (const row of table.rows) for (const cell of row.cells) content(builder, cell, row.line + firstLine, null);
      return;
    }
    columns = byDate;
    keyedByDate = true;
    days = table.rows.map((row) => {
      const date = rowDate(row, byDate.day);
      return date === null ? null : { number: null, rangeEnd: null, round: null, label: cellTitle(row.cells[byDate.day]), date };
    });
    cells = { ...cellsOf(columns, false), key: byDate.day };
    // A status column of other words (`Released`, `Paid`, `Applied`, `Confirmed`: a release log, invoices, job
    // applications) or a table not headed as study makes a plan only in a file about learning (a review's false plans).
    plain = plainDatedTable(header, columns) || !knownStatuses(table, byDate.status!, orderOf());
  }
  let labels: (ColumnLabel | null)[] | undefined;
  table.rows.forEach((row, r) => {
    const found = days[r];
    const line = row.line + firstLine;
    if (!found) {
      for (const cell of row.cells) content(builder, cell, line, null);
      return;
    }
    // A tracker by date with no column but its date and status (`| Date | Done |`) is titled by its date alone; a table
    // of weeks with none but its week's (`| Week | Day | Done |`) by its label (its rows read `Week 1, Day 1: 1`, a review's).
    const titleCell = columns.title === columns.day || columns.title === ofWeeks?.column ? undefined : row.cells[columns.title];
    const rawTitle = titleCell ? cellTitle(titleCell) : '';
    // `| 3 | Windows ⏭ 2026-11-27 |`: skipped as a heading is (its marks are not its title), after a lab link too.
    const titleMarks = readTitleMarks(rawTitle);
    const cellSkipped = titleMarks.skipped || (titleCell !== undefined && titleCell.content.includes(SKIP_MARK) && readTitleMarks(inlineText(titleCell)).skipped);
    const titleText = detach(displayText(titleMarks.skipped ? rawTitle.slice(0, titleMarks.titleEnd) : stripSourceStamps(rawTitle, titleCell?.content ?? '')));
    const node = newDraft('day', titleText ? `${found.label}: ${titleText}` : found.label, line, 0, 'tableRow');
    node.number = found.number;
    node.rangeEnd = found.rangeEnd;
    node.round = found.round;
    // A tracker's row by date is a day of that date, as `## 11/20/2026` is: done on it when its cell says no other.
    if ('date' in found) node.date = found.date;
    node.cells = cells;
    const statusCell = columns.status === null ? undefined : row.cells[columns.status];
    // A row shorter than its header has no status cell to write: its stamp goes in the title cell.
    const statusText = statusCell ? inlineText(statusCell) : '';
    const status = statusCell ? statusOf(statusText, statusCell.content, orderOf()) : null;
    node.skipMarked = cellSkipped || statusText.includes(SKIP_MARK) || (statusCell !== undefined && isSkipValue(statusText));
    const titleStamp = readStamp(titleCell?.content ?? '');
    const marked = (status?.marked ?? false) || titleStamp.marked;
    // `| ✅ | 2026-11-20 |`: a done day's date in the table's date column.
    const dated = marked && cells.date !== null ? cellDate(row.cells[cells.date], orderOf()) : null;
    node.stamp = { marked, date: status?.date ?? titleStamp.date ?? dated };
    // A day's date in a schedule column is its planned date, as a heading's `📅` is; a done day keeps it (a day
    // done before its date is a day ahead: a learner's table said "on schedule" two days ahead).
    const plannedColumn = cells.planned ?? null;
    if (plannedColumn !== null) node.planned = cellDate(row.cells[plannedColumn], orderOf());
    for (const cell of row.cells) inlineLinks(cell, line, node.links);
    // Its other cells are its fields, named by their column (`| Task (30 min) | Resource |`), as a heading day's
    // `- **Task (30 min):**` is: show and status print them (a trial's table day showed only its link, not its task).
    labels ??= columnLabels(table, columns, cells, ofWeeks?.column ?? -1);
    for (let c = 0; c < labels.length && c < row.cells.length; c++) cellField(labels[c], row.cells[c], line, node.fields);
    // A done row says a numbered table is about study; a tracker by date says it by its status words alone.
    builder.tableDay(node, plain && (keyedByDate || (!marked && !node.skipMarked)));
  });
}

/** A cell's display text, by row and column ('' where a short row has none). */
const cellText = (table: ParsedTable) => (r: number, c: number): string => {
  const cell = table.rows[r].cells[c];
  return cell ? displayText(inlineText(cell)) : '';
};

/** A column's field label (`Task (30 min)`: Task, 30 min), and whether it groups the days (`| Week | Day |`). */
type ColumnLabel = LabelRead & { readonly groups: boolean };

/**
 * Each column's field label, null for the day, title, status and date columns. A week's or a module's column before
 * the day column groups the days, as a heading would, as does the week's column of days numbered again each week
 * (`weekColumn`, see tableWeeks.ts): its numbers (`| 1 | 3 | ... |`, Week 1) are no field of theirs.
 */
function columnLabels(table: ParsedTable, columns: DayColumn, cells: TableCells, weekColumn: number): (ColumnLabel | null)[] {
  const own = new Set<number | null | undefined>([columns.day, cells.title, cells.status, cells.date, cells.planned, columns.date, columns.schedule]);
  return table.header.map((cell, c) => {
    if (own.has(c)) return null;
    const label = displayText(inlineText(cell)).trim();
    const read = label === '' ? null : readLabel(`${label}:`);
    return read && { ...read, groups: c === weekColumn || (c < columns.day && groupsDays(label)) };
  });
}


function cellField(label: ColumnLabel | null, cell: BlockToken, line: number, into: Field[]): void {
  if (label === null) return;
  const value = displayText(inlineText(cell)).trim();
  if (value !== '' && !(label.groups && /^\d+$/.test(value))) into.push({ name: label.name, detail: label.detail, value: detach(value), line });
}

/** What a row's day cell says: its number (a row of a tracker by date has none, and its date). */
type RowHead = RowDay | { readonly number: null; readonly rangeEnd: null; readonly round: null; readonly label: string; readonly date: string };

/** Whether every status cell of a tracker by date holds what the grammar reads: done, open (empty too) or skipped. */
function knownStatuses(table: ParsedTable, column: number, order: DateOrder | null): boolean {
  for (const row of table.rows) {
    const cell = row.cells[column];
    if (cell === undefined) continue;
    // A `⏭` and its date (a skip written by the tool) say skipped, whatever the cell held before.
    const text = inlineText(cell);
    if (text.includes(SKIP_MARK)) continue;
    if (!statusOf(text, cell.content, order).marked && !isOpenStatus(text) && !isSkipValue(text)) return false;
  }
  return true;
}
