/**
 * Study time in a plan of tasks alone (`## Week 1` over `- [ ] Read chapter 1`, no days): its session goes under the
 * section being worked through, the one holding the first open task (else the last task's), where the parser reads it
 * and the streak, the heatmap and `status` count it. A trial's weekly checklist could log no time at all.
 */
import * as l10n from '@vscode/l10n';
import type { EditOutcome } from '../edits/completionEdits';
import type { SessionMark } from '../grammar/dayMarks';
import type { ParsedPlan, PlanNode, Task } from '../model';
import { allTasks } from '../edits/locate';
import { logSession } from './sessionLog';
import { planTitle } from '../nodeLabels';
import { latestStamp } from '../today/activePlan';

/**
 * The section a session of a plan without days goes under: the one holding the last task checked on `date`, else the
 * first open task's; null when the plan has days, is no plan (a meeting's action items), has no task, or holds that
 * task under no heading (a session there would join the task's list).
 */
export function studySection(plan: ParsedPlan, date?: string): PlanNode | null {
  if (plan.days.length > 0 || plan.journal || !plan.isPlan) return null;
  const tasks = allTasks(plan.root);
  // The section just studied, as a day's `today` is the day marked that date: the last task checked on the session's
  // date (a trial finished Week 1 and its session went under Week 2).
  const checked = date === undefined ? [] : tasks.filter((task) => task.doneDate === date);
  const open = checked[checked.length - 1] ?? tasks.find((task) => task.status === 'open' || task.status === 'inProgress') ?? tasks[tasks.length - 1];
  const section = open === undefined ? null : innermostHolding(plan.root, open);
  return section === null || section === plan.root || section.form !== 'heading' ? null : section;
}

/**
 * The plan of tasks alone a session is timed in where no plan has days to be active (Today's plans have days): the
 * one with the latest stamp up to `today`; the only one, with none stamped; else none (no guess among several).
 */
export function sectionPlanOf(plans: readonly ParsedPlan[], today: string): ParsedPlan | undefined {
  let best: ParsedPlan | undefined;
  let bestDate = '';
  let count = 0;
  for (const plan of plans) {
    if (studySection(plan) === null) continue;
    count++;
    const date = latestStamp(plan, today) ?? '';
    if (best === undefined || date > bestDate) [best, bestDate] = [plan, date];
  }
  return bestDate !== '' || count === 1 ? best : undefined;
}

/**
 * Logs `session` under the plan's study section (see studySection); `title`: under the section of that title, where
 * the timer was started (its first open task may be in the next section by the time it stops).
 */
export function logInSection(text: string, plan: ParsedPlan, session: SessionMark, options: { readonly measured?: boolean; readonly title?: string } = {}): EditOutcome {
  const named = options.title === undefined || plan.days.length > 0 ? null : sectionTitled(plan.root, options.title);
  const section = named ?? studySection(plan, session.date);
  if (section === null) return { ok: false, message: l10n.t('{0} has days or no task: no section to log the session under', planTitle(plan)) };
  return logSession(text, plan, section, session, { measured: options.measured });
}

/**
 * The sections of a plan of tasks alone that `name` names (`log rust.md "Week 1" 15m`, a trial's usage error): the
 * headings titled so (case aside), else those whose title starts with it before a non-word (`Week 1` names
 * `Week 1: Basics`, not `Week 10`), else those whose words after a label are it (`Basics`). Empty when the plan has days or is no plan of tasks (see studySection).
 */
export function sectionsNamed(plan: ParsedPlan, name: string): PlanNode[] {
  const wanted = name.trim().toLowerCase();
  // Every heading holding tasks, the title over the others too (`## Week 1` over `### Reading` and `### Practice`
  // is named as it is: a review's was refused).
  const headings = wanted === '' ? [] : sectionsOf(plan, true);
  const exact = headings.filter((node) => node.title.trim().toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  const starting = headings.filter((node) => {
    const title = node.title.trim().toLowerCase();
    return title.startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(title.slice(wanted.length));
  });
  if (starting.length > 0) return starting;
  // Else by the words after its label (`Basics` names `Week 1: Basics`, as a learner calls the week: a trial's).
  return headings.filter((node) => {
    const label = /^[^:\u2013\u2014]*?(?::|\s[-\u2013\u2014])\s*/u.exec(node.title.trim());
    return label !== null && node.title.trim().slice(label[0].length).toLowerCase() === wanted;
  });
}

/**
 * The sections of a plan of tasks alone, in order: its headings that hold tasks, but (unless `withTitle`) a title over
 * all the others (`# Rust` over `## Week 1` and `## Week 2`, left out of the sections offered). Empty for any other plan.
 */
export function sectionsOf(plan: ParsedPlan, withTitle = false): PlanNode[] {
  const headings: PlanNode[] = [];
  if (studySection(plan) === null) return headings;
  const walk = (node: PlanNode): void => {
    for (const child of node.children) {
      if (child.form === 'heading' && child.progress.tasksTotal > 0) headings.push(child);
      walk(child);
    }
  };
  walk(plan.root);
  const [first, ...rest] = headings;
  return !withTitle && rest.length > 0 && rest.every((node) => first.line < node.line && node.endLine <= first.endLine) ? rest : headings;
}

/** The first heading below the plan titled `title`. */
function sectionTitled(node: PlanNode, title: string): PlanNode | null {
  for (const child of node.children) {
    if (child.title === title && child.form === 'heading') return child;
    const found = sectionTitled(child, title);
    if (found) return found;
  }
  return null;
}

/** The deepest node whose own tasks or whose children's hold `task`. */
function innermostHolding(node: PlanNode, task: Task): PlanNode {
  for (const child of node.children) {
    if (child.line <= task.line && task.line < child.endLine) return innermostHolding(child, task);
  }
  return node;
}
