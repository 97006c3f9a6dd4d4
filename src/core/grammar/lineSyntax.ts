/**
 * The markdown line grammar, one definition for reading and writing: the containers a line's content
 * sits in (blockquotes, list markers), task boxes, heading openings and closings, setext underlines,
 * table cells. The parser gets structure from markdown-it; the edits, the lab link and the piece
 * cutter use these to find where in a line that structure is written.
 *
 * Patterns are composed from named parts (the habit of Obsidian Tasks' TaskRegularExpressions): each
 * part is anchored or bounded so that no pattern backtracks over a long line, and what must be found
 * from a line's end (closing hashes, trailing stamps) is scanned by hand. `LINE_PATTERNS` lists every
 * pattern for the linear-time property test.
 */

import { atxLevelAt } from './blockSyntax';

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/** A byte-order mark: only ever at the start of the first line. */
export const BOM = '\\uFEFF?';
/** Indentation: spaces and tabs. */
export const INDENT = '[ \\t]*';
/** Blockquote markers, each with the indentation before it: `> `, ` > > `. */
export const QUOTES = '(?:[ \\t]*>)*';
/** A bullet (`-`, `*`, `+`) or ordered (`1.`, `12)`) list marker. */
export const LIST_MARKER = '(?:[-*+]|\\d{1,9}[.)])';
/** List markers, each followed by white space: `- `, `1. - `. */
export const LIST_MARKERS = `(?:${LIST_MARKER}[ \\t]+)`;
/** An ATX heading opening followed by white space: `### `. */
export const ATX_OPENING = '#{1,6}[ \\t]+';
/**
 * The status characters a task box may hold: open (space), done (`x`, `X`), and Obsidian Tasks'
 * in-progress (`/`) and cancelled (`-`).
 */
export const BOX_STATUS = '[ xX/-]';
/** A task box, capturing its status character. */
export const CHECKBOX = `\\[(${BOX_STATUS})\\]`;

/**
 * A task line: containers, then list markers and/or a heading opening (`#### [ ] Title` is a task
 * too), then the box, followed by white space or the end of the line.
 */
export const TASK_LINE = new RegExp(`^(${BOM}${QUOTES}${INDENT}(?:${LIST_MARKERS}+(?:${ATX_OPENING})?|${ATX_OPENING}))${CHECKBOX}(?=[ \\t]|$)`);
/** Inline content (the part after the list marker or heading opening) that starts with a task box. */
export const TASK_CONTENT = new RegExp(`^${CHECKBOX}(?:[ \\t]|$)`);
/** The containers before a line's content: BOM, blockquotes, indentation, list markers. */
export const CONTAINER_PREFIX = new RegExp(`^${BOM}${QUOTES}${INDENT}${LIST_MARKERS}*`);
/** An ATX heading line (after any containers): `### Title`, `#`. */
export const ATX_HEADING = new RegExp(`^${BOM}${QUOTES}${INDENT}${LIST_MARKERS}*#{1,6}(?:[ \\t]|$)`);
/** YAML front matter: `---` on the first line, the YAML, then `---` or `...`; any line break (a lone CR too, as everywhere). */
export const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n|^)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;
/** TOML front matter (Hugo, Zola): `+++` on the first line, the TOML, then `+++`. */
export const TOML_FRONT_MATTER = /^\+\+\+[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n|^)\+\+\+[ \t]*(?:\r\n?|\n|$)/;

/**
 * TOML front matter's top-level `key = value` pairs, each with its line's index in `lines`: a one-line `"""x"""` is
 * the string x; multi-line strings, and arrays and tables over several lines (Hugo's `tags = [` ... `]`), are
 * passed over, and so are tables and what follows them. What tomlAsYaml reads and a replan edits (the same lines).
 */
export function tomlPairs(lines: readonly string[]): { readonly index: number; readonly key: string; readonly value: string }[] {
  const pairs: { index: number; key: string; value: string }[] = [];
  let open: string | null = null;
  let depth = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (open !== null) {
      if (line.includes(open)) open = null;
      continue;
    }
    if (depth > 0) {
      depth += bracketDepth(line);
      continue;
    }
    if (/^[ \t]*\[/.test(line)) break;
    const pair = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(.*)$/.exec(line);
    if (!pair) continue;
    const [, key, value] = pair;
    const quotes = value.startsWith('"""') ? '"""' : value.startsWith("'''") ? "'''" : null;
    if (quotes !== null) {
      const close = value.indexOf(quotes, 3);
      if (close < 0) open = quotes;
      else pairs.push({ index, key, value: JSON.stringify(value.slice(3, close)) });
    } else if (bracketDepth(value) > 0) depth = bracketDepth(value);
    else pairs.push({ index, key, value });
  }
  return pairs;
}

/** TOML front matter's top-level pairs as YAML (`title = "Go"` -> `title: "Go"`, `rest = ["sat"]`): see tomlPairs. */
export function tomlAsYaml(toml: string): string {
  return tomlPairs(toml.split(/\r\n?|\n/)).map((pair) => `${pair.key}: ${pair.value}`).join('\n');
}

