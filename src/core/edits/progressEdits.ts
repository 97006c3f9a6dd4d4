/**
 * The progress edits: text and model in, text edits out. Every completion path (tree, editor,
 * palette, CodeLens, CLI) goes through these functions, so all of them stamp the same way.
 */
import * as l10n from '@vscode/l10n';
import type { PlanNode, Task } from '../model';
import { readStamp } from '../stamps';
import { addStamp, findTaskBox, removeStamp, setTaskChecked } from './lineEdits';
import { allTasks } from './locate';
import { Lines, onLine, type TextEdit } from './textEdit';

export interface ProgressOptions {
  /** `YYYY-MM-DD` to stamp, or null when date stamps are turned off. */
  readonly date: string | null;
  /** Mark Day Complete also checks the day's open tasks. */
  readonly checkTasks: boolean;
}

export type EditOutcome =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly summary: string }
  | { readonly ok: false; readonly message: string };

function fail(message: string): EditOutcome {
  return { ok: false, message };
}

function taskEdits(lines: Lines, task: Task, checked: boolean, date: string | null): TextEdit[] | null {
  const wraps = task.lastLine !== task.line;
  const edits = setTaskChecked(lines.at(task.line), checked, date, wraps ? lines.at(task.lastLine) : undefined);
  if (!edits) return null;
  return [...edits.box.map((edit) => onLine(task.line, edit)), ...edits.last.map((edit) => onLine(task.lastLine, edit))];
}

/**
 * Sets each task to `wanted(task)`: true checks it (with a stamp when `date` is given), false unchecks
 * it (removing the stamp checking added), 'reopen' turns a cancelled task's `[-]` back into `[ ]`.
 */
function editTasks(text: string, tasks: readonly Task[], wanted: (task: Task) => boolean | 'reopen', date: string | null): TextEdit[] | string {
  const lines = new Lines(text);
  const edits: TextEdit[] = [];
  for (const task of tasks) {
    const want = wanted(task);
    const own = want === 'reopen' ? reopenEdits(lines, task) : taskEdits(lines, task, want, date);
    if (own === null) return l10n.t('line {0} no longer holds the task "{1}"', task.line + 1, task.text);
    edits.push(...own);
  }
  return edits;
}

function describeTasks(tasks: readonly Task[]): string {
  return tasks.length === 1 ? `"${tasks[0].text}"` : l10n.t('{0} tasks', tasks.length);
}

export function setTasksChecked(text: string, tasks: readonly Task[], checked: boolean, date: string | null): EditOutcome {
  const edits = editTasks(text, tasks, () => checked, date);
  if (typeof edits === 'string') return fail(edits);
  return { ok: true, edits, summary: checked ? l10n.t('Checked {0}', describeTasks(tasks)) : l10n.t('Unchecked {0}', describeTasks(tasks)) };
}

function reopenEdits(lines: Lines, task: Task): TextEdit[] | null {
  const box = findTaskBox(lines.at(task.line));
  return box ? [onLine(task.line, { start: box.index, end: box.index + 1, newText: ' ' })] : null;
}

/**
 * Flips each task: checked ones are unchecked (and unstamped), open and in-progress ones checked (and
 * stamped). A cancelled task is reopened (`[-]` -> `[ ]`), as Obsidian Tasks' own toggle does.
 */
export function toggleTasks(text: string, tasks: readonly Task[], date: string | null): EditOutcome {
  const edits = editTasks(text, tasks, (task) => (task.status === 'cancelled' ? 'reopen' : !task.checked), date);
  if (typeof edits === 'string') return fail(edits);
  return { ok: true, edits, summary: l10n.t('Toggled {0}', describeTasks(tasks)) };
}

function dayLabel(day: PlanNode): string {
  return day.number !== null ? l10n.t('Day {0}', day.number) : `"${day.title}"`;
}

/** The lines of a day's title: one for an ATX heading, several for a setext heading whose text wraps. */
function titleLines(lines: Lines, day: PlanNode): string {
  let title = lines.at(day.line);
  for (let line = day.line + 1; line <= day.titleEndLine; line++) title += '\n' + lines.at(line);
  return title;
}

/**
 * Stamps the title (unless it already has a ✅) at its end and, optionally, checks the day's open
 * tasks. The stamp goes on the title's last line: an ATX heading's own line, before its closing #s,
 * or a setext heading's last line of text.
 */
export function markDayComplete(text: string, day: PlanNode, options: ProgressOptions): EditOutcome {
  if (day.kind !== 'day') return fail(l10n.t('"{0}" is not a day', day.title));
  const lines = new Lines(text);
  const heading = titleLines(lines, day);
  const edits: TextEdit[] = readStamp(heading).marked ? [] : addStamp(lines.at(day.titleEndLine), options.date, day.titleEndLine === day.line).map((edit) => onLine(day.titleEndLine, edit));
  // Open and in-progress tasks get checked; cancelled ones stay cancelled.
  const open = options.checkTasks ? allTasks(day).filter((task) => task.status === 'open' || task.status === 'inProgress') : [];
  const checked = setTasksChecked(text, open, true, options.date);
  if (!checked.ok) return checked;
  edits.push(...checked.edits);
  if (edits.length === 0) return { ok: true, edits, summary: l10n.t('{0} is already complete', dayLabel(day)) };
  const stamp = readStamp(heading).marked ? '' : options.date ? ` (\u2705 ${options.date})` : ' (\u2705)';
  const tasks = open.length === 0 ? '' : open.length === 1 ? l10n.t(', 1 task checked') : l10n.t(', {0} tasks checked', open.length);
  return { ok: true, edits, summary: l10n.t('Marked {0} complete', dayLabel(day)) + stamp + tasks };
}

/** Removes the heading's trailing stamp and unchecks the day's tasks (removing their stamps). */
export function markDayIncomplete(text: string, day: PlanNode): EditOutcome {
  if (day.kind !== 'day') return fail(l10n.t('"{0}" is not a day', day.title));
  const lines = new Lines(text);
  const heading = titleLines(lines, day);
  const edits: TextEdit[] = removeStamp(lines.at(day.titleEndLine), day.titleEndLine === day.line).map((edit) => onLine(day.titleEndLine, edit));
  if (edits.length === 0 && readStamp(heading).marked) {
    return fail(l10n.t('the \u2705 in the heading of {0} is not at its end; remove it by hand', dayLabel(day)));
  }
  const done = allTasks(day).filter((task) => task.checked);
  const unchecked = setTasksChecked(text, done, false, null);
  if (!unchecked.ok) return unchecked;
  edits.push(...unchecked.edits);
  if (edits.length === 0) return { ok: true, edits, summary: l10n.t('{0} is already incomplete', dayLabel(day)) };
  const tasks = done.length === 0 ? '' : done.length === 1 ? l10n.t(', 1 task unchecked') : l10n.t(', {0} tasks unchecked', done.length);
  return { ok: true, edits, summary: l10n.t('Marked {0} incomplete', dayLabel(day)) + tasks };
}
