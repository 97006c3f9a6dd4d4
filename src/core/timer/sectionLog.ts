/**
 * Study time in a plan of tasks alone (`## Week 1` over `- [ ] Read chapter 1`, no days): its session goes under the
 * section being worked through, the one holding the first open task (else the last task's), where the parser reads it
 * and the streak, the heatmap and `status` count it. A trial's weekly checklist could log no time at all.
 */
import type { EditOutcome } from '../edits/completionEdits';
import type { SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode, Task } from '../model';
import { allTasks } from '../edits/locate';
import { logSession } from './sessionLog';

/** The section a session of a plan without days goes under; null when the plan has days, or no task. */
export function studySection(plan: ParsedPlan): PlanNode | null {
  if (plan.days.length > 0 || plan.journal) return null;
  const tasks = allTasks(plan.root);
  const open = tasks.find((task) => task.status === 'open' || task.status === 'inProgress') ?? tasks[tasks.length - 1];
  return open === undefined ? null : innermostHolding(plan.root, open);
}

/** Logs `session` under the plan's study section (see studySection). */
export function logInSection(text: string, plan: ParsedPlan, session: SessionMark): EditOutcome {
  const section = studySection(plan);
  if (section === null) return { ok: false, message: 'no section holds a task' };
  return logSession(text, plan, section, session);
}

/** The deepest node whose own tasks or whose children's hold `task`. */
function innermostHolding(node: PlanNode, task: Task): PlanNode {
  for (const child of node.children) {
    if (child.line <= task.line && task.line < child.endLine) return innermostHolding(child, task);
  }
  return node;
}
