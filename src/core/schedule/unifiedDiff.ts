/**
 * A unified diff (`diff -u`, what `git diff` prints) of text edits, built from the edits themselves: the
 * lines they touch are the changed lines, so no diff algorithm runs over the file and the output is exact.
 */
import { Lines, applyTextEdits, type TextEdit } from '../edits/textEdit';

export interface DiffOptions {
  readonly fromLabel: string;
  readonly toLabel: string;
  /** Unchanged lines shown around each change (3, as diff -u). */
  readonly context?: number;
}

interface Block {
  /** Old lines [from, to] (inclusive) the edits of this block touch. */
  readonly from: number;
  to: number;
  readonly edits: TextEdit[];
}

/** The unified diff of `edits` applied to `text`; '' when they change nothing. */
export function unifiedDiff(text: string, edits: readonly TextEdit[], options: DiffOptions): string {
  const context = options.context ?? 3;
  const lines = new Lines(text);
  // An edit that writes what is there changes nothing: left out, so that it joins no block beside a real change.
  const sorted = edits.filter((edit) => !writesWhatIsThere(lines, edit)).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const blocks: Block[] = [];
  for (const edit of sorted) {
    const last = blocks[blocks.length - 1];
    // Edits on the same or the next line make one block: a run of changed lines prints its - lines, then its + lines,
    // as diff -u does (a replan of a table's rows printed them one -/+ pair at a time).
    if (last && edit.range.start.line <= last.to + 1) {
      last.to = Math.max(last.to, edit.range.end.line);
      last.edits.push(edit);
    } else {
      blocks.push({ from: edit.range.start.line, to: edit.range.end.line, edits: [edit] });
    }
  }
  // Each block's new lines: its old lines with its edits applied (moved to the block's first line).
  const changed = blocks.map((block) => {
    const old: string[] = [];
    for (let line = block.from; line <= block.to; line++) old.push(lines.at(line));
    const local = block.edits.map((edit) => ({
      range: {
        start: { line: edit.range.start.line - block.from, character: edit.range.start.character },
        end: { line: edit.range.end.line - block.from, character: edit.range.end.character },
      },
      newText: edit.newText,
    }));
    const replaced = applyTextEdits(old.join('\n'), local);
    const fresh = new Lines(replaced);
    const now: string[] = [];
    for (let line = 0; line < fresh.count; line++) now.push(fresh.at(line));
    // Lines the block's edits leave as they were, at its start or end, are context: a line added after another (an
    // insertion at the end of a line) prints as a + line alone, as diff -u prints it, not as that line - and + again.
    let head = 0;
    while (head < old.length && head < now.length && old[head] === now[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
    return { from: block.from + head, to: block.to - tail, old: old.slice(head, old.length - tail), now: now.slice(head, now.length - tail) };
  }).filter(({ old, now }) => old.length > 0 || now.length > 0);
  if (changed.length === 0) return '';

  const lastLine = /[\r\n]$/.test(text) ? lines.count - 2 : lines.count - 1;
  const out = [`--- ${options.fromLabel}`, `+++ ${options.toLabel}`];
  let delta = 0; // new line number minus old line number, before the current hunk
  let i = 0;
  while (i < changed.length) {
    // A hunk: blocks whose context lines touch or overlap.
    let j = i;
    while (j + 1 < changed.length && changed[j + 1].from - changed[j].to - 1 <= 2 * context) j++;
    const from = Math.max(0, changed[i].from - context);
    // The empty "line" after a final line break is none (diff -u shows no blank context line at the end).
    const to = Math.min(lastLine, changed[j].to + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let hunkDelta = 0;
    let line = from;
    for (let k = i; k <= j; k++) {
      const block = changed[k];
      const { old, now } = block;
      for (; line < block.from; line++, oldCount++, newCount++) body.push(` ${lines.at(line)}`);
      for (const text of old) body.push(`-${text}`);
      for (const text of now) body.push(`+${text}`);
      oldCount += old.length;
      newCount += now.length;
      hunkDelta += now.length - old.length;
      line = block.to + 1;
    }
    for (; line <= to; line++, oldCount++, newCount++) body.push(` ${lines.at(line)}`);
    const newFrom = from + delta;
    out.push(`@@ -${range(from, oldCount)} +${range(newFrom, newCount)} @@`, ...body);
    delta += hunkDelta;
    i = j + 1;
  }
  return out.join('\n') + '\n';
}

/** Whether an edit within one line replaces its text with the same text. */
function writesWhatIsThere(lines: Lines, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  return start.line === end.line && lines.at(start.line).slice(start.character, end.character) === edit.newText;
}

/** `12,7` (1-based start, count); an empty side is `start,0` with the line before it, as diff prints it. */
function range(from: number, count: number): string {
  return count === 0 ? `${from},0` : `${from + 1},${count}`;
}
