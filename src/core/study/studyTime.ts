import type { PlanNode } from '../model';
import { bracketedDuration, notedDuration, parenthesisedDuration, parseDuration, taskDuration, timeFieldMinutes } from './duration';

/**
 * Study time of a node: the durations its author wrote, summed over the node and everything under it.
 *
 * Where a duration counts, in one day's body (one duration per line at most, so a field line that also
 * holds a link is not counted twice):
 * - a field's parenthesised (or bracketed) detail: `- **Task (30 min):** ...`, `- **Project [1 h]:** ...`;
 * - a field whose name says it is a time (`Time`, `Duration`, `Estimate`, `Effort`): `- **Time:** 90 minutes`;
 * - a link's note: `[Kafka Quick Start (Docs, 10 min)](...)`, or a field value's: `- **Resource:** [Video](...) (20 min)`;
 * - a task's note: `- [ ] Read chapter 3 (45 min)`, `[45 min]`, `- 45 min` at its end, its steps' summed (see taskDuration);
 * - a day's title, when its body gives none: `### Day 1 - Intro (30 min)`.
 * A duration is done when its day is done or it sits on a checked task's line. A skipped day counts nothing.
 */
export interface StudyTime {
  /** Minutes written in the node and its descendants. */
  readonly total: number;
  /** Minutes of that not done yet. */
  readonly left: number;
}

/** A field whose name says it is a time, in the plans' languages too (`- **Zeit:** 30 Minuten`, `Tiempo`, `时间`). */
const TIME_FIELD = /^(?:time|duration|estimated?(?: time)?|estimate|effort|study time|time needed|time required|zeit|dauer|lernzeit|tiempo|duraci[oó]n|dur[eé]e|temps|tempo|durata|tijd|duur|时间|時間|用时|所要時間)$/i;

const cache = new WeakMap<PlanNode, StudyTime>();

function ownTime(node: PlanNode): StudyTime {
  const byLine = new Map<number, number>();
  const note = (line: number, minutes: number | null): void => {
    if (minutes !== null && !byLine.has(line)) byLine.set(line, minutes);
  };
  // A time field first: a table row's cells share its line, and the row's own `Time` is its time, not the `(30 min)`
  // its `Task (30 min)` column's header gives every row (a trial's).
  const fields = node.form === 'tableRow' ? [...node.fields].sort((a, b) => Number(TIME_FIELD.test(b.name)) - Number(TIME_FIELD.test(a.name))) : node.fields;
  for (const field of fields) {
    const time = TIME_FIELD.test(field.name);
    // A row's own time before its header's detail; a heading day's `**Time (30 min):** 45 min` keeps its label's.
    if (time && node.form === 'tableRow') note(field.line, parseDuration(field.value) ?? timeFieldMinutes(field.value, field.detail));
    // `**Task (30 min):**` has a detail; `**Task [30 min]:**` keeps its brackets in the name.
    note(field.line, field.detail !== null ? parseDuration(field.detail) : bracketedDuration(field.name));
    if (time) note(field.line, parseDuration(field.value) ?? timeFieldMinutes(field.value, field.detail));
    // A note in its value, as a task's or a link's: `- **Resource:** [Video](url) (20 min)`, `(20 Min.)` (a
    // learner's counted nothing, `[Video (20 min)](url)` did).
    note(field.line, notedDuration(field.value));
  }
  for (const link of node.links) note(link.line, notedDuration(link.text));
  for (const task of node.tasks) note(task.line, taskDuration(task.text));
  if (byLine.size === 0) return { total: 0, left: 0 };
  const checkedLines = new Set(node.tasks.filter((t) => t.checked).map((t) => t.line));
  let total = 0;
  let left = 0;
  for (const [line, minutes] of byLine) {
    total += minutes;
    if (!node.done && !checkedLines.has(line)) left += minutes;
  }
  return { total, left };
}

const NONE: StudyTime = Object.freeze({ total: 0, left: 0 });

/**
 * The time a plan plans for a node: a journal's entries are records, not work to do, so a `(12 min)` in a
 * journal's link is no study time left (its logged sessions still count, see loggedMinutes).
 */
export function plannedTime(plan: { readonly journal: boolean }, node: PlanNode): StudyTime {
  return plan.journal ? NONE : studyTime(node);
}

/** Memoized per node: models are immutable, and the tree asks again for every item it draws. */
export function studyTime(node: PlanNode): StudyTime {
  // A skipped day (⏭) left the plan, as it leaves its schedule and its day count: none of its time is planned.
  if (node.skipped) return NONE;
  const known = cache.get(node);
  if (known) return known;
  const own = ownTime(node);
  let total = own.total;
  let left = own.left;
  for (const child of node.children) {
    const time = studyTime(child);
    total += time.total;
    // A done module or plan counts everything under it as done.
    left += node.done ? 0 : time.left;
  }
  // A day whose body (its subsections too) gives no estimate may give one in its title: `### Day 1 - Intro (30 min)`,
  // a table row's `| 1 | Saludos (30 minutos) |` (a learner's counted nothing). The body's, when it has them, are
  // the parts of it, not more.
  const titled = total === 0 && node.kind === 'day' ? parenthesisedDuration(node.title) ?? bracketedDuration(node.title) : null;
  const result = titled === null ? { total, left } : { total: titled, left: node.done ? 0 : titled };
  cache.set(node, result);
  return result;
}
