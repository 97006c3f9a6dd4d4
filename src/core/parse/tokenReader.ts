/**
 * From markdown-it's block tokens to the calls that build a plan's tree (planSink.ts): headings, paragraph days, item
 * days, tables, tasks, fields and links, `⏱`/`⏸` lines, and the literal blocks where nothing is structure. One
 * piece's tokens at a time (see chunks.ts): buildPlan.ts drives the pieces.
 */
import type { Pause, StudySession, Task } from '../model';
import { readStamp, stripSourceStamps } from '../stamps';
import { displayText } from '../text/mojibake';
import { TASK_CONTENT, withoutAttributes } from '../grammar/lineSyntax';
import { mayHaveLineMarks, mayHaveTitleMarks, readPauseMark, readSessionMark, readTitleMarks, withoutTitleMarks } from '../grammar/dayMarks';
import { classifyHeading, type HeadingClass } from './classifyHeading';
import { readTable } from './dayTables';
import { readDayTable } from './tableDayReader';
import { content, linksOf } from './contentReaders';
import { inlineText, markSimple, markSimpleLink, plainText, splitLines } from './inlineText';
import { detach } from './compactText';
import { readSimpleLink } from './simpleLink';
import { parseBlocks, parseInline, type BlockToken } from './markdown';
import { NOT_SIMPLE, simpleInline } from './simpleInline';
import { itemDay, mayStartItemDay, mayStartParagraphDay } from './paragraphDays';
import { dayLineOf, paragraphPieces } from './paragraphDayLines';
import type { DayMarks } from './planBuilder';
import type { PlanSink } from './planSink';
import { isExpression } from './planSignals';
import { isTaskInline, makeTask, readTask } from './taskItems';

/**
 * Inline content that could hold what the model reads: a link (`[`, `<`, a bare `scheme://`, `//host` or
 * `mailto:`) or a bold field (`**`, `__`). Anything else is prose the model never looks at.
 */
const MAY_NEED_INLINE = /[[<]|\/\/|mailto:|\*\*|__/i;

/** A paragraph at the top level (not in a list, a quote or a table) that may be a paragraph day. */
function isParagraphDayCandidate(tokens: readonly BlockToken[], i: number): boolean {
  return tokens[i - 1]?.type === 'paragraph_open' && tokens[i - 1].level === 0 && mayStartParagraphDay(tokens[i].content);
}

/**
 * The first paragraph of a list item with no box that may be a day (`- Day 1: Variables`, a week's list of days in a
 * plan written so; a trial's `## Week 1` over such items had no day to mark).
 */
function isPlainItemDayCandidate(tokens: readonly BlockToken[], i: number): boolean {
  return i >= 2 && tokens[i - 1].type === 'paragraph_open' && tokens[i - 2].type === 'list_item_open' && mayStartItemDay(tokens[i].content) && !TASK_CONTENT.test(tokens[i].content);
}

/** Blocks, then the inline pass only on headings, task items, table cells, possible paragraph days and content that may hold links or fields. */
export function parseBlocksForModel(text: string): BlockToken[] {
  const { tokens, env } = parseBlocks(text);
  const needed: BlockToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'inline') continue;
    // Paragraph days get markdown-it's inline pass (their first line is read from its tokens). Plain
    // text and `**label** text` elsewhere are read without inline tokens; other headings, tasks and
    // table cells get the inline pass; prose that cannot hold a link or a field needs nothing.
    if (isParagraphDayCandidate(tokens, i) || isPlainItemDayCandidate(tokens, i)) {
      token.meta = null;
      // The inline pass pushes into `children`: a simple token's may be the scanner's shared empty list.
      token.children = [];
      needed.push(token);
      continue;
    }
    // The block scanner has read the shape already, on the document's flat text.
    const shape = typeof token.meta === 'number' ? token.meta : simpleInline(token.content);
    const previous = tokens[i - 1].type;
    if (shape !== NOT_SIMPLE) markSimple(token, shape);
    else if (previous === 'heading_open' || previous === 'td_open' || previous === 'th_open' || isTaskInline(tokens, i)) needed.push(token);
    else if (MAY_NEED_INLINE.test(token.content)) {
      // Content with one link and simple text around it (a plan's resource lines) is read without the pass.
      const link = readSimpleLink(token.content);
      if (link) markSimpleLink(token, link);
      else needed.push(token);
    }
  }
  parseInline(needed, env);
  return tokens;
}


