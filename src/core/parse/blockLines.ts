/**
 * The lines of a normalized text (`\n` breaks) as markdown-it's block parser sees them, and what a single
 * line can be (a fence, a thematic break, an ATX heading, a list marker, a setext underline), read from
 * its first content character on. The block scanner (blockScanner.ts) decides what the lines make together.
 */

export const SPACE = 0x20;
export const TAB = 0x09;
const NEWLINE = 0x0a;
const HASH = 0x23;
const BACKTICK = 0x60;
const PIPE = 0x7c;
const COLON = 0x3a;
const DASH = 0x2d;

/** Space or tab: what markdown-it counts as indentation and as the space after a marker. */
export const isSpace = (c: number): boolean => c === SPACE || c === TAB;

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
    let lines = 0;
    for (let at = src.indexOf('\n'); at >= 0; at = src.indexOf('\n', at + 1)) lines++;
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
      const newline = src.indexOf('\n', start);
      const end = newline < 0 ? src.length : newline;
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
        if (d !== PIPE && d !== COLON && d !== DASH && !isSpace(d)) break;
      }
      if (pos < end) continue;
      for (let at = this.starts[line - 1]; at < this.ends[line - 1]; at++) if (src.charCodeAt(at) === PIPE) return true;
    }
    return false;
  }

  /** Where a fence's marker run (three or more backticks or tildes) ends on `line`; -1 when the line opens no fence. */
  fenceRunEnd(line: number): number {
    const src = this.src;
    const pos = this.contentStart(line);
    const max = this.ends[line];
    if (pos + 3 > max) return -1;
    const marker = src.charCodeAt(pos);
    if (marker !== BACKTICK && marker !== 0x7e) return -1;
    let end = pos;
    while (end < max && src.charCodeAt(end) === marker) end++;
    if (end - pos < 3) return -1;
    // A backtick in a backtick fence's info string makes it inline code instead.
    if (marker === BACKTICK) for (let i = end; i < max; i++) if (src.charCodeAt(i) === BACKTICK) return -1;
    return end;
  }

  /** Whether `line` closes a fence of `length` `marker`s: as many or more, then only spaces. */
  closesFence(line: number, marker: number, length: number): boolean {
    const src = this.src;
    const pos = this.contentStart(line);
    const max = this.ends[line];
    let end = pos;
    while (end < max && src.charCodeAt(end) === marker) end++;
    if (end - pos < length) return false;
    while (end < max && isSpace(src.charCodeAt(end))) end++;
    return end >= max;
  }

  /** A thematic break: three or more `*`, `-` or `_`, the same one, with only spaces between. */
  isThematicBreak(line: number): boolean {
    const src = this.src;
    let pos = this.contentStart(line);
    const max = this.ends[line];
    const marker = src.charCodeAt(pos++);
    if (marker !== 0x2a && marker !== DASH && marker !== 0x5f) return false;
    let markers = 1;
    for (; pos < max; pos++) {
      const c = src.charCodeAt(pos);
      if (c === marker) markers++;
      else if (!isSpace(c)) return false;
    }
    return markers >= 3;
  }

  /** The level of the ATX heading `line` opens (`#` to `######`, then a space or the line's end), or 0. */
  headingLevel(line: number): number {
    const src = this.src;
    const start = this.contentStart(line);
    const max = this.ends[line];
    let pos = start;
    while (pos < max && src.charCodeAt(pos) === HASH && pos - start < 7) pos++;
    const level = pos - start;
    return level > 6 || (pos < max && !isSpace(src.charCodeAt(pos))) ? 0 : level;
  }

  /** Where a list marker (`-`, `*`, `+`, or 1 to 9 digits and `.` or `)`) ends on `line`, followed by a space or the end; -1 if none. */
  markerEnd(line: number): number {
    const src = this.src;
    const start = this.contentStart(line);
    const max = this.ends[line];
    let pos = start;
    const c = src.charCodeAt(pos);
    if (c === 0x2a || c === DASH || c === 0x2b) pos++;
    else {
      while (pos < max && pos - start < 10 && src.charCodeAt(pos) >= 0x30 && src.charCodeAt(pos) <= 0x39) pos++;
      if (pos === start || pos - start >= 10 || pos >= max) return -1;
      const delimiter = src.charCodeAt(pos);
      if (delimiter !== 0x2e && delimiter !== 0x29) return -1;
      pos++;
    }
    return pos < max && !isSpace(src.charCodeAt(pos)) ? -1 : pos;
  }

  /** Whether the line's first content character is a digit (an ordered list's marker, when it is one). */
  isOrdered(line: number): boolean {
    const c = this.firstChar(line);
    return c >= 0x30 && c <= 0x39;
  }

  /** A line of only `=` or only `-` (then spaces): under a paragraph, a setext heading. */
  isUnderline(line: number): boolean {
    const src = this.src;
    let pos = this.contentStart(line);
    const max = this.ends[line];
    const marker = src.charCodeAt(pos);
    if (marker !== 0x3d && marker !== DASH) return false;
    while (pos < max && src.charCodeAt(pos) === marker) pos++;
    while (pos < max && isSpace(src.charCodeAt(pos))) pos++;
    return pos >= max;
  }
}
