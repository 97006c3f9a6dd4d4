/**
 * Reading review material the model does not hold: list items of a learnings section, the lines
 * nested under a field (a quiz's answer), and learnings written one per line in a plain code fence
 * (the tracker sample keeps its `✨ ...` learnings that way). Read only: nothing here is structure,
 * and nothing here is ever edited.
 */
import { formerPlainInline, plainInline, plainWords } from '../plainInline';

export { plainInline };
import { TASK_CONTENT, withoutContainers } from '../grammar/lineSyntax';

/** A prompt with the lines that elaborate it (nested list items): the answer shown on reveal. */
export interface TextEntry {
  readonly line: number;
  readonly prompt: string;
  readonly answer: readonly string[];
  /** The prompt as it was read before code spans were set aside, where that differs: its card's former id (cards.ts). */
  readonly formerPrompt?: string;
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)/;
/** Fences whose lines are prose, not code: no info string, or one that says text. */
const PROSE_FENCE = /^(?:|text|txt|plain|plaintext|md|markdown)$/i;
/**
 * Decoration before a learning: bullets, arrows, emoji and their joiners, and `ï¸`, what is left of an
 * emoji's variation selector (U+FE0F) when mojibake lost its last byte (`âš ï¸` in the tracker sample).
 */
const LEADING_DECORATION = /^(?:[\s\p{Extended_Pictographic}\p{So}\u2022\u00b7\u2013\u2014>*+-]|\uFE0F|\u200D|\u00ef\u00b8(?=\s))+/u;

function indentOf(text: string): number {
  let width = 0;
  for (const c of text) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** A learning's words: decoration off its start, its code as written (`- `**kwargs` collects` kept its stars). */
function learningWords(text: string): string {
  return plainWords(text, withoutDecoration);
}

/** `{ formerPrompt }` when the learning read otherwise before code spans were set aside (only text with a backtick can). */
function formerOf(text: string, words: string): { formerPrompt?: string } {
  if (!text.includes('`')) return {};
  const former = withoutDecoration(formerPlainInline(text));
  return former !== '' && former !== words ? { formerPrompt: former } : {};
}

/** The words of a learning without its decoration (`✨`, `💡`, `- `). */
export function withoutDecoration(text: string): string {
  return text.replace(LEADING_DECORATION, '').trim();
}

export interface ListItem {
  readonly indent: number;
  readonly text: string;
}

export function listItem(line: string): ListItem | null {
  const match = LIST_ITEM.exec(line);
  return match ? { indent: indentOf(match[1]), text: line.slice(match[0].length) } : null;
}

/** A sorted list of [start, end) line ranges, asked whether a line is inside one. */
export class LineRanges {
  constructor(private readonly ranges: readonly (readonly [number, number])[]) {}

  /** The range holding `line`, if any. */
  at(line: number): readonly [number, number] | undefined {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const [start, end] = this.ranges[mid];
      if (line < start) high = mid - 1;
      else if (line >= end) low = mid + 1;
      else return this.ranges[mid];
    }
    return undefined;
  }

  /** Ranges that start in [from, to) (a binary search to the first, then a walk: sections ask one by one). */
  startingIn(from: number, to: number): (readonly [number, number])[] {
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ranges[mid][0] < from) low = mid + 1;
      else high = mid;
    }
    const found: (readonly [number, number])[] = [];
    for (let i = low; i < this.ranges.length && this.ranges[i][0] < to; i++) found.push(this.ranges[i]);
    return found;
  }
}

/** A line nested under an item, as read: its words, whether it is a list item, and its (first) line. */
export interface NestedEntry {
  readonly line: number;
  readonly text: string;
  readonly item: boolean;
}

/**
 * The lines after `line` nested under an item indented `own` columns (deeper indented, up to the first
 * line that is not): each nested item with its line, and wrapped lines joined to the entry before them.
 * `own` is the item's indent, not its last line's: a lazy continuation line may be indented like the
 * nested items that follow it.
 */
export function nestedEntries(lines: (line: number) => string, line: number, end: number, literal: LineRanges, own = indentOf(lines(line))): { entries: NestedEntry[]; next: number } {
  const entries: { line: number; text: string; item: boolean }[] = [];
  let i = line + 1;
  for (; i < end; i++) {
    const text = lines(i);
    if (text.trim() === '') {
      // A blank line ends the item unless deeper indented lines follow it.
      let j = i + 1;
      while (j < end && lines(j).trim() === '') j++;
      if (j < end && indentOf(lines(j)) > own && !literal.at(j)) {
        i = j - 1;
        continue;
      }
      break;
    }
    if (indentOf(text) <= own) break;
    if (literal.at(i)) continue; // code under an item stays out of the prompt and the answer
    const item = listItem(text);
    const words = plainInline(item ? item.text : text);
    if (!words) continue;
    if (item || entries.length === 0) entries.push({ line: i, text: words, item: item !== null });
    else entries[entries.length - 1].text += ` ${words}`;
  }
  return { entries, next: i };
}