/** A heading: its title (without a task box, stamps or task fields), the task it is, and what it says it is. */
function readHeading(builder: PlanSink, tokens: readonly BlockToken[], i: number, firstLine: number): void {
  const open = tokens[i];
  const inline = tokens[i + 1];
  // A setext heading's map ends after its underline; its text ends on the line before.
  const setext = open.markup === '=' || open.markup === '-';
  const [start, end] = open.map!;
  const at = { line: start + firstLine, titleEndLine: (setext ? end - 2 : start) + firstLine, bodyLine: end + firstLine };
  // A trailing attribute list (`{#second}`) is the heading's anchor, not its title: stamps and marks go before it.
  // An ATX heading's only (a setext heading's title keeps it, as its edits do).
  const text = setext ? inlineText(inline) : withoutAttributes(inlineText(inline));
  const source = setext ? inline.content : withoutAttributes(inline.content);
  let task: Task | null = null;
  let title: string;
  let heading: HeadingClass | undefined;
  let marks: DayMarks = NO_DAY_MARKS;
  if (!setext && TASK_CONTENT.test(source)) {
    // `#### [ ] Learning Theory` is a task titled by the rest of the heading; its due date (`📅`) plans it.
    task = makeTask(source, text.replace(TASK_CONTENT, '').trim(), at.line, at.titleEndLine);
    title = task.text;
    if (task.due) marks = { planned: task.due, skipped: false };
  } else if ((source.includes('=') || source.includes('<%')) && isExpression(source)) {
    // `# `= this.title`` (Dataview) renders the plan's title.
    title = builder.planTitle;
  } else {
    // Mojibake is repaired for display only (the file is never changed by parsing).
    title = detach(displayText(stripSourceStamps(text, source)));
    if (mayHaveTitleMarks(source)) {
      // `### Day 3 📅 2026-11-25`: planned (or `⏭` skipped), when what is left is a day.
      const found = readTitleMarks(source);
      const marked = detach(displayText(stripSourceStamps(withoutTitleMarks(text), withoutTitleMarks(source))));
      const kind = found.planned !== null || found.skipped ? classifyHeading(marked, at.line) : undefined;
      if (kind && (kind.kind === 'day' || kind.kind === 'dayRange')) {
        title = marked;
        heading = kind;
        marks = { planned: found.planned, skipped: found.skipped };
      }
    }
  }
  builder.heading(Number(open.tag.slice(1)), at, title, heading ?? classifyHeading(title, at.line), readStamp(source), task, linksOf(inline, at.line), marks);
}

const NO_DAY_MARKS: DayMarks = { planned: null, skipped: false };

/** The first line of a paragraph as display text. */
function firstLineText(inline: BlockToken): string {
  return displayText(plainText(splitLines(inline.children)[0]));
}

/**
 * A top-level paragraph that starts like a day: a paragraph day when its first line reads as one, and one more for each
 * later line that starts a day in the same form (a log written a day a line: paragraphDayLines.ts).
 */
function readParagraph(builder: PlanSink, inline: BlockToken, open: BlockToken, firstLine: number): boolean {
  const newline = inline.content.indexOf('\n');
  const first = dayLineOf(newline < 0 ? inline.content : inline.content.slice(0, newline), firstLineText(inline));
  if (!first) return false;
  const [start, end] = open.map!;
  const pieces = paragraphPieces(inline, first);
  for (let k = 0; k < pieces.length; k++) {
    const { token, from, day } = pieces[k];
    const line = start + from + firstLine;
    const bodyLine = k + 1 < pieces.length ? start + pieces[k + 1].from + firstLine : end + firstLine;
    // A day skipped (`Day 5/100: x ⏭ 2026-12-01`, as replan --skip writes it): marked so, the mark no part of its title.
    // Marks are read before one trailing backslash (`**Day 6:** x ⏭ 2026-12-01\`), where the edits write them: a hard
    // break, or a literal backslash once the paragraph ended after it (dayTitleEdits.paragraphMarksEnd).
    const source = day.source.replace(/\\[ \t]*$/, '');
    const stamp = readStamp(source);
    const skipped = mayHaveTitleMarks(source) && readTitleMarks(source).skipped;
    const bare = (stamp.marked || skipped) && day.title.endsWith('\\') ? day.title.slice(0, -1).trimEnd() : day.title;
    const title = skipped ? withoutTitleMarks(bare) : bare;
    builder.paragraphDay(detach(stripSourceStamps(title, source)), { line, titleEndLine: line, bodyLine }, day.heading, stamp, day.plain, skipped);
    content(builder, token, line, null, true);
    // A session logged as a line of the day's own text (what `log` writes where a `- ⏱` item would end the paragraph).
    if (mayHaveLineMarks(token.content)) lineMarks(builder, token.content, line);
  }
  return true;
}

