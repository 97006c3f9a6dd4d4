/**
 * Long plans are parsed in pieces. markdown-it keeps every block token of a document alive until
 * the whole document is parsed; for a 5 MB plan that is hundreds of thousands of objects, and the
 * garbage collector spends more time copying them than the parser spends making them (measured:
 * one 5 MB file parsed 3x slower than the same bytes in 300 files). Cut at top-level headings, the
 * pieces parse to exactly the tokens of the whole, with line numbers offset, and each piece's tokens
 * can die as soon as the model has read them.
 *
 * A cut is only made where markdown-it certainly starts an ATX heading at the top level: a line
 * `#`..`######` at column 0 that is not inside a fenced code block. Column 0 ends every list item,
 * blockquote, paragraph, table and indented code block (an ATX heading is never a lazy continuation
 * and terminates tables). An HTML block at column 0 runs to its end as markdown-it reads it: a comment,
 * `<script>`, `<pre>`, `<?`, `<!X` or CDATA to its closing marker, whatever else `<` starts (a `<details>`, a tag
 * alone, a paragraph) to a blank line at the latest. What this scan cannot follow exactly makes it stop cutting for
 * the rest of the document, which is always safe: a line that may start an HTML block indented 1-3 spaces (it may
 * belong to a list item, and then ends with it); in a fence so indented, a line less indented than it before its
 * closing fence, or a closing fence less indented than its opening one (see the scan); a fence, a comment or another
 * block that ends at a marker before the blank line that ends what `<` started (text of a `<div>`'s block, or a block
 * of its own after a paragraph `<3 loops` began). Reference
 * definitions (`[label]: url`) apply to the whole document, so a document that may hold one is not cut
 * (see mayDefineReference).
 * A property test compares the pieces' model with the whole document's on generated documents.
 */

import { lineEndFrom, nextLineStart } from '../grammar/lines';
import { closesFenceAt, fenceRunEndAt, runEnd } from '../grammar/blockSyntax';
import { isAtxHeadingAt } from '../grammar/lineSyntax';
import { MAX_BLOCK_NESTING } from './markdown';

export interface Chunk {
  readonly text: string;
  /** The 0-based line of the whole document this piece starts at. */
  readonly firstLine: number;
}

const SPACE = 0x20;
const HASH = 0x23;
const LT = 0x3c;
const PIPE = 0x7c;

interface Fence {
  readonly char: number;
  readonly length: number;
  /** Its opening run's indentation, 0-3 spaces. */
  readonly indent: number;
}

/**
 * Where the previous text was cut, and the edit since (incremental.ts): the cutter starts again after the
 * last cut before the edited line, and once it cuts where the previous text was cut after the edit, the
 * rest is the previous cuts, moved. (At a cut the scan's state is always the same: no fence or HTML block open.)
 */
export interface PreviousCuts {
  /** The previous pieces' starts (the first is 0) and first lines. */
  readonly starts: readonly number[];
  readonly firstLines: readonly number[];
  /** The edit: `[from, to)` of the previous text became `[from, to + delta)`. */
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/** Whether `text` may be cut into pieces of `minChars` at all: it is long enough and may define no link reference. */
export function mayBeCut(text: string, minChars: number): boolean {
  return text.length >= 2 * minChars && !mayDefineReference(text);
}

const OPEN = 0x5b;
const CLOSE = 0x5d;
const BACKSLASH = 0x5c;

/**
 * Whether `text` may define a link reference (`[label]: url`). A definition starts a paragraph, so its `[` opens a
 * line's content: only white space, quote and list markers before it on its line, and no bracket between it and its
 * `]:`. Any other `]:` is none: Python's `def f() -> list[str]:` in a plan's code kept the whole plan from being cut,
 * and every keystroke in it parsed it all. Where this cannot tell (a backslash, a `[` after list markers in prose
 * that is no list), it says maybe, which only keeps a document whole. Linear: each `]:` looks back to the nearest
 * bracket, and from a `[` over the markers before it only.
 */
export function mayDefineReference(text: string): boolean {
  for (let close = text.indexOf(']:'); close >= 0; close = text.indexOf(']:', close + 2)) {
    if (labelOpensLine(text, close)) return true;
  }
  return false;
}

/** Whether the `]` at `close` may end a label whose `[` opens its line's content. */
function labelOpensLine(text: string, close: number): boolean {
  for (let i = close - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== OPEN && c !== CLOSE && c !== BACKSLASH) continue;
    // An escape (`[a\\]b]: u` is a definition): maybe.
    if (c === BACKSLASH || text.charCodeAt(i - 1) === BACKSLASH) return true;
    // A label holds no unescaped bracket but its own.
    return c === OPEN && onlyMarkersBefore(text, i);
  }
  return false;
}

