/**
 * What was done on each date, for the progress page's "what did I do that day": the stamps of days and
 * tasks, and a journal's dated entries, each with where it is in its plan.
 */
import { entryWritten } from '../planDates';
import type { ParsedPlan, PlanNode } from '../model';
import { planTitle } from '../nodeLabels';

export interface DoneItem {
  readonly planUri: string;
  readonly planTitle: string;
  readonly title: string;
  /** 0-based line of the day heading or the task. */
  readonly line: number;
  readonly kind: 'day' | 'task' | 'entry';
}

/** Items done per date (`YYYY-MM-DD`) from `from` to `to` inclusive, each date's items in plan order. */
export function doneByDate(plans: readonly ParsedPlan[], from: string, to: string): Map<string, DoneItem[]> {
  const byDate = new Map<string, DoneItem[]>();
  const add = (date: string | null, item: DoneItem): void => {
    if (!date || date < from || date > to) return;
    const items = byDate.get(date);
    if (items) items.push(item);
    else byDate.set(date, [item]);
  };
  for (const plan of plans) {
    const title = planTitle(plan);
    const visit = (node: PlanNode): void => {
      if (node.kind === 'day') {
        if (plan.journal) add(entryWritten(node) ? node.date : null, { planUri: plan.uri, planTitle: title, title: node.title, line: node.line, kind: 'entry' });
        else add(node.stampDate, { planUri: plan.uri, planTitle: title, title: node.title, line: node.line, kind: 'day' });
      }
      for (const task of node.tasks) add(task.doneDate, { planUri: plan.uri, planTitle: title, title: task.text, line: task.line, kind: 'task' });
      node.children.forEach(visit);
    };
    visit(plan.root);
  }
  return byDate;
}
