/**
 * Walks and rewrites over the builder's drafts (planBuilder.ts): what a node holds, and putting days that turn
 * out not to count back into their parents.
 */
import type { DraftNode } from './draftNode';
import { classifyHeading } from './classifyHeading';
import { weekDayOf } from './weekHeadings';

/** Whether a day, module or cycle sits anywhere below the node. */
export function holdsStructure(node: DraftNode): boolean {
  return node.children.some((child) => child.kind === 'day' || child.kind === 'module' || child.kind === 'cycle' || holdsStructure(child));
}

export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) into.push(items[k]);
}

export function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

/**
 * Puts days that do not count back into their parents: each day's children take its place, its tasks,
 * fields, links and marks become the parent's. One pass per parent (a log of 40,000 dropped paragraph
 * days took 21 s when each was spliced out and the links sorted again).
 */
export function unwrapAll(drops: readonly { readonly day: DraftNode; readonly parent: DraftNode }[]): void {
  const byParent = new Map<DraftNode, Set<DraftNode>>();
  for (const { day, parent } of drops) {
    let days = byParent.get(parent);
    if (!days) byParent.set(parent, (days = new Set()));
    days.add(day);
  }
  for (const [parent, days] of byParent) {
    const children: DraftNode[] = [];
    let links = false;
    let tasks = false;
    let fields = false;
    for (const child of parent.children) {
      if (!days.has(child)) {
        children.push(child);
        continue;
      }
      pushAll(children, child.children);
      if (child.tasks.length) {
        pushAll(parent.tasks, child.tasks);
        tasks = true;
      }
      if (child.fields.length) {
        pushAll(parent.fields, child.fields);
        fields = true;
      }
      if (child.links.length) {
        pushAll(parent.links, child.links);
        links = true;
      }
      if (child.sessions) pushAll((parent.sessions ??= []), child.sessions);
      if (child.pauses) pushAll((parent.pauses ??= []), child.pauses);
    }
    parent.children = children;
    // Document order (a table's links may sit between the parent's own): one stable sort.
    if (links) parent.links.sort((a, b) => a.line - b.line);
    // So are its tasks and fields (an item day's box among the parent's own checkboxes).
    if (tasks) parent.tasks.sort((a, b) => a.line - b.line);
    if (fields) parent.fields.sort((a, b) => a.line - b.line);
  }
}

export function collectDrafts(node: DraftNode, into: DraftNode[]): DraftNode[] {
  if (node.kind === 'day') into.push(node);
  for (let k = 0; k < node.children.length; k++) collectDrafts(node.children[k], into);
  return into;
}

export function titlesOf(node: DraftNode): string[] {
  return [node.title, ...node.children.flatMap(titlesOf)];
}

/** Whether a node or anything below it holds a task. */
export function holdsTasks(node: DraftNode): boolean {
  return node.tasks.length > 0 || node.children.some(holdsTasks);
}

/**
 * A journal: days headed only by weekdays or dates, with no task; or days all headed by dates, none marked (no
 * `✅`, `⏭` or `📅` on a title), one of them at least an entry of prose with no task: a TIL journal keeps a to-do in
 * an entry now and then (one task made every other entry an open day, the oldest of them forever the current one).
 */
export function isJournal(days: readonly DraftNode[], tasks: number): boolean {
  // A table's rows by date (`| Date | Topic | Done |`) have a status column: a tracker's days, done or open.
  if (days.length === 0 || !days.every((d) => (d.date !== null || d.weekday !== null) && d.form !== 'tableRow')) return false;
  if (tasks === 0) return true;
  if (!days.every((d) => d.date !== null && !d.stamp.marked && !d.skipMarked && d.planned === null)) return false;
  // Weekdays dated by their week alone are a plan's days as well as a journal's: a journal when notes are as many as
  // the entries holding tasks (a trial's week of notes with one to-do was read as a plan), a plan when tasks are
  // more (a review's study plan by week, a day of notes in it, was read as a journal). With an entry dated by its own
  // title among them, one note is enough, as it always was (a review's journal that gained a week stayed one).
  const notes = days.filter((d) => d.written && !holdsTasks(d)).length;
  return days.every((d) => d.weekDated) ? notes > 0 && notes >= days.filter(holdsTasks).length : notes > 0;
}

