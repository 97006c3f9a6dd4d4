// What a day asks, as `status` prints the current day and `show` any day: its fields (with the links on their
// lines), its other links and its tasks, in the plan's order.
import { allLinks, allTasks, fieldLinks, isBoxlessItem, isDayMark, itemsUnder, LineRanges, Lines, plainInline, type FileSystemPort, type ParsedPlan, type PlanNode } from '../core';
import { checkedLinks, type CheckedLink } from './verbs/links';
import { field, shellWord } from './output';

export const BOX: Record<string, string> = { open: '[ ]', done: '[x]', inProgress: '[/]', cancelled: '[-]' };
/** How many lines `status` gives the current day (`show` gives them all). */
const DAY_LINES = 15;
/** How many lines of a day's paragraphs `status` gives. */
const STATUS_PROSE = 3;

/** After a link the extension would not open (and `links` leaves out), its words: ` (not opening: <reason>)`. */
function refusal(link: CheckedLink): string {
  return link.refused === null ? '' : ` (not opening: ${field(link.refused)})`;
}

/** The plan's text, read for what its model does not hold: the items nested under a field or a task. */
export interface DaySource {
  readonly plan: Pick<ParsedPlan, 'literalBlocks' | 'journal'>;
  readonly text: string;
}

/** A line that is no paragraph's: a list item, a heading, a quote, a table's row, or one indented (inside an item). */
const NOT_PROSE = /^(?:[ \t]|>|#|\||\$\$|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;
/** A table's delimiter row (`--|--`, `| :--- | ---: |`). */
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
/** A list item's line (its lazy continuation lines follow it with no blank line between). */
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A thematic break (`---`), a link reference or footnote definition (`[ref]: url`, `[^1]: ...`): no words to read. */
const NO_WORDS = /^ {0,3}(?:([-*_])(?: *\1){2,} *$|\[\^?[^\]]+\]:)/;

/**
 * The day's own paragraphs (up to its first section), each line as words: fields, code, tables (a line of two bars
 * or more), definitions and the lazy lines of list items left out (a review's were printed twice).
 */
function proseOf(day: PlanNode, at: (line: number) => string, literal: LineRanges, fieldLines: ReadonlySet<number>): { line: number; text: string; prose: true }[] {
  const end = day.children.length > 0 ? day.children[0].line : day.endLine;
  const prose: { line: number; text: string; prose: true }[] = [];
  let inItem = false;
  let inTable = false;
  let inMath = false;
  // A paragraph day's (or a list item day's) text starts on the line after its title's, inside the paragraph (its
  // body is after the paragraph).
  for (let line = day.form === 'paragraph' || isBoxlessItem(day) ? day.titleEndLine + 1 : day.bodyLine; line < end; line++) {
    const text = at(line);
    // The other lines of a list item day's first paragraph are its text, indented under its item.
    if (line < day.bodyLine && isBoxlessItem(day)) {
      const words = plainInline(text.trim());
      if (words) prose.push({ line, text: `  ${field(words)}`, prose: true });
      continue;
    }
    if (text.trim() === '') {
      inItem = inTable = false;
      continue;
    }
    if (ITEM.test(text)) inItem = true;
    // A block of math (`$$` ... `$$`): no words to read.
    const trimmed = text.trim();
    if (inMath || (trimmed.startsWith('$$') && !(trimmed.length > 2 && trimmed.endsWith('$$')))) {
      inMath = inMath ? !trimmed.endsWith('$$') : true;
      continue;
    }
    // A table's delimiter row: its header above was no paragraph, nor are its rows below.
    if (!inTable && TABLE_DELIMITER.test(text)) {
      inTable = true;
      if (prose.length > 0 && prose[prose.length - 1].line === line - 1) prose.pop();
    }
    if (inItem || inTable || fieldLines.has(line) || literal.at(line) || NOT_PROSE.test(text) || NO_WORDS.test(text) || text.split('|').length > 2) continue;
    const words = plainInline(text);
    if (words) prose.push({ line, text: `  ${field(words)}`, prose: true });
  }
  return prose;
}

