import type { Field, Link, NodeKind, PlanNode, Progress, Task } from '../model';
import type { StampInfo } from '../stamps';

/** A node while the builder still adds to it; frozen into a `PlanNode` by `finishNode`. */
export interface DraftNode {
  kind: NodeKind;
  title: string;
  line: number;
  endLine: number;
  titleEndLine: number;
  bodyLine: number;
  level: number;
  number: number | null;
  date: string | null;
  /** The ✅ on a day heading. */
  stamp: StampInfo;
  tasks: Task[];
  links: Link[];
  fields: Field[];
  children: DraftNode[];
}

function latestTaskDate(node: PlanNode, latest: string | null): string | null {
  for (const task of node.tasks) {
    if (task.checked && task.doneDate && (latest === null || task.doneDate > latest)) latest = task.doneDate;
  }
  for (const child of node.children) latest = latestTaskDate(child, latest);
  return latest;
}

/**
 * Derives progress bottom-up. A day is done when its heading carries ✅ or it has tasks (cancelled
 * ones left out) and all of them are checked; its done date is the heading's stamp, else the latest stamp among its tasks.
 * A container is done when all its days are (or, with no days, all its tasks).
 */
export function finishNode(draft: DraftNode): PlanNode {
  const children = draft.children.map(finishNode);
  const sum = (pick: (p: Progress) => number): number => children.reduce((n, c) => n + pick(c.progress), 0);
  // Cancelled tasks are neither open nor done: they leave progress altogether.
  let ownTotal = 0;
  let ownDone = 0;
  for (const task of draft.tasks) {
    if (task.status !== 'cancelled') ownTotal++;
    if (task.checked) ownDone++;
  }
  const tasksTotal = ownTotal + sum((p) => p.tasksTotal);
  const tasksDone = ownDone + sum((p) => p.tasksDone);
  const allTasksDone = tasksTotal > 0 && tasksDone === tasksTotal;

  let done: boolean;
  let daysTotal = sum((p) => p.daysTotal);
  let daysDone = sum((p) => p.daysDone);
  if (draft.kind === 'day') {
    done = draft.stamp.marked || allTasksDone;
    daysTotal += 1;
    daysDone += done ? 1 : 0;
  } else {
    done = daysTotal > 0 ? daysDone === daysTotal : allTasksDone;
  }

  const node: PlanNode = {
    kind: draft.kind,
    title: draft.title,
    line: draft.line,
    titleEndLine: draft.titleEndLine,
    bodyLine: draft.bodyLine,
    endLine: draft.endLine,
    level: draft.level,
    number: draft.number,
    date: draft.date,
    done,
    doneDate: null,
    stampDate: draft.kind === 'day' ? draft.stamp.date : null,
    tasks: draft.tasks,
    links: draft.links,
    fields: draft.fields,
    children,
    progress: { tasksTotal, tasksDone, daysTotal, daysDone },
  };
  if (draft.kind === 'day' && done) {
    return { ...node, doneDate: draft.stamp.date ?? (draft.stamp.marked ? null : latestTaskDate(node, null)) };
  }
  return node;
}
