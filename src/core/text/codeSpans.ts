/**
 * Inline code spans in a line's raw markdown, as CommonMark finds them: a run of backticks opens one and the next
 * run of exactly as many closes it; a run nothing closes is literal text, and a backslash outside code escapes the
 * character after it. What stands in code is the learner's text, never structure: `### Day 5 - Print `'✅'``
 * is an open day, and `- [ ] Learn `✅ 2026-01-01`` a task with no done date.
 */

const BACKTICK = 0x60;
const BACKSLASH = 0x5c;

function runEnd(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) === BACKTICK) i++;
  return i;
}

/**
 * The code spans of `text`, backticks included, as `[start, end)` offsets in order. Linear however many runs a line
 * holds: a closing run is looked for by a forward scan, which a span that closes pays once; after the first scan that
 * finds none (each one would scan the rest of the line: a hostile line of unclosed runs took a minute), the runs of
 * each length are listed once and looked for by a cursor that only moves forward.
 */
export function codeSpans(text: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  let byLength: Map<number, number[]> | null = null;
  const seen = new Map<number, number>();
  // Where a run of exactly `length` backticks starts at or after `from` (which only grows), or -1.
  const closingRun = (from: number, length: number): number => {
    if (byLength === null) {
      const found = scanForRun(text, from, length);
      if (found >= 0) return found;
      byLength = runsByLength(text);
      return -1;
    }
    const starts = byLength.get(length);
    if (!starts) return -1;
    let k = seen.get(length) ?? 0;
    while (k < starts.length && starts[k] < from) k++;
    seen.set(length, k);
    return k < starts.length ? starts[k] : -1;
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c !== BACKTICK) i++;
    else {
      const open = runEnd(text, i);
      const close = closingRun(open, open - i);
      if (close < 0) i = open;
      else {
        spans.push([i, close + (open - i)]);
        i = close + (open - i);
      }
    }
  }
  return spans;
}

/** Where a run of exactly `length` backticks starts at or after `from`, or -1 (a forward scan). */
function scanForRun(text: string, from: number, length: number): number {
  for (let i = text.indexOf('`', from); i >= 0; i = text.indexOf('`', i)) {
    const end = runEnd(text, i);
    if (end - i === length) return i;
    i = end;
  }
  return -1;
}

/** The starts of the backtick runs of `text`, by length, in order. */
function runsByLength(text: string): Map<number, number[]> {
  const byLength = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    const end = runEnd(text, i);
    const starts = byLength.get(end - i);
    if (starts) starts.push(i);
    else byLength.set(end - i, [i]);
    i = end;
  }
  return byLength;
}

/**
 * `text` with its HTML comments (`<!-- ✅ 2026-01-01 -->`) blanked, the same length: what a comment holds is no mark (a
 * stamp in one read as done, and neither done nor undone could write or find it). A `<!--` nothing closes is text, as
 * in CommonMark (blanked, a stamp `done` wrote after it was not read).
 */
export function blankHtmlComments(text: string): string {
  let open = text.indexOf('<!--');
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + '_'.repeat(close + 3 - open);
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` with each code span's characters (backticks included) replaced by `_`: the same length, so offsets still
 * point into the original, and a span reads as punctuation, as its backticks did (`Joins ✅ `late`` is marked, as
 * before code was told apart). Text without a backtick is returned as it is (one native search).
 */
export function blankCodeSpans(text: string): string {
  if (text.indexOf('`') < 0) return text;
  const spans = codeSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + '_'.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}
