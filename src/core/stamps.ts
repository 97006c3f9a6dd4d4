/**
 * Done stamps: ` ✅ YYYY-MM-DD` appended to a task or a day heading (the format Obsidian Tasks writes
 * for its done date too). The single definition of the stamp: the parser reads stamps with these
 * functions and the edits write and remove them with them, so the two can never disagree.
 *
 * A stamp is `✅` (optionally with the emoji variation selector U+FE0F), then optionally white space
 * and a `YYYY-MM-DD` date. Stamps are found by hand, scanning from a line's end: a pattern for "stamps
 * at the end" backtracks from every ✅ of a long line (quadratic: 37 s on a 200 KB heading).
 */

import { blankCodeSpans, blankHtmlComments } from './text/codeSpans';

export const DONE_MARK = '\u2705';
const MARK = 0x2705;
const VARIATION_SELECTOR = 0xfe0f;
const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;

export interface StampInfo {
  /** The text carries a ✅ at all. */
  readonly marked: boolean;
  /** The last valid date stamped, if any. */
  readonly date: string | null;
}

const NO_STAMP: StampInfo = { marked: false, date: null };

/** The stamp we write: ` ✅ 2026-11-21`, or ` ✅` without a date. */
export function stampText(date: string | null): string {
  return date ? ` ${DONE_MARK} ${date}` : ` ${DONE_MARK}`;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `text[at, at + 10)` has the shape `dddd-dd-dd` (not checked as a calendar date). */
function isDateShapeAt(text: string, at: number): boolean {
  if (at < 0 || at + 10 > text.length) return false;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 0x2d : !isDigit(c)) return false;
  }
  return true;
}

function skipSpaceForward(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i;
}

function skipSpaceBack(text: string, i: number, floor: number): number {
  while (i > floor && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) i--;
  return i;
}

/** Where the date of a ✅ at `mark` is (the offset of its first digit), or -1 if it has none. */
function dateAfterMark(text: string, mark: number): number {
  let i = mark + 1;
  if (text.charCodeAt(i) === VARIATION_SELECTOR) i++;
  i = skipSpaceForward(text, i);
  // A date followed by another digit (`2026-11-215`) is not a date.
  return isDateShapeAt(text, i) && !isDigit(text.charCodeAt(i + 10)) ? i : -1;
}

/**
 * Whether the text is done by a ✅ (a line may, wrongly, carry more than one) and the last valid date among them.
 * A ✅ is a word of the title, not a mark, only when it stands between two words on its line with no date after it
 * and more than a day's label before it: `### Day 1 - Compare ✅ vs ❌ patterns` is an open day. Anything else marks
 * done, as a learner marks by hand: at the end, first (`### ✅ Day 3`), after the day's label (`Day 3 ✅ Loops`),
 * before a link, a remark or an attribute list (`Loops ✅ [lab](x.ipynb)`, `✅ (late)`, `✅ {#loops}`, which the
 * edits append after a bare ✅ too), on a line of its own in a wrapped title, or before digits (a date written wrong).
 * A ✅ in a code span is neither: `text` is raw markdown (a heading's or a task's source, not its display text).
 */
