/**
 * Edits to a text as an editor reports them, and the text they lead to. A keystroke in a 5 MB plan used to
 * ask the editor for its whole text again (VS Code joins the document's lines into a new string: ~50 ms on
 * a slow machine, more than the re-parse of the piece the keystroke touched); the text the index took last
 * plus the edits since gives the same string, and what is cheap to ask the editor (its length, the text
 * around the edits) checks it. A text that does not check out is not used: the caller reads the document.
 */

/**
 * One edit, as VS Code reports it (`TextDocumentContentChangeEvent`): `rangeOffset` and `rangeLength`
 * (UTF-16 code units) in the text as it was before this edit, `text` what replaced them.
 */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** What can be asked of a document without taking its whole text: its length and the text between two offsets. */
export interface TextProbe {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** Text around the edits compared with the document's, each side (a line or two of a plan). */
const MARGIN = 256;
/** Edits covering more than this are not checked piecewise: the caller takes the whole text instead. */
const MOST_CHECKED = 64 * 1024;

/**
 * One range of the previous text covering every change (`[from, to)`; minus `shrink`, the characters the
 * caller's text lacks at its start), and how much longer the text is after them (`delta`): in the new text
 * the changes lie in `[from, to + delta)`, and what lies after moved by `delta`. Changes apply in order,
 * each in the offsets of the text the ones before it left.
 */
export function coveringRange(changes: readonly TextChange[], shrink = 0): { from: number; to: number; delta: number } {
  let from = Infinity;
  let to = -Infinity;
  let delta = 0;
  for (const change of changes) {
    const start = change.rangeOffset - shrink;
    const end = start + change.rangeLength;
    // In the current text the covered range is [from, to + delta); past it, offsets are the previous ones + delta.
    if (start < from) from = start;
    const endBefore = end > to + delta ? end - delta : to;
    to = Math.max(to, endBefore);
    delta += change.text.length - change.rangeLength;
  }
  return { from, to, delta };
}

/** `text` after `changes`, applied in order; undefined when one does not fit the text it applies to. */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string | undefined {
  let result = text;
  for (const { rangeOffset, rangeLength, text: inserted } of changes) {
    if (rangeOffset < 0 || rangeLength < 0 || rangeOffset + rangeLength > result.length) return undefined;
    result = result.slice(0, rangeOffset) + inserted + result.slice(rangeOffset + rangeLength);
  }
  return result;
}

/**
 * The text a document holds now, worked out from `previous` (a text it held) and every change since, or
 * undefined when that cannot be vouched for: a change that does not fit, a length other than the document's,
 * or text around the changes other than the document's there (then an edit was missed on the way; the
 * caller reads the document's text). Edits covering more than 64 KB are not checked piece by piece: undefined.
 */
export function typedText(previous: string, changes: readonly TextChange[], document: TextProbe): string | undefined {
  const text = applyTextChanges(previous, changes);
  if (text === undefined || text.length !== document.length) return undefined;
  if (changes.length === 0) return text;
  const { from, to, delta } = coveringRange(changes);
  const start = Math.max(0, from - MARGIN);
  const end = Math.min(text.length, to + delta + MARGIN);
  if (end - start > MOST_CHECKED) return undefined;
  return document.slice(start, end) === text.slice(start, end) ? text : undefined;
}
