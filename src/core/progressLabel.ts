import * as l10n from '@vscode/l10n';
import type { PlanNode } from './model';

/**
 * The short progress text shown next to a node in the tree and the CLI outline: days for nodes that
 * hold days, tasks otherwise, a check mark when done.
 */
export function progressLabel(node: PlanNode): string {
  const { tasksTotal, tasksDone, daysTotal, daysDone } = node.progress;
  if (node.kind === 'day') {
    const date = node.doneDate ? ` ${node.doneDate}` : '';
    if (node.done) return `\u2713${date}`;
    return tasksTotal > 0 ? `${tasksDone}/${tasksTotal}` : '';
  }
  if (daysTotal > 0) {
    const days = l10n.t('{0}/{1} days', daysDone, daysTotal);
    return daysDone === daysTotal ? `\u2713 ${days}` : days;
  }
  if (tasksTotal > 0) {
    return tasksDone === tasksTotal ? `\u2713 ${tasksDone}/${tasksTotal}` : `${tasksDone}/${tasksTotal}`;
  }
  return '';
}

export type CompletionState = 'done' | 'partial' | 'open';

export function completionState(node: PlanNode): CompletionState {
  if (node.done) return 'done';
  const { tasksDone, daysDone } = node.progress;
  return tasksDone > 0 || daysDone > 0 ? 'partial' : 'open';
}

/**
 * A container whose days were all skipped (`⏭`) and that holds no task of its own (a week's open project
 * or its done review still count): nothing in it counts any more (a skipped day's tasks leave its module's
 * count too), yet it is not "nothing to do" either; the outline and the tree say "skipped".
 */
export function everyDaySkipped(node: PlanNode): boolean {
  if (node.kind === 'day' || node.progress.daysTotal > 0 || node.progress.tasksTotal > 0) return false;
  let days = 0;
  const walk = (n: PlanNode): boolean => {
    for (const child of n.children) {
      if (child.kind === 'day') {
        if (!child.skipped) return false;
        days++;
      } else if (!walk(child)) return false;
    }
    return true;
  };
  return walk(node) && days > 0;
}

/** How many days under a container were skipped (`⏭`): they left its count, and a line that counts says so. */
export function skippedDays(node: PlanNode): number {
  if (node.kind === 'day') return 0;
  let count = 0;
  for (const child of node.children) count += child.kind === 'day' ? (child.skipped ? 1 : 0) : skippedDays(child);
  return count;
}
