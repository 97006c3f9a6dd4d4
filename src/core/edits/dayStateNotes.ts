/**
 * What a toggle of tasks does to the days holding them, said beside it: a day complete by its tasks' checks, or open
 * again by an uncheck, changed without a word (a trial's `toggle` of Day 4's last task made the day done silently,
 * and `done today` then marked Day 5, never studied).
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, Task } from '../model';
import { ownMark } from './dayTitleEdits';
import { allTasks } from './locate';
import type { Lines } from './textEdit';
import { dayName as dayLabel } from '../nodeLabels';
import { isDayMark } from '../dayMark';

/** `wanted[k]`: what tasks[k] becomes (checked, unchecked, or a cancelled one reopened). */
export function dayStateNotes(lines: Lines, plan: ParsedPlan, tasks: readonly Task[], wanted: readonly (boolean | 'reopen')[]): string[] {
  // A journal's entries are records: no done state to say.
  if (plan.journal) return [];
  const notes: string[] = [];
  for (const day of plan.days) {
    const own = new Set(allTasks(day).filter((task) => !isDayMark(day, task)));
    let checked = 0;
    let unchecked = 0;
    let reopened = 0;
    tasks.forEach((task, k) => {
      if (!own.has(task)) return;
      if (wanted[k] === 'reopen') reopened++;
      else if (wanted[k] === true && !task.checked) checked++;
      else if (wanted[k] === false && task.checked) unchecked++;
    });
    if (checked + unchecked + reopened === 0) continue;
    const total = day.progress.tasksTotal + reopened;
    const done = day.progress.tasksDone + checked - unchecked;
    if (day.done && ownMark(lines, day)) {
      // Marked on its own title: its tasks do not reopen it.
      if (unchecked + reopened > 0) notes.push(l10n.t('{0} stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it', dayLabel(day)));
    } else if (!day.done && total > 0 && done === total) {
      notes.push(l10n.t('{0} is complete: all its tasks are checked', dayLabel(day)));
    } else if (day.done && done < total) {
      notes.push(l10n.t('{0} is open again: not all its tasks are checked', dayLabel(day)));
    }
  }
  return notes;
}