export function readStamp(text: string): StampInfo {
  let mark = text.indexOf(DONE_MARK);
  // Most headings and tasks carry no stamp: one native search.
  if (mark < 0) return NO_STAMP;
  // A ✅ in code is the learner's text (`Print `'✅'``); the span reads as punctuation, as its backticks did.
  if (text.indexOf('`') >= 0) {
    text = blankCodeSpans(text);
    mark = text.indexOf(DONE_MARK);
    if (mark < 0) return NO_STAMP;
  }
  // ...and so is a ✅ in an HTML comment, as a `⏭` there is (a hostile trial's).
  if (text.indexOf('<!--') >= 0) {
    text = blankHtmlComments(text);
    mark = text.indexOf(DONE_MARK);
    if (mark < 0) return NO_STAMP;
  }
  let date: string | null = null;
  let marked = false;
  // Where the title's own words start, after a day's label: found once, so a long line of many ✅ stays linear.
  let words = -1;
  for (; mark >= 0; mark = text.indexOf(DONE_MARK, mark + 1)) {
    const at = dateAfterMark(text, mark);
    if (at >= 0) {
      const candidate = text.slice(at, at + 10);
      if (isValidIsoDate(candidate)) date = candidate;
      marked = true;
    } else if (!marked) {
      const end = text.charCodeAt(mark + 1) === VARIATION_SELECTOR ? mark + 2 : mark + 1;
      const next = skipSpaceForward(text, end);
      // A legend (`Deployments (✅ = done)`) says what the mark means: it marks nothing (a trial's open day read done);
      // an arrow after a mark (`✅ => later`, `✅ == next`) is no legend.
      if (text.charCodeAt(next) === EQUALS && !'>='.includes(text[next + 1] ?? ' ')) continue;
      if (!wordBefore(text, mark) || !letterAt(text, next)) marked = true;
      else {
        if (words < 0) words = LEADING_LABEL.exec(text)![0].length;
        marked = words >= mark;
      }
    }
  }
  return marked ? { marked, date } : NO_STAMP;
}

/** A letter or a digit, in any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Whether a letter (of any script, outside the BMP too) starts at `i`. */
function letterAt(text: string, i: number): boolean {
  const code = text.codePointAt(i);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
}

/** Whether a letter or digit ends right before `mark`, white space between them but no line break. */
function wordBefore(text: string, mark: number): boolean {
  const i = skipSpaceBack(text, mark, 0);
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(text.slice(start, i));
}

/**
 * A title's leading day labels (`Day 3`, `Days 3-4`, `Day 3/100`, `Week 2, Day 3`, `Tag 4`, `第 2 天`, `3일`, a date):
 * words before a ✅ that still leave it the day's mark (`Day 3 ✅ Loops`). A list item's marker and box (`1.`, `- [x]`)
 * are no words either.
 */
