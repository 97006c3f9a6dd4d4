/**
 * Marking a day that is a table row: the status cell is written (`✅ 2026-11-21`, or as the table's done rows write
 * done: `2026-11-21`, `Done 2026-11-21`, `21.11.2026`, see doneForm; `[x]` where the cell holds a box; the done mark
 * and the date in the date column where the table has one for it, the date in its form), or, in a table without a
 * status column, a stamp goes at the end of the title cell. Only the cell's content changes: pipes, padding and the other cells stay byte for byte, and
 * nothing written holds a pipe or a line break, so the table still renders.
 */
import * as l10n from '@vscode/l10n';
import { tableCells, type CellSpan } from '../grammar/lineSyntax';
import { cellDateOf, cellDisplay, doneNoteSpan, isSkipValue, isSkipWord, rawCellStatus, skipNoteSpan, type NoteSpan } from '../grammar/tableStatus';
import { dateLike, namedDateLike } from './cellDates';
import type { DateOrder } from '../grammar/dates';
import { isDatePlaceholder, isOpenStatus, type DoneForm } from './tableRows';
import { readTitleMarks, skipText } from '../grammar/dayMarks';
import type { TableCells } from '../model';
import { DONE_MARK, lastTrailingStamp, readStamp, stampText, trailingStampsStart } from '../stamps';
import type { LineEdit } from './textEdit';

const BOX = /\[([ xX])\]/;

/**
 * Whether the row's status or its title cell's stamp says the day is done, as the parser reads it (a `| 6 | Select ✅ |
 * |` row read done, while done stamped its status cell again and undone called it incomplete).
 */
export function rowIsDone(line: string, cells: TableCells, order: DateOrder | null = null): boolean {
  const spans = tableCells(line);
  // No status column: no cell (index -1).
  const status = spans[cells.status ?? -1];
  if (status && rawCellStatus(line.slice(status.start, status.end), order).marked) return true;
  const title = spans[cells.title];
  return title !== undefined && readStamp(line.slice(title.start, title.end)).marked;
}

/** Takes the stamps at the end of the row's title cell off (a hand's `Select ✅`, or ours without a status column). */
function unstampTitleCell(line: string, title: CellSpan | undefined): LineEdit[] {
  if (!title) return [];
  const start = trailingStampsStart(line, title.end, title.start);
  return start < title.end ? [{ start, end: title.end, newText: '' }] : [];
}

/**
 * Writes a done status into a cell that does not read done: a box is checked (and stamped), a not-done value replaced
 * (by what the table's done rows agree on: see doneForm, doneText), anything else stamped after.
 */
function completeCell(line: string, span: CellSpan, date: string | null, form: DoneForm | null = null, order: DateOrder | null = null): LineEdit[] {
  const content = line.slice(span.start, span.end);
  const box = BOX.exec(content);
  if (box) {
    const at = span.start + box.index + 1;
    return [{ start: at, end: at + 1, newText: 'x' }, ...(date ? [{ start: span.end, end: span.end, newText: stampText(date) }] : [])];
  }
  if (isOpenStatus(content)) return [fillCell(line, span, doneText(form, date, order))];
  return [{ start: span.end, end: span.end, newText: stampText(date) }];
}

/**
 * Marks a row's day skipped: `⏭ date` in its empty status cell, after what it holds else (`❌ ⏭ 2026-11-27`, `[ ] ⏭ …`,
 * a note), or, in a table without a status column, at the end of its title cell (before its stamps), as a heading
 * carries it. Only added, never replacing: reopening takes out exactly it (an open mark replaced could not always be
 * told again). Null when the row lost the cell.
 */
export function skipInRow(line: string, cells: TableCells, date: string | null): LineEdit | null {
  const spans = tableCells(line);
  const status = spans[cells.status ?? -1];
  if (status) return status.start === status.end ? fillCell(line, status, skipText(date).trimStart()) : { start: status.end, end: status.end, newText: skipText(date) };
  const title = spans[cells.title];
  if (!title) return null;
  const at = trailingStampsStart(line, title.end, title.start);
  return { start: at, end: at, newText: skipText(date) };
}

/** A `⏭` in a status cell, with its date and the white space before it (a cell holds no title for the heading's grammar to need). */
const SKIP_IN_CELL = /[ \t]*\u23ED\uFE0F?(?:[ \t]+\d{4}-\d{2}-\d{2})?/g;

