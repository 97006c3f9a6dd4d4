import { labelClose, NOT_SIMPLE, simpleInlineAt } from './simpleInline';

/**
 * The line most plans give each resource: `- **Resource:** [Delta Lake docs](https://docs.delta.io/)`, one
 * link and otherwise simple text (see simpleInline.ts). markdown-it's inline pass costs about 7 µs on such a
 * line (its state, its rules, the link's normalization): a tenth of indexing a plan for one line in twenty.
 * Read here instead when the line has nothing that could make markdown-it read it otherwise; anything
 * else, or any doubt, still goes through markdown-it. A property test compares the model with a full parse
 * on links of every kind (fastPath.test.ts).
 */
export interface SimpleLink {
  /** The prefix's shape (simpleInline), whose label, if any, is the line's field label. */
  readonly prefix: number;
  /** Where `[`, `]` and the closing `)` are in the content. */
  readonly open: number;
  readonly textEnd: number;
  readonly urlEnd: number;
}

const SPACE = 0x20;
const STAR = 0x2a;
const OPEN_PAREN = 0x28;

/**
 * The one link of `content` (an inline token's, one line) when the rest is simple: a prefix that is empty
 * or simple text ending in a space (a bold label may open it), link text that is simple and plain, a
 * destination that markdown-it keeps as it is, and simple plain text after it. null otherwise.
 */
export function readSimpleLink(content: string): SimpleLink | null {
  const open = content.indexOf('[');
  if (open < 0 || content.indexOf('\n') >= 0) return null;
  const textEnd = content.indexOf(']', open + 1);
  if (textEnd <= open + 1 || content.charCodeAt(textEnd + 1) !== OPEN_PAREN) return null;
  const urlEnd = content.indexOf(')', textEnd + 2);
  if (urlEnd < 0 || !isPlainUrl(content, textEnd + 2, urlEnd)) return null;
  // A space before the link: a bold label's closing `**` is then right-flanking whatever comes after.
  let prefix = 0;
  if (open > 0) {
    if (content.charCodeAt(open - 1) !== SPACE) return null;
    prefix = simpleInlineAt(content, 0, open);
    if (prefix === NOT_SIMPLE) return null;
  }
  if (!isPlainText(content, open + 1, textEnd) || !isPlainText(content, urlEnd + 1, content.length)) return null;
  return { prefix, open, textEnd, urlEnd };
}

/** Simple text without a bold label (nor a star that could open one). */
function isPlainText(content: string, start: number, end: number): boolean {
  if (start >= end) return true;
  if (content.charCodeAt(start) === STAR) return false;
  const shape = simpleInlineAt(content, start, end);
  return shape !== NOT_SIMPLE && labelClose(shape) === 0;
}

// What a destination may hold and stay as markdown-it writes it (normalizeLink): URL characters that
// mdurl keeps, no `&` (an entity), no `\` (an escape), no parenthesis, space, quote or angle bracket.
const URL_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#!$+,;=%'") URL_CHAR[c.charCodeAt(0)] = 1;
const HOST_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789.-') HOST_CHAR[c.charCodeAt(0)] = 1;

/**
 * `http://` or `https://`, a lower-case ASCII host of labels up to 63 characters and up to 255 in all
 * (punycode and mdurl leave it as it is), then nothing
 * or a path, query or fragment of URL characters, each `%` starting an escape of two hex digits (mdurl would encode a lone one).
 */
export function isPlainUrl(text: string, start: number, end: number): boolean {
  let at = text.startsWith('https://', start) ? start + 8 : text.startsWith('http://', start) ? start + 7 : -1;
  if (at < 0) return false;
  const hostStart = at;
  let labelStart = at;
  for (; at < end && text.charCodeAt(at) < 0x80 && HOST_CHAR[text.charCodeAt(at)] === 1; at++) {
    if (text.charCodeAt(at) === 0x2e) labelStart = at + 1;
    // mdurl moves a host label longer than 63 characters into the path, and drops a host longer than 255.
    if (at - labelStart >= 63) return false;
  }
  if (at === hostStart || at - hostStart > 255) return false;
  // No port, no user: the host ends the destination or a path, query or fragment starts.
  const afterHost = text.charCodeAt(at);
  if (at < end && afterHost !== 0x2f && afterHost !== 0x3f && afterHost !== 0x23) return false;
  for (; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c >= 0x80 || URL_CHAR[c] === 0) return false;
    if (c === 0x25 && !(isHex(text.charCodeAt(at + 1)) && isHex(text.charCodeAt(at + 2)) && at + 2 < end)) return false;
  }
  return true;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
