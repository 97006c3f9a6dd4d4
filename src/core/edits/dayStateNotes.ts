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

/** What a task becomes: checked, unchecked, or a cancelled one reopened. */
export type Wanted = boolean | 'reopen';

/** A node's count after the toggle, as the parser would count the text it leaves (draftNode.ts finishNode). */
export interface CountAfter {
  readonly tasksTotal: number;
  readonly tasksDone: number;
  readonly daysTotal: number;
  readonly daysDone: number;
  readonly done: boolean;
  readonly skipped: boolean;
  /** Whether the day is marked so itself (its ✅, its box, its tracker row), not by its tasks. */
  readonly marked: boolean;
  /** Whether a task it counts went from done or cancelled to open. */
  readonly opened: boolean;
}

/** The text of a day's title lines (several for a setext heading or an item whose text wraps). */
function titleText(lines: Lines, day: PlanNode): string {
  let title = lines.at(day.line);
  for (let line = day.line + 1; line <= day.titleEndLine; line++) title += `\n${lines.at(line)}`;
  return title;
}

/**
 * Counts every node of a plan again with some tasks changed, the parser's rule over the parsed nodes (a review's
 * worry: a count by hand could drift; a property test holds it to the parser's count with nothing changed, and the
 * notes it gives to a parse of the toggled text).
 */
export class Recount {
  private readonly counts = new Map<PlanNode, CountAfter>();

  /** `stamps`: a task checked gets a ✅ (the toggle was given a date): a heading's box checked then stamps its title. */
  constructor(private readonly lines: Lines, private readonly plan: ParsedPlan, private readonly wanted: ReadonlyMap<Task, Wanted>, private readonly stamps = true) {}

  /** The count of `node` after the change (each node counted once). */
  of(node: PlanNode): CountAfter {
    let count = this.counts.get(node);
    if (count === undefined) {
      count = this.count(node);
      this.counts.set(node, count);
    }
    return count;
  }

  private count(node: PlanNode): CountAfter {
    let tasksTotal = 0;
    let tasksDone = 0;
    let daysTotal = 0;
    let daysDone = 0;
    let opened = false;
    for (const child of node.children) {
      const count = this.of(child);
      // A skipped day left the plan: neither it nor its tasks count in what holds it.
      if (count.skipped) continue;
      tasksTotal += count.tasksTotal;
      tasksDone += count.tasksDone;
      daysTotal += count.daysTotal;
      daysDone += count.daysDone;
      opened ||= count.opened;
    }
    for (const task of node.tasks) {
      // An item day's box is the day's own mark: it counts as the day, not as one of its tasks.
      if (node.form === 'item' && task.line === node.line) continue;
      const wanted = this.wanted.get(task);
      // Cancelled tasks are neither open nor done: they leave progress altogether. Unchecking one leaves it so.
      const cancelled = task.status === 'cancelled' && (wanted === undefined || wanted === false);
      const checked = wanted === undefined || (wanted === false && cancelled) ? task.checked : wanted === true;
      if (!cancelled) tasksTotal++;
      if (checked) tasksDone++;
      if (!cancelled && !checked && (task.checked || task.status === 'cancelled')) opened = true;
    }
    const allTasksDone = tasksTotal > 0 && tasksDone === tasksTotal;
    if (node.kind !== 'day') {
      return { tasksTotal, tasksDone, daysTotal, daysDone, done: daysTotal > 0 ? daysDone === daysTotal : allTasksDone, skipped: false, marked: false, opened };
    }
    const marked = this.markedAfter(node);
    const done = marked || allTasksDone;
    const skipped = !done && (this.skipSigned(node) || this.boxCancelledAfter(node));
    if (!this.plan.journal && !skipped) {
      daysTotal += 1;
      daysDone += done ? 1 : 0;
    }
    return { tasksTotal, tasksDone, daysTotal, daysDone, done, skipped, marked, opened };
  }

  /**
   * The day's own mark after the change (PlanBuilder.itemDay, heading): an item day's box checked, or skipped `[-]` and
   * done after all by a ✅ on its title; a heading's ✅ (its box checked writes one when stamps are on; unchecked, the
   * ✅ goes with it; reopened, a ✅ there stays); a table row's status; or its tracker row ticked (trackerRows.ts:
   * longer fuzz runs found "open again" said of days such a row kept done).
   */
  private markedAfter(day: PlanNode): boolean {
    const mark = dayMark(day);
    const toggled = mark === undefined ? undefined : this.wanted.get(mark);
    let own: boolean;
    if (day.form === 'item' && mark) {
      own = toggled !== undefined ? toggled === true : mark.checked || (mark.status === 'cancelled' && readStamp(titleText(this.lines, day)).marked);
    } else if (mark) {
      const stamped = readStamp(titleText(this.lines, day)).marked;
      own = toggled === undefined || toggled === 'reopen' ? stamped : toggled && (this.stamps || stamped);
    } else {
      own = ownMark(this.lines, day);
    }
    return own || trackerRowDone(this.lines, day);
  }

  /** Whether the day's box is `[-]` after the change (a skipped day written as a task). */
  private boxCancelledAfter(day: PlanNode): boolean {
    const mark = dayMark(day);
    if (mark === undefined || mark.status !== 'cancelled') return false;
    const wanted = this.wanted.get(mark);
    return wanted === undefined || wanted === false;
  }

  /** Whether the day says it is skipped otherwise than by a `[-]` box (the parser's own reading: see PlanNode.skipMarked). */
  private skipSigned(day: PlanNode): boolean {
    return day.skipMarked === true;
  }
}

/**
 * The notes for the days whose state the change of `tasks` (to `wanted`) changes, and for those marked complete
 * themselves that an uncheck leaves complete.
 */
export function dayStateNotes(lines: Lines, plan: ParsedPlan, tasks: readonly Task[], wanted: readonly Wanted[], stamps = true): string[] {
  // A journal's entries are records: no done state to say.
  if (plan.journal) return [];
  const changes = new Map<Task, Wanted>();
  tasks.forEach((task, k) => changes.set(task, wanted[k]));
  const recount = new Recount(lines, plan, changes, stamps);
  const notes: string[] = [];
  for (const day of plan.days) {
    if (!allTasks(day).some((task) => changes.has(task))) continue;
    const mark = dayMark(day);
    // A day whose own mark was toggled says so itself (the toggle's summary names it).
    const markToggled = mark !== undefined && changes.has(mark);
    const after = recount.of(day);
    if (day.done && after.done) {
      // Marked on its own: its tasks do not reopen it.
      if (after.marked && after.opened && !markToggled) notes.push(l10n.t('{0} stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it', dayLabel(day)));
    } else if (!day.done && after.done && !after.marked) {
      // Its row in a tracker table is not written by a toggle (unchecking the task again would then leave the day
      // done by its row): said, with how to mark it.
      notes.push(day.mirror && !trackerRowDone(lines, day)
        ? l10n.t('{0} is complete: all its tasks are checked (its row in the tracker table, line {1}, is left as it is: mark the day complete to mark it too)', dayLabel(day), day.mirror.line + 1)
        : l10n.t('{0} is complete: all its tasks are checked', dayLabel(day)));
    } else if (day.done && !after.done && !markToggled) {
      notes.push(l10n.t('{0} is open again: not all its tasks are checked', dayLabel(day)));
    }
  }
  return notes;
}
