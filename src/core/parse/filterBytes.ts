/**
 * The byte-level line structure the pre-filter (planFilter.ts) reads without decoding: line ends (LF, CRLF,
 * a lone CR), where a line's content starts past quotes, indentation and list markers, boxes, setext
 * underlines, table delimiter rows, and the markup display text drops or may hide text behind.
 */
import { isAsciiAlnum, isAsciiDigit, isAsciiLetter, isAsciiSpace, isTransparent } from '../grammar/keywordTrie';

/** The bytes the pre-filter looks at (ASCII, so one byte each in UTF-8). */
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;
export const GT = 0x3e;
export const PIPE = 0x7c;
export const DASH = 0x2d;
export const LT = 0x3c;
export const AMP = 0x26;

/** Line ends: LF, CRLF or a lone CR. */
export function lineEnd(bytes: Uint8Array, from: number, end: number, hasCR: boolean): number {
  if (!hasCR) {
    const at = bytes.indexOf(LF, from);
    return at < 0 ? end : at;
  }
  for (let i = from; i < end; i++) if (bytes[i] === LF || bytes[i] === CR) return i;
  return end;
}

export function nextLine(bytes: Uint8Array, lineEndAt: number, end: number): number {
  if (lineEndAt >= end) return end;
  return bytes[lineEndAt] === CR && bytes[lineEndAt + 1] === LF ? lineEndAt + 2 : lineEndAt + 1;
}

/** Past quote markers, indentation and list markers: where a line's content starts. */
export function contentStart(bytes: Uint8Array, i: number, e: number): number {
  for (;;) {
    while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
    if (i >= e) return i;
    const b = bytes[i];
    if ((b === DASH || b === 0x2a || b === 0x2b) && (i + 1 === e || isAsciiSpace(bytes[i + 1]))) {
      i++;
      continue;
    }
    if (isAsciiDigit(b)) {
      let j = i;
      while (j < e && j - i < 9 && isAsciiDigit(bytes[j])) j++;
      if (j < e && (bytes[j] === 0x2e || bytes[j] === 0x29) && (j + 1 === e || isAsciiSpace(bytes[j + 1]))) {
        i = j + 1;
        continue;
      }
    }
    return i;
  }
}

/** `[ ]`, `[x]`, `[X]`, `[/]`, `[-]` at `i`, then white space or the line's end. */
export function isBox(bytes: Uint8Array, i: number, e: number): boolean {
  if (i + 3 > e || bytes[i] !== 0x5b || bytes[i + 2] !== 0x5d) return false;
  const c = bytes[i + 1];
  if (c !== 0x20 && c !== 0x78 && c !== 0x58 && c !== 0x2f && c !== DASH) return false;
  return i + 3 === e || isAsciiSpace(bytes[i + 3]);
}

/** A setext underline (`===`, `---`, also `-` alone) after quote markers and indentation. */
export function isUnderline(bytes: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
  const c = bytes[i];
  if (i >= e || (c !== 0x3d && c !== DASH)) return false;
  while (i < e && bytes[i] === c) i++;
  while (i < e && isAsciiSpace(bytes[i])) i++;
  return i === e;
}

/** A table's delimiter row (`|---|:--:|`, `--- | ---`): only `|`, `:`, `-` and spaces, with a dash. */
export function isDelimiterRow(bytes: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
  let dash = false;
  for (; i < e; i++) {
    const b = bytes[i];
    if (b === DASH) dash = true;
    else if (b !== PIPE && b !== 0x3a && !isAsciiSpace(b)) return false;
  }
  return dash;
}

/** `&name;` or `&#123;`: a character reference, which display text decodes. */
export function isEntity(bytes: Uint8Array, i: number, e: number): boolean {
  let j = i + 1;
  if (j < e && bytes[j] === HASH) j++;
  const start = j;
  while (j < e && j - start < 32 && isAsciiAlnum(bytes[j])) j++;
  return j > start && j < e && bytes[j] === 0x3b;
}

/** Markup at `i` that could hide or make up text in display text: an HTML tag or autolink, an entity, a link's target. */
export function mayHideText(bytes: Uint8Array, i: number, e: number): boolean {
  const b = bytes[i];
  if (b === LT) {
    const c = bytes[i + 1];
    return i + 1 < e && (isAsciiLetter(c) || c === 0x2f || c === 0x21 || c === 0x3f);
  }
  if (b === AMP) return isEntity(bytes, i, e);
  if (b === 0x5d) return i + 1 < e && (bytes[i + 1] === 0x28 || bytes[i + 1] === 0x5b);
  return false;
}

/** Past white space and markup display text drops. */
export function skipMarkup(bytes: Uint8Array, q: number, e: number): number {
  while (q < e && (isAsciiSpace(bytes[q]) || isTransparent(bytes[q]))) q++;
  return q;
}

/** At most three spaces: a line that is not inside a quote, a list or indented code. */
export function isIndent(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (bytes[i] !== 0x20) return false;
  return true;
}

/** UTF-8 text of bytes (a BOM kept), for the few lines the parser's own patterns decide. */
let decoder: { decode(bytes: Uint8Array): string } | undefined;
export function decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return decoder.decode(bytes);
}
