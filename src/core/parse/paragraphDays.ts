/**
 * Paragraph days: logs written as paragraphs or bold lines instead of headings (`**Day 12**`,
 * `**Day 12:** text`, `Day 3/100: built X`, `Day 9 - 30/100:`). A top-level paragraph is one when its
 * first line starts with a day keyword (or `R1D1`) and its number is followed by nothing or by
 * punctuation: `Day 5 was long` is prose; a bold day (`**Day 5** was long`, `**R1D1** Started`) is a day
 * titled by what follows (buildPlan.ts). Days written only as plain `Day 2: text` need a file that speaks
 * of learning (planBuilder.ts), as a travel diary writes them so too. The builder keeps them only when a file has several and no
 * day headings (see planBuilder.ts); paragraphs in quotes, lists and tables never are.
 */
import { isDigitAt, isLetterAt, lookupAt, mayStartTemplate, vocabularyOf } from '../grammar/keywords';
import { classifyHeading, type HeadingClass } from './classifyHeading';

/** How many paragraph days a file needs before they count (one stray "Day 5" is no plan). */
export const MIN_PARAGRAPH_DAYS = 3;

/** Emphasis before the day word: italic, bold, or both (`***Day 3:***`, `___Day 3___`). */
const OPENERS = /^(?:\*\*\*|___|\*\*|__|\*|_)?[ \t]*/;
const ROUND_DAY = /^[rw]\d{1,3}[ \t]*[-_.:/]?[ \t]*d\d/i;

/**
 * A cheap test on a paragraph's raw content: may it start with a day keyword? Run on every top-level
 * paragraph, before any inline parsing.
 */
export function mayStartParagraphDay(content: string): boolean {
  // Most paragraphs start with a letter no day word starts with: one look-up of that letter.
  let start = 0;
  while (start < 3 && (content[start] === '*' || content[start] === '_')) start++;
  const first = content[start]?.toLowerCase();
  if (first === undefined || (!vocabularyOf().dayStarts.has(first) && first !== 'r' && first !== 'w' && !mayStartTemplate(content, start) && first !== ' ' && first !== '\t')) return false;
  start = OPENERS.exec(content)![0].length;
  if (ROUND_DAY.test(content.slice(start, start + 12))) return true;
  const keyword = lookupAt(content, start, vocabularyOf().words, 1);
  if (keyword) return keyword.value.includes('day') || keyword.value.includes('days');
  return mayStartTemplate(content, start) && vocabularyOf().templates.some(({ kind, pattern }) => {
    if (kind !== 'day') return false;
    pattern.lastIndex = start;
    return pattern.test(content);
  });
}

/**
 * `mayStartParagraphDay` for a list item's first paragraph, behind a look-up of its first character: every item of a
 * plan (`- **Task:** ...`, 49,200 in the bench's 300 plans) is asked, and the full test cost the strict reading ~20%.
 */
export function mayStartItemDay(content: string): boolean {
  let start = 0;
  let c = content.charCodeAt(0);
  while (start < 3 && (c === 0x2a || c === 0x5f)) c = content.charCodeAt(++start);
  if (c < 0x80 && (itemStarts ??= asciiDayStarts())[c] === 0) return false;
  return mayStartParagraphDay(content);
}

let itemStarts: Uint8Array | undefined;

/** The ASCII characters a day may start with, as mayStartParagraphDay reads them: 1 where it asks further. */
function asciiDayStarts(): Uint8Array {
  const table = new Uint8Array(0x80);
  const { dayStarts, templateStarts } = vocabularyOf();
  for (let c = 0; c < 0x80; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (dayStarts.has(lower) || templateStarts.has(lower) || lower === 'r' || lower === 'w' || lower === ' ' || lower === '\t' || (c >= 0x30 && c <= 0x39)) table[c] = 1;
  }
  return table;
}

/**
 * After the day's number (and a range's end, or a challenge's length: `Day 3 of 100:`): the end of the
 * text, or anything but a word (`:`, `/`, `-`, a ✅ stamp...). `Day 5 was long` is prose.
 */
const FOLLOWS = /^(?:[-\u2013\u2014]\d{1,5})?(?:[ \t]+of[ \t]+\d{1,5})?[ \t]*(?:$|[^\p{L}\p{N}\s])/iu;
const KEYWORD_NUMBER = /^[ \t]*(?:#[ \t]*)?\d{1,5}/;
const ROUND_NUMBER = /^[rw]\d{1,3}[ \t]*[-_.:/]?[ \t]*d\d{1,4}/i;

/** Where the day's number ends when `text` starts with a day keyword and a number (`Day 12`, `R1D4`, `第3天`), else -1. */
export function dayNumberEnd(text: string): number {
  let start = 0;
  while (start < text.length && !isLetterAt(text, start) && !isDigitAt(text, start)) start++;
  const round = ROUND_NUMBER.exec(text.slice(start, start + 16));
  if (round) return start + round[0].length;
  const keyword = lookupAt(text, start, vocabularyOf().words);
  if (keyword && (keyword.value.includes('day') || keyword.value.includes('days'))) {
    const number = KEYWORD_NUMBER.exec(text.slice(keyword.end, keyword.end + 16));
    return number ? keyword.end + number[0].length : -1;
  }
  for (const { kind, pattern } of mayStartTemplate(text, start) ? vocabularyOf().templates : []) {
    if (kind !== 'day') continue;
    pattern.lastIndex = start;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

/** The day a paragraph's first line (display text) makes, or null when it reads as prose. */
export function paragraphDay(firstLine: string): HeadingClass | null {
  const end = dayNumberEnd(firstLine);
  if (end < 0 || !(FOLLOWS.test(firstLine.slice(end, end + 24)) || COMPACT_ROUND.test(firstLine))) return null;
  return numberedDay(firstLine);
}

/**
 * `R1D1` written as one word, then anything (`R1D1 Started the challenge`, how #100DaysOfCode logs write a day: a
 * trial's log was no plan): no prose starts so. Spaced forms (`R1 D2 x`, `W3-D1 x`) still need punctuation.
 */
const COMPACT_ROUND = /^[^\p{L}\p{N}]*[rw]\d{1,3}d\d{1,4}(?![\p{L}\p{N}])/iu;

/** The day `text` heads when it is one with a number (or a range), as a heading would be read; else null. */
function numberedDay(text: string): HeadingClass | null {
  const heading = classifyHeading(text);
  return heading.kind === 'dayRange' || (heading.kind === 'day' && heading.number !== null) ? heading : null;
}

/**
 * The day a checkbox item's text makes (`Day 2: JOINs`, `Day 3 Window functions`, `Days 4-5 - Project`), or
 * null: a day word and its number first, as a heading says it (an item is no prose, `Day 3 Window functions` is a
 * title).
 */
export function itemDay(text: string): HeadingClass | null {
  return dayNumberEnd(text) < 0 ? null : numberedDay(text);
}