/**
 * `⏱` session and `⏸` pause lines of a paragraph starting at `line` (each line of its content that
 * starts with the mark), read here so that a recording replays them with the rest of its piece.
 */
function lineMarks(builder: PlanSink, content: string, line: number): void {
  const sessions: StudySession[] = [];
  const pauses: Pause[] = [];
  let start = 0;
  for (let offset = 0; start <= content.length; offset++) {
    const end = content.indexOf('\n', start);
    // A hard break's `\` or spaces end a line of a paragraph day (a session written as a line of its text).
    const text = (end < 0 ? content.slice(start) : content.slice(start, end)).replace(/\\?[ \t]*$/, '');
    const session = readSessionMark(text);
    if (session) sessions.push({ line: line + offset, ...session });
    else {
      const pause = readPauseMark(text);
      if (pause) pauses.push({ line: line + offset, ...pause });
    }
    if (end < 0) break;
    start = end + 1;
  }
  if (sessions.length || pauses.length) builder.lineMarks(sessions, pauses);
}

/** Feeds one piece's tokens to the builder; `firstLine` is the piece's first line in the document. */
export function readTokens(tokens: readonly BlockToken[], firstLine: number, builder: PlanSink): void {
  // The first line of the list open at each nesting level: item days alone in their list may be no days (planBuilder).
  const lists: number[] = [];
  /** The task each open list item is, by level (its first paragraph starts with a box), else null. */
  const taskItems: (string | null)[] = [];
  // The level of the callout open (`> [!note]`), else -1: its headings are the box's, not the file's outline.
  let callout = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if ((token.type === 'fence' || token.type === 'code_block' || token.type === 'html_block') && token.map) {
      builder.literal(token.map[0] + firstLine, token.map[1] + firstLine);
    } else if (token.type === 'blockquote_open') {
      if (callout < 0 && isCallout(tokens, i)) callout = token.level;
    } else if (token.type === 'blockquote_close') {
      if (token.level === callout) callout = -1;
    } else if (token.type === 'heading_open' && token.map) {
      // A trial's daily note held `> [!note]` over `> ### Day 3`: a day, and `done` stamped it.
      if (callout < 0) readHeading(builder, tokens, i, firstLine);
      i += 2; // the heading's inline and close tokens
    } else if (token.type === 'table_open') {
      const table = readTable(tokens, i);
      readDayTable(builder, table, firstLine);
      i = table.end;
    } else if (token.type === 'inline') {
      const line = token.map ? token.map[0] + firstLine : builder.currentLine();
      if (token.children && isParagraphDayCandidate(tokens, i) && readParagraph(builder, token, tokens[i - 1], firstLine)) continue;
      const lastLine = token.map ? token.map[1] - 1 + firstLine : line;
      const task = isTaskInline(tokens, i) ? readTask(token, line, lastLine) : null;
      if (tokens[i - 2]?.type === 'list_item_open' && tokens[i - 1].type === 'paragraph_open') taskItems[tokens[i - 2].level] = task?.text ?? null;
      // `- [ ] Day 2: JOINs`: a day, when the file's days turn out to be written so (planBuilder.ts).
      const day = task && mayStartParagraphDay(task.text) ? itemDay(task.text) : null;
      if (day && tokens[i - 2].map) {
        const item = tokens[i - 2];
        builder.itemDay({ line, titleEndLine: lastLine, bodyLine: lastLine + 1 }, item.map![1] + firstLine, lists[item.level - 1] ?? line, day, task!, readStamp(token.content).marked);
        content(builder, token, line, null);
        continue;
      }
      // Not in a task's item: `- [x] Watch the lectures` over `  - Day 1: lecture 1` is a note of the task (a review's).
      if (!task && isPlainItemDayCandidate(tokens, i) && tokens[i - 2].map && !inTaskItem(taskItems, tokens[i - 2].level) && readPlainItemDay(builder, token, tokens[i - 2], line, lastLine, firstLine, lists)) continue;
      content(builder, token, line, task);
      if (!task && mayHaveLineMarks(token.content)) lineMarks(builder, token.content, line);
    } else if (token.type === 'list_item_open') {
      taskItems[token.level] = null; // until its first paragraph says (`- ### Week 2` has none)
    } else if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.map) {
      lists[token.level] = token.map[0] + firstLine;
    }
  }
}

