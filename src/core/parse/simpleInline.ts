/**
 * Most lines of a plan are either plain text or a bold field (`- **Task (30 min):** Study X`). For
 * those two shapes the model needs no inline tokens at all: the display text and the field can be
 * read straight from the line, skipping markdown-it's inline rules and hundreds of thousands of token
 * objects. Anything with another inline construct, or any doubt, goes through markdown-it; a test
 * compares the results with a full parse on fixtures and generated input.
 *
 * This runs on nearly every line of every plan, so it is one pass over char codes that allocates
 * nothing and returns a number, the line's shape: NOT_SIMPLE, or a shape that says where the bold
 * label closes (0 for plain text) and whether the text has white space to fold (a run of spaces, a
 * tab, a no-break space...), which spares the display text a second pass.
 */

/** Needs markdown-it's inline pass. */
export const NOT_SIMPLE = -1;

/** Where the closing `**` of a shape's bold label is; 0 for plain text. */
export function labelClose(shape: number): number {
  return shape >> 1;
}

/** Whether a shape's text has white space other than single spaces between words. */
export function foldsSpace(shape: number): boolean {
  return (shape & 1) === 1;
}

/** White space that `replace(/\s+/g, ' ')` would change: a space before a space, or any other. */
export function foldsAt(text: string, i: number, c: number): boolean {
  return c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : (c < 0x20 || c >= 0xa0) && isWhiteSpace(c);
}

const STAR = 0x2a;
const COLON = 0x3a;
const SLASH = 0x2f;
const DOT = 0x2e;

/** `*_\`[]!<>&\~` and line breaks: characters that can start an inline construct. */
function isMarkupChar(c: number): boolean {
  switch (c) {
    case 0x2a: case 0x5f: case 0x60: case 0x5b: case 0x5d: case 0x21: case 0x3c: case 0x3e:
    case 0x26: case 0x5c: case 0x7e: case 0x0a: case 0x0d:
      return true;
    default:
      return false;
  }
}

/** Whether `text` has the ASCII letters `word` (lower case) ending right before `end`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  const from = end - word.length;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether position `i` (holding `c`) starts or ends something linkify or the inline rules would read. */
function isSpecialAt(text: string, i: number, c: number): boolean {
  if (isMarkupChar(c)) return true;
  if (c === COLON) {
    return (text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) || endsWithWord(text, i, 'mailto');
  }
  return c === DOT && endsWithWord(text, i, 'www');
}

/** JavaScript's `\s`. */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The shape of `content` when it has no inline construct, or is `**label**rest` with nothing special
 * in either part; NOT_SIMPLE otherwise.
 */
export function simpleInline(content: string): number {
  const length = content.length;
  const bold = content.charCodeAt(0) === STAR && content.charCodeAt(1) === STAR;
  let close = -1;
  let fold = 0;
  for (let i = bold ? 2 : 0; i < length; i++) {
    const c = content.charCodeAt(i);
    if (bold && close < 0 && c === STAR) {
      // The label is everything up to the first star, which must start the closing `**`.
      if (i === 2 || content.charCodeAt(i + 1) !== STAR) return NOT_SIMPLE;
      close = i;
      i++;
    } else if (isSpecialAt(content, i, c)) {
      return NOT_SIMPLE;
    } else if (c <= 0x20 || c >= 0xa0) {
      fold |= foldsAt(content, i, c) ? 1 : 0;
    }
  }
  if (!bold) return fold;
  if (close < 0) return NOT_SIMPLE;
  // The pair must open and close by CommonMark's flanking rules: no space inside the markers, and
  // after the closing one, nothing that could make it not right-flanking.
  if (isWhiteSpace(content.charCodeAt(2)) || isWhiteSpace(content.charCodeAt(close - 1))) return NOT_SIMPLE;
  const after = close + 2;
  if (after < length && content.charCodeAt(after) !== COLON && !isWhiteSpace(content.charCodeAt(after))) return NOT_SIMPLE;
  return (close << 1) | fold;
}
