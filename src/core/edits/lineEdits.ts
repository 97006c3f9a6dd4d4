/**
 * Pure functions on one line of markdown: where a task's box is, where a stamp goes, what to remove.
 * They return minimal edits, so only the box character and the stamp ever change.
 */
import { DONE_MARK, readStamp } from '../stamps';
import type { LineEdit } from './textEdit';

/** Blockquote markers, list markers (`-`, `*`, `+`, `1.`, `1)`), then `[ ]`, `[x]` or `[X]`. */
const TASK_PREFIX = /^(\uFEFF?(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+)\[([ xX])\](?=[ \t]|$)/;
/** A closing ATX sequence: white space, then #s, then optional white space, at the end of the line. */
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const ATX_OPENING = /^\uFEFF?(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*#{1,6}(?:[ \t]|$)/;
/** Stamps at the end of the content, with the white space before them. */
const TRAILING_STAMPS = /(?:[ \t]*\u2705\uFE0F?(?:[ \t]*\d{4}-\d{2}-\d{2})?)+$/u;

export interface TaskBox {
  /** Offset of the character inside the brackets. */
  readonly index: number;
  readonly checked: boolean;
}

export function findTaskBox(line: string): TaskBox | null {
  const match = TASK_PREFIX.exec(line);
  if (!match) return null;
  return { index: match[1].length + 1, checked: match[2] !== ' ' };
}

/** Where a line's content ends: before trailing white space and, on an ATX heading, its closing #s. */
function contentEnd(line: string, heading: boolean): number {
  let end = line.length;
  if (heading && ATX_OPENING.test(line)) {
    const closing = CLOSING_HASHES.exec(line);
    // `### #` style lines: a closing sequence needs content before it.
    if (closing && line.slice(0, closing.index).replace(ATX_OPENING, '').trim() !== '') end = closing.index;
  }
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

/** Appends ` ✅ YYYY-MM-DD` (or a bare ` ✅` without a date); nothing if the line already carries a ✅. */
export function addStamp(line: string, date: string | null, heading: boolean): LineEdit[] {
  if (readStamp(line).marked) return [];
  const end = contentEnd(line, heading);
  return [{ start: end, end, newText: ` ${DONE_MARK}${date ? ` ${date}` : ''}` }];
}

/** Removes the stamps at the end of the content (a ✅ elsewhere is the user's text and stays). */
export function removeStamp(line: string, heading: boolean): LineEdit[] {
  const end = contentEnd(line, heading);
  const match = TRAILING_STAMPS.exec(line.slice(0, end));
  if (!match) return [];
  return [{ start: match.index, end, newText: '' }];
}

/** Checks or unchecks a task line: the box character, plus a stamp when checking (if `date` is given). */
export function setTaskChecked(line: string, checked: boolean, date: string | null): LineEdit[] | null {
  const box = findTaskBox(line);
  if (!box) return null;
  if (box.checked === checked) return [];
  const boxEdit: LineEdit = { start: box.index, end: box.index + 1, newText: checked ? 'x' : ' ' };
  if (checked) return [boxEdit, ...(date ? addStamp(line, date, false) : [])];
  return [boxEdit, ...removeStamp(line, false)];
}

/** `toggleLine(text) -> text`, for tests and the CLI: the line after toggling its task. */
export function toggleTaskLine(line: string, date: string | null): string | null {
  const box = findTaskBox(line);
  if (!box) return null;
  const edits = setTaskChecked(line, !box.checked, date) ?? [];
  return applyLineEdits(line, edits);
}

export function applyLineEdits(line: string, edits: readonly LineEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), line);
}
