import type { Field, Link } from '../model';
import type { BlockToken, Token } from './markdown';
import { foldsAt, foldsSpace, labelClose, mayHaveMojibake, NOT_SIMPLE } from './simpleInline';
import { displayText } from '../text/mojibake';
import type { SimpleLink } from './simpleLink';
import { detach } from './compactText';
import { readLabel } from './fieldLabels';
import { namesLearnings } from '../grammar/learningNames';

/**
 * Inline tokens whose content was read without markdown-it's inline pass (see simpleInline.ts) carry
 * their shape in `meta` (a number, so marking allocates nothing), which markdown-it leaves null on
 * inline tokens.
 */
export function markSimple(token: BlockToken, shape: number): void {
  token.meta = shape;
}

/** A simple token's shape, or NOT_SIMPLE when the token went through markdown-it (or was skipped) or holds a simple link. */
function shapeOf(token: BlockToken): number {
  return typeof token.meta === 'number' ? token.meta : NOT_SIMPLE;
}

/**
 * Inline tokens of one simple link (see simpleLink.ts) carry it in `meta`, instead of the children
 * markdown-it would have given them.
 */
export function markSimpleLink(token: BlockToken, link: SimpleLink): void {
  token.meta = link;
}

function simpleLinkOf(token: BlockToken): SimpleLink | null {
  const meta = token.meta;
  return meta !== null && typeof meta === 'object' && 'urlEnd' in meta ? (meta as SimpleLink) : null;
}

/** The text of a simple link's line from `from` (after its label, or all of it), link markup left out, after `before`. */
function linkLineText(content: string, link: SimpleLink, from: number, before = ''): string {
  return normalizeSpace(before + content.slice(from, link.open) + content.slice(link.open + 1, link.textEnd) + content.slice(link.urlEnd + 1));
}

/** Folds white space runs to one space and trims: `text.replace(/\s+/g, ' ').trim()`, without the regex when it has nothing to fold. */
function normalizeSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c <= 0x20 || c >= 0xa0) && foldsAt(text, i, c)) return text.replace(/\s+/g, ' ').trim();
  }
  return trimSpaces(text, 0, text.length);
}

/** `text[start, end)` without the single spaces at its edges. */
function trimSpaces(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * `text[start, end)` with white space folded and trimmed. Hot (every field's value starts with a
 * space): when the shape says there is nothing to fold, it is only a slice without the edge spaces.
 */
function simpleText(text: string, start: number, end: number, shape: number): string {
  return foldsSpace(shape) ? text.slice(start, end).replace(/\s+/g, ' ').trim() : trimSpaces(text, start, end);
}

/** The display text of an inline token, from its children or from its simple shape. */
export function inlineText(token: BlockToken): string {
  const shape = shapeOf(token);
  const content = token.content;
  if (shape === NOT_SIMPLE) {
    const link = simpleLinkOf(token);
    if (!link) return plainText(token.children);
    const close = labelClose(link.prefix);
    // With a label: the label's text, then the rest as a field's value reads it.
    return close === 0 ? linkLineText(content, link, 0, '') : linkLineText(content, link, close + 2, content.slice(2, close));
  }
  const close = labelClose(shape);
  if (close === 0) return simpleText(content, 0, content.length, shape);
  return normalizeSpace(content.slice(2, close) + content.slice(close + 2));
}

export function inlineLinks(token: BlockToken, firstLine: number, into: Link[]): void {
  if (shapeOf(token) !== NOT_SIMPLE) return;
  const link = simpleLinkOf(token);
  if (!link) {
    collectLinks(token.children, firstLine, into);
    return;
  }
  const content = token.content;
  const target = content.slice(link.textEnd + 2, link.urlEnd);
  into.push({ text: detach(displayText(normalizeSpace(content.slice(link.open + 1, link.textEnd))) || target), target: detach(target), line: firstLine });
}

export function inlineFields(token: BlockToken, firstLine: number, into: Field[]): void {
  const shape = shapeOf(token);
  if (shape === NOT_SIMPLE) {
    const link = simpleLinkOf(token);
    if (!link) collectFields(token.children, firstLine, into);
    else if (labelClose(link.prefix) > 0) {
      const close = labelClose(link.prefix);
      pushField(normalizeSpace(token.content.slice(2, close)), linkLineText(token.content, link, close + 2), firstLine, into);
    }
    return;
  }
  // A bold line alone (`**Key learnings**`) is no simple shape: collectFields reads it (see pushField).
  const close = labelClose(shape);
  if (close > 0) {
    const content = token.content;
    pushField(simpleText(content, 2, close, shape), simpleText(content, close + 2, content.length, shape), firstLine, into, mayHaveMojibake(shape));
  }
}

/**
 * Display text of an inline token's children: markdown syntax (`**`, backticks, link brackets)
 * removed, images and raw HTML dropped, line breaks folded to spaces.
 */
export function plainText(children: readonly Token[] | null): string {
  if (!children) {
    return '';
  }
  let out = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      default:
        // Markup open/close tokens, images and inline HTML carry no display text.
        break;
    }
  }
  const text = normalizeSpace(out);
  return text === '' ? imageText(children) : text;
}

