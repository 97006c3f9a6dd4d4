/**
 * Tasks with an Obsidian Tasks due date (`📅 YYYY-MM-DD`) that need the learner now: open (or in
 * progress) and due today or before. Done and cancelled tasks never are, whatever their date: a
 * cancelled task is neither open nor done (Obsidian Tasks' own rule).
 */
import type { ParsedPlan, PlanNode, Task, TaskPriority } from '../model';
import { isDayMark } from '../dayMark';
import { planDates } from '../planDates';

export type DueState = 'overdue' | 'today';

export interface DueTask {
  readonly plan: ParsedPlan;
  /** The node the task is written in (its day, section or the plan). */
  readonly node: PlanNode;
  readonly task: Task;
  readonly state: DueState;
}

/** Whether a task is due by `today` (ISO dates compare as text), and how. */
export function dueState(task: Task, today: string): DueState | null {
  if (!task.due || (task.status !== 'open' && task.status !== 'inProgress')) return null;
  if (task.due < today) return 'overdue';
  return task.due === today ? 'today' : null;
}

const PRIORITY_ORDER: Record<TaskPriority, number> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };

function rank(task: Task): number {
  return task.priority ? PRIORITY_ORDER[task.priority] : 3; // no priority sits between medium and low, as in Obsidian Tasks
}

/** Every open task due today or earlier, oldest due date first, then by priority, then in plan order. */
export function dueTasks(plans: readonly ParsedPlan[], today: string): DueTask[] {
  const found: DueTask[] = [];
  for (const plan of plans) {
    for (const { node, task } of planDates(plan).dueDated) {
      const state = dueState(task, today);
      if (state) found.push({ plan, node, task, state });
    }
  }
  const order = new Map(found.map((d, i) => [d, i]));
  return found.sort((a, b) => (a.task.due! < b.task.due! ? -1 : a.task.due! > b.task.due! ? 1 : 0) || rank(a.task) - rank(b.task) || order.get(a)! - order.get(b)!);
}

/** Open tasks due by `today` in a node and its descendants (a day's or a plan's count in the tree). */
export function countDue(node: PlanNode, today: string): { overdue: number; today: number } {
  const counts = { overdue: 0, today: 0 };
  const visit = (n: PlanNode): void => {
    for (const task of n.tasks) {
      if (isDayMark(n, task)) continue;
      const state = dueState(task, today);
      if (state) counts[state]++;
    }
    n.children.forEach(visit);
  };
  visit(node);
  return counts;
}
