import type { Field, Link, NodeForm, NodeKind, Pause, PlanNode, Progress, StudySession, TableCells, Task, TrackerRow } from '../model';
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
  /** Its date is its week's (`### Friday` under `## Week of 2026-11-23`, see weekdayDates.ts), not its title's. */
  weekDated: boolean;
  weekday: number | null;
  round: number | null;
  cells: TableCells | null;
  /** A heading day's row in a tracker table beside the headings (see trackerRows.ts). */
  mirror: TrackerRow | null;
  /**
   * The days of a cycle or module made from a range heading (`## Day 1-7`, `## Days 1-7`): it may still turn out
   * to be a range entry. `asDay`: written like a day (`Day 1-7`), an entry when a day at its level follows;
   * written `Days 3-4`, only when that day is numbered outside it (`### Day 9`; `### Day 1` below `### Days 1-30` is its own).
   */
  fromRange: { readonly from: number; readonly to: number; readonly asDay: boolean } | null;
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
  /** Its own body holds content (a paragraph, a list item, a cell): see PlanNode.written. */
  written: boolean;
  children: DraftNode[];
}

/** The stamp of a node without one: shared (a stamp is replaced whole, never changed). */
const NO_STAMP: StampInfo = Object.freeze({ marked: false, date: null });

export function newDraft(kind: NodeKind, title: string, line: number, level: number, form: NodeForm = 'heading'): DraftNode {
  return {
    kind, form, title, line, level, endLine: line + 1, titleEndLine: line, bodyLine: line + 1,
    number: null, rangeEnd: null, date: null, weekDated: false, weekday: null, round: null, cells: null, mirror: null, fromRange: null, rangeHeading: false,
    stamp: NO_STAMP, planned: null, skipMarked: false, sessions: null, pauses: null,
    tasks: [], links: [], fields: [], written: false, children: [],
  };
}

/** The latest done date among `tasks` and the tasks of `children` and their descendants. */
function latestDoneDate(tasks: readonly Task[], children: readonly PlanNode[], latest: string | null = null): string | null {
  for (const task of tasks) {
    if (task.checked && task.doneDate && (latest === null || task.doneDate > latest)) latest = task.doneDate;
  }
  for (const child of children) latest = latestDoneDate(child.tasks, child.children, latest);
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
  // Hot (every node of every plan): one pass over the children, no closures, each list copied once.
  const children: PlanNode[] = draft.children.length === 0 ? (NONE as never[]) : new Array<PlanNode>(draft.children.length);
  let tasksTotal = 0;
  let tasksDone = 0;
  let daysTotal = 0;
  let daysDone = 0;
  for (let i = 0; i < draft.children.length; i++) {
    const child = finishNode(draft.children[i], options);
    children[i] = child;
    // A skipped day left the plan: neither it nor its tasks count in what holds it (it keeps its own count).
    if (child.skipped) continue;
    tasksTotal += child.progress.tasksTotal;
    tasksDone += child.progress.tasksDone;
    daysTotal += child.progress.daysTotal;
    daysDone += child.progress.daysDone;
  }
  // Cancelled tasks are neither open nor done: they leave progress altogether.
  for (let k = 0; k < draft.tasks.length; k++) {
    const task = draft.tasks[k];
    // An item day's box is the day's own mark: it counts as the day, not as one of its tasks.
    if (draft.form === 'item' && task.line === draft.line) continue;
    if (task.status !== 'cancelled') tasksTotal++;
    if (task.checked) tasksDone++;
  }
  const allTasksDone = tasksTotal > 0 && tasksDone === tasksTotal;

  let done: boolean;
  let skipped = false;
  if (draft.kind === 'day') {
    // An item day's checked box is its stamp (PlanBuilder.itemDay).
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

  let doneDate: string | null = null;
  if (draft.kind === 'day' && done) {
    doneDate = draft.stamp.marked ? (draft.stamp.date ?? draft.date) : (latestDoneDate(draft.tasks, children) ?? draft.date);
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
    doneDate,
    stampDate: draft.kind === 'day' ? draft.stamp.date : null,
    planned: draft.kind === 'day' ? draft.planned : null,
    skipped,
    sessions: draft.sessions ? orNone(draft.sessions) : NONE,
    pauses: draft.pauses ? orNone(draft.pauses) : NONE,
    tasks: orNone(draft.tasks),
    links: orNone(draft.links),
    fields: orNone(draft.fields),
    written: draft.written,
    children,
    progress: progressOf(tasksTotal, tasksDone, daysTotal, daysDone),
  };
  // Only on the rare day that has one: a member on every node took the 10,000-day model past its 13 MB bound.
  if (draft.mirror !== null) (node as { mirror?: PlanNode['mirror'] }).mirror = draft.mirror;
  if (draft.kind === 'day' && draft.skipMarked) (node as { skipMarked?: true }).skipMarked = true;
  return node;
}