/** A space, or a character of a quote or list marker: `>`, `-`, `+`, `*`, a digit, `.`, `)`. */
function isMarkerChar(c: number): boolean {
  return c === SPACE || c === 0x3e || c === 0x2d || c === 0x2b || c === 0x2a || c === 0x2e || c === 0x29 || (c >= 0x30 && c <= 0x39);
}

/** Whether only white space, `>` and list markers (`-`, `+`, `*`, `1.`, `1)`) stand before `at` on its line. */
function onlyMarkersBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (!(c === 0x09 || c === 0xfeff || isMarkerChar(c))) return false;
  }
  return true;
}

/**
 * Pieces of `text` of at least `minChars` characters each (the last may be shorter), cut only at
 * safe headings. Short texts and texts that may define link references come back whole. With
 * `previous`, only the lines from the last cut before the edit to the first cut they share are scanned.
 */
export function splitIntoChunks(text: string, minChars: number, previous?: PreviousCuts): Chunk[] {
  if (!mayBeCut(text, minChars)) return [{ text, firstLine: 0 }];
  const starts = [0];
  const firstLines = [0];
  let chunkStart = 0;
  let fence: Fence | null = null;
  let line = 0;
  let start = 0;
  let resumed = -1;
  if (previous) {
    // The line the edit starts on, and every line after it, may read differently.
    const edited = previous.from > 0 ? text.lastIndexOf('\n', previous.from - 1) + 1 : 0;
    for (let k = 1; k < previous.starts.length && previous.starts[k] < edited; k++) resumed = k;
    for (let k = 1; k <= resumed; k++) {
      starts.push(previous.starts[k]);
      firstLines.push(previous.firstLines[k]);
    }
    if (resumed > 0) {
      chunkStart = start = previous.starts[resumed];
      line = previous.firstLines[resumed];
    }
  }
  const hasCR = text.indexOf('\r') >= 0;
  let html: HtmlEnd | null = null;
  for (; start < text.length; line++) {
    const end = lineEndFrom(text, start, hasCR);
    const indent = runEnd(text, start, end, SPACE) - start;
    // Nesting that nears markdown-it's limit makes it drop the rest of the whole document, where a piece would drop
    // only the rest of its own (`- - - ... x`, a hostile line; a review's): no cuts after such a line.
    // Text of a fence at column 0 or of an HTML block to its marker opens nothing; a fence indented 1-3 spaces may be
    // none to markdown-it (closed after a tab in a list item, or text of an item's `<div>`: a second review's).
    const inText = (fence !== null && fence.indent === 0) || (html !== null && html !== BLANK_LINE);
    if (!inText && nestsDeep(text, start, end)) break;
    if (html === BLANK_LINE) {
      // A paragraph that `<` started may be ended by a fence or an HTML block that runs past a blank line (in a block of
      // kind 6 or 7 the same line is only its text): which, this scan cannot tell, so it cuts no more. Any other line
      // (`<summary>` under `<details>`) ends at the blank line too.
      const c = text.charCodeAt(start + indent);
      if (indent <= 3 && ((c === LT && markerEnd(text.slice(start + indent, end)) !== null) || fenceRunEndAt(text, start + indent, end) >= 0)) break;
      if (isBlankLine(text, start, end)) html = null;
    } else if (html) {
      if (html.test(text.slice(start, end))) html = null;
    } else if (fence) {
      // A fence indented 1-3 spaces may be in a list item (and end with it) or not: the two readings agree while every
      // line is indented as far as the fence, until a closing fence indented as far (at most 3 spaces). Else: no
      // more cuts (a line less indented may end the item, and a closing fence after it open a fence of its own).
      if (fence.indent > 0 && !isBlankLine(text, start, end) && (indent < fence.indent || (indent > 3 && fenceRunEndAt(text, start + indent, end) >= 0))) break;
      if (indent <= 3 && closesFenceAt(text, start + indent, end, fence.char, fence.length)) fence = null;
    } else {
      const c = text.charCodeAt(start + indent);
      const opening = indent <= 3 ? fenceRunEndAt(text, start + indent, end) : -1;
      // A line holding a `|` over a delimiter row (`-|-`) is a table's header: markdown-it reads tables first. Such a
      // table ends at a heading, a fence or an HTML block, so what would open one here cuts no more (`<!-- a | b` over
      // `-|-` and then a fence: the comment's `-->` was in the fence), and such a heading is no cut (it heads the table).
      if (indent <= 3 && c === LT) {
        if (indent > 0) break;
        html = htmlBlockEnd(text.slice(start, end));
        if (html !== null && html !== BLANK_LINE && hasPipe(text, start, end)) break;
      } else if (opening >= 0) {
        if (hasPipe(text, start, end)) break;
        fence = { char: c, length: opening - start - indent, indent };
      } else if (indent === 0 && c === HASH && start - chunkStart >= minChars && isAtxHeadingAt(text, start, end) && !hasPipe(text, start, end)) {
        starts.push(start);
        firstLines.push(line);
        chunkStart = start;
        if (previous && start >= previous.to + previous.delta && sharedCut(previous, start, line, starts, firstLines)) break;
      }
    }
    start = nextLineStart(text, end);
  }
  const chunks: Chunk[] = [];
  for (let k = 0; k < starts.length; k++) chunks.push({ text: text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length), firstLine: firstLines[k] });
  return chunks;
}

