/**
 * The days of one paragraph. A log written a day a line, with no blank line between (`Day 1/100: learned git`, then
 * `Day 2/100: todo list`; `**Day 3:** ...` lines; lines ended by two spaces or a backslash) is one paragraph to
 * markdown, and was read as one day or none (a trial's 100-day log was "no plan"). Each line that starts a day in
 * the same form as the paragraph's first (bold, a challenge count, or plain) starts a day of its own; the lines
 * after it, up to the next such line, are its text.
 */
import type { Token } from 'markdown-it';
import type { BlockToken } from './blockToken';
import type { HeadingClass } from './classifyHeading';
import { plainText } from './inlineText';
import { mayStartParagraphDay, paragraphDay } from './paragraphDays';
import { displayText } from '../text/mojibake';
import type { Lines } from '../grammar/lines';
import { HTML_INTERRUPTS, isBlank, OPENS_BLOCK, unquoted } from '../grammar/lineSyntax';
import type { PlanNode } from '../model';

/** How a paragraph day is written: its form decides which later lines of its paragraph start days too. */
export type DayLineForm = 'bold' | 'count' | 'plain';

export interface ParagraphDayLine {
  readonly heading: HeadingClass;
  /** The line's display text. */
  readonly title: string;
  /** The line as written. */
  readonly source: string;
  readonly form: DayLineForm;
  /** Plain `Day 2: text`: a travel diary writes days so too (planBuilder.ts asks the file to speak of learning). */
  readonly plain: boolean;
}

/** `**R1D1** Started the course`, `**Day 12** Read...`: the bold part alone says the day, the rest is its title. */
const BOLD_LEAD = /^(\*\*|__)([^*_\n]{1,40})\1/;
const BOLD_START = /^(?:\*\*|__)/;
const COUNT = /^\D*\d+(?:\s*\/\s*|\s+of\s+)\d+/i;
const WEEK_ROUND = /^[^\p{L}\p{N}]*w\d/iu;
/** A line that could start a block: at most 3 spaces before its text. */
const LINE_START = /^ {0,3}[^ \t]/;

/** The day a paragraph's line makes (`source` as written, `title` its display text), or null when it reads as prose. */
export function dayLineOf(source: string, title: string): ParagraphDayLine | null {
  const bold = BOLD_LEAD.exec(source);
  const heading = paragraphDay(title) ?? (bold ? paragraphDay(bold[2].trim()) : null);
  if (!heading) return null;
  const form: DayLineForm = BOLD_START.test(source) ? 'bold' : COUNT.test(title) ? 'count' : 'plain';
  // Bold (`**Day 12:**`), a challenge count (`Day 3/100`), `R1D1` or `W1D2` is how logs write days; `Day 2: we hiked` is how a travel diary does too.
  const plain = form === 'plain' && heading.kind === 'day' && heading.round === null && !WEEK_ROUND.test(title);
  return { heading, title, source, form, plain };
}

export interface ParagraphPiece {
  /** The piece's lines as an inline token of their own (its content and inline tokens). */
  readonly token: BlockToken;
  /** Its first line, counted from the paragraph's. */
  readonly from: number;
  readonly day: ParagraphDayLine;
}

/**
 * The paragraph `inline` cut before each line that starts a day in `first`'s form: one piece when no other line
 * does. A line is cut only where its break is one of the paragraph's own (not inside a link or emphasis) and the
 * inline tokens break exactly where the text does (a code span over two lines does not: kept whole).
 */
export function paragraphPieces(inline: BlockToken, first: ParagraphDayLine): ParagraphPiece[] {
  const whole = [{ token: inline, from: 0, day: first }];
  const content = inline.content;
  if (!content.includes('\n') || inline.children === null) return whole;
  const sources = content.split('\n');
  const children = inline.children;
  const breaks: number[] = [];
  for (let i = 0; i < children.length; i++) if (children[i].type === 'softbreak' || children[i].type === 'hardbreak') breaks.push(i);
  if (breaks.length !== sources.length - 1) return whole;
  const pieces: { from: number; day: ParagraphDayLine }[] = [{ from: 0, day: first }];
  for (let k = 1; k < sources.length; k++) {
    // Indented as code would be (4 columns, a tab): text of the day above, never a day of its own (an edit that sets
    // it off by a blank line would make it code, and the day would be gone).
    if (children[breaks[k - 1]].level !== 0 || !LINE_START.test(sources[k]) || !mayStartParagraphDay(sources[k])) continue;
    const day = dayLineOf(sources[k], displayText(plainText(lineTokens(children, breaks, k))));
    if (day && day.form === first.form) pieces.push({ from: k, day });
  }
  if (pieces.length === 1) return whole;
  return pieces.map(({ from, day }, g) => {
    const to = g + 1 < pieces.length ? pieces[g + 1].from : sources.length;
    const tokens = children.slice(from === 0 ? 0 : breaks[from - 1] + 1, to === sources.length ? children.length : breaks[to - 1]);
    const map: [number, number] | null = inline.map ? [inline.map[0] + from, inline.map[0] + to] : null;
    const token: BlockToken = { type: inline.type, tag: inline.tag, level: inline.level, map, content: sources.slice(from, to).join('\n'), markup: inline.markup, children: tokens, meta: null };
    return { token, from, day };
  });
}

/** The inline tokens of line `k` (after the break that ends line k - 1). */
function lineTokens(children: readonly Token[], breaks: readonly number[], k: number): Token[] {
  return children.slice(breaks[k - 1] + 1, k < breaks.length ? breaks[k] : children.length);
}

/**
 * Whether a paragraph day (`form: 'paragraph'`) is one of a paragraph written a day a line: a line of text follows it in
 * its paragraph, or it is not its paragraph's first line. What is written under it goes in as a line of its text.
 */
export function dayALine(lines: Lines, day: PlanNode): boolean {
  // A list item after it is no line of its paragraph (a trial's second session went above the first, as a bare line).
  const next = day.bodyLine < lines.count ? unquoted(lines.at(day.bodyLine)) : '';
  const continued = !isBlank(next) && !OPENS_BLOCK.test(next) && !HTML_INTERRUPTS.test(next);
  // Nor is a heading or a code block's fence before it.
  const previous = day.line > 0 ? unquoted(lines.at(day.line - 1)) : '';
  return continued || (!isBlank(previous) && !OPENS_BLOCK.test(previous));
}

/** How a line of such a paragraph ends its line: a hard break's `\\` or two spaces, else nothing (a soft break). */
export function lineBreakMark(line: string): string {
  return /\\[ \t]*$/.test(line) ? '\\' : / {2,}$/.test(line) ? '  ' : '';
}
