/**
 * Keeping an aligned table aligned: when marking a row writes into a cell padded to its column's width
 * (`|                 |`, `| ❌              |`, as a table formatter leaves it), the padding after the cell's text
 * gives way to the text, or grows back when the text is shorter, so the pipes stay where the delimiter row has
 * them. Only in a column laid out aligned (header, delimiter and the table's other rows); a table written compactly
 * (`| 1 | Intro | |` under `|---|---|---|`) keeps its padding as it was. Unmarking gives back what marking took:
 * done then undone leaves the row byte for byte.
 */
import { DELIMITER_ROW, tableCells } from '../grammar/lineSyntax';
import type { Lines } from '../grammar/lines';
import { displayWidth } from '../text/displayWidth';
import { applyLineEdits } from './lineEdits';
import type { LineEdit } from './textEdit';

const PIPE = 0x7c;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Each cell's text with its padding, from pipe to pipe: `[start, end)`. */
function cellRegions(line: string): (readonly [number, number])[] {
  return tableCells(line).map(({ start, end }) => {
    while (start > 0 && isBlank(line.charCodeAt(start - 1))) start--;
    while (end < line.length && isBlank(line.charCodeAt(end))) end++;
    return [start, end] as const;
  });
}

/** How far up a row looks for its table's delimiter row. */
const MAX_ROWS = 1000;

/** Each cell's width from pipe to pipe, in columns. */
function regionWidths(line: string): number[] {
  return cellRegions(line).map(([start, end]) => displayWidth(line.slice(start, end)));
}

/** The table's delimiter row above `row` (`|---|:-:|`), or -1 when none is found within the table. */
function delimiterAbove(lines: Lines, row: number): number {
  for (let i = row - 1, n = 0; i >= 1 && n < MAX_ROWS; i--, n++) {
    const line = lines.at(i);
    if (DELIMITER_ROW.test(line)) return i;
    if (!line.includes('|')) return -1;
  }
  return -1;
}

/**
 * The width of each column of the table `row` is in, as its delimiter row has them (pipe to pipe, in columns), when
 * the table is laid out aligned: its header row as wide, cell by cell (a formatter pads both; a table written
 * `|---|---|` under `| Day | Topic |` is not). Null otherwise, or when no delimiter row is found above the row.
 */
export function columnWidths(lines: Lines, row: number): number[] | null {
  const delimiter = delimiterAbove(lines, row);
  if (delimiter < 0) return null;
  const widths = regionWidths(lines.at(delimiter));
  const header = regionWidths(lines.at(delimiter - 1));
  return header.length === widths.length && header.every((width, j) => width === widths[j]) ? widths : null;
}

/**
 * Which columns the table's other rows lay out to `widths`: in each, every other row's cell (with a pipe on both
 * sides) as wide as the column, or wider with one space at most after its text (a value too long to fit), and one
 * of them as wide. Read from the other rows alone, so that marking a row and unmarking it decide alike (a column
 * of compact cells under a padded header stays compact both ways).
 */
function alignedColumns(lines: Lines, row: number, widths: readonly number[]): boolean[] {
  const fits = widths.map(() => false);
  const delimiter = delimiterAbove(lines, row);
  // A centred or right-aligned column (`:---:`, `---:`) is padded on the left too, as each formatter rounds it: left
  // as written (only the padding after a cell's text is ever set).
  const delimiterLine = lines.at(delimiter);
  const fails = cellRegions(delimiterLine).map(([start, end]) => /:[ \t]*$/.test(delimiterLine.slice(start, end)));
  while (fails.length < widths.length) fails.push(false);
  for (let i = delimiter + 1, n = 0; i < lines.count && n < MAX_ROWS; i++, n++) {
    if (i === row) continue;
    const line = lines.at(i);
    if (!line.includes('|') || line.trim() === '') break;
    cellRegions(line).forEach(([start, end], j) => {
      if (j >= widths.length || line.charCodeAt(start - 1) !== PIPE || line.charCodeAt(end) !== PIPE) return;
      const text = line.slice(start, end);
      const width = displayWidth(text);
      if (text.includes('\t') || width < widths[j] || (width > widths[j] && text.length - paddingStart(text) > 1)) fails[j] = true;
      else if (width === widths[j]) fits[j] = true;
    });
  }
  return widths.map((_, j) => fits[j] && !fails[j]);
}

/** Where the last run of spaces of `text` starts. */
function paddingStart(text: string): number {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
  return i;
}

/** A cell's new text with its padding after it set to fill `width` columns (at least one space, where it had one). */
function padded(newText: string, width: number): string {
  // A tab's width is the editor's: such a cell is left as the edits wrote it.
  if (newText.includes('\t')) return newText;
  const text = newText.slice(0, paddingStart(newText));
  const least = newText.length > text.length ? 1 : 0;
  return text + ' '.repeat(Math.max(least, width - displayWidth(text)));
}

/** Whether `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff;
}

/** The one edit that turns `from` into `to`, at `offset`, leaving their common start and end alone; null when equal. */
function difference(from: string, to: string, offset: number): LineEdit | null {
  if (from === to) return null;
  let head = 0;
  while (head < from.length && head < to.length && from.charCodeAt(head) === to.charCodeAt(head)) head++;
  while (head > 0 && (splitsPair(from, head) || splitsPair(to, head))) head--;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  while (tail > 0 && (splitsPair(from, from.length - tail) || splitsPair(to, to.length - tail))) tail--;
  return { start: offset + head, end: offset + from.length - tail, newText: to.slice(head, to.length - tail) };
}

/**
 * A row's `edits`, with the padding of each cell they change set to keep it as wide as its column (`widths`, see
 * columnWidths) in the columns the other rows lay out to them (`aligned`, see alignedColumns): one edit per changed
 * cell, touching only what differs. The edits as they are otherwise, or when the row's cells do not match up after them.
 */
export function keepAligned(line: string, edits: readonly LineEdit[], widths: readonly number[] | null, aligned: readonly boolean[] = []): LineEdit[] {
  if (!widths || edits.length === 0 || !aligned.some(Boolean)) return [...edits];
  const after = applyLineEdits(line, edits);
  const before = cellRegions(line);
  const regions = cellRegions(after);
  if (before.length !== regions.length) return [...edits];
  const out: LineEdit[] = [];
  for (let i = 0; i < before.length; i++) {
    const [start, end] = before[i];
    const [newStart, newEnd] = regions[i];
    const oldText = line.slice(start, end);
    let newText = after.slice(newStart, newEnd);
    if (oldText === newText) continue;
    // Only a cell with a pipe on both sides has a width to keep (a row's last cell may have none after it).
    const walled = line.charCodeAt(start - 1) === PIPE && line.charCodeAt(end) === PIPE && after.charCodeAt(newStart - 1) === PIPE && after.charCodeAt(newEnd) === PIPE;
    if (walled && widths[i] !== undefined && aligned[i]) newText = padded(newText, widths[i]);
    const edit = difference(oldText, newText, start);
    if (edit) out.push(edit);
  }
  return out;
}

/** `edits` of the table row on line `row`, keeping its padded cells as wide as their columns (see keepAligned). */
export function alignedRowEdits(lines: Lines, row: number, edits: readonly LineEdit[]): LineEdit[] {
  const widths = edits.length === 0 ? null : columnWidths(lines, row);
  return keepAligned(lines.at(row), edits, widths, widths ? alignedColumns(lines, row, widths) : []);
}