/** A line that starts a field of its own (`**Quiz:**`, `- **Task (30 min):**`). */
const FIELD_START = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\*\*/;

/**
 * The lines a field's value goes on over (`- **Task:** line one` then `  line two`, or a lazy line): its paragraph's
 * next lines up to a blank line, an item, a field, a heading or code (a line of no words to print: text ''). The model's field holds its first line (a quiz's
 * next line is its answer: see the review cards); printed under it, they were lost (a hostile trial's).
 */
function continuationOf(line: number, end: number, at: (line: number) => string, literal: LineRanges): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  // A link's text that goes on over the next line (`[multi` then `line](url)`) is the field's link, printed with it; a
  // `[` nothing closes that way is text (`values in [0, 10)`: its next line was lost, a review's).
  let open = at(line).lastIndexOf('[') > at(line).lastIndexOf(']');
  for (let next = line + 1; next < end; next++) {
    const text = at(next);
    if (text.trim() === '' || literal.at(next) || ITEM.test(text) || FIELD_START.test(text) || /^[ \t]*(?:#|>|\|)/.test(text)) break;
    const tail = open && /\]\(/.test(text);
    const words = tail ? '' : plainInline(text);
    out.push({ line: next, text: words });
    open = !tail && text.lastIndexOf('[') > text.lastIndexOf(']');
  }
  return out;
}

/**
 * The day's fields, links and tasks, each on a line indented by two; a link to a file as `links` gives it (from the
 * working folder), a link `links` leaves out marked; with the plan's text, the items nested under fields and tasks.
 * Over `limit` lines, the last says how many more there are.
 */
export async function dayLines(day: PlanNode, file: string, files: FileSystemPort, limit = DAY_LINES, source?: DaySource): Promise<string[]> {
  const links = await checkedLinks(allLinks(day), file, files);
  const onFields = new Set<CheckedLink>();
  const fields = day.fields.map((f) => {
    const own = fieldLinks(day, f, links);
    for (const link of own) onFields.add(link);
    const targets = own.map((l) => ` <${field(l.shown)}>${refusal(l)}`).join('');
    return { line: f.line, text: `  ${field(f.name)}${f.detail ? ` (${field(f.detail)})` : ''}: ${field(f.value)}${targets}`.trimEnd(), heads: f.value === '' && targets === '' };
  });
  // A heading that is a task (`### [ ] Day 3`) is the day itself, not one of its tasks.
  // Each with its line: what `toggle FILE LINE` takes (a learner had to find it with grep).
  const tasks = allTasks(day).filter((t) => !isDayMark(day, t)).map((t) => ({ line: t.line, text: `  ${BOX[t.status]} ${field(t.text)}  (line ${t.line + 1})`, task: true }));
  // In the plan's order: links nested under `- **Resources:**` follow it (a learner saw an empty `Resources:`
  // with its links at the bottom), indented under it. A link on a task's own line follows the task, under it
  // (printed before it, it read as the task above's).
  type Entry = { line: number; text: string; heads?: boolean; link?: boolean; task?: boolean; item?: boolean; prose?: boolean };
  // The items nested under fields and tasks (`- **Key Learnings:**` with its learnings under it was printed empty, a
  // trial's), with the links on their lines; an item that is a link alone is printed as the link.
  const items: Entry[] = [];
  const nested = new Set<number>();
  if (source) {
    const text = new Lines(source.text);
    const at = (line: number): string => text.at(line);
    const literal = new LineRanges(source.plan.literalBlocks);
    const heads = [...fields.map((f) => ({ line: f.line, paragraph: f.heads })), ...tasks.map((t) => ({ line: t.line, paragraph: false }))];
    const own = new Set([...fields, ...tasks].map((entry) => entry.line));
    const addItem = (item: { line: number; text: string }): void => {
      // A task nested under a field: its items are the field's too (a review's were printed twice).
      if (own.has(item.line) || nested.has(item.line)) return;
      // A `⏱` session or `⏸` pause line is said by the day's study time, not as text (a trial's was printed as
      // `- 2026-12-01 (40 min)`, its ⏱ dropped).
      if (day.sessions.some((s) => s.line === item.line) || day.pauses.some((p) => p.line === item.line)) return;
      nested.add(item.line);
      const on = links.filter((l) => l.line === item.line && !onFields.has(l));
      if (on.length > 0 && on.map((l) => l.text).join(' ') === item.text) return;
      for (const link of on) onFields.add(link);
      items.push({ line: item.line, text: `    - ${field(item.text)}${on.map((l) => ` <${field(l.shown)}>${refusal(l)}`).join('')}`, item: true });
    };
    // The lines a field's value goes on over are its, not prose (a review's were printed twice).
    const continued = new Set<number>();
    for (const f of fields) {
      if (f.heads) continue;
      for (const more of continuationOf(f.line, day.endLine, at, literal)) {
        continued.add(more.line);
        if (more.text === '') continue;
        // With the links on its line, as an item's.
        const on = links.filter((l) => l.line === more.line && !onFields.has(l));
        for (const link of on) onFields.add(link);
        items.push({ line: more.line, text: `    ${field(more.text)}${on.map((l) => ` <${field(l.shown)}>${refusal(l)}`).join('')}`, item: true });
      }
    }
    for (const head of heads) itemsUnder(at, head.line, day.endLine, literal, head.paragraph).forEach(addItem);
    // A plan's day: its prose beside its fields (a trial's week entry lost "Clase con la profesora Lucía."); a journal's
    // entry is printed as written before all this (see show.ts).
    if (!source.plan.journal) {
      // In status (a limit), the first lines of prose: the day's tasks must not hide behind "... more lines" (a review's).
      const paragraphs = proseOf(day, at, literal, new Set([...fields.map((f) => f.line), ...continued]));
      for (const prose of Number.isFinite(limit) ? paragraphs.slice(0, STATUS_PROSE) : paragraphs) {
        items.push(prose);
        // The plain list a paragraph introduces (`Read these today:`), under it (a review's was left out).
        itemsUnder(at, prose.line, day.endLine, literal, true).forEach(addItem);
        // A bare address the paragraph shows, and opens: said once (`See https://x` then `https://x`).
        for (const link of links) if (link.line === prose.line && link.text === link.target && link.refused === null && prose.text.includes(field(link.shown))) onFields.add(link);
      }
    }
  }
  // A link no field, item or paragraph holds is listed on its own (a table row's title cell's).
  const others = links.filter((l) => !onFields.has(l)).map((l) => {
    const target = field(l.shown);
    // A bare address is its own text: once (`https://x <https://x>` said it twice).
    return { line: l.line, text: (l.text === l.target ? target : `${field(l.text)} <${target}>`) + refusal(l), link: true };
  });
  let under = false;
  let taskLine = -1;
  const lines = ([...fields, ...others, ...tasks, ...items] as Entry[]).sort((a, b) => a.line - b.line || Number(a.link === true) - Number(b.link === true)).map((entry) => {
    // An item nested under a field or a task leaves what the links after it are under as it was.
    if (entry.item) return entry.text;
    if (!entry.link) {
      under = entry.heads === true;
      // A link in a paragraph or a task follows it, under it.
      taskLine = entry.task || entry.prose ? entry.line : -1;
      return entry.text;
    }
    // A link alone on an item nested under a field or a task is indented as the items beside it.
    return `${under || entry.line === taskLine || nested.has(entry.line) ? '    ' : '  '}${entry.text}`;
  });
  return lines.length <= limit ? lines : [...lines.slice(0, limit - 1), `  ... ${lines.length - limit + 1} more lines (learning-plans show ${shellWord(file)} line:${day.line + 1})`];
}
