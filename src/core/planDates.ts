import type { ParsedPlan, Pause, PlanNode, Task } from './model';
import { isDayMark } from './dayMark';
import { entryTitleWords } from './grammar/yearlessDates';

/**
 * The dated things in a plan's tree that Today's summary reads: the streak's stamps and study sessions, the `⏸`
 * pauses, and the tasks with a due date.
 *
 * Why one walk: right after a scan every plan is a new model, and the summary used to walk each tree four times (stamps,
 * sessions, pauses, due tasks). Over 300 plans the walks were about half of that first summary. Kept per plan model:
 * models are immutable, so after an edit only the edited plan is walked again.
 */
export interface PlanDates {
  /** See planStampDates (today/streak.ts). */
  readonly stamps: readonly string[];
  /** The dates of the plan's `⏱` study sessions: days of activity, with no stamp to count. */
  readonly sessions: readonly string[];
  /** The plan's `⏸` pauses, in document order. */
  readonly pauses: readonly Pause[];
  /** Tasks with a due date, in document order, each with its node; a day's own mark is none (dueState says which are due). */
  readonly dueDated: readonly DatedTask[];
}

export interface DatedTask {
  readonly node: PlanNode;
  readonly task: Task;
}

const datesByPlan = new WeakMap<ParsedPlan, PlanDates>();

export function planDates(plan: ParsedPlan): PlanDates {
  let dates = datesByPlan.get(plan);
  if (!dates) {
    dates = walk(plan);
    datesByPlan.set(plan, dates);
  }
  return dates;
}

function walk(plan: ParsedPlan): PlanDates {
  const stamps: string[] = [];
  const sessions: string[] = [];
  const pauses: Pause[] = [];
  const dueDated: DatedTask[] = [];
  // Indexed loops: every plan's tree is walked after a scan (no callback, no iterator per node).
  const visit = (node: PlanNode): void => {
    if (node.stampDate) stamps.push(node.stampDate);
    else if (node.kind === 'day' && node.date && ((plan.journal && entryWritten(node) && !node.skipped) || (node.done && node.doneDate === node.date))) stamps.push(node.date);
    for (let k = 0; k < node.tasks.length; k++) {
      const task = node.tasks[k];
      // A heading that is a task (`### [x] Day 3 ✅ ...`) has one stamp: counted once, as the day's; and it is no due task.
      if (isDayMark(node, task)) continue;
      // Checked only: an open task's stamp is stale (unchecked by hand), no study (a learner's counted as an active day).
      if (task.doneDate && task.checked) stamps.push(task.doneDate);
      if (task.due) dueDated.push({ node, task });
    }
    for (let k = 0; k < node.sessions.length; k++) sessions.push(node.sessions[k].date);
    for (let k = 0; k < node.pauses.length; k++) pauses.push(node.pauses[k]);
    for (let k = 0; k < node.children.length; k++) visit(node.children[k]);
  };
  visit(plan.root);
  return { stamps, sessions, pauses, dueDated };
}

/**
 * Whether a journal's entry holds anything: a heading with nothing under it yet (`## 2026-11-27`, written in the
 * morning, or days ahead) is no study (a learner's empty entry made a day of the streak, and one ahead a warning).
 */
export function entryWritten(node: PlanNode): boolean {
  return node.form !== 'heading' || node.written || node.children.length > 0 || node.sessions.length > 0 || !dateAlone(node.title);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * A title that is a date and nothing more (`2026-11-27`, `Friday, November 27`, `2026-11-27 (Friday)`, a weekday
 * its week dates, `Saturday`): one with words after it is an entry written in its heading. A weekday's name after
 * the date is a template's, not study.
 */
function dateAlone(title: string): boolean {
  const words = entryTitleWords(title);
  return (words.dated || words.weekday) && !WORD.test(title.slice(words.start));
}