/**
 * The rows of day tables that yield to day headings (all of them, but one case): a table of numbered days outside
 * every day heading whose numbers fill, in order, a gap the headings leave (`### Día 1`, `### Día 2`, a week written
 * as a table of days 3-4, `### Día 5`: a trial's plan lost its table's days and `show 3` said "numbered from 1 to 5").
 * A table inside a day (its schedule), an overview of days the headings (or a table kept before it) also write, or
 * rows out of order (a table of days 8-30 above days 1-7) still yield, as do tables in a file whose day headings are
 * not all numbered. `ranges`: range headings holding tasks of their own, days once the headings are settled (see
 * PlanBuilder.finish). A row that yields is content: its cells are no fields of the node it is left in.
 */
export function tableRowsYielding<T extends { readonly day: DraftNode; readonly parent: DraftNode }>(rows: readonly T[], root: DraftNode, ranges: readonly DraftNode[]): T[] {
  const days = collectDrafts(root, []).filter((day) => day.form === 'heading');
  if (days.some((day) => day.number === null)) return cleared(rows);
  const taken: Span[] = days.map((day) => ({ line: day.line, endLine: day.endLine, from: day.number!, to: day.rangeEnd ?? day.number! }));
  for (const range of ranges) if (range.kind !== 'day' && range.fromRange) taken.push({ line: range.line, endLine: range.endLine, from: range.fromRange.from, to: range.fromRange.to });
  const byParent = new Map<DraftNode, T[]>();
  for (const row of rows) {
    const table = byParent.get(row.parent);
    if (table) table.push(row);
    else byParent.set(row.parent, [row]);
  }
  const yielding: T[] = [];
  for (const table of byParent.values()) {
    const spans = table.map(({ day }) => ({ line: day.line, endLine: day.endLine, from: day.number ?? NaN, to: day.rangeEnd ?? day.number ?? NaN }));
    if (fillsAGap(spans, taken)) pushAll(taken, spans);
    else pushAll(yielding, table);
  }
  return cleared(yielding);
}

/** Lines and day numbers: a day heading's (its section), a row's. */
interface Span {
  readonly line: number;
  readonly endLine: number;
  readonly from: number;
  readonly to: number;
}

function fillsAGap(rows: readonly Span[], taken: readonly Span[]): boolean {
  for (let k = 0; k < rows.length; k++) {
    if (Number.isNaN(rows[k].from) || (k > 0 && rows[k].from <= rows[k - 1].to)) return false;
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return taken.every((day) => {
    if (last.line >= day.line && first.line < day.endLine) return false; // the table is in the day's section
    return day.line < first.line ? day.to < first.from : day.from > last.to;
  });
}

/** The rows, their cells' fields dropped: a row that yields is a table's content, and nothing of a day. */
function cleared<T extends { readonly day: DraftNode }>(rows: readonly T[]): T[] {
  for (const { day } of rows) if (day.fields.length > 0) day.fields = [];
  return [...rows];
}

/**
 * The row of a table of days in `node` that `words` name (`Day 3`, `Día 3`, `2026-11-24`: read as a heading is), the
 * last table's first: what a session line below a table was logged for. Undefined when no row is named so.
 */
export function rowNamed(node: DraftNode, words: string): DraftNode | undefined {
  const children = node.children;
  if (children.length === 0 || children[children.length - 1].form !== 'tableRow') return undefined;
  // The row labelled so (`Week 2, Day 1`, in a table numbering its days again each week: its number names a row of
  // each week, and the last one's took a session of week 1, a trial's).
  const label = (title: string): string => title.replace(/: .*$/s, '').replace(/\s+/g, ' ').toLowerCase();
  const wanted = label(words);
  for (let k = children.length - 1; k >= 0 && children[k].form === 'tableRow'; k--) if (label(children[k].title) === wanted) return children[k];
  // Else by its week and day, written another way (`· W3D1` for the row `Week 3, Day 1`, as a DAY may name it: a review's).
  const weekDay = weekDayOf(words);
  if (weekDay !== null) {
    for (let k = children.length - 1; k >= 0 && children[k].form === 'tableRow'; k--) {
      const row = weekDayOf(children[k].title);
      if (row !== null && row.week === weekDay.week && row.day === weekDay.day) return children[k];
    }
    return undefined;
  }
  const named = classifyHeading(words);
  // `Day 2-3`, as a row of days 2-3 is labelled (a review's was left to the plan), or a day and its number or date.
  const [from, to] = named.kind === 'dayRange' ? [named.from, named.to] : named.kind === 'day' && named.number !== null ? [named.number, named.number] : [null, null];
  const date = named.kind === 'day' ? named.date : null;
  if (from === null && date === null) return undefined;
  for (let k = children.length - 1; k >= 0 && children[k].form === 'tableRow'; k--) {
    const row = children[k];
    if (from === null ? row.date === date : row.number !== null && row.number <= from && to! <= (row.rangeEnd ?? row.number)) return row;
  }
  return undefined;
}
