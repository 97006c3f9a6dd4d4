import type { Token } from 'markdown-it';
import type { BlockToken } from './blockToken';
import { isSpaceOrTab as isSpace } from '../grammar/blockSyntax';
import { BlockLines } from './blockLines';
import { NOT_SIMPLE, simpleInlineAt } from './simpleInline';

/**
 * The block structure of the markdown most plans are made of (ATX headings, paragraphs, bullet and
 * ordered lists nested deep, fenced code, thematic breaks), read in one pass over the lines, giving the
 * block tokens markdown-it gives, as far as the plan builder reads them (BlockToken: type, tag, level,
 * line map, inline content, markup). markdown-it spends most of a plan's parse on its generic machinery
 * (a rule chain tried at every line, a per-character pass to index the lines); what a plan needs is the
 * part of CommonMark below.
 *
 * Anything else, or any doubt, and the scanner gives up (`null`) for markdown-it to parse the text:
 * block quotes, HTML blocks, indented code, setext headings, tables, link reference definitions, list
 * items that are empty or start with indented code, and tabs where they decide indentation. Giving
 * up is always safe; a property test compares the tokens with markdown-it's on every fixture and on
 * generated documents built from the constructs it reads and the ones it must refuse.
 */

/** A block token: the fields the plan builder reads (see BlockToken), as markdown-it sets them. */
class ScannedToken implements BlockToken {
  content = '';
  markup = '';
  children: Token[] | null = null;
  meta: unknown = null;
  map: [number, number] | null = null;
  constructor(
    readonly type: string,
    readonly tag: string,
    readonly level: number,
  ) {}
}

const SPACE = 0x20;
const TAB = 0x09;

const isAsciiTrimmable = (c: number): boolean => isSpace(c) || c === 0x0a || c === 0x0d;

/**
 * The scanner's own limit on nesting (32 lists in lists; markdown-it reads 1000 levels here, see
 * MAX_BLOCK_NESTING): a line of markers (`- - - ... x`) is read again at each level it opens, so the
 * limit bounds that work to a small multiple of the line's length.
 */
const MAX_LEVEL = 64;

/**
 * The shared closing tokens (see Scanner.pushClose), at `level * CLOSE_VARIANTS + variant`: a paragraph's
 * (0), a heading's (its level, 1-6), a list item's (7 and up, by its marker).
 */
const PARAGRAPH_CLOSE = 0;
const ITEM_CLOSE = 7;
const ITEM_MARKERS = '-*+.)';
const CLOSE_VARIANTS = 16;
const CLOSING: ScannedToken[] = [];