/**
 * A list item with no box that starts as a paragraph day does (`- Day 1: Variables`, `- **Day 2:** Loops`): a day whose
 * marks are at the end of its first line, as a paragraph day's (`✅ date`, `⏭ date`, `📅 date`), when the file's days
 * turn out to be written so (itemDays.ts). False when it reads as no day, and its content is read as any item's.
 */
function readPlainItemDay(builder: PlanSink, inline: BlockToken, item: BlockToken, line: number, lastLine: number, firstLine: number, lists: number[]): boolean {
  const newline = inline.content.indexOf('\n');
  const source = (newline < 0 ? inline.content : inline.content.slice(0, newline)).replace(/\\?[ \t]*$/, '');
  const day = dayLineOf(source, firstLineText(inline));
  if (!day) return false;
  // Its title is its first line, as a paragraph day's: the lines below it are its text (`- Day 1: Variables` over
  // `  Learn let and const.` is how plans describe a day; a title wrapped over two lines is cut at the first).
  const marks = mayHaveTitleMarks(source) ? readTitleMarks(source) : null;
  const title = marks !== null && (marks.skipped || marks.planned !== null) ? withoutTitleMarks(day.title) : day.title;
  const plain = { title: detach(stripSourceStamps(title, source)), stamp: readStamp(source), planned: marks?.planned ?? null, skipped: marks?.skipped ?? false, counted: day.form === 'count' || (day.heading.kind === 'day' && day.heading.round !== null) };
  // Its body starts after its first paragraph (what a lab link or a session is written after). Read alike whether
  // the builder makes it a day or not (inside a day it is text): a piece replayed after an edit above it (planSink.ts)
  // makes the same calls whatever the builder then holds.
  builder.itemDay({ line, titleEndLine: line, bodyLine: lastLine + 1 }, item.map![1] + firstLine, lists[item.level - 1] ?? line, day.heading, null, false, plain);
  content(builder, inline, line, null, true);
  if (mayHaveLineMarks(inline.content)) lineMarks(builder, inline.content, line);
  return true;
}

/**
 * Whether an item at `level` sits in a task's item (an enclosing item is two levels up: its list, then it), but for a
 * task that is a week or a module (`- [ ] Week 1: Basics` over its days, a review's).
 */
function inTaskItem(taskItems: readonly (string | null)[], level: number): boolean {
  for (let up = level - 2; up >= 1; up -= 2) {
    const task = taskItems[up];
    const kind = task === null || task === undefined ? null : classifyHeading(task).kind;
    if (kind !== null && kind !== 'module' && kind !== 'cycle') return true;
  }
  return false;
}

/** An Obsidian callout: a block quote whose first line is `[!type]` (`> [!note] Remember`, `> [!tip]-`). */
const CALLOUT = /^\[![\w-]+\][+-]?(?:[ \t\r\n]|$)/;

function isCallout(tokens: readonly BlockToken[], i: number): boolean {
  return tokens[i + 1]?.type === 'paragraph_open' && tokens[i + 2]?.type === 'inline' && CALLOUT.test(tokens[i + 2].content);
}

