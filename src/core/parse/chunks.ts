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
 * and terminates tables). What this scan cannot follow exactly makes it stop cutting for the rest of
 * the document, which is always safe: a line that may start an HTML block (`<` indented 0-3 spaces)
 * or a fence indented 1-3 spaces (it may belong to a list item, and then ends with it). Reference
 * definitions (`[label]: url`) apply to the whole document, so a document that may hold one is not cut.
 * A property test compares the pieces' model with the whole document's on generated documents.
 */

import { lineEndFrom, nextLineStart } from '../grammar/lines';
import { closesFenceAt, fenceRunEndAt, runEnd } from '../grammar/blockSyntax';
import { isAtxHeadingAt } from '../grammar/lineSyntax';

export interface Chunk {
  readonly text: string;
  /** The 0-based line of the whole document this piece starts at. */
  readonly firstLine: number;
}

const SPACE = 0x20;
const HASH = 0x23;
const LT = 0x3c;

interface Fence {
  readonly char: number;
  readonly length: number;
}

/**
 * Pieces of `text` of at least `minChars` characters each (the last may be shorter), cut only at
 * safe headings. Short texts and texts that may define link references come back whole.
 */
export function splitIntoChunks(text: string, minChars: number): Chunk[] {
  if (text.length < 2 * minChars || text.includes(']:')) return [{ text, firstLine: 0 }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let fence: Fence | null = null;
  let line = 0;
  const hasCR = text.indexOf('\r') >= 0;
  for (let start = 0; start < text.length; line++) {
    const end = lineEndFrom(text, start, hasCR);
    const indent = runEnd(text, start, end, SPACE) - start;
    if (fence) {
      if (indent <= 3 && closesFenceAt(text, start + indent, end, fence.char, fence.length)) fence = null;
    } else {
      const c = text.charCodeAt(start + indent);
      const opening = indent <= 3 ? fenceRunEndAt(text, start + indent, end) : -1;
      if (indent <= 3 && c === LT) break;
      if (opening >= 0) {
        if (indent > 0) break;
        fence = { char: c, length: opening - start };
      } else if (indent === 0 && c === HASH && start - chunkStart >= minChars && isAtxHeadingAt(text, start, end)) {
        chunks.push({ text: text.slice(chunkStart, start), firstLine: chunkLine });
        chunkStart = start;
        chunkLine = line;
      }
    }
    start = nextLineStart(text, end);
  }
  chunks.push({ text: text.slice(chunkStart), firstLine: chunkLine });
  return chunks;
}
