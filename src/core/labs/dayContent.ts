import type { Field, Link, ParsedPlan, PlanNode } from '../model';
import { allTasks } from '../edits/locate';
import { planTitle } from '../nodeLabels';
import { isDayMark } from '../dayMark';
import { titleWithoutDayPrefix } from './slug';
import { normalizeKey, vocabularyOf } from '../grammar/keywords';

/** What a lab is made from: the day's text, gathered from the model. */
export interface DayContent {
  readonly number: number | null;
  readonly title: string;
  readonly heading: string;
  readonly plan: string;
  readonly module: string;
  readonly objective: string;
  readonly tasks: readonly string[];
  /** Whether each of `tasks` is done: a checkbox checked; a task field when the day is done. */
  readonly taskDone: readonly boolean[];
  readonly resources: readonly Link[];
  readonly checkpoint: string;
}

function fieldValue(fields: readonly Field[], ...names: RegExp[]): string {
  for (const name of names) {
    const field = fields.find((f) => name.test(f.name));
    if (field?.value) return field.value;
  }
  return '';
}

function allFields(node: PlanNode): Field[] {
  return [...node.fields, ...node.children.flatMap(allFields)];
}

export function allLinks(node: PlanNode): Link[] {
  return [...node.links, ...node.children.flatMap(allLinks)];
}

/**
 * The links a field of `day` holds: those on its line; in a table row, whose cells share one line, those whose text its
 * value shows (a row's `Resource` link was printed after its `Task` cell too, and its title's after its `Lab` cell).
 */
export function fieldLinks<T extends Link>(day: Pick<PlanNode, 'form'>, field: Field, links: readonly T[]): T[] {
  const onLine = links.filter((link) => link.line === field.line);
  return day.form !== 'tableRow' ? onLine : onLine.filter((link) => link.text !== '' && field.value.includes(link.text));
}

/** The nodes from `node` down to the day's parent, outermost first; undefined when the day is not below it. */
export function ancestors(node: PlanNode, day: PlanNode): PlanNode[] | undefined {
  if (node === day) return [];
  for (const child of node.children) {
    const below = ancestors(child, day);
    if (below) return [node, ...below];
  }
  return undefined;
}

/**
 * The nearest module (or cycle) holding the day, by title; '' when it sits in neither. `anySection`: else the
 * nearest heading below the file's title holding it (a week's `## Semana del 2026-11-02`, read as a section).
 */
export function containerTitle(root: PlanNode, day: PlanNode, anySection = false): string {
  const above = (ancestors(root, day) ?? []).reverse();
  // A section under the file's title (its `# Journal` holds every day: it tells none apart).
  const container = above.find((node) => node.kind === 'module' || node.kind === 'cycle') ?? (anySection ? above.find((node) => node.kind !== 'plan' && node.level > 1) : undefined);
  return container?.title ?? '';
}

/** A field's kind in the plan's language (`Ziel`, `Aufgabe (30 Min)`, `Aufgabe 1`: languages.json's labFields, by the whole name or its first word), if it has one. */
function labKind(field: Field): 'objective' | 'task' | undefined {
  const key = normalizeKey(field.name);
  const names = vocabularyOf().labFields;
  return names.get(key) ?? names.get(key.split(' ')[0]);
}

export function dayContent(plan: ParsedPlan, day: PlanNode): DayContent {
  const fields = allFields(day);
  // In the plan's language too (a trial's German lab read `**Objective:** —` beside its `**Ziel:**`, and lost its Aufgabe).
  const taskFields = fields.filter((f) => /^(task|doable|exercise|practice)/i.test(f.name) || labKind(f) === 'task').map((f) => (f.detail ? `${f.value} (${f.detail})` : f.value));
  // A day written as a task (`### [ ] Day 3`, `- [ ] Day 3: X`) is not one of its own tasks.
  const boxes = allTasks(day).filter((t) => !isDayMark(day, t) && t.text !== '');
  const named = taskFields.filter(Boolean);
  return {
    number: day.number,
    title: titleWithoutDayPrefix(day.title),
    heading: day.title,
    // The plan's name as every view shows it (front-matter title, its one H1, else the file name).
    plan: planTitle(plan),
    module: containerTitle(plan.root, day),
    objective: fieldValue(fields, /objective/i, /^goal/i, /^learning$/i) || (fields.find((f) => f.value && labKind(f) === 'objective')?.value ?? ''),
    tasks: [...named, ...boxes.map((t) => t.text)],
    // A lab made for a day already done shows what was done (a trial's done day had every task unchecked).
    taskDone: [...named.map(() => day.done), ...boxes.map((t) => t.status === 'done')],
    resources: allLinks(day),
    checkpoint: fieldValue(fields, /checkpoint/i, /quiz/i) || (fields.find((f) => f.value && vocabularyOf().reviewFields.get(normalizeKey(f.name)) === 'checkpoint')?.value ?? ''),
  };
}
