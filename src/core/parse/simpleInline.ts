import { mayLeadMojibake } from '../text/codePages';

/**
 * Most lines of a plan are either plain text or a bold field (`- **Task (30 min):** Study X`). For
 * those two shapes the model needs no inline tokens at all: the display text and the field can be
 * read straight from the line, skipping markdown-it's inline rules and hundreds of thousands of token
 * objects. Anything with another inline construct, or any doubt, goes through markdown-it; a test
 * compares the results with a full parse on fixtures and generated input.
 *
 * This runs on nearly every line of every plan, so it is one pass over char codes that allocates
 * nothing and returns a number, the line's shape: NOT_SIMPLE, or a shape that says where the bold
 * label closes (0 for plain text), whether the text has white space to fold (a run of spaces, a tab,
 * a no-break space...) and whether it may hold mojibake; the last two spare the display text more passes.
 */

/** Needs markdown-it's inline pass. */
export const NOT_SIMPLE = -1;

const FOLD = 1;
const MOJIBAKE = 2;
const FLAG_BITS = 2;

/** Where the closing `**` of a shape's bold label is; 0 for plain text. */
export function labelClose(shape: number): number {
  return shape >> FLAG_BITS;
}

/** Whether a shape's text has white space other than single spaces between words. */
export function foldsSpace(shape: number): boolean {
  return (shape & FOLD) !== 0;
}

/** Whether a shape's text has a character that may start mojibake in some code page (see text/codePages.ts). */
export function mayHaveMojibake(shape: number): boolean {
  return (shape & MOJIBAKE) !== 0;
}

/** JavaScript's `\s`. */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** White space that `replace(/\s+/g, ' ')` would change: a space before a space, or any other. */
export function foldsAt(text: string, i: number, c: number): boolean {
  return c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : (c < 0x20 || c >= 0xa0) && isWhiteSpace(c);
}

// What each ASCII character means to the scan, looked up in one table read.
const ORDINARY = 0;
const MARKUP = 1; // `_\`[]!>&\~` and line breaks: can start an inline construct
const STAR_CHAR = 2;
const COLON_CHAR = 3; // may end `mailto:` or start `://`
const DOT_CHAR = 4; // may end `www.`
const SPACE_CHAR = 5; // white space: may need folding
/**
 * `<`: starts inline HTML only before a letter, `/`, `!` or `?`; an autolink needs a closing `>` (an email one
 * may start with a digit: `<5@x.example>`), and `>` stays MARKUP, so a `<` before anything else is text here.
 */
const LESS_THAN = 6;
const SLASH_CHAR = 7; // `//` starts a link to linkify (its schema-less `//host`), as `://` does
const ASCII = new Uint8Array(128);
for (const c of '_`[]!>&\\~\n\r') ASCII[c.charCodeAt(0)] = MARKUP;
ASCII[0x3c] = LESS_THAN;
ASCII[0x2f] = SLASH_CHAR;
ASCII[0x2a] = STAR_CHAR;
ASCII[0x3a] = COLON_CHAR;
ASCII[0x2e] = DOT_CHAR;
for (const c of ' \t\v\f') ASCII[c.charCodeAt(0)] = SPACE_CHAR;

/**
 * Where the scan must look: every ASCII character the table does not call ORDINARY but the space, everything
 * from U+0080, and a space before another space. Built from the table, so the two cannot disagree; one
 * character long, so `lastIndex - 1` is where it is.
 */
const SPECIAL = new RegExp(
  `[${[...ASCII.keys()].filter((c) => ASCII[c] !== ORDINARY && c !== 0x20).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}\\u0080-\\uffff]| (?= )`,
  'g',
);

const STAR = 0x2a;
const COLON = 0x3a;
const SLASH = 0x2f;

/** Whether a character after `<` may start inline HTML (`<b`, `</`, `<!--`, `<?`) or an autolink (`<https:`). */
function startsTag(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;
}

/** Whether `text` has the ASCII letters `word` (lower case) ending right before `end` and not before `start`, in any case. */
function endsWithWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start < word.length) return false;
  const from = end - word.length;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The shape of `content` when it has no inline construct, or is `**label**rest` with nothing special
 * in either part; NOT_SIMPLE otherwise.
 */
export function simpleInline(content: string): number {
  return simpleInlineAt(content, 0, content.length);
}

/**
 * The shape of `text[start, end)` (see simpleInline). The block scanner reads each line's content where
 * it stands in the document, a flat string, which is faster to read than a slice of it.
 */
export function simpleInlineAt(text: string, start: number, end: number): number {
  const bold = end - start >= 2 && text.charCodeAt(start) === STAR && text.charCodeAt(start + 1) === STAR;
  let close = -1;
  let flags = 0;
  let i = bold ? start + 2 : start;
  while (i < end) {
    // Ordinary ASCII (most of a line: letters, digits, single spaces) is skipped by the pattern, natively.
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(text)) break;
    // Then character by character up to the next ordinary one: a run of non-ASCII text (a Chinese or
    // Russian plan) stays in this loop rather than costing a search per character.
    for (i = SPECIAL.lastIndex - 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        if (mayLeadMojibake(c)) flags |= MOJIBAKE;
        else if (c >= 0xa0 && isWhiteSpace(c)) flags |= FOLD;
        continue;
      }
      const kind = ASCII[c];
      if (kind === ORDINARY) break;
      switch (kind) {
        case MARKUP:
          return NOT_SIMPLE;
        case STAR_CHAR:
          // The label is everything up to the first star, which must start the closing `**`.
          if (!bold || close >= 0 || i === start + 2 || i + 1 >= end || text.charCodeAt(i + 1) !== STAR) return NOT_SIMPLE;
          close = i - start;
          i++;
          break;
        case COLON_CHAR:
          if (endsWithWord(text, start, i, 'mailto')) return NOT_SIMPLE;
          break;
        case SLASH_CHAR:
          // `://` and a bare `//host` (linkify reads both): the second slash is what decides.
          if (i + 1 < end && text.charCodeAt(i + 1) === SLASH) return NOT_SIMPLE;
          break;
        case DOT_CHAR:
          if (endsWithWord(text, start, i, 'www')) return NOT_SIMPLE;
          break;
        case LESS_THAN:
          // `<5 s`, `< 10 min`, `<=` are text to markdown-it (its HTML and autolink rules need a tag's start).
          if (i + 1 < end && startsTag(text.charCodeAt(i + 1))) return NOT_SIMPLE;
          break;
        case SPACE_CHAR:
          if (c !== 0x20 || (i + 1 < end && text.charCodeAt(i + 1) === 0x20)) flags |= FOLD;
          break;
      }
    }
  }
  if (!bold) return flags;
  if (close < 0) return NOT_SIMPLE;
  // The pair must open and close by CommonMark's flanking rules: no space inside the markers, and
  // after the closing one, nothing that could make it not right-flanking.
  if (isWhiteSpace(text.charCodeAt(start + 2)) || isWhiteSpace(text.charCodeAt(start + close - 1))) return NOT_SIMPLE;
  const after = start + close + 2;
  if (after < end && text.charCodeAt(after) !== COLON && !isWhiteSpace(text.charCodeAt(after))) return NOT_SIMPLE;
  return (close << FLAG_BITS) | flags;
}
