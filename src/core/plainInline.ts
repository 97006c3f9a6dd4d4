/**
 * Inline markdown reduced to the words a person reads (show's prose, review cards): links to their text, emphasis
 * and code marks dropped. Every pattern stops at the next bracket or marker, so a long hostile line stays linear.
 */
import { stripTrailingStamps } from './stamps';
import { displayText } from './text/mojibake';
import { codeSpans } from './text/codeSpans';

/**
 * The words of `text`. Code spans (found as CommonMark finds them: codeSpans.ts) are set aside first and given back
 * as written: their `*` and `_` are code (`**kwargs`, `__init__` were printed as kwargs and init, a learner's Python
 * day). `edit` changes the words around the code before it is given back (a learning's decoration taken off its
 * start: a `*` there is a bullet, one in code is code).
 */
export function plainWords(text: string, edit: (words: string) => string = (words) => words): string {
  const stripped = stripTrailingStamps(text);
  // A text holding the holder's character itself (private use, never typed) is read with its code spans as text.
  const spans = stripped.indexOf('`') < 0 || stripped.includes(HOLDER) ? [] : codeSpans(stripped);
  let guarded = stripped;
  const code: string[] = [];
  if (spans.length > 0) {
    guarded = '';
    let from = 0;
    for (const [start, end] of spans) {
      let ticks = start;
      while (stripped.charCodeAt(ticks) === 0x60) ticks++;
      const length = ticks - start;
      let content = stripped.slice(ticks, end - length).replace(/\r?\n/g, ' ');
      // One space each side comes off when both are there and it is not all spaces (`` ` `a` ` `` holds `a`).
      if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
      guarded += `${stripped.slice(from, start)}${HOLDER}${code.length}${HOLDER_END}`;
      code.push(content);
      from = end;
    }
    guarded += stripped.slice(from);
  }
  const words = edit(displayText(withoutMarks(guarded)).replace(/\s+/g, ' ').trim());
  return code.length === 0 ? words : words.replace(HELD, (_, k: string) => displayText(code[Number(k)]).replace(/\s+/g, ' ')).trim();
}

/** The words of `text` (see plainWords). */
export function plainInline(text: string): string {
  return plainWords(text);
}

/**
 * The words of `text` as they were read before code spans were set aside (code marks dropped last, after emphasis):
 * a review card's former prompt, whose id keeps the reviews logged under it (see cards.ts, idsOf).
 */
export function formerPlainInline(text: string): string {
  return displayText(withoutMarks(stripTrailingStamps(text)).replace(/`+([^`]*)`+/g, '$1')).replace(/\s+/g, ' ').trim();
}

function withoutMarks(text: string): string {
  return text
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<(https?:[^<>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\*\*(?=\S)((?:(?!\*\*)[^])*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)((?:(?!__)[^])*?\S)__/g, '$1')
    .replace(/~~(?=\S)((?:(?!~~)[^])*?\S)~~/g, '$1')
    .replace(/\*(?=[^*\s])([^*]*?[^*\s])\*/g, '$1');
}

/** What stands for a code span while the other patterns run: a character of the private use area, its number, another. */
const HOLDER = '\uE000';
const HOLDER_END = '\uE001';
const HELD = /\uE000(\d+)\uE001/g;
