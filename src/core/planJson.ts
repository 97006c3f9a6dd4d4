import type { ParsedPlan, PlanNode, Task } from './model';
import { openDayDates, type ScheduleOptions } from './schedule/schedule';
import { isRestEntry } from './today/journalEntry';

/** A task in `checklist`: the first four fields, then the added ones (status and Obsidian Tasks fields). */
export interface JsonTask {
  line: number;
  checked: boolean;
  text: string;
  doneDate: string | null;
  status: Task['status'];
  lastLine: number;
  due: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  cancelledDate: string | null;
  recurrence: string | null;
  priority: Task['priority'];
}

function taskToJson(t: Task): JsonTask {
  return {
    line: t.line + 1, checked: t.checked, text: t.text, doneDate: t.doneDate, status: t.status, lastLine: t.lastLine + 1,
    due: t.due, scheduled: t.scheduled, start: t.start, created: t.created, cancelledDate: t.cancelledDate, recurrence: t.recurrence, priority: t.priority,
  };
}

/** The CLI's `--json` contract (fields may be added, never changed). Lines are 1-based here. */
export interface JsonNode {
  kind: PlanNode['kind'];
  title: string;
  line: number;
  number: number | null;
  done: boolean;
  doneDate: string | null;
  tasks: { total: number; done: number };
  links: { text: string; target: string; line: number }[];
  children: JsonNode[];
  /** Added fields. */
  level: number;
  date: string | null;
  days: { total: number; done: number };
  /**
   * Only on a skipped day (`⏭`, a table's `skipped`; in a journal, an entry that says no study was done): it left the
   * plan's counts (a day's `days.total` is then 0) and, a journal's entry, the streak.
   */
  skipped?: true;
  /** Only on a journal's entry of rest taken (`Rest day`, `Day off`: see isRestEntry), beside `skipped`: the streak passes over it. */
  rest?: true;
  /** Only on an open day of a plan with a schedule: the date it is planned on (see openDayDates). */
  planned?: string;
  checklist: JsonTask[];
  fields: { name: string; detail: string | null; value: string; line: number }[];
  file?: string;
}

/** `planned`: the open days' dates by line (openDayDates), for a whole plan's nodes; `journal`: the plan is one (its rest entries say so). */
export function nodeToJson(node: PlanNode, planned: ReadonlyMap<number, string> = NO_DATES, journal = false): JsonNode {
  const date = node.kind === 'day' ? planned.get(node.line) : undefined;
  return {
    kind: node.kind,
    title: node.title,
    line: node.kind === 'plan' ? 1 : node.line + 1,
    number: node.number,
    done: node.done,
    doneDate: node.doneDate,
    tasks: { total: node.progress.tasksTotal, done: node.progress.tasksDone },
    links: node.links.map((l) => ({ text: l.text, target: l.target, line: l.line + 1 })),
    children: node.children.map((child) => nodeToJson(child, planned, journal)),
    level: node.level,
    date: node.date,
    days: { total: node.progress.daysTotal, done: node.progress.daysDone },
    ...(node.skipped ? { skipped: true as const } : {}),
    ...(journal && node.skipped && isRestEntry(node) ? { rest: true as const } : {}),
    ...(date !== undefined ? { planned: date } : {}),
    checklist: node.tasks.map(taskToJson),
    fields: node.fields.map((f) => ({ name: f.name, detail: f.detail, value: f.value, line: f.line + 1 })),
  };
}

const NO_DATES: ReadonlyMap<number, string> = new Map();

/**
 * `file` is how the caller names the plan's file (the CLI: the path as given); `options`: the start and rest days
 * from settings, for the open days' planned dates (the extension's, so they are the tree's).
 */
export function planToJson(plan: ParsedPlan, file: string, options: ScheduleOptions = {}): JsonNode {
  const { kind, title, line, number, done, doneDate, tasks, links, children, ...added } = nodeToJson(plan.root, openDayDates(plan, options), plan.journal);
  // `file` sits right after the contract's fields so the JSON reads naturally.
  return { kind, title, line, number, done, doneDate, tasks, links, children, file, ...added };
}
