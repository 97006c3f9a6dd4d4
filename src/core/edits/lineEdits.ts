/**
 * Pure functions on one line of markdown: where a task's box is, where a stamp goes, what to remove.
 * They return minimal edits, so only the box character and the stamp ever change. The line grammar
 * (`grammar/lineSyntax.ts`) says where things are written; `stamps.ts` says what a stamp is.
 */
import { contentEnd, contentStart, findTaskBox, withoutContainers, type TaskBox } from '../grammar/lineSyntax';
import { lastTrailingStamp, lastWrittenStamp, readStamp, stampText, trailingStampsStart } from '../stamps';
import type { LineEdit } from './textEdit';
import { blankCodeSpans } from '../text/codeSpans';

export { findTaskBox, type TaskBox };

/**
 * Where a stamp goes and is looked for: the end of the line's content (before a heading's closing #s), and on a
 * task before its block link (`- [ ] Review ^blk123` -> `- [x] Review ✅ 2026-11-24 ^blk123`, as Obsidian Tasks
 * writes it: a link after the stamp no longer links).
 */
function stampEnd(line: string, heading: boolean): number {
  const end = contentEnd(line, heading);
  return heading ? end : blockLinkStart(line, end);
}

/**
 * Where an Obsidian block link (` ^blk-1`: white space, `^`, letters, digits and dashes) ending at `end` starts,
 * with the white space before it; `end` when there is none. Scanned back by hand: a pattern for it, unanchored,
 * went quadratic on a line of spaces (200,000 of them: 26 s to check a task).
 */
export function blockLinkStart(line: string, end: number): number {
  let i = end;
  while (i > 0 && /[A-Za-z0-9-]/.test(line[i - 1])) i--;
  if (i === end || i < 2 || line[i - 1] !== '^' || (line[i - 2] !== ' ' && line[i - 2] !== '\t')) return end;
  let start = i - 1;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  return start > 0 ? start : end;
}

/** Appends ` ✅ YYYY-MM-DD` (or a bare ` ✅` without a date) at the end of the line's content. */
function appendStamp(line: string, date: string | null, heading: boolean): LineEdit {
  const end = stampEnd(line, heading);
  return { start: end, end, newText: stampText(date) };
}

/**
 * Appends a stamp to a heading (or a title line); nothing if the line already carries a ✅ (the day is marked).
 * `titleRead`: the caller read the whole title, of which this is the last line (a setext title's code span may
 * open on the line before: `✅`` alone would read as a mark).
 */
export function addStamp(line: string, date: string | null, heading: boolean, titleRead = false): LineEdit[] {
  if (!titleRead && readStamp(line).marked) return [];
  return [appendStamp(line, date, heading)];
}

/**
 * Removes the last stamp at the end of the content: the one that marking added. Older stamps before
 * it are the user's text (an open task that still carries a stale `✅ 2026-01-01` gets a second stamp
 * when checked, and unchecking gives the line back as it was); a ✅ elsewhere stays too.
 */
export function removeStamp(line: string, heading: boolean, all = false): LineEdit[] {
  const end = stampEnd(line, heading);
  // Ours, else one a learner wrote with another date form (`✅ 26/11/2026`): undoing takes it off too. `all`: every
  // stamp at the end (a day's title, which must read not done after: see unstampTitle).
  let start = all ? trailingStampsStart(line, end) : lastTrailingStamp(line, end);
  if (start === end) start = -1;
  if (start < 0) start = lastWrittenStamp(line, end);
  return start < 0 ? [] : [{ start, end, newText: '' }];
}

/** A ✅ (and its date) followed by nothing but remarks and links: `✅ (late)`, `✅ 2026-11-20 [lab](x.ipynb)`. */
const STAMP_BEFORE_REMARKS = /[ \t]+\u2705\uFE0F?(?:[ \t]*\d{4}-\d{2}-\d{2})?(?=(?:[ \t]+(?:\([^()\n]*\)|\[[^\]\n]*\]\([^()\s]*\)))+[ \t]*(?:#+[ \t]*)?$)/g;

/**
 * A ✅ a learner put before a remark or a link at the end of a heading (`### Day 5 - Sets ✅ (late)`; the parser reads
 * it as the day's mark): the edit that takes it off with its date, the remark kept; null when there is none (outside
 * code: a `✅` in a code span is the title's).
 */
export function removeStampBeforeRemarks(line: string): LineEdit | null {
  const matches = [...blankCodeSpans(line).matchAll(STAMP_BEFORE_REMARKS)];
  const last = matches[matches.length - 1];
  return last ? { start: last.index, end: last.index + last[0].length, newText: '' } : null;
}

const LEADING_STAMP = /^(#{1,6}[ \t]+)(\u2705\uFE0F?(?:[ \t]+\d{4}-\d{2}-\d{2})?[ \t]+)(?=\S)/;

/**
 * A ✅ a learner put first in an ATX heading's title (`### ✅ Day 2`, `## ✅ 2026-11-20 Day 2`), with the white space
 * after it: the edit that takes it off, the title after it kept; null when the heading does not start so.
 */
export function removeLeadingStamp(line: string): LineEdit | null {
  const match = LEADING_STAMP.exec(withoutContainers(line));
  if (!match) return null;
  const start = contentStart(line) + match[1].length;
  return { start, end: start + match[2].length, newText: '' };
}

/**
 * Where a task's stamp goes: `stampLine` is the line its text ends on (a task's paragraph may wrap
 * over lines); on the box's line when the task is one line.
 */
export interface TaskLines {
  readonly boxLine: string;
  /** The line the task's text ends on, when it is not the box's line. */
  readonly lastLine?: string;
}

/**
 * Checks or unchecks a task: the box character, plus a stamp at the end of its text when checking
 * (if `date` is given), minus the last trailing stamp when unchecking. Edits on the box's line come
 * first; `lastLineEdits` are for the task's last line when it wraps. Null when the line is no task.
 */
export function setTaskChecked(line: string, checked: boolean, date: string | null, lastLine?: string): { box: LineEdit[]; last: LineEdit[] } | null {
  const box = findTaskBox(line);
  if (!box) return null;
  if (box.checked === checked) return { box: [], last: [] };
  const boxEdit: LineEdit = { start: box.index, end: box.index + 1, newText: checked ? 'x' : ' ' };
  const textLine = lastLine ?? line;
  // A heading task's stamp goes before its closing #s (a heading never wraps).
  const heading = box.heading;
  const stamp = checked ? (date ? [appendStamp(textLine, date, heading)] : []) : removeStamp(textLine, heading);
  return lastLine === undefined ? { box: [boxEdit, ...stamp], last: [] } : { box: [boxEdit], last: stamp };
}

/** `toggleLine(text) -> text`, for tests: a one-line task after toggling it. */
export function toggleTaskLine(line: string, date: string | null): string | null {
  const box = findTaskBox(line);
  if (!box) return null;
  const edits = setTaskChecked(line, !box.checked, date);
  return edits ? applyLineEdits(line, edits.box) : null;
}

/**
 * The line with the edits made: in the line's order, edits at one place in the reverse of theirs (the last given
 * comes first), cut once and joined once (rebuilt per edit, a repair of one long line took seconds per 10,000 edits).
 */
export function applyLineEdits(line: string, edits: readonly LineEdit[]): string {
  const placed = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || b.order - a.order);
  const parts: string[] = [];
  let at = 0;
  for (const { edit } of placed) {
    if (edit.start < at) throw new Error('overlapping line edits');
    parts.push(line.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(line.slice(at));
  return parts.join('');
}