/** How many `[` and `{` a line of TOML leaves open (outside its strings, a `\"` escaped, and its comment). */
function bracketDepth(line: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** A setext underline after its containers: `===` or `---`, up to 3 spaces of indentation. */
export const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A line that a list item of ours (`- ...`) would continue the list of: a `-` item at the container's column. */
export const DASH_ITEM = /^-(?:[ \t]|$)/;

/**
 * A line that is never a lazy continuation of a paragraph: a list item, a quote, a heading, a fence, a thematic
 * break, a setext underline (it would make the paragraph a heading), or an HTML block that interrupts a
 * paragraph (CommonMark's kinds 1-6; an inline tag at a line's start continues it).
 */
export const OPENS_BLOCK = new RegExp(`^ {0,3}(?:${LIST_MARKER}(?:[ \\t]|$)|>|#{1,6}(?:[ \\t]|$)|\`{3}|~{3}|([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$|(?:=+|-+)[ \\t]*$)`);
export const HTML_INTERRUPTS = /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[ \t>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$))/i;

/** The quote markers at a line's start (`> > `). */
export const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;

/** A line's text without its quote markers: what it says inside its quotes. */
export function unquoted(line: string): string {
  return line.replace(QUOTE_MARKERS, '');
}

/** Every pattern above, for the linear-time property test. */
export const LINE_PATTERNS: Readonly<Record<string, RegExp>> = {
  TASK_LINE, TASK_CONTENT, CONTAINER_PREFIX, ATX_HEADING, SETEXT_UNDERLINE, DASH_ITEM, OPENS_BLOCK, HTML_INTERRUPTS, QUOTE_MARKERS,
};

export type BoxStatus = ' ' | 'x' | 'X' | '/' | '-';

export interface TaskBox {
  /** Offset of the character inside the brackets. */
  readonly index: number;
  /** The box's character: ' ', 'x', 'X', '/' or '-'. */
  readonly status: BoxStatus;
  /** Done (`x` or `X`). */
  readonly checked: boolean;
  /** The box follows a heading opening (`#### [ ] Title`). */
  readonly heading: boolean;
}

/** The task box of a line, if the line is written as a task. */
export function findTaskBox(line: string): TaskBox | null {
  const match = TASK_LINE.exec(line);
  if (!match) return null;
  const status = match[2] as BoxStatus;
  return { index: match[1].length + 1, status, checked: status === 'x' || status === 'X', heading: match[1].includes('#') };
}

/** Where a line's content starts: after its BOM, blockquote markers, indentation and list markers. */
export function contentStart(line: string): number {
  return CONTAINER_PREFIX.exec(line)![0].length;
}

/**
 * The prefix a new line needs to sit in the same container as `line`'s content: blockquote markers
 * kept, indentation and list markers turned into spaces of the same width (tabs kept as tabs).
 */
export function continuationPrefix(line: string): string {
  const prefix = CONTAINER_PREFIX.exec(line)![0].replace(/^\uFEFF/, '');
  let out = '';
  let lastQuote = prefix.lastIndexOf('>');
  if (lastQuote >= 0) {
    out = prefix.slice(0, lastQuote + 1);
    // One optional space after the last `>` belongs to the quote marker.
    if (prefix.charCodeAt(lastQuote + 1) === SPACE) out += ' ';
    lastQuote = out.length;
  } else {
    lastQuote = 0;
  }
  for (let i = lastQuote; i < prefix.length; i++) out += prefix.charCodeAt(i) === TAB ? '\t' : ' ';
  return out;
}

/**
 * How far a line's leading white space reaches, a tab to the next multiple of 4. From `start` (after a blockquote's
 * `>`): the columns from there, tab stops still counted from the line's start, as CommonMark counts them (`> \tx` is
 * indented two columns inside its quote, not four).
 */
export function indentColumns(line: string, start = 0): number {
  let column = 0;
  for (let i = 0; i < start; i++) column = line.charCodeAt(i) === TAB ? column + 4 - (column % 4) : column + 1;
  const from = column;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === SPACE) column++;
    else if (c === TAB) column += 4 - (column % 4);
    else break;
  }
  return column - from;
}

/**
 * How far a line's text is indented inside all its blockquotes, in columns: a tab reaches its stop counted from the
 * line's start, and the one space after a `>` is the quote's, even when a tab gives it (`>\t x` is indented three
 * columns in its quote, as CommonMark reads it: the rest of that tab and the space).
 */
export function quotedIndentColumns(line: string): number {
  let column = 0;
  let i = 0;
  let left = 0; // columns of a tab after a `>` left over once the quote's space took one
  for (;;) {
    let j = i;
    while (j < line.length && j - i < 3 && line.charCodeAt(j) === SPACE) j++;
    if (line.charCodeAt(j) !== 0x3e) break;
    column += j - i + 1;
    i = j + 1;
    left = 0;
    if (line.charCodeAt(i) === SPACE) {
      column++;
      i++;
    } else if (line.charCodeAt(i) === TAB) {
      const stop = column + 4 - (column % 4);
      left = stop - column - 1;
      column = stop;
      i++;
    }
  }
  let columns = left;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === SPACE) {
      columns++;
      column++;
    } else if (c === TAB) {
      const stop = column + 4 - (column % 4);
      columns += stop - column;
      column = stop;
    } else break;
  }
  return columns;
}