/** The lines nested under an item (see nestedEntries) as answer lines: nested items keep a `- `. */
export function nestedLines(lines: (line: number) => string, line: number, end: number, literal: LineRanges, own = indentOf(lines(line))): { lines: string[]; next: number } {
  const { entries, next } = nestedEntries(lines, line, end, literal, own);
  return { lines: entries.map((entry) => (entry.item ? `- ${entry.text}` : entry.text)), next };
}

/** The list right below a paragraph's line (a blank line between them at most): its first line and the line after it. */
export function listBelow(at: (line: number) => string, line: number, end: number): { start: number; end: number } | null {
  let start = line + 1;
  if (start < end && at(start).trim() === '') start++;
  // A list of tasks below it is the day's work, not what was learned (a review's became cards).
  if (start >= end || listItem(at(start)) === null || TASK_CONTENT.test(withoutContainers(at(start)))) return null;
  let stop = start + 1;
  while (stop < end && at(stop).trim() !== '' && (listItem(at(stop)) !== null || /^\s/.test(at(stop)))) stop++;
  return { start, end: stop };
}

/**
 * The list items a field or a task holds below its line, each with its line: those nested under its list item or,
 * when `listBelow` (a paragraph's `**Key Learnings:**` with nothing after it), the list right below it.
 */
export function itemsUnder(lines: (line: number) => string, line: number, end: number, literal: LineRanges, belowParagraph: boolean): { line: number; text: string }[] {
  if (listItem(lines(line)) !== null) return nestedEntries(lines, line, end, literal).entries.filter((entry) => entry.item);
  const below = belowParagraph ? listBelow(lines, line, end) : null;
  return below ? listEntries(lines, below.start, below.end, literal).map((entry) => ({ line: entry.line, text: entry.prompt })) : [];
}

/**
 * Top-level list items of lines [start, end) outside literal blocks, each with its lazy
 * continuation lines joined to the prompt and its nested items as the answer.
 */
export function listEntries(lines: (line: number) => string, start: number, end: number, literal: LineRanges): TextEntry[] {
  const entries: TextEntry[] = [];
  let top = Infinity;
  for (let i = start; i < end; i++) {
    if (literal.at(i)) continue;
    const item = listItem(lines(i));
    if (item) top = Math.min(top, item.indent);
  }
  for (let i = start; i < end; i++) {
    if (literal.at(i)) continue;
    const item = listItem(lines(i));
    if (!item || item.indent !== top) continue;
    let prompt = item.text;
    let j = i + 1;
    // Lazy continuation: a paragraph line right after the item, not itself an item.
    while (j < end && !literal.at(j) && lines(j).trim() !== '' && !listItem(lines(j)) && indentOf(lines(j)) <= top + 4) {
      prompt += ` ${lines(j).trim()}`;
      j++;
    }
    const nested = nestedLines(lines, j - 1, end, literal, item.indent);
    const words = learningWords(prompt);
    if (words) entries.push({ line: i, prompt: words, answer: nested.lines, ...formerOf(prompt, words) });
    i = Math.max(i, nested.next - 1);
  }
  return entries;
}

/**
 * Learnings written one per line in a prose fence (```` ``` ```` with no language) that starts in
 * [start, end): a line at the fence's base indent starts a learning; deeper lines either wrap it
 * (plain text, joined) or elaborate it (`- ` items, the answer).
 */
export function fenceEntries(lines: (line: number) => string, start: number, end: number, literal: LineRanges): TextEntry[] {
  const entries: TextEntry[] = [];
  for (const [from, to] of literal.startingIn(start, end)) {
    const open = FENCE_OPEN.exec(lines(from));
    if (!open || !PROSE_FENCE.test(open[2])) continue;
    const closes = to - 1 > from && lines(to - 1).trim().startsWith(open[1]);
    const last = Math.min(closes ? to - 1 : to, end);
    let base = Infinity;
    for (let i = from + 1; i < last; i++) if (lines(i).trim()) base = Math.min(base, indentOf(lines(i)));
    let current: { line: number; prompt: string; answer: string[] } | null = null;
    const flush = (): void => {
      if (!current) return;
      const prompt = learningWords(current.prompt);
      if (prompt) entries.push({ line: current.line, prompt, answer: current.answer, ...formerOf(current.prompt, prompt) });
      current = null;
    };
    // A fence left open whose last line of text ends in its marker (learned b, then three backticks): the writer closing
    // it, not text (blank lines after it aside).
    let lastText = last - 1;
    while (lastText > from && !lines(lastText).trim()) lastText--;
    for (let i = from + 1; i < last; i++) {
      const text = !closes && i === lastText && lines(i).trimEnd().endsWith(open[1]) ? lines(i).trimEnd().slice(0, -open[1].length) : lines(i);
      if (!text.trim()) continue;
      if (indentOf(text) <= base || !current) {
        flush();
        current = { line: i, prompt: text, answer: [] };
        continue;
      }
      const item = listItem(text);
      const words = plainInline(item ? item.text : text);
      if (item) current.answer.push(`- ${words}`);
      else if (current.answer.length > 0) current.answer[current.answer.length - 1] += ` ${words}`;
      else current.prompt += ` ${text.trim()}`;
    }
    flush();
  }
  return entries;
}
