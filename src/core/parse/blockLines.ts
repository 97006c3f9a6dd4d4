/**
 * The lines of a normalized text (`\n` breaks) as markdown-it's block parser sees them, and what each can
 * open (grammar/blockSyntax.ts), read from its first content character on (past a list item's marker on
 * the item's first line). The block scanner (blockScanner.ts) decides what the lines make together.
 */

import { atxLevelAt, closesFenceAt, fenceRunEndAt, isSetextUnderlineAt, isSpaceOrTab, isThematicBreakAt, listMarkerEndAt } from '../grammar/blockSyntax';

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const PIPE = 0x7c;
const COLON = 0x3a;
const DASH = 0x2d;

/** The line breaks of the text being read (see BlockLines' constructor); grows as texts need. */
let lineBreaks = new Int32Array(4096);

export class BlockLines {
  readonly count: number;
  /** Per line (and one empty line past the end): its start and end offsets (end before the `\n`). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Offset of the line's first content character from its start; a list item's first line moves it past its marker. */
  readonly shift: Int32Array;
  /** The line's indentation in columns (tabs expanded); a list item's first line counts to its content. */
  readonly columns: Int32Array;
  /** 1 where the line's indentation holds a tab (its content cannot be cut by columns here). */
  readonly tabbed: Uint8Array;

  constructor(readonly src: string) {
    // Where each line break is, found once (in a scratch list reused from text to text).
    let lines = 0;
    let breaks = lineBreaks;
    for (let at = src.indexOf('\n'); at >= 0; at = src.indexOf('\n', at + 1)) {
      if (lines === breaks.length) {
        const grown = new Int32Array(breaks.length * 2);
        grown.set(breaks);
        breaks = lineBreaks = grown;
      }
      breaks[lines++] = at;
    }
    const breakCount = lines;
    // A last line without a line break counts only with something besides spaces and tabs (as markdown-it's).
    if (src.charCodeAt(src.length - 1) !== NEWLINE && !/^[ \t]*$/.test(src.slice(src.lastIndexOf('\n') + 1))) lines++;
    this.count = lines;
    this.starts = new Int32Array(lines + 1);
    this.ends = new Int32Array(lines + 1);
    this.shift = new Int32Array(lines + 1);
    this.columns = new Int32Array(lines + 1);
    this.tabbed = new Uint8Array(lines + 1);
    let start = 0;
    for (let line = 0; line < lines; line++) {
      const end = line < breakCount ? breaks[line] : src.length;
      let pos = start;
      let columns = 0;
      for (; pos < end; pos++) {
        const c = src.charCodeAt(pos);
        if (c === SPACE) columns++;
        else if (c === TAB) {
          columns += 4 - (columns % 4);
          this.tabbed[line] = 1;
        } else break;
      }
      this.starts[line] = start;
      this.ends[line] = end;
      this.shift[line] = pos - start;
      this.columns[line] = columns;
      start = end + 1;
    }
    this.starts[lines] = src.length;
    this.ends[lines] = src.length;
  }

  /** Offset of the line's first content character. */
  contentStart(line: number): number {
    return this.starts[line] + this.shift[line];
  }

  isEmpty(line: number): boolean {
    return this.contentStart(line) >= this.ends[line];
  }

  /** The first content character of a line (past a list item's marker on its first line). */
  firstChar(line: number): number {
    return this.src.charCodeAt(this.contentStart(line));
  }

  /**
   * Whether a line could be a table's delimiter row (only `|`, `:`, `-` and spaces, starting with one of
   * the three) under a line holding a pipe: markdown-it decides whether a table starts there. One pass.
   */
  mayHoldTable(): boolean {
    const src = this.src;
    for (let line = 1; line < this.count; line++) {
      let pos = this.contentStart(line);
      const end = this.ends[line];
      const c = src.charCodeAt(pos);
      if (pos >= end || (c !== PIPE && c !== COLON && c !== DASH)) continue;
      for (; pos < end; pos++) {
        const d = src.charCodeAt(pos);
        if (d !== PIPE && d !== COLON && d !== DASH && !isSpaceOrTab(d)) break;
      }
      if (pos < end) continue;
      for (let at = this.starts[line - 1]; at < this.ends[line - 1]; at++) if (src.charCodeAt(at) === PIPE) return true;
    }
    return false;
  }

  /** Where a fence's opening run ends on `line`; -1 when the line opens no fence. */
  fenceRunEnd(line: number): number {
    return fenceRunEndAt(this.src, this.contentStart(line), this.ends[line]);
  }

  closesFence(line: number, marker: number, length: number): boolean {
    return closesFenceAt(this.src, this.contentStart(line), this.ends[line], marker, length);
  }

  isThematicBreak(line: number): boolean {
    return isThematicBreakAt(this.src, this.contentStart(line), this.ends[line]);
  }

  /** The level of the ATX heading `line` opens, or 0. */
  headingLevel(line: number): number {
    return atxLevelAt(this.src, this.contentStart(line), this.ends[line]);
  }

  /** Where a list marker ends on `line`; -1 if none. */
  markerEnd(line: number): number {
    return listMarkerEndAt(this.src, this.contentStart(line), this.ends[line]);
  }

  /** Whether the line's first content character is a digit (an ordered list's marker, when it is one). */
  isOrdered(line: number): boolean {
    const c = this.firstChar(line);
    return c >= 0x30 && c <= 0x39;
  }

  isUnderline(line: number): boolean {
    return isSetextUnderlineAt(this.src, this.contentStart(line), this.ends[line]);
  }
}
