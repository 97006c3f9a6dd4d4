/**
 * Finding a target again in a fresh parse. Views hold model objects from some earlier version of the
 * document; before an edit, the target is looked up by what it is (title, task text) near where it
 * was. If it is not there any more, the caller refuses: an edit never lands on a guessed line.
 */
import type { ParsedPlan, PlanNode, Task } from '../model';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';

export interface DayRef {
  readonly line: number;
  readonly title: string;
}

export interface TaskRef {
  readonly line: number;
  readonly text: string;
}

function nearest<T>(candidates: T[], lineOf: (item: T) => number, line: number): T | undefined {
  return candidates.sort((a, b) => Math.abs(lineOf(a) - line) - Math.abs(lineOf(b) - line))[0];
}

export function findDay(plan: ParsedPlan, ref: DayRef): PlanNode | undefined {
  const same = plan.days.filter((day) => day.title === ref.title);
  return nearest(same, (day) => day.line, ref.line);
}

export function allTasks(node: PlanNode, into: Task[] = []): Task[] {
  into.push(...node.tasks);
  for (const child of node.children) allTasks(child, into);
  return into;
}

export function findTask(plan: ParsedPlan, ref: TaskRef): Task | undefined {
  const same = allTasks(plan.root).filter((task) => task.text === ref.text);
  return nearest(same, (task) => task.line, ref.line);
}

/** The day whose section holds the line (its heading or anything below it). */
export function dayAtLine(plan: ParsedPlan, line: number): PlanNode | undefined {
  return plan.days.find((day) => line >= day.line && line < day.endLine);
}

/** Tasks on lines `from` to `to`, inclusive: starting there, or with text that wraps onto one of them. */
export function tasksOnLines(plan: ParsedPlan, from: number, to: number): Task[] {
  // A task whose text wraps is on each of its lines (the cursor on its second line toggled nothing).
  return allTasks(plan.root).filter((task) => task.line <= to && task.lastLine >= from);
}

/**
 * The tasks a learner names by their words (`toggle plan.md "exercise 2"`): a line number goes stale as soon as
 * something adds a line above it (a log line, a lab link), words do not. Case and runs of spaces do not count;
 * a task that reads exactly the words wins over tasks that only hold them (`exercise 2` over `exercise 2b`), and
 * `others` counts those it won over (for a message: the learner may have meant one of them).
 */
export function tasksNamed(plan: ParsedPlan, words: string): { readonly tasks: Task[]; readonly others: number } {
  const found = tasksHolding(plan, pastedTaskText(words) ?? words);
  // Words copied from the file with their markup (`Write `hello.rs``, `**Read** the [book](x)`, `Install ✅ 2026-11-25`),
  // when no task's text holds them as they are: read as the plan reads a task's words.
  return found.tasks.length > 0 || PASTED_BOX.test(words) ? found : tasksHolding(plan, pastedTaskText(`- [ ] ${words.replace(BARE_BOX, '')}`) ?? words);
}

function tasksHolding(plan: ParsedPlan, words: string): { readonly tasks: Task[]; readonly others: number } {
  const wanted = foldWords(words);
  const holding = wanted ? allTasks(plan.root).filter((task) => foldWords(task.text).includes(wanted)) : [];
  const exact = holding.filter((task) => foldWords(task.text) === wanted);
  return exact.length ? { tasks: exact, others: holding.length - exact.length } : { tasks: holding, others: 0 };
}

/** A task box without its list marker (`[x] Already done`). */
const BARE_BOX = /^\s*\[.\]\s+/;

/** A list item's marker and task box at the start of a pasted line (in a blockquote too). */
const PASTED_BOX = /^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+\[.\]\s/;

/**
 * The text of a task line pasted whole (`- [x] Kapitel 1 lesen ✅ 2026-11-27`, `- [ ] Read [chapter 2](x) 📅 …`),
 * read as the plan reads a task (its box, stamp, fields and markup are no words of it); null for words alone.
 */
function pastedTaskText(words: string): string | null {
  if (!PASTED_BOX.test(words)) return null;
  const [task] = allTasks(buildPlan(inMemoryDocument('pasted.md', words)).root);
  return task ? task.text : null;
}

function foldWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