/**
 * Takes a row's skip back: a status cell holding only the skip is emptied; a `⏭` after what the cell holds, or at the
 * end of its title cell, is removed with its date.
 */
export function unskipRow(line: string, cells: TableCells): LineEdit[] {
  const spans = tableCells(line);
  const edits: LineEdit[] = [];
  const status = spans[cells.status ?? -1];
  if (status) {
    const content = line.slice(status.start, status.end);
    const skips = [...content.matchAll(SKIP_IN_CELL)];
    // A skip word (`skipped`, `übersprungen`) is the learner's skip mark: taken out as a `⏭` alone is. With a note
    // (`**skipped** (sick)`, `⏭ skipped - travel ⏭ 2026-11-20`), the note stays and the word, its emphasis and `⏭`s go.
    const kept = keptSkipNote(content);
    if (kept !== null) edits.push({ start: status.start, end: status.end, newText: kept });
    else if ((skips.length > 0 && content.replace(SKIP_IN_CELL, '').trim() === '') || isSkipValue(cellDisplay(content))) edits.push(...clearCell(line, status));
    else for (const skip of skips) edits.push({ start: status.start + skip.index, end: status.start + skip.index + skip[0].length, newText: '' });
  }
  const title = spans[cells.title];
  if (title) for (const [start, end] of readTitleMarks(line, title.end, title.start).skips) edits.push({ start, end, newText: '' });
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * A skipped status cell with its skip word and `⏭`s taken out and the learner's note kept (see skipNoteSpan), or null:
 * no note, or one that would read done or skipped itself (`skipped - 2026-11-20`: the whole cell goes, as before).
 */
function keptSkipNote(content: string): string | null {
  const span = skipNoteSpan(content);
  if (span === null) return null;
  const note = content.slice(span.note.start, span.note.end).replace(SKIP_IN_CELL, '').trim();
  if (note === '' || rawCellStatus(note).marked || isSkipValue(cellDisplay(note))) return null;
  const signs = content.slice(0, span.cut.start).replace(SKIP_IN_CELL, '');
  const before = signs.trim() === '' ? /^[ \t]*/.exec(content)![0] : signs;
  return before + note + content.slice(span.note.end);
}

/**
 * Writes a day's planned date into its row's schedule cell (`cells.planned`): over the date there, else into the
 * empty cell as marking writes one (over a placeholder: `TBD`, `—`); a string says why not (the row lost the cell,
 * or it holds other text).
 */
export function plannedInRow(line: string, cells: TableCells, date: string, like: string | null = null, order: DateOrder | null = null, readBack: DateOrder | null = null): LineEdit | string {
  const column = cells.planned ?? null;
  const span = column === null ? undefined : tableCells(line)[column];
  if (!span) return l10n.t('the row has no date cell');
  const content = line.slice(span.start, span.end);
  const trimmed = content.trim();
  // Written as the column writes its dates (`like`: another row's, see columnDate), or as this cell did.
  // A month's name as the column writes it (`Dec 3, 2026` becomes `Dec 5, 2026`: a trial's became `2026-12-05`).
  // `readBack`: the order the table will be read in (the caller checks it still is), so `01/12/2026` may be written.
  const written = (form: string | null): string => (form === null ? null : namedDateLike(form.trim(), date)) ?? dateLike(form, date, order, readBack);
  if (isDatePlaceholder(trimmed)) return trimmed === '' ? fillCell(line, span, written(like)) : { start: span.start, end: span.end, newText: written(like) };
  if (cellDateOf(trimmed, order) === null) return l10n.t('its date cell holds "{0}", not a date', trimmed);
  const at = span.start + content.indexOf(trimmed);
  return { start: at, end: at + trimmed.length, newText: written(trimmed) };
}

/** Writes `value` over a cell's content. */
function fillCell(line: string, span: CellSpan, value: string): LineEdit {
  // An empty cell padded to its column's width (`|      |`): the value goes after the first space, the rest of the
  // padding after it (`| 2026-11-27     |`; it went after the padding), so that clearing it gives the width back.
  let run = span.start;
  while (run > 0 && (line[run - 1] === ' ' || line[run - 1] === '\t')) run--;
  if (span.start === span.end && span.start - run >= 3 && line[run - 1] === '|' && line[run] === ' ') return { start: run + 1, end: run + 1, newText: value };
  // An empty cell with no padding (`||`, or `| |` whose one space is read before it) gets a space around its value.
  const before = line[span.start - 1] === '|' ? ' ' : '';
  // ...and a space after it where one comes before it (`| |`), so that clearing it gives `| |` back (a tab stays as it was).
  const after = line[span.end] === '|' && (before === ' ' || line[span.start - 1] === ' ') ? ' ' : '';
  return { start: span.start, end: span.end, newText: before + value + after };
}

/**
 * Empties a cell, as marking an empty `| |` wrote it back: `| 2026-11-24 |` becomes `| |`, not `|  |`; a value
 * followed by more padding (`| 2026-11-24     |`, see fillCell) leaves the padding as it was.
 */
function clearCell(line: string, span: CellSpan): LineEdit[] {
  if (span.start === span.end) return [];
  const padded = line[span.start - 1] === ' ' && line[span.end] === ' ' && line[span.end + 1] !== ' ' && line[span.end + 1] !== '\t';
  return [{ start: span.start, end: span.end + (padded ? 1 : 0), newText: '' }];
}


/**
 * Takes a done status out of a cell: a box is unchecked and unstamped, a done value or a lone stamp cleared, or
 * replaced by `openMark` (the value the table's open rows hold: see openStatus).
 */
function uncompleteCell(line: string, span: CellSpan, openMark: string, order: DateOrder | null): LineEdit[] {
  const content = line.slice(span.start, span.end);
  const box = BOX.exec(content);
  const stamps = trailingStampsStart(line, span.end, span.start);
  if (box) {
    const at = span.start + box.index + 1;
    const last = lastTrailingStamp(line, span.end, span.start);
    return [...(box[1] === ' ' ? [] : [{ start: at, end: at + 1, newText: ' ' }]), ...(last >= 0 ? [{ start: last, end: span.end, newText: '' }] : [])];
  }
  const before = line.slice(span.start, stamps);
  const rest = before.trim();
  if (rest === '' || rawCellStatus(rest, order).marked) {
    // The learner's note stays (`done, 45 min` -> `45 min`): only the done word, its date and the stamps go; emphasis
    // around the whole cell stays around the note (`**Done, 45 min**` -> `**45 min**`, not `45 min**`).
    const [open, close] = wrapperOf(rest);
    const note = keptNote(rest.slice(open, rest.length - close), order);
    if (note) {
      const at = span.start + before.length - before.trimStart().length + open;
      const inner = rest.length - open - close;
      const edits = [{ start: at, end: at + note.start, newText: '' }, { start: at + note.end, end: at + inner, newText: '' }, { start: at + inner + close, end: span.end, newText: '' }];
      return edits.filter((edit) => edit.start < edit.end);
    }
    if (openMark !== '') return [{ start: span.start, end: span.end, newText: openMark }];
    return clearCell(line, span);
  }
  return stamps < span.end ? [{ start: stamps, end: span.end, newText: '' }] : [];
}

/** Marks around a whole cell (`**…**`, `_…_`, `~~…~~`, `<b>…</b>`): the lengths of its opening and closing ones, else [0, 0]. */
function wrapperOf(text: string): [number, number] {
  const mark = /^(\*\*|__|\*|_|~~)(?=\S)/.exec(text)?.[1];
  // One pair around the whole cell only: `**Done**, **45 min**` is two (it became `****45 min**`).
  const inner = mark === undefined ? '' : text.slice(mark.length, text.length - mark.length);
  if (mark !== undefined && text.length > 2 * mark.length && text.endsWith(mark) && !inner.includes(mark[0])) return [mark.length, mark.length];
  const tag = /^<(b|strong|em|i|mark)>/i.exec(text);
  return tag !== null && text.toLowerCase().endsWith(`</${tag[1].toLowerCase()}>`) ? [tag[0].length, tag[1].length + 3] : [0, 0];
}

/** The note of a done status cell that undone keeps (see doneNoteSpan): null when there is none, or it would read done or skipped itself. */
function keptNote(rest: string, order: DateOrder | null): NoteSpan | null {
  let note = rest === '' ? null : doneNoteSpan(rest, order);
  // A note that says done again (`2026-11-20 — done, easy`) is read once more: its own note is the learner's (`easy`).
  for (let n = 0; note !== null && n < 3; n++) {
    const text = rest.slice(note.start, note.end);
    if (isSkipWord(cellDisplay(text))) return null;
    if (!rawCellStatus(text, order).marked) return note;
    const inner = doneNoteSpan(text, order);
    note = inner === null ? null : { start: note.start + inner.start, end: note.start + inner.end };
  }
  return null;
}

/** What the rows around a row say of how the table writes its days (read from its text by openStatus, openDate, doneForm, columnDate). */
export interface RowStyle {
  /** What an unmarked status cell is to hold (see openStatus). */
  readonly openMark?: string;
  /** What an unmarked row's date cell is to hold (see openDate). */
  readonly openDate?: string;
  /** What the done rows hold in the status column, when they agree (see doneForm): marking writes that. */
  readonly doneForm?: DoneForm | null;
  /** A date of the table's date column as written (see columnDate): marking writes the date so. */
  readonly dateLike?: string | null;
  /** How the table writes slashed dates (see tableOrder): `11/05/2026` read in it. */
  readonly order?: DateOrder | null;
}

/**
 * The edits that mark a table row's day done or not done; null when they cannot be (the row lost its title
 * cell: the caller says so in the learner's language). `style`: what the table's other rows hold (see RowStyle).
 */
export function markRow(line: string, cells: TableCells, done: boolean, date: string | null, style: RowStyle = {}): LineEdit[] | null {
  const { openMark = '', openDate = '', doneForm: form = null, dateLike: like = null, order = null } = style;
  // A row that already reads done (as the tree shows it) is left as written: no second stamp, `[X]` stays `[X]`.
  if (done && rowIsDone(line, cells, order)) return [];
  const spans = tableCells(line);
  const status = spans[cells.status ?? -1];
  const dated = spans[cells.date ?? -1];
  // A table with a column for the date a day was done (`| ✅ | 2026-11-20 |`): the date goes there, as in its other rows.
  const title = spans[cells.title];
  if (status && dated) return done ? dateInColumn(line, status, dated, date, like, form, order) : [...unstampTitleCell(line, title), ...uncompleteCell(line, status, openMark, order), ...undate(line, dated, openDate, order)].sort((a, b) => a.start - b.start);
  if (status) return done ? completeCell(line, status, date, form, order) : [...unstampTitleCell(line, title), ...uncompleteCell(line, status, openMark, order)].sort((a, b) => a.start - b.start);
  if (!title) return null;
  if (done) return [{ start: title.end, end: title.end, newText: stampText(date) }];
  const last = lastTrailingStamp(line, title.end, title.start);
  return last < 0 ? [] : [{ start: last, end: title.end, newText: '' }];
}

/**
 * Marks the status cell and writes the date into the date cell, empty or holding a placeholder (`TBD`, `—`: the row
 * said "Completed on: TBD" beside its ✅); a cell holding other text keeps it, and the stamp goes in the status cell.
 */
function dateInColumn(line: string, status: CellSpan, dated: CellSpan, date: string | null, like: string | null, form: DoneForm | null, order: DateOrder | null): LineEdit[] {
  if (date === null || !isDatePlaceholder(line.slice(dated.start, dated.end))) return completeCell(line, status, date);
  // The status cell says done as its done rows do (`erledigt`), the date goes in its own cell.
  const mark = completeCell(line, status, null, form?.like === null ? form : null);
  return [...mark, fillCell(line, dated, dateLike(like, date, order))].sort((a, b) => a.start - b.start);
}

/** Takes the date a day was done out of its date cell (only a date: anything else there is the learner's), `openDate` in its place. */
function undate(line: string, dated: CellSpan, openDate: string, order: DateOrder | null): LineEdit[] {
  // The same test the parser reads a done date with (dayTables.cellDate): what it read, undone takes out.
  if (cellDateOf(line.slice(dated.start, dated.end), order) === null) return [];
  return openDate === '' ? clearCell(line, dated) : [{ start: dated.start, end: dated.end, newText: openDate }];
}

/** Appends ` [label](target)` to the row's title cell: the lab link of a table day. */
export function linkInRow(line: string, cells: TableCells, markdownLink: string): LineEdit | null {
  const title = tableCells(line)[cells.title];
  return title ? { start: title.end, end: title.end, newText: ` ${markdownLink}` } : null;
}

/** What marking writes into an open status cell: as the done rows do (see doneForm), else `✅ date`. */
function doneText(form: DoneForm | null, date: string | null, order: DateOrder | null): string {
  if (form?.like === null) return date === null ? form.before : `${DONE_MARK} ${date}`;
  if (form && date !== null) return form.before + dateLike(form.like, date, order) + form.after;
  return date ? `${DONE_MARK} ${date}` : DONE_MARK;
}