/**
 * What is left to show of inline content that is only images (`- [ ] ![the diagram](d.png)`): their alt
 * texts, else their file names, as a link with no text is shown by its target.
 */
export function imageText(children: readonly Token[]): string {
  let out = '';
  for (const child of children) {
    if (child.type !== 'image') continue;
    const src = String(child.attrGet('src') ?? '');
    out += ` ${child.content || src.slice(src.lastIndexOf('/') + 1)}`;
  }
  return normalizeSpace(out);
}

/** Splits inline children at line breaks, so each piece can be attributed to its own line. */
export function splitLines(children: readonly Token[] | null): Token[][] {
  const lines: Token[][] = [[]];
  for (const child of children ?? []) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      lines.push([]);
    } else {
      lines[lines.length - 1].push(child);
    }
  }
  return lines;
}

/**
 * Links in inline content; `firstLine` is the line the inline content starts on, a link's line the one its text
 * starts on (a text wrapped over lines is whole: `[multi\nline](url)` was listed as `multi`).
 */
export function collectLinks(children: readonly Token[] | null, firstLine: number, into: Link[]): void {
  if (!children?.some((t) => t.type === 'link_open')) return;
  let offset = 0;
  for (let i = 0; i < children.length; i++) {
    const open = children[i];
    if (open.type === 'softbreak' || open.type === 'hardbreak') offset++;
    if (open.type !== 'link_open') continue;
    const line = firstLine + offset;
    const target = String(open.attrGet('href') ?? '');
    let depth = 1;
    const inner: Token[] = [];
    for (i++; i < children.length; i++) {
      const token = children[i];
      if (token.type === 'softbreak' || token.type === 'hardbreak') offset++;
      if (token.type === 'link_open') depth++;
      if (token.type === 'link_close' && --depth === 0) break;
      inner.push(token);
    }
    into.push({ text: detach(displayText(plainText(inner)) || target), target: detach(target), line });
  }
}

/**
 * Bold fields: a line of inline content that starts with a bold label ending in a colon (inside or
 * right after the bold). One paragraph can hold several (`- **Learning:** ...` then `**Resources:**`).
 */
export function collectFields(children: readonly Token[] | null, firstLine: number, into: Field[]): void {
  if (!children?.some((t) => t.type === 'strong_open')) return;
  splitLines(children).forEach((allTokens, offset) => {
    // markdown-it leaves empty text tokens around emphasis delimiters.
    const lineTokens = allTokens.filter((t) => t.type !== 'text' || t.content !== '');
    if (lineTokens[0]?.type !== 'strong_open') {
      return;
    }
    const close = lineTokens.findIndex((t) => t.type === 'strong_close');
    if (close < 0) {
      return;
    }
    pushField(plainText(lineTokens.slice(1, close)), plainText(lineTokens.slice(close + 1)), firstLine + offset, into);
  });
}

/** Emoji, bullets and spaces before a label's first letter. */
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;

/** A field from a bold label and the text after it, if the label ends in a colon (inside or right after). */
function pushField(labelText: string, valueText: string, line: number, into: Field[], mayNeedRepair = true): void {
  let label = mayNeedRepair ? displayText(labelText) : labelText;
  let value = mayNeedRepair ? displayText(valueText) : valueText;
  if (!label.endsWith(':')) {
    // A bold name of learnings alone on its line (`**Key learnings**`, no colon): that field, its list below it (two
    // trials' gave no card, where `**Key learnings:**` did). Its name is looked up first, as written: any other bold
    // line (`**Step 2**`) costs one short lookup and leaves the label caches alone.
    if (value.trim() === '' && label.length <= 60 && namesLearnings(label.replace(LEADING_NON_LETTERS, ''))) {
      const read = readLabel(`${label}:`);
      if (read && read.detail === null) into.push({ name: read.name, detail: null, value: '', line });
    }
    if (!value.startsWith(':')) return;
    label += ':';
    value = value.slice(1).trim();
  }
  const read = readLabel(label);
  if (read) into.push({ name: read.name, detail: read.detail, value: detach(value), line });
}

