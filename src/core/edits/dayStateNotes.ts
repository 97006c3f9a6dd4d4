/**
 * What a toggle of tasks does to the days holding them, said beside it: a day complete by its tasks' checks, or open
 * again by an uncheck, changed without a word (a trial's `toggle` of Day 4's last task made the day done silently,
 * and `done today` then marked Day 5, never studied).
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode, Task } from '../model';
import { readStamp } from '../stamps';
import { ownMark, trackerRowDone } from './dayTitleEdits';
import { allTasks } from './locate';
import type { Lines } from './textEdit';
import { dayName as dayLabel } from '../nodeLabels';
import { dayMark } from '../dayMark';

/** Whether a day's title holds a ✅ (dated or not: a review's `### [x] Day 1 ✅` was read as no mark). */
function titleStamped(lines: Lines, day: PlanNode): boolean {
  let title = lines.at(day.line);
  for (let line = day.line + 1; line <= day.titleEndLine; line++) title += `\n${lines.at(line)}`;
  return readStamp(title).marked;
}

/**
 * `wanted[k]`: what tasks[k] becomes (checked, unchecked, or a cancelled one reopened). Counted as the parser counts
 * (draftNode.ts finishNode): an item day's box is its mark, not one of its tasks; a heading's task is both its mark and
 * one of its tasks; a property test compares every note with the plan parsed again.
 */
export function dayStateNotes(lines: Lines, plan: ParsedPlan, tasks: readonly Task[], wanted: readonly (boolean | 'reopen')[]): string[] {
  // A journal's entries are records: no done state to say.
  if (plan.journal) return [];
  // An item day's box is that day's mark: a task of no day's count, its own or a day holding it.
  const itemBoxes = new Set(plan.days.filter((day) => day.form === 'item').map((day) => dayMark(day)).filter((box) => box !== undefined));
  const notes: string[] = [];
  for (const day of plan.days) {
    const all = new Set(allTasks(day));
    // A skipped day inside it left its count (finishNode).
    const skippedInside = new Set(day.children.flatMap(function skipped(child): Task[] {
      return child.kind === 'day' && child.skipped ? allTasks(child) : child.children.flatMap(skipped);
    }));
    const mark = dayMark(day);
    let checked = 0;
    let unchecked = 0;
    let reopened = 0;
    let markAfter: boolean | null = null;
    tasks.forEach((task, k) => {
      if (!all.has(task)) return;
      if (task === mark) markAfter = wanted[k] === true;
      if (itemBoxes.has(task) || skippedInside.has(task)) return;
      if (wanted[k] === 'reopen') reopened++;
      else if (wanted[k] === true && !task.checked) checked++;
      else if (wanted[k] === false && task.checked) unchecked++;
    });
    if (checked + unchecked + reopened === 0 && markAfter === null) continue;
    // Its own mark after the toggle: an item day's box, or a heading's box (checked, it stamps the title), as toggled;
    // else its title's stamp or its row's status as they are. A heading's box is also one of its tasks.
    const headingBox = mark !== undefined && day.form !== 'item';
    const marked = markAfter ?? (day.form === 'item' && mark ? mark.checked : headingBox ? titleStamped(lines, day) : ownMark(lines, day));
    const total = day.progress.tasksTotal + reopened;
    const done = day.progress.tasksDone + checked - unchecked;
    const byTasks = total > 0 && done === total;
    if (day.done && marked) {
      // Marked on its own: its tasks do not reopen it.
      if (unchecked + reopened > 0 && markAfter === null) notes.push(l10n.t('{0} stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it', dayLabel(day)));
    } else if (!day.done && !marked && byTasks) {
      // Its row in a tracker table is not written by a toggle (unchecking the task again would then leave the day
      // done by its row): said, with how to mark it.
      notes.push(day.mirror && !trackerRowDone(lines, day)
        ? l10n.t('{0} is complete: all its tasks are checked (its row in the tracker table, line {1}, is left as it is: mark the day complete to mark it too)', dayLabel(day), day.mirror.line + 1)
        : l10n.t('{0} is complete: all its tasks are checked', dayLabel(day)));
    } else if (day.done && !marked && !byTasks && markAfter === null) {
      notes.push(l10n.t('{0} is open again: not all its tasks are checked', dayLabel(day)));
    }
  }
  return notes;
}