/** A heading's tag and markup by its level, made once. */
const HEADING_TAG = ['', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const HEADING_MARKUP = ['', '#', '##', '###', '####', '#####', '######'];

/** Thrown inside the scan to give up; caught once at the top. */
const GIVE_UP = new Error('not for the block scanner');

function giveUp(): never {
  throw GIVE_UP;
}

/**
 * The block tokens of `text` (normalized: `\n` line breaks, no NUL), or null when the text holds
 * something this scanner leaves to markdown-it.
 */
export function scanBlocks(text: string): BlockToken[] | null {
  // A reference definition applies to the whole document; a table needs markdown-it's cell rules.
  if (text.length === 0 || text.includes(']:')) return null;
  const lines = new BlockLines(text);
  if (text.includes('|') && lines.mayHoldTable()) return null;
  const scanner = new Scanner(lines);
  try {
    scanner.tokenize(0, lines.count);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
  return scanner.tokens;
}

/** markdown-it's block rules for the constructs above, over the lines, with its state: the container's indentation. */
class Scanner {
  readonly tokens: ScannedToken[] = [];
  private readonly src: string;
  private level = 0;
  /** The column the current container's content starts at (a list item's content). */
  private blkIndent = 0;
  /** The container's own `blkIndent` when inside a list item, else -1. */
  private listIndent = -1;
  /** The line after the last block read. */
  private line = 0;

  constructor(private readonly lines: BlockLines) {
    this.src = lines.src;
  }

  private push(type: string, tag: string, nesting: number): ScannedToken {
    if (nesting < 0) this.level--;
    const token = new ScannedToken(type, tag, this.level);
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }

  /**
   * A closing token: these carry nothing but their type, markup and level, so one of each is shared by
   * every scan (never written: the reader only writes inline tokens). Saves an object per paragraph and item.
   */
  private pushClose(variant: number, type: string, tag: string, markup: string): void {
    this.level--;
    const key = this.level * CLOSE_VARIANTS + variant;
    let token = CLOSING[key];
    if (token === undefined) {
      token = new ScannedToken(type, tag, this.level);
      token.markup = markup;
      CLOSING[key] = token;
    }
    this.tokens.push(token);
  }

  /** Blocks from `startLine` until `endLine` or a line indented less than the container's content. */
  tokenize(startLine: number, endLine: number): void {
    const lines = this.lines;
    let line = startLine;
    while (line < endLine) {
      while (line < lines.count && lines.isEmpty(line)) line++;
      this.line = line;
      if (line >= endLine || lines.columns[line] < this.blkIndent) break;
      if (this.level >= MAX_LEVEL) giveUp();
      this.block(line, endLine);
      line = this.line;
      // One empty line after a block belongs to it (it decides where a list item ends).
      if (line < endLine && lines.isEmpty(line)) this.line = ++line;
    }
  }

  /** The block starting at `line`, in markdown-it's order of rules. */
  private block(line: number, endLine: number): void {
    const lines = this.lines;
    // Four columns past the container's content is indented code.
    if (lines.columns[line] - this.blkIndent >= 4) giveUp();
    const c = lines.firstChar(line);
    const fenceRunEnd = lines.fenceRunEnd(line);
    if (fenceRunEnd >= 0) return this.fence(line, endLine, fenceRunEnd);
    if (c === 0x3e || c === 0x3c) giveUp(); // `>` a block quote, `<` maybe an HTML block
    if (lines.isThematicBreak(line)) return this.thematicBreak(line);
    const markerEnd = lines.markerEnd(line);
    if (markerEnd >= 0) return this.list(line, endLine, markerEnd);
    const level = lines.headingLevel(line);
    if (level > 0) return this.heading(line, level);
    this.paragraph(line, endLine);
  }

  private thematicBreak(line: number): void {
    const start = this.lines.contentStart(line);
    const end = this.lines.ends[line];
    const marker = this.src.charCodeAt(start);
    let markers = 0;
    for (let at = start; at < end; at++) if (this.src.charCodeAt(at) === marker) markers++;
    const token = this.push('hr', 'hr', 0);
    token.markup = String.fromCharCode(marker).repeat(markers);
    token.map = [line, line + 1];
    this.line = line + 1;
  }

  /** A fenced code block: to its closing fence, or to the end of its container (or of the text). */
  private fence(startLine: number, endLine: number, runEnd: number): void {
    const lines = this.lines;
    const begin = lines.contentStart(startLine);
    const marker = this.src.charCodeAt(begin);
    let next = startLine + 1;
    let closed = false;
    for (; next < endLine; next++) {
      // A line indented less than the container ends the container, and the fence with it.
      if (!lines.isEmpty(next) && lines.columns[next] < this.blkIndent) break;
      if (lines.firstChar(next) === marker && lines.columns[next] - this.blkIndent < 4 && lines.closesFence(next, marker, runEnd - begin)) {
        closed = true;
        break;
      }
    }
    this.line = next + (closed ? 1 : 0);
    const token = this.push('fence', 'code', 0);
    token.markup = this.src.slice(begin, runEnd);
    // The code, each line without up to the opening line's indentation, every line with its line break.
    let code = '';
    for (let line = startLine + 1; line < next; line++) code += this.src.slice(this.cut(line, lines.columns[startLine]), lines.ends[line] + 1);
    token.content = code;
    token.map = [startLine, this.line];
  }

  /** An ATX heading; its content without the closing `#`s. */
  private heading(line: number, level: number): void {
    const src = this.src;
    const pos = this.lines.contentStart(line) + level;
    let max = this.lines.ends[line];
    while (max > pos && isSpace(src.charCodeAt(max - 1))) max--;
    let hashes = max;
    while (hashes > pos && src.charCodeAt(hashes - 1) === 0x23) hashes--;
    if (hashes > pos && isSpace(src.charCodeAt(hashes - 1))) max = hashes;
    this.line = line + 1;
    const markup = HEADING_MARKUP[level];
    const open = this.push('heading_open', HEADING_TAG[level], 1);
    open.markup = markup;
    const map: [number, number] = [line, line + 1];
    open.map = map;
    this.pushInline(pos, max, map);
    this.pushClose(level, 'heading_close', HEADING_TAG[level], markup);
  }

  /** A list: its items (each a container whose content starts after its marker) while the marker stays the same. */
  private list(startLine: number, endLine: number, firstMarkerEnd: number): void {
    const lines = this.lines;
    const src = this.src;
    const ordered = lines.isOrdered(startLine);
    let markerEnd = firstMarkerEnd;
    const marker = src.charCodeAt(markerEnd - 1);
    const markup = String.fromCharCode(marker);
    const open = this.push(ordered ? 'ordered_list_open' : 'bullet_list_open', ordered ? 'ol' : 'ul', 1);
    open.markup = markup;
    const listLines: [number, number] = [startLine, 0];
    open.map = listLines;
    let next = startLine;
    for (;;) {
      const max = lines.ends[next];
      const initial = lines.columns[next] + markerEnd - lines.contentStart(next);
      let pos = markerEnd;
      while (pos < max && src.charCodeAt(pos) === SPACE) pos++;
      // An empty item, a tab after the marker, or indented code as the item's first block: markdown-it's.
      if (pos >= max || src.charCodeAt(pos) === TAB || pos - markerEnd > 4) giveUp();
      const offset = initial + pos - markerEnd;
      const item = this.push('list_item_open', 'li', 1);
      item.markup = markup;
      const itemLines: [number, number] = [next, 0];
      item.map = itemLines;
      // The item's first line starts at its content while the item is read.
      const oldShift = lines.shift[next];
      const oldColumns = lines.columns[next];
      const oldListIndent = this.listIndent;
      this.listIndent = this.blkIndent;
      this.blkIndent = offset;
      lines.shift[next] = pos - lines.starts[next];
      lines.columns[next] = offset;
      this.tokenize(next, endLine);
      this.blkIndent = this.listIndent;
      this.listIndent = oldListIndent;
      lines.shift[next] = oldShift;
      lines.columns[next] = oldColumns;
      this.pushClose(ITEM_CLOSE + ITEM_MARKERS.indexOf(markup), 'list_item_close', 'li', markup);
      next = this.line;
      itemLines[1] = next;
      if (next >= endLine || lines.columns[next] < this.blkIndent || lines.columns[next] - this.blkIndent >= 4) break;
      // A fence or a thematic break ends a list (a block quote would too: given up).
      if (lines.firstChar(next) === 0x3e) giveUp();
      if (lines.fenceRunEnd(next) >= 0 || lines.isThematicBreak(next)) break;
      if (lines.isOrdered(next) !== ordered) break;
      markerEnd = lines.markerEnd(next);
      if (markerEnd < 0 || src.charCodeAt(markerEnd - 1) !== marker) break;
    }
    this.push(ordered ? 'ordered_list_close' : 'bullet_list_close', ordered ? 'ol' : 'ul', -1).markup = markup;
    listLines[1] = next;
    this.line = next;
  }

  /** Whether `line` starts a block that interrupts a paragraph (markdown-it's paragraph terminators). */
  private endsParagraph(line: number): boolean {
    const lines = this.lines;
    const c = lines.firstChar(line);
    if (c === 0x3e || c === 0x3c) giveUp(); // a block quote, or maybe an HTML block
    return lines.fenceRunEnd(line) >= 0 || lines.isThematicBreak(line) || lines.headingLevel(line) > 0 || this.listInterrupts(line);
  }

  /**
   * A list item interrupts a paragraph, except as CommonMark says: a paragraph of this container is
   * interrupted only by an item with content and, when ordered, numbered 1. A line less indented (of an
   * outer list) ends it anyway, unless it is four columns past that list's own markers.
   */
  private listInterrupts(line: number): boolean {
    const lines = this.lines;
    const columns = lines.columns[line];
    if (this.listIndent >= 0 && columns - this.listIndent >= 4 && columns < this.blkIndent) return false;
    const end = lines.markerEnd(line);
    if (end < 0) return false;
    if (columns < this.blkIndent) return true;
    const src = this.src;
    if (lines.isOrdered(line) && Number(src.slice(lines.contentStart(line), end - 1)) !== 1) return false;
    let pos = end;
    while (pos < lines.ends[line] && isSpace(src.charCodeAt(pos))) pos++;
    return pos < lines.ends[line];
  }

  private paragraph(startLine: number, endLine: number): void {
    const lines = this.lines;
    let next = startLine + 1;
    for (; next < endLine && !lines.isEmpty(next); next++) {
      // Four columns in, a line only continues the paragraph (lazily, whatever it holds).
      if (lines.columns[next] - this.blkIndent > 3) continue;
      if (lines.columns[next] >= this.blkIndent && lines.isUnderline(next)) giveUp();
      if (this.endsParagraph(next)) break;
    }
    this.line = next;
    // The paragraph and its inline content cover the same lines: one map for both (maps are never written).
    const map: [number, number] = [startLine, next];
    this.push('paragraph_open', 'p', 1).map = map;
    if (next === startLine + 1) {
      this.pushInline(this.cut(startLine, this.blkIndent), lines.ends[startLine], map);
    } else {
      const inline = this.push('inline', '', 0);
      let text = '';
      for (let line = startLine; line < next; line++) text += this.src.slice(this.cut(line, this.blkIndent), line + 1 < next ? lines.ends[line] + 1 : lines.ends[line]);
      inline.content = asciiTrim(text);
      inline.map = map;
      inline.children = [];
      // A line break is never simple text (simpleInline.ts).
      inline.meta = NOT_SIMPLE;
    }
    this.pushClose(PARAGRAPH_CLOSE, 'paragraph_close', 'p', '');
  }

  /**
   * Where a line of a paragraph (or of a fence's code) starts once up to `columns` of indentation are cut (a
   * first line's marker counts as indentation): where no tab is cut a column is a character, and a content
   * character is never cut.
   */
  private cut(line: number, columns: number): number {
    const start = this.lines.starts[line];
    const cut = start + Math.min(columns, this.lines.shift[line]);
    // A tab in what is cut would count as more than one column (markdown-it expands it in part).
    if (this.lines.tabbed[line]) for (let at = start; at < cut; at++) if (this.src.charCodeAt(at) === TAB) giveUp();
    return cut;
  }

  /**
   * The inline token of one line's `src[start, end)`, trimmed as markdown-it trims it, with its simple
   * shape read here, on the document's own flat text.
   */
  private pushInline(start: number, end: number, map: [number, number]): void {
    const src = this.src;
    while (start < end && isAsciiTrimmable(src.charCodeAt(start))) start++;
    while (end > start && isAsciiTrimmable(src.charCodeAt(end - 1))) end--;
    const inline = this.push('inline', '', 0);
    inline.content = src.slice(start, end);
    const shape = simpleInlineAt(src, start, end);
    inline.meta = shape;
    inline.map = map;
    // A simple line gets no inline pass (see parseBlocksForModel): one shared empty list instead of one each.
    inline.children = shape === NOT_SIMPLE ? [] : NO_CHILDREN;
  }
}

/** The children of every simple inline token: never written (the inline pass gets a list of its own). */
const NO_CHILDREN: Token[] = Object.freeze([]) as unknown as Token[];

/** `text` without ASCII white space at its edges (markdown-it keeps other white space). */
function asciiTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isAsciiTrimmable(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
