import type { Field, Link } from '../model';
import type { Token } from './markdown';

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
  return out.replace(/\s+/g, ' ').trim();
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
      into.push({ text: plainText(inner) || target, target, line: firstLine + offset });
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
    let label = plainText(lineTokens.slice(1, close));
    const rest = lineTokens.slice(close + 1);
    let value = plainText(rest);
    if (!label.endsWith(':')) {
      if (!value.startsWith(':')) {
        return;
      }
      label += ':';
      value = value.slice(1).trim();
    }
    const match = FIELD_LABEL.exec(label);
    const name = match?.[1].replace(/^[^\p{L}\p{N}]+/u, '').trim();
    if (!match || !name) {
      return;
    }
    into.push({ name, detail: match[2]?.trim() || null, value, line: firstLine + offset });
  });
}