/** What ends an HTML block: a blank line, or a line holding its closing marker (that line is the block's last). */
type HtmlEnd = RegExp | typeof BLANK_LINE;
const BLANK_LINE = 'blank line';

/**
 * The HTML blocks that end at a marker (CommonMark's kinds 1-5, as markdown-it tells them), each with its marker. Any
 * other line starting with `<` ends at a blank line at the latest: a block of kind 6 or 7, or a paragraph, which a
 * heading may end sooner (a cut waits for the blank line all the same).
 */
const HTML_TO_MARKER: readonly (readonly [start: RegExp, end: RegExp])[] = [
  [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** The closing marker of the HTML block `line` (from its `<`) starts, if it is of a kind that ends at one. */
function markerEnd(line: string): RegExp | null {
  for (const [opens, closes] of HTML_TO_MARKER) if (opens.test(line)) return closes;
  return null;
}

/** How the HTML block that `line` (at column 0, starting with `<`) starts ends; null when it ends on this line. */
function htmlBlockEnd(line: string): HtmlEnd | null {
  const closes = markerEnd(line);
  return closes === null ? BLANK_LINE : closes.test(line) ? null : closes;
}

/** Columns of container markers a line may open a level for each (`>`, list markers, indentation; a tab 4) from which it may nest too deep. */
const DEEP_COLUMNS = MAX_BLOCK_NESTING / 2;

/** Whether the line's leading quote and list markers and indentation reach DEEP_COLUMNS. */
function nestsDeep(text: string, start: number, end: number): boolean {
  let columns = 0;
  for (let i = start; i < end && columns < DEEP_COLUMNS; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) columns += 4;
    else if (isMarkerChar(c)) columns++;
    else break;
  }
  return columns >= DEEP_COLUMNS;
}

/** Whether `text[start, end)` holds a `|`. */
function hasPipe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === PIPE) return true;
  return false;
}

/** A line of spaces and tabs only (markdown-it's empty line). */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== 0x09) return false;
  }
  return true;
}

/**
 * Whether the previous text was cut at `start` (a cut past the edit, moved back): then its later cuts,
 * moved, are added to `starts` and `firstLines`, and the scan can stop.
 */
function sharedCut(previous: PreviousCuts, start: number, line: number, starts: number[], firstLines: number[]): boolean {
  const old = start - previous.delta;
  // The previous cuts are in order: a binary search for the one at `old`. Not the first: the text's start
  // is no cut the scan made (a text too short to cut, or one that may define references, was never scanned).
  let low = 1;
  let high = previous.starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = previous.starts[middle];
    if (at === old) {
      const lines = line - previous.firstLines[middle];
      for (let k = middle + 1; k < previous.starts.length; k++) {
        starts.push(previous.starts[k] + previous.delta);
        firstLines.push(previous.firstLines[k] + lines);
      }
      return true;
    }
    if (at < old) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