const LEADING_LABEL = /^(?:\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[.\])?)?[^\p{L}\p{N}]*(?:(?:\p{L}+\s*#?\d+(?:\s*[-\u2013/]\s*\d+)?(?:\s*\p{L}(?![\p{L}\p{N}]))?|\d+\p{L}{1,2}|\d{4}-\d\d-\d\d)[^\p{L}\p{N}]*){0,2}/u;

/**
 * Where the last stamp in `text[from, end)` starts, with the white space before it, if the text ends
 * with a stamp (trailing white space allowed); -1 otherwise.
 */
export function lastTrailingStamp(text: string, end = text.length, from = 0): number {
  let i = skipSpaceBack(text, end, from);
  // An optional date, with optional white space between it and its ✅.
  if (i - 10 >= from && isDateShapeAt(text, i - 10) && !isDigit(text.charCodeAt(i - 11))) {
    const beforeDate = skipSpaceBack(text, i - 10, from);
    if (markEndingAt(text, beforeDate, from) >= 0) i = beforeDate;
  }
  const mark = markEndingAt(text, i, from);
  return mark < 0 ? -1 : skipSpaceBack(text, mark, from);
}

/** The offset of a ✅ (with its optional variation selector) that ends right before `i`, or -1. */
function markEndingAt(text: string, i: number, from: number): number {
  if (i > from && text.charCodeAt(i - 1) === VARIATION_SELECTOR) i--;
  return i > from && text.charCodeAt(i - 1) === MARK ? i - 1 : -1;
}

/**
 * A date a learner wrote after a ✅ in another form than ours (`26/11/2026`, `11.26.2026`, `2026/11/26`): the
 * day or task reads as done, with no date. The parser keeps it in the title; undoing takes it off
 * (`lastWrittenStamp`) and `status` warns of it (`writtenStampDate`). One separator throughout.
 */
const WRITTEN_STAMP_DATE = /^(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2})$/;

/**
 * Where a ✅ with a date written another way (`✅ 26/11/2026`) at the end of `text[from, end)` starts, with the
 * white space before it; -1 if the text does not end with one. Undoing takes it off as it takes ours.
 */
export function lastWrittenStamp(text: string, end = text.length, from = 0): number {
  const dateEnd = skipSpaceBack(text, end, from);
  let i = dateEnd;
  while (i > from && /[0-9./-]/.test(text[i - 1])) i--;
  if (i === dateEnd || !WRITTEN_STAMP_DATE.test(text.slice(i, dateEnd))) return -1;
  const mark = markEndingAt(text, skipSpaceBack(text, i, from), from);
  return mark < 0 ? -1 : skipSpaceBack(text, mark, from);
}

/**
 * The first date a ✅ in `text` carries written another way (`26/11/2026`, also mid-title: `✅ 26/11/2026 (late)`),
 * and the `YYYY-MM-DD` it stands for when it can be read one way only: year first, or one of day and month over 12.
 * Null when no ✅ carries one (ours, `✅ 2026-11-26`, is no such date).
 */
export function writtenStampDate(text: string): { written: string; iso: string | null } | null {
  for (let mark = text.indexOf(DONE_MARK); mark >= 0; mark = text.indexOf(DONE_MARK, mark + 1)) {
    let from = mark + 1;
    if (text.charCodeAt(from) === VARIATION_SELECTOR) from++;
    from = skipSpaceForward(text, from);
    let to = from;
    while (to < text.length && to - from <= 10 && /[0-9./-]/.test(text[to])) to++;
    const written = text.slice(from, to);
    if (!WRITTEN_STAMP_DATE.test(written) || isValidIsoDate(written) || /[\p{L}\p{N}]/u.test(text[to] ?? '')) continue;
    const [a, b, c] = written.split(/[./-]/).map(Number);
    // Year first (`2026/11/26`) reads one way; day and month first, only when one of them is over 12.
    const yearFirst = /^\d{4}/.test(written);
    const [year, month, day] = yearFirst ? [a, b, c] : [c, ...(a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : [0, 0])];
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { written, iso: isValidIsoDate(iso) ? iso : null };
  }
  return null;
}

/** Where the run of stamps at the end of `text[from, end)` starts (with the white space before it); `end` if none. */
export function trailingStampsStart(text: string, end = text.length, from = 0): number {
  let start = end;
  for (let at = lastTrailingStamp(text, end, from); at >= 0; at = lastTrailingStamp(text, start, from)) start = at;
  return start;
}

/**
 * A title's display text without the stamps its raw markdown `source` ends with: a ✅ the display ends with that
 * stood in code (`### Day 5 - Print `'✅'``) is the title's. Without code in the source, `stripTrailingStamps`.
 */
export function stripSourceStamps(text: string, source: string): string {
  if (text.indexOf(DONE_MARK) < 0 || source.indexOf('`') < 0) return stripTrailingStamps(text);
  let count = 0;
  for (let end = lastTrailingStamp(source); end >= 0; end = lastTrailingStamp(source, end)) count++;
  let start = text.length;
  for (; count > 0; count--) {
    const at = lastTrailingStamp(text, start);
    if (at < 0) break;
    start = at;
  }
  return start === text.length ? text : text.slice(0, start);
}

/** The text without the stamps (and white space) at its end: a title as the learner wrote it. */
export function stripTrailingStamps(text: string): string {
  if (text.indexOf(DONE_MARK) < 0) return text;
  const start = trailingStampsStart(text);
  return start === text.length ? text : text.slice(0, start);
}

/** The number in `text[from, to)` if it is all ASCII digits, else -1 (no regex, no allocation: hot in streaks). */
export function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isValidIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return isCalendarDate(year, month, day);
}

/** Whether a year (0-9999), month and day read from digits (-1 where they were not digits) make a real date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
