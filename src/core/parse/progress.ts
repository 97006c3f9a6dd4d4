import type { Field, Link, NodeForm, NodeKind, PlanNode, Progress, TableCells, Task } from '../model';
import type { StampInfo } from '../stamps';

/** A node while the builder still adds to it; frozen into a `PlanNode` by `finishNode`. */
export interface DraftNode {
  kind: NodeKind;
  form: NodeForm;
  title: string;
  line: number;
  endLine: number;
  titleEndLine: number;
  bodyLine: number;
  level: number;
  number: number | null;
  rangeEnd: number | null;
  date: string | null;
  weekday: number | null;
  round: number | null;
  cells: TableCells | null;
  /** The days of a cycle or module made from a range heading (`## Days 1-7`): it may still turn out to be a range entry. */
  fromRange: [number, number] | null;
  /** The ✅ on a day's title (a table row: its status cell). */
  stamp: StampInfo;
  tasks: Task[];
  links: Link[];
  fields: Field[];
  children: DraftNode[];
}

export function newDraft(kind: NodeKind, title: string, line: number, level: number, form: NodeForm = 'heading'): DraftNode {
  return {
    kind, form, title, line, level, endLine: line + 1, titleEndLine: line, bodyLine: line + 1,
    number: null, rangeEnd: null, date: null, weekday: null, round: null, cells: null, fromRange: null,
    stamp: { marked: false, date: null },
    tasks: [], links: [], fields: [], children: [],
  };
}

function latestTaskDate(node: PlanNode, latest: string | null): string | null {
  for (const task of node.tasks) {
    if (task.checked && task.doneDate && (latest === null || task.doneDate > latest)) latest = task.doneDate;
  }
  for (const child of node.children) latest = latestTaskDate(child, latest);
  return latest;
}

export interface FinishOptions {
  /** The plan is a journal: its days are entries, counted in no progress. */
  readonly journal: boolean;
}

/**
 * Derives progress bottom-up. A day is done when its title carries ✅ or it has tasks (cancelled
 * ones left out) and all of them are checked; its done date is the title's stamp, else (marked
 * without a date) its own date, else the latest stamp among its tasks. A container is done when all
 * its days are (or, with no days, all its tasks). A journal's days count in no day total.
 */
export function finishNode(draft: DraftNode, options: FinishOptions): PlanNode {
  const children = draft.children.map((child) => finishNode(child, options));
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
    if (!options.journal) {
      daysTotal += 1;
      daysDone += done ? 1 : 0;
    }
  } else {
    done = daysTotal > 0 ? daysDone === daysTotal : allTasksDone;
  }

  const node: PlanNode = {
    kind: draft.kind,
    form: draft.form,
    title: draft.title,
    line: draft.line,
    titleEndLine: draft.titleEndLine,
    bodyLine: draft.bodyLine,
    endLine: draft.endLine,
    // Paragraph days sit below every heading level while building; they have no heading level.
    level: draft.level > 6 ? 0 : draft.level,
    number: draft.number,
    rangeEnd: draft.rangeEnd,
    date: draft.date,
    weekday: draft.weekday,
    round: draft.round,
    cells: draft.cells,
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
    const doneDate = draft.stamp.marked ? (draft.stamp.date ?? draft.date) : (latestTaskDate(node, null) ?? draft.date);
    return { ...node, doneDate };
  }
  return node;
}
