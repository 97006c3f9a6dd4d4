/**
 * Lines, the one definition in the core: a line ends at `\r\n`, `\n` or a lone `\r`, as markdown-it,
 * VS Code and the byte writer count them. Offsets and line numbers from these functions agree with
 * VS Code positions (0-based lines, UTF-16 offsets), and the byte version with the same lines' bytes
 * (CR and LF are single bytes in UTF-8).
 */

export const LF = 0x0a;
export const CR = 0x0d;

/**
 * Calls `onBreak(breakStart, nextLineStart)` for each line break of a sequence of code units (string
 * characters or bytes), in order.
 */
function scanBreaks(length: number, codeAt: (i: number) => number, onBreak: (breakStart: number, next: number) => void): void {
  for (let i = 0; i < length; i++) {
    const c = codeAt(i);
    if (c === LF) onBreak(i, i + 1);
    else if (c === CR) {
      const crlf = i + 1 < length && codeAt(i + 1) === LF;
      onBreak(i, crlf ? i + 2 : i + 1);
      if (crlf) i++;
    }
  }
}

/** A line's span: `[start, end)` without its line break. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

function spansOf(length: number, codeAt: (i: number) => number): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  scanBreaks(length, codeAt, (end, next) => {
    spans.push({ start, end });
    start = next;
  });
  spans.push({ start, end: length });
  return spans;
}

/** Each line's span in a string. */
export function lineSpans(text: string): LineSpan[] {
  return spansOf(text.length, (i) => text.charCodeAt(i));
}

/** Each line's span in raw bytes (the CLI edits files byte for byte). */
export function byteLineSpans(bytes: Uint8Array): LineSpan[] {
  return spansOf(bytes.length, (i) => bytes[i]);
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  scanBreaks(text.length, (i) => text.charCodeAt(i), (_end, next) => starts.push(next));
  return starts;
}

/**
 * How many lines `text` has (`lineStarts(text).length`), without building the array: the parser
 * counts the lines of every file, so an LF-only text is counted with native searches.
 */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (text.indexOf('\r') < 0) return lines;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF) lines++;
  }
  return lines;
}

/**
 * Where the line starting at `start` ends (its break excluded). `hasCR` says whether the text has any
 * carriage return; without one, a native search finds the end.
 */
export function lineEndFrom(text: string, start: number, hasCR: boolean): number {
  if (!hasCR) {
    const lf = text.indexOf('\n', start);
    return lf < 0 ? text.length : lf;
  }
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

/** Where the line after the one ending at `end` starts. */
export function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** The first line break of `text` (what an inserted line should end with), or `\n` if it has none. */
export function firstLineBreak(text: string): string {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr < 0) return '\n';
  if (lf < 0 || cr < lf) return text.charCodeAt(cr + 1) === LF ? '\r\n' : '\r';
  return '\n';
}

/** The text of each line, without its line ending. */
export class Lines {
  private readonly spans: LineSpan[];

  constructor(readonly text: string) {
    this.spans = lineSpans(text);
  }

  get count(): number {
    return this.spans.length;
  }

  /** A line's text without its ending; '' past the end. */
  at(line: number): string {
    const span = this.spans[line];
    return span ? this.text.slice(span.start, span.end) : '';
  }

  /**
   * The line break that ends `line` (`\r\n`, `\n` or `\r`), or the text's first one for a last line without one: what
   * text inserted after the line ends its new lines with, so that the line keeps its own (in a file of mixed endings,
   * a logged session after a `\r\n` line took that line's `\r` and left it `\n`: a trial's).
   */
  breakAfter(line: number): string {
    const span = this.spans[line];
    const next = this.spans[line + 1];
    return span && next ? this.text.slice(span.end, next.start) : firstLineBreak(this.text);
  }

  /** The offset in the text of a (line, character) position. */
  offsetAt(position: { readonly line: number; readonly character: number }): number {
    return this.spans[position.line].start + position.character;
  }

  /** The (line, character) of an offset in the text; an offset inside a line break is on the line it ends. */
  positionAt(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.spans.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.spans[middle].start <= offset) low = middle;
      else high = middle - 1;
    }
    const span = this.spans[low];
    return { line: low, character: Math.min(offset, span.end) - span.start };
  }
}
