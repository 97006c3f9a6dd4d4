/**
 * A day written as a task: a heading with a box (`### [ ] Day 3`) or a checkbox item (`- [ ] Day 3: JOINs`). That
 * task is the day's own mark (checked: done; `[-]`: skipped; its `📅`: the day's planned date), not one of the
 * tasks the day holds: lab notes, due lists, `status` and the streak leave it out or count it as the day's.
 */
import type { PlanNode, Task } from './model';

/** Whether `task` is the mark of the day `node` is (it sits on the day's own line). */
export function isDayMark(node: PlanNode, task: Task): boolean {
  return node.kind === 'day' && task.line === node.line;
}

/** The task a day is written as, if it is written so. */
export function dayMark(day: PlanNode): Task | undefined {
  return day.kind === 'day' ? day.tasks.find((task) => task.line === day.line) : undefined;
}

const NO_TASKS: readonly Task[] = Object.freeze([]);

/**
 * The tasks listed under a node: its own, but for an item day's box (`- [ ] Day 2: JOINs`), which is the day's
 * row itself (a row under it reading `Day 2: JOINs` again said nothing). A heading task keeps its row: its
 * heading may title it otherwise (`#### [ ] Learning Theory`).
 */
export function listedTasks(node: PlanNode): readonly Task[] {
  if (node.form !== 'item' || node.tasks.length === 0) return node.tasks;
  const listed = node.tasks.filter((task) => !isDayMark(node, task));
  return listed.length === 0 ? NO_TASKS : listed;
}

/**
 * A list item with no box that is a day (`- Day 2: Loops`): its marks stand at the end of its first line, as a
 * paragraph day's do, before a hard break's `\` (the edits write them as they write a paragraph day's).
 */
export function isBoxlessItem(day: PlanNode): boolean {
  return day.form === 'item' && dayMark(day) === undefined;
}
