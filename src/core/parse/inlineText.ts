import type { Field, Link } from '../model';
import type { Token } from './markdown';
import type { SimpleInline } from './simpleInline';
import { displayText } from '../text/mojibake';

/**
 * A copy of `text` that does not keep its source alive. Strings cut from the document (regex groups,
 * slices) can be views into the whole file's text; the model outlives the text, so every string it
 * keeps is detached (measured: about a third of a 10,000-day model's heap).
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Inline tokens whose content was read without markdown-it's inline pass (see simpleInline.ts) carry
 * their shape in `meta`, which markdown-it leaves null on inline tokens.
 */
export function markSimple(token: Token, simple: SimpleInline): void {
  token.meta = simple;
}

function simpleOf(token: Token): SimpleInline | undefined {
  return (token.meta as SimpleInline | null) ?? undefined;
}

const UNUSUAL_SPACE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Folds white space runs to one space and trims; skips the regex when there is nothing to fold. */
function normalizeSpace(text: string): string {
  const clean = text.indexOf('  ') < 0 && text[0] !== ' ' && text[text.length - 1] !== ' ' && !UNUSUAL_SPACE.test(text);
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

/** The display text of an inline token, from its children or from its simple shape. */
export function inlineText(token: Token): string {
  const simple = simpleOf(token);
  if (simple) return normalizeSpace((simple.label ?? '') + simple.rest);
  return plainText(token.children);
}

export function inlineLinks(token: Token, firstLine: number, into: Link[]): void {
  if (!simpleOf(token)) collectLinks(token.children, firstLine, into);
}

export function inlineFields(token: Token, firstLine: number, into: Field[]): void {
  const simple = simpleOf(token);
  if (!simple) {
    collectFields(token.children, firstLine, into);
  } else if (simple.label !== null) {
    pushField(normalizeSpace(simple.label), normalizeSpace(simple.rest), firstLine, into);
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

/** `**Task (30 min):** text`, `**Status**: text`, `**🎯 Learning Objective:** text`. */
const FIELD_LABEL = /^([^:]*?)(?:\s*\(([^)]*)\))?\s*:\s*$/;

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

/** A field from a bold label and the text after it, if the label ends in a colon (inside or right after). */
function pushField(labelText: string, valueText: string, line: number, into: Field[]): void {
  let label = displayText(labelText);
  let value = displayText(valueText);
  if (!label.endsWith(':')) {
    if (!value.startsWith(':')) return;
    label += ':';
    value = value.slice(1).trim();
  }
  const match = FIELD_LABEL.exec(label);
  const name = match?.[1].replace(/^[^\p{L}\p{N}]+/u, '').trim();
  if (!match || !name) return;
  const detail = match[2]?.trim();
  into.push({ name: detach(name), detail: detail ? detach(detail) : null, value: detach(value), line });
}
