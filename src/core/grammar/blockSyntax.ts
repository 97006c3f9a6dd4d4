/**
 * What one line can open in markdown's block structure, read by hand from the line's first content
 * character (`text[start, end)`, after its indentation and containers): a fence, a thematic break, an ATX
 * heading, a list item's marker, a setext underline. The block scanner, the piece cutter and the line
 * grammar (lineSyntax.ts) read these constructs with these functions, as CommonMark and markdown-it do.
 */

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const STAR = 0x2a;
const DASH = 0x2d;

/** Space or tab: what markdown counts as the space after a marker. */
export function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Where the run of `char` starting at `at` ends (before `end`). */
export function runEnd(text: string, at: number, end: number, char: number): number {
  while (at < end && text.charCodeAt(at) === char) at++;
  return at;
}

/**
 * Where a fence's opening run (three or more backticks or tildes) ends, or -1 when the line opens no
 * fence (a backtick fence whose info string holds a backtick is inline code instead).
 */
export function fenceRunEndAt(text: string, start: number, end: number): number {
  const marker = text.charCodeAt(start);
  if ((marker !== BACKTICK && marker !== TILDE) || start + 3 > end) return -1;
  const run = runEnd(text, start, end, marker);
  if (run - start < 3) return -1;
  if (marker === BACKTICK) for (let i = run; i < end; i++) if (text.charCodeAt(i) === BACKTICK) return -1;
  return run;
}

/** Whether the line closes a fence of `length` `marker`s: as many or more, then only spaces and tabs. */
export function closesFenceAt(text: string, start: number, end: number, marker: number, length: number): boolean {
  const run = runEnd(text, start, end, marker);
  if (run - start < length) return false;
  let at = run;
  while (at < end && isSpaceOrTab(text.charCodeAt(at))) at++;
  return at >= end;
}

/** A thematic break: three or more `*`, `-` or `_`, the same one, with only spaces and tabs between. */
export function isThematicBreakAt(text: string, start: number, end: number): boolean {
  const marker = text.charCodeAt(start);
  if (marker !== STAR && marker !== DASH && marker !== 0x5f) return false;
  let markers = 0;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === marker) markers++;
    else if (!isSpaceOrTab(c)) return false;
  }
  return markers >= 3;
}

/** The level of the ATX heading the line opens (`#` to `######`, then a space, a tab or the end), or 0. */
export function atxLevelAt(text: string, start: number, end: number): number {
  const run = runEnd(text, start, Math.min(end, start + 7), HASH);
  const level = run - start;
  return level > 6 || (run < end && !isSpaceOrTab(text.charCodeAt(run))) ? 0 : level;
}

/**
 * Where a list item's marker ends (`-`, `*`, `+`, or 1 to 9 digits and `.` or `)`), when a space, a tab
 * or the line's end follows it; -1 otherwise.
 */
export function listMarkerEndAt(text: string, start: number, end: number): number {
  if (start >= end) return -1; // an empty line opens nothing (the next line's text is not this one's)
  let at = start;
  const c = text.charCodeAt(at);
  if (c === STAR || c === DASH || c === 0x2b) at++;
  else {
    while (at < end && at - start < 10 && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
    if (at === start || at - start >= 10 || at >= end) return -1;
    const delimiter = text.charCodeAt(at);
    if (delimiter !== 0x2e && delimiter !== 0x29) return -1;
    at++;
  }
  return at < end && !isSpaceOrTab(text.charCodeAt(at)) ? -1 : at;
}

/** A line of only `=` or only `-` (then spaces and tabs): under a paragraph, a setext heading's underline. */
export function isSetextUnderlineAt(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const marker = text.charCodeAt(start);
  if (marker !== 0x3d && marker !== DASH) return false;
  let at = runEnd(text, start, end, marker);
  while (at < end && isSpaceOrTab(text.charCodeAt(at))) at++;
  return at >= end;
}
