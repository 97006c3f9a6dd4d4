import type { Field, Link } from '../model';
import type { BlockToken, Token } from './markdown';
import { foldsAt, foldsSpace, isWhiteSpace, labelClose, mayHaveMojibake, NOT_SIMPLE } from './simpleInline';
import { displayText } from '../text/mojibake';
import type { SimpleLink } from './simpleLink';

/**
 * A copy of `text` that does not keep its source alive. Strings cut from the document (regex groups,
 * slices) can be views into the whole file's text; the model outlives the text, so every string it
 * keeps is detached (measured: about a third of a 10,000-day model's heap).
 */
export function detach(text: string): string {
  // A copy through UTF-8 (unlike a slice or a concatenation) is stored one byte per character when it can:
  // most of a plan is ASCII, but one emoji makes the whole document's text, and every slice of it, two bytes
  // per character. Measured: the heap a 10,000-day model retains, 22.8 -> 16.7 MB. (A JSON round trip does
  // the same at 2.6x the time: it was 12% of indexing 300 plans.)
  return compactStrings ? copyOf(text) : text;
}

/** A compact copy of `text` that keeps nothing else alive, whatever the process keeps (see detach). */
function copyOf(text: string): string {
  if (text.length < 13) return text;
  const at = (utf8 ??= newUtf8());
  if (at.scratch.length < text.length * 3) {
    at.scratch = new Uint8Array(text.length * 3);
    at.views.length = 0;
  }
  const written = at.encoder.encodeInto(text, at.scratch).written;
  // A view per length, made once: most copies are short, and a view is an object of its own.
  const view = written < VIEWS ? (at.views[written] ??= at.scratch.subarray(0, written)) : at.scratch.subarray(0, written);
  const copy = at.decoder.decode(view);
  // A lone surrogate comes back as U+FFFD through UTF-8: such text keeps its exact code units. Looked for
  // only where a U+FFFD came back (a copy of one byte per character cannot hold one: no scan at all).
  return copy.indexOf('\ufffd') < 0 || isWellFormed(text) ? copy : (JSON.parse(JSON.stringify(text)) as string);
}

/** Views kept for lengths below this. */
const VIEWS = 1024;

interface Utf8 {
  readonly encoder: InstanceType<typeof TextEncoder>;
  readonly decoder: InstanceType<typeof TextDecoder>;
  scratch: Uint8Array;
  /** `scratch.subarray(0, n)` at index n, made when first needed. */
  readonly views: Uint8Array[];
}

/** Built on the first detach (nothing is built when the bundle loads). */
let utf8: Utf8 | undefined;

function newUtf8(): Utf8 {
  return { encoder: new TextEncoder(), decoder: new TextDecoder('utf-8', { ignoreBOM: true }), scratch: new Uint8Array(4096), views: [] };
}

const SURROGATE = /[\ud800-\udfff]/;
/** No lone surrogate. `String.prototype.isWellFormed` (ES2024) answers without a scan for most strings; the pattern where it is missing. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !SURROGATE.test(text) || wellFormedByHand(text);

/** Whether every surrogate of `text` is half of a pair. */
export function wellFormedByHand(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return false;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

let compactStrings = true;

/**
 * Whether models store their strings compactly (see detach): worth it where models are kept (the
 * extension's index); a one-shot process that prints its models and exits (the CLI) turns it off and
 * saves the copies (~0.2 s of `index --json` on 300 plans).
 */
export function keepStringsCompact(on: boolean): void {
  compactStrings = on;
}

/**
 * Field names (`Task`, `Resource`) and details (`30 min`) repeat on every day of a plan: one shared
 * copy each instead of tens of thousands. Bounded, so odd documents cannot grow it without limit.
 */
const interned = new Map<string, string>();
function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size >= 4096) interned.clear();
  // Kept for the process's life: a copy even where models keep slices (a slice would keep its document).
  const copy = copyOf(text);
  interned.set(copy, copy);
  return copy;
}

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

