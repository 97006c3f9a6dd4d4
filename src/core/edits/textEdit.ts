/**
 * The core's own text edit types (VS Code's are converted in one adapter). Positions are 0-based
 * lines and UTF-16 character offsets, as in VS Code; lines end at \r\n, \n or a lone \r.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** An edit inside one line, before it is placed on its line number. */
export interface LineEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export function onLine(line: number, edit: LineEdit): TextEdit {
  return { range: { start: { line, character: edit.start }, end: { line, character: edit.end } }, newText: edit.newText };
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** The text of each line, without its line ending. */
export class Lines {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get count(): number {
    return this.starts.length;
  }

  /** A line's text without its ending; '' past the end. */
  at(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  offsetAt(position: Position): number {
    return this.starts[position.line] + position.character;
  }
}

/** Applies non-overlapping edits; used by the CLI and the tests (the extension uses a WorkspaceEdit). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new Lines(text);
  const placed = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const edit of placed) {
    if (edit.end > limit) throw new Error('overlapping text edits');
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}