/** `line` without its containers' prefix (what a block's own syntax is written in). */
export function withoutContainers(line: string): string {
  return line.slice(contentStart(line));
}

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Whether `line` (containers included) is an ATX heading line. */
export function isAtxHeadingLine(line: string): boolean {
  return ATX_HEADING.test(line);
}

/** Whether the line `text[start, end)` is an ATX heading at column 0 (`#`..`######`, then a space, a tab or the end). */
export function isAtxHeadingAt(text: string, start: number, end: number): boolean {
  return atxLevelAt(text, start, end) > 0;
}

/** Skips spaces and tabs backwards from `end`: the offset after the last other character before it. */
export function trimEndOf(line: string, end: number, floor = 0): number {
  while (end > floor && (line.charCodeAt(end - 1) === SPACE || line.charCodeAt(end - 1) === TAB)) end--;
  return end;
}

/**
 * Where a line's content ends: before trailing white space and, on an ATX heading, before its closing
 * `#`s. Scanned from the end by hand: a pattern for the closing sequence backtracks from every space
 * of a long run (quadratic on a line of spaces).
 */
export function contentEnd(line: string, heading: boolean): number {
  let end = trimEndOf(line, line.length);
  if (!heading) return end;
  const match = ATX_HEADING.exec(line);
  if (!match) return end;
  const opened = match[0].length;
  let hashes = end;
  while (hashes > opened && line.charCodeAt(hashes - 1) === HASH) hashes--;
  // A closing sequence is a run of #s after white space, with content before it (`### #` has none).
  if (hashes < end && hashes > opened) {
    const before = line.charCodeAt(hashes - 1);
    if (before === SPACE || before === TAB) {
      const contentTo = trimEndOf(line, hashes, opened);
      if (contentTo > opened) end = contentTo;
    }
  }
  return attributesStart(line, end, opened);
}

const CLOSE_BRACE = 0x7d;

/**
 * Where a heading's trailing attribute list starts (`### Day 2 {#second}`, `{: #id .class}`, `{.unnumbered}`: the
 * anchors of MkDocs, Pandoc and kramdown, which must stay last), at the white space before it; `end` when there is
 * none. Only a list opening with `#` or `.` (after an optional `:`) counts: `{a, b}` is title text. By hand, from
 * the end: one brace pair, no pattern to backtrack over a line of spaces.
 */
export function attributesStart(text: string, end: number, floor = 0): number {
  const last = trimEndOf(text, end, floor);
  if (last <= floor || text.charCodeAt(last - 1) !== CLOSE_BRACE) return end;
  const open = text.lastIndexOf('{', last - 1);
  if (open <= floor || text.indexOf('}', open) !== last - 1) return end;
  let at = open + 1;
  if (text.charCodeAt(at) === 0x3a) at++; // `{:` (kramdown)
  while (at < last && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  const first = text.charCodeAt(at);
  if (first !== HASH && first !== 0x2e) return end;
  const before = text.charCodeAt(open - 1);
  if (before !== SPACE && before !== TAB) return end;
  const contentTo = trimEndOf(text, open, floor);
  return contentTo > floor ? contentTo : end;
}

/** A cell of a table row: `[start, end)` of its content without the padding around it. */
/** The row under a table's header (`|---|:-:|`): its `-` cells are no open mark, its widths the columns'. */
export const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export interface CellSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The cells of a table row, split at pipes that are not escaped (`\|` stays in its cell, also inside
 * code spans, as in GFM); a leading and a trailing pipe are optional. `from` is where the row starts
 * after its containers.
 */
export function tableCells(line: string, from = contentStart(line)): CellSpan[] {
  const cells: CellSpan[] = [];
  let end = trimEndOf(line, line.length, from);
  let start = from;
  while (start < end && (line.charCodeAt(start) === SPACE || line.charCodeAt(start) === TAB)) start++;
  if (line.charCodeAt(start) === 0x7c) start++;
  if (end > start && line.charCodeAt(end - 1) === 0x7c && line.charCodeAt(end - 2) !== 0x5c) end--;
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? line.charCodeAt(i) : 0x7c;
    if (c === 0x5c && i + 1 < end) {
      i++; // an escaped character, `\|` included (a backslash that ends the row escapes nothing)
    } else if (c === 0x7c) {
      let s = cellStart;
      while (s < i && (line.charCodeAt(s) === SPACE || line.charCodeAt(s) === TAB)) s++;
      cells.push({ start: s, end: trimEndOf(line, i, s) });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** A heading's text without its trailing attribute list (see attributesStart). */
export function withoutAttributes(text: string): string {
  if (text.charCodeAt(text.length - 1) !== CLOSE_BRACE) return text; // most headings: one look (markdown-it trims them)
  const end = attributesStart(text, text.length);
  return end === text.length ? text : text.slice(0, end);
}
