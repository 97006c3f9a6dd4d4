import type { Field, Link, NodeForm, NodeKind, Pause, PlanNode, Progress, StudySession, TableCells, Task } from '../model';
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
  /** Headed by a day range (`## Days 1-30`): the next range at its level is its sibling, of its kind. */
  rangeHeading: boolean;
  /** The ✅ on a day's title (a table row: its status cell). */
  stamp: StampInfo;
  /** `📅` and `⏭` at the end of a heading (see grammar/dayMarks.ts). */
  planned: string | null;
  skipMarked: boolean;
  /** `⏱` and `⏸` lines in the node's own body; null until the first (most nodes have none). */
  sessions: StudySession[] | null;
  pauses: Pause[] | null;
  tasks: Task[];
  links: Link[];
  fields: Field[];
  children: DraftNode[];
}

export function newDraft(kind: NodeKind, title: string, line: number, level: number, form: NodeForm = 'heading'): DraftNode {
  return {
    kind, form, title, line, level, endLine: line + 1, titleEndLine: line, bodyLine: line + 1,
    number: null, rangeEnd: null, date: null, weekday: null, round: null, cells: null, fromRange: null, rangeHeading: false,
    stamp: { marked: false, date: null }, planned: null, skipMarked: false, sessions: null, pauses: null,
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

/**
 * One frozen empty list for every node that has none (a 10,000-day model has 33,000 empty lists), and
 * the others copied to their exact size: a list grown by push keeps room for more (measured: 0.9 MB
 * of a 10,000-day model).
 */
const NONE: readonly never[] = Object.freeze([]);

function orNone<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? NONE : items.slice();
}

/** The progress of a day without tasks (most days), done or not, counted or not (a journal's): shared, frozen. */
const TASKLESS: readonly Progress[] = [0, 1, 2, 3].map((bits) => Object.freeze({ tasksTotal: 0, tasksDone: 0, daysTotal: bits >> 1, daysDone: bits & 1 }));

function progressOf(tasksTotal: number, tasksDone: number, daysTotal: number, daysDone: number): Progress {
  if (tasksTotal === 0 && daysTotal <= 1 && daysDone <= daysTotal) return TASKLESS[(daysTotal << 1) | daysDone];
  return { tasksTotal, tasksDone, daysTotal, daysDone };
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
  let skipped = false;
  if (draft.kind === 'day') {
    done = draft.stamp.marked || allTasksDone;
    // A skipped day that was done after all is done; one still skipped counts neither as open nor as done.
    skipped = !done && (draft.skipMarked || draft.tasks.some((task) => task.line === draft.line && task.status === 'cancelled'));
    if (!options.journal && !skipped) {
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
    planned: draft.kind === 'day' ? draft.planned : null,
    skipped,
    sessions: draft.sessions ? orNone(draft.sessions) : NONE,
    pauses: draft.pauses ? orNone(draft.pauses) : NONE,
    tasks: orNone(draft.tasks),
    links: orNone(draft.links),
    fields: orNone(draft.fields),
    children: orNone(children),
    progress: progressOf(tasksTotal, tasksDone, daysTotal, daysDone),
  };
  if (draft.kind === 'day' && done) {
    const doneDate = draft.stamp.marked ? (draft.stamp.date ?? draft.date) : (latestTaskDate(node, null) ?? draft.date);
    return { ...node, doneDate };
  }
  return node;
}