/** The text of a simple link's line after its label (all of it without one), link markup left out. */
function linkLineText(content: string, link: SimpleLink, from: number): string {
  return normalizeSpace(content.slice(from, link.open) + content.slice(link.open + 1, link.textEnd) + content.slice(link.urlEnd + 1));
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
    return close === 0 ? linkLineText(content, link, 0) : normalizeSpace(content.slice(2, close) + content.slice(close + 2, link.open) + content.slice(link.open + 1, link.textEnd) + content.slice(link.urlEnd + 1));
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

/** Links in inline content; `firstLine` is the line the inline content starts on. */
export function collectLinks(children: readonly Token[] | null, firstLine: number, into: Link[]): void {
  if (!children?.some((t) => t.type === 'link_open')) return;
  splitLines(children).forEach((lineTokens, offset) => {
    for (let i = 0; i < lineTokens.length; i++) {
      const open = lineTokens[i];
      if (open.type !== 'link_open') {
        continue;
      }
      const target = String(open.attrGet('href') ?? '');
      let depth = 1;
      const inner: Token[] = [];
      for (i++; i < lineTokens.length; i++) {
        const token = lineTokens[i];
        if (token.type === 'link_open') depth++;
        if (token.type === 'link_close' && --depth === 0) break;
        inner.push(token);
      }
      into.push({ text: detach(displayText(plainText(inner)) || target), target: detach(target), line: firstLine + offset });
    }
  });
}

/** `text` without the white space (JavaScript's `\s`) at its end. */
function trimEndSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A label `name (detail):` split by hand (a pattern for it backtracks over every `(` of a long label):
 * the name has no colon; the detail is the parenthesised part right before the colon, from the first
 * `(` after any earlier `)`; null when the label does not end in a colon or its name holds one.
 */
function splitLabelParts(label: string): { group: string; detail: string | undefined } | null {
  const body = trimEndSpace(label);
  if (!body.endsWith(':')) return null;
  const beforeColon = trimEndSpace(body.slice(0, -1));
  let group = beforeColon;
  let detail: string | undefined;
  if (beforeColon.endsWith(')')) {
    const close = beforeColon.length - 1;
    const open = beforeColon.indexOf('(', beforeColon.lastIndexOf(')', close - 1) + 1);
    if (open >= 0 && open < close) {
      group = trimEndSpace(beforeColon.slice(0, open));
      detail = beforeColon.slice(open + 1, close);
    }
  }
  return group.includes(':') ? null : { group, detail };
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

/** A letter or digit of ASCII: the usual first character of a label, which then needs no decoration stripped. */
function startsWithAsciiWord(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || (text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39);
}

/**
 * `Task (30 min):` -> name `Task`, detail `30 min`; `🎯 Objective:` -> name `Objective`. The label
 * ends in a colon. A label with one colon and no parenthesis (most of them) skips the regex.
 */
export function splitFieldLabel(label: string): { name: string; detail: string | undefined } | null {
  let group: string;
  let detail: string | undefined;
  if (label.indexOf('(') < 0 && label.indexOf(':') === label.length - 1) {
    group = label.slice(0, -1);
  } else {
    const parts = splitLabelParts(label);
    if (!parts) return null;
    group = parts.group;
    detail = parts.detail?.trim();
  }
  const name = (startsWithAsciiWord(group) ? group : group.replace(/^[^\p{L}\p{N}]+/u, '')).trim();
  return name ? { name, detail } : null;
}

/** A field from a bold label and the text after it, if the label ends in a colon (inside or right after). */
function pushField(labelText: string, valueText: string, line: number, into: Field[], mayNeedRepair = true): void {
  let label = mayNeedRepair ? displayText(labelText) : labelText;
  let value = mayNeedRepair ? displayText(valueText) : valueText;
  if (!label.endsWith(':')) {
    if (!value.startsWith(':')) return;
    label += ':';
    value = value.slice(1).trim();
  }
  const read = readLabel(label);
  if (read) into.push({ name: read.name, detail: read.detail, value: detach(value), line });
}

/**
 * What each label reads as (`Task (30 min):` -> `Task`, `30 min`), shared like the names: a plan writes
 * the same labels on every day, and reading one again took a fifth of a field's cost. Bounded: short labels
 * only (a label is a few words), at most 4096 of them.
 */
const labels = new Map<string, { readonly name: string; readonly detail: string | null } | null>();
const LABEL_CACHED = 64;
function readLabel(label: string): { readonly name: string; readonly detail: string | null } | null {
  const known = labels.get(label);
  if (known !== undefined) return known;
  const split = splitFieldLabel(label);
  const read = split ? { name: intern(split.name), detail: split.detail ? intern(split.detail) : null } : null;
  if (label.length > LABEL_CACHED) return read;
  if (labels.size >= 4096) labels.clear();
  // A copy as the key: a label cut from a document must not keep the document alive.
  labels.set(copyOf(label), read);
  return read;
}
