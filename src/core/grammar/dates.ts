/**
 * Dates written in headings, in the forms logs use: `2024-01-05`, `2024/01/05`, `05.01.2024`,
 * `January 7, 2023`, `Jan 7th 2023`, `7 Jan 2023`, `7 de enero de 2023`, `7. Januar 2023`,
 * `7 января 2023`, `ngày 7 tháng 1 năm 2023`, `2023年1月7日`, `2023년 1월 7일`, `15MAY2020`, each
 * optionally after a weekday (`Mon 05.01.2024`, `Monday, January 7, 2023`). Month and weekday names
 * come from languages.json. `05/01/2024` is read only when it cannot be mistaken (`13/01/2024`).
 *
 * Read by hand from a given position, one token at a time: linear, and nothing is tried on text that
 * does not start like a date.
 */
import { isValidIsoDate } from '../stamps';
import { digitsEnd, isCjkAt, isDigitAt, isLetterAt, lookupAt, vocabularyOf, wordEnd, wordKey } from './keywords';

/**
 * The order a text's slashed dates are written in, where its other dates say it (a table of `11/20/2026` and
 * `11/05/2026`: month first): `11/05/2026` alone could be either, and is read only in that order. Null: unknown.
 */
export type DateOrder = 'dmy' | 'mdy';

/** An order, or where to ask for it: asked only for a date that could be read either way (reading the order may cost). */
export type DateOrderSource = DateOrder | null | (() => DateOrder | null);

/** A slashed or dashed date of two numbers and a year (`11/20/2026`, `20-11-2026`), not in a path or a link (`a/13-05-2024`). */
const SLASHED = /(?<![\p{L}\p{N}_/.])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|(?<=\/)\d{2})(?![\p{L}\p{N}_/])/gu;

/** A year written with four digits, or two after a slash (`11/20/26`, as US learners write it): 2000 on. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/**
 * The slashed dates of a text that say its order: a four-digit year's anywhere; a two-digit year's only where it is read
 * as a date, first in a heading (after a weekday) or alone in a table cell or a text (`14/8/20` in prose, `1/2/10` in code, a
 * review's, made a journal's entries read the other way). `start`: the line's start for a two-digit year (an edit
 * before it on its line may make it a heading's or not).
 */
function* slashedMatches(text: string): Generator<{ readonly first: string; readonly second: string; readonly year: number; readonly written: string; readonly start: number; readonly end: number }> {
  if (text.length < 8 || !/\d[/-]\d/.test(text)) return;
  // The line the last two-digit year was on, carried forward (a long line of many dates is read once: a review's was quadratic).
  let lineStart = 0;
  let lineEnd = -1;
  for (const match of text.matchAll(SLASHED)) {
    const [written, first, , second, year] = match;
    let end = match.index + written.length;
    let start = match.index;
    if (year.length === 2) {
      if (match.index > lineEnd) {
        lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
        lineEnd = text.indexOf('\n', match.index);
        if (lineEnd < 0) lineEnd = text.length;
      }
      if (!readAsDate(text, lineStart, match.index, end)) continue;
      // Its spot is its line: an edit anywhere on it may make it a heading's or a cell's date, or not.
      [start, end] = [lineStart, lineEnd];
    }
    yield { first, second, year: fullYear(year), written, start, end };
  }
}

/**
 * Whether a date at `[at, end)` on the line from `lineStart` is where the grammar reads one: first in a heading, after its
 * decoration and a weekday or a day's label (`## **11/20/26**`, `## Thursday, 11/20/26`, `## Day 2 - 11/05/26`), or
 * alone in a table cell (`| 11/20/26 |`, `11/20/26 | Arrays`) or in a text (a cell's own).
 */
function readAsDate(text: string, lineStart: number, at: number, end: number): boolean {
  if (at - lineStart <= 40 && HEADING_LEAD.test(text.slice(lineStart, at))) return true;
  let before = at - 1;
  while (before >= lineStart && (text[before] === ' ' || text[before] === '\t')) before--;
  const cellStart = before < lineStart || text[before] === '|';
  CELL_END.lastIndex = end;
  return (cellStart && CELL_END.test(text)) || (blankFrom(text, at - 1, -1) && blankFrom(text, end, 1));
}

/** What may stand in a heading before the date it starts with: decoration, then a weekday or a day's label and number. */
const HEADING_LEAD = /^ {0,3}#{1,6}[ \t]+[^\p{L}\p{N}\n]*(?:\p{L}+[ \t]*(?:\d{1,5}[ \t]*)?[^\p{L}\p{N}\n]*)?$/u;

const CELL_END = /[ \t]*(?:\||\r|\n|$)/y;

/** Whether `text` holds only white space from `i` to its end (`step` 1) or its start (`step` -1): stops at the first other. */
function blankFrom(text: string, i: number, step: 1 | -1): boolean {
  for (; i >= 0 && i < text.length; i += step) if (!/\s/.test(text[i])) return false;
  return true;
}

/** What a text's slashed dates say of their order: bit 1, a date read only day first (`20/11/2026`); bit 2, month first. */
export const DAY_FIRST = 1;
export const MONTH_FIRST = 2;

export function slashedDateEvidence(text: string): number {
  // Most cells hold no date: a slashed one has a digit before a separator.
  if (text.length < 8 || !/\d[/-]\d/.test(text)) return 0;
  let found = 0;
  for (const { first, second, year } of slashedMatches(text)) {
    const [a, b] = [Number(first), Number(second)];
    // Only a real date says it (`31/02/2026` is none).
    if (a > 12 && b <= 12 && iso(year, b, a)) found |= DAY_FIRST;
    else if (b > 12 && a <= 12 && iso(year, a, b)) found |= MONTH_FIRST;
  }
  return found;
}

/** The order evidence says (see slashedDateEvidence): null when it says none, or both. */
export function orderOf(evidence: number): DateOrder | null {
  return evidence === DAY_FIRST ? 'dmy' : evidence === MONTH_FIRST ? 'mdy' : null;
}

/**
 * The order `texts` write slashed dates in (see DateOrder): day first where one has a first number over 12 and none a
 * second one, month first the other way round; null when none says it, or they disagree.
 */
export function slashedDateOrder(texts: Iterable<string>): DateOrder | null {
  let evidence = 0;
  for (const text of texts) evidence |= slashedDateEvidence(text);
  return orderOf(evidence);
}

/** Each slashed date of `text` in turn, as its two readings: month first and day first (null where that is no date). */
export function* slashedDatesIn(text: string): Generator<readonly [string | null, string | null]> {
  for (const { first, second, year } of slashedMatches(text)) {
    const [a, b] = [Number(first), Number(second)];
    yield [iso(year, a, b), iso(year, b, a)];
  }
}

/** Where each slashed date of `text` is (see SLASHED), read or not. */
export function* slashedDateSpots(text: string): Generator<{ readonly start: number; readonly end: number }> {
  for (const { start, end } of slashedMatches(text)) yield { start, end };
}

/** The first slashed date in `text` that either order reads, and differently (`11/05/2026`); null when none. */
export function ambiguousSlashedDate(text: string): string | null {
  if (text.length < 8 || !/\d[/-]\d/.test(text)) return null;
  for (const { first, second, year, written } of slashedMatches(text)) {
    const [a, b] = [Number(first), Number(second)];
    if (a !== b && iso(year, a, b) && iso(year, b, a)) return written;
  }
  return null;
}

/** A slashed date's two readings, month first and day first (`11/05/2026`: 2026-11-05, 2026-05-11); null when it is not one. */
export function slashedReadings(date: string): readonly [string, string] | null {
  const found = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|(?<=\/)\d{2})$/.exec(date);
  if (!found) return null;
  const [a, b, year] = [Number(found[1]), Number(found[3]), fullYear(found[4])];
  const monthFirst = iso(year, a, b);
  const dayFirst = iso(year, b, a);
  return monthFirst && dayFirst ? [monthFirst, dayFirst] : null;
}

export interface DateAt {
  /** `YYYY-MM-DD`, a real calendar date. */
  readonly date: string;
  /** Where the date (and nothing after it) ends. */
  readonly end: number;
  /** 1 (Monday) .. 7 (Sunday) when a weekday name was written before the date. */
  readonly weekday: number | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function iso(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return year >= 1000 && isValidIsoDate(date) ? date : null;
}

export function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** Skips `,` or `.` and the spaces around it. */
export function skipSeparators(text: string, i: number): number {
  i = skipSpaces(text, i);
  if (text[i] === ',' || text[i] === '.') i = skipSpaces(text, i + 1);
  return i;
}

/** Skips words like `de`, `of`, `the`, `năm` (languages.json `dateWords`). */
export function skipDateWords(text: string, i: number): number {
  for (let n = 0; n < 3; n++) {
    const word = lookupAt(text, i, vocabularyOf().dateWords, 1);
    if (!word) return i;
    const after = skipSpaces(text, word.end);
    if (after === word.end) return i;
    i = after;
  }
  return i;
}

/** A number of `min`..`max` digits at `i`: its value and end, or null. */
export function numberAt(text: string, i: number, min: number, max: number): { value: number; end: number } | null {
  const end = digitsEnd(text, i);
  const length = end - i;
  return length >= min && length <= max ? { value: Number(text.slice(i, end)), end } : null;
}

/** `st`, `nd`, `rd`, `th`, `er`, `º`, `ª` or `.` after a day of the month. */
export function skipOrdinal(text: string, i: number): number {
  const two = text.slice(i, i + 2).toLowerCase();
  if ((two === 'st' || two === 'nd' || two === 'rd' || two === 'th' || two === 'er') && !isLetterAt(text, i + 2)) return i + 2;
  if (text[i] === '\u00BA' || text[i] === '\u00AA' || text[i] === '.') return i + 1;
  return i;
}

/** A date starting with digits: ISO-like, day-first with a written month, dotted or unambiguous numeric, CJK. */
function numericDate(text: string, i: number, order: DateOrderSource): { date: string; end: number } | null {
  const first = numberAt(text, i, 1, 4);
  if (!first) return null;
  const sep = text[first.end];
  if (first.end - i === 4) {
    // 2024-01-05, 2024/01/05, 2024.01.05
    if (sep === '-' || sep === '/' || sep === '.') {
      const month = numberAt(text, first.end + 1, 1, 2);
      if (month && text[month.end] === sep) {
        const day = numberAt(text, month.end + 1, 1, 2);
        const date = day && iso(first.value, month.value, day.value);
        if (date) return { date, end: day.end };
      }
      return null;
    }
    // 2023年1月7日, 2023년 1월 7일
    const yearMark = skipSpaces(text, first.end);
    if (text[yearMark] === '\u5E74' || text[yearMark] === '\uB144') {
      const month = numberAt(text, skipSpaces(text, yearMark + 1), 1, 2);
      const monthMark = month && skipSpaces(text, month.end);
      if (month && monthMark !== null && (text[monthMark] === '\u6708' || text[monthMark] === '\uC6D4')) {
        const day = numberAt(text, skipSpaces(text, monthMark + 1), 1, 2);
        const date = day && iso(first.value, month.value, day.value);
        if (day && date) return { date, end: text[day.end] === '\u65E5' || text[day.end] === '\uC77C' ? day.end + 1 : day.end };
      }
    }
    return null;
  }
  if (first.end - i > 2) return null;
  // 05.01.2024 (day first), 13/01/2024 or 01/13/2024 when only one reading is a date.
  if (sep === '.' || sep === '/' || sep === '-') {
    const second = numberAt(text, first.end + 1, 1, 2);
    if (second && text[second.end] === sep) {
      // Four digits, or two after a slash (`11/20/26`): 2026.
      const four = numberAt(text, second.end + 1, 4, 4);
      const two = four === null && sep === '/' ? numberAt(text, second.end + 1, 2, 2) : null;
      const year = four ?? (two && { value: 2000 + two.value, end: two.end });
      if (!year) return null;
      const dayFirst = iso(year.value, second.value, first.value);
      if (sep === '.') return dayFirst ? { date: dayFirst, end: year.end } : null;
      const monthFirst = iso(year.value, first.value, second.value);
      // Both readings dates: the one `order` says, else neither.
      const either = dayFirst && monthFirst && dayFirst !== monthFirst;
      const said = either && typeof order === 'function' ? order() : order;
      const date = either ? (said === 'dmy' ? dayFirst : said === 'mdy' ? monthFirst : null) : dayFirst ?? monthFirst;
      return date ? { date, end: year.end } : null;
    }
  }
  // 15MAY2020: day, month name, year written together.
  const month = lookupAt(text, first.end, vocabularyOf().months, 1);
  if (month && isDigitAt(text, month.end)) {
    const year = numberAt(text, month.end, 4, 4);
    const date = year && iso(year.value, month.value, first.value);
    return date ? { date, end: year.end } : null;
  }
  // 7 Jan 2023, 7th of January, 2023, 7 de enero de 2023, 7. Januar 2023, 7 tháng 1 năm 2023
  let at = skipSpaces(text, skipOrdinal(text, first.end));
  at = skipDateWords(text, at);
  const written = lookupAt(text, at, vocabularyOf().months);
  if (!written) return null;
  at = skipDateWords(text, skipSeparators(text, written.end));
  const year = numberAt(text, at, 4, 4);
  const date = year && iso(year.value, written.value, first.value);
  return date ? { date, end: year.end } : null;
}

/** January 7, 2023; Jan 7th 2023; Sept. 7, 2023. */
function monthFirstDate(text: string, i: number): { date: string; end: number } | null {
  const month = lookupAt(text, i, vocabularyOf().months);
  if (!month) return null;
  let at = skipSpaces(text, text[month.end] === '.' ? month.end + 1 : month.end);
  const day = numberAt(text, at, 1, 2);
  if (!day) return null;
  at = skipSeparators(text, skipOrdinal(text, day.end));
  const year = numberAt(text, at, 4, 4);
  const date = year && iso(year.value, month.value, day.value);
  return date ? { date, end: year.end } : null;
}

/** Whether a digit comes within `span` characters of `i`: every date has one (most headings at a position have none). */
function digitSoon(text: string, i: number, span: number): boolean {
  const end = Math.min(text.length, i + span);
  for (let k = i; k < end; k++) if (isDigitAt(text, k)) return true;
  return false;
}

/** Where a weekday's name written at `i` ends (`Friday`, `Fri`, `vendredi`), or -1 when none is. */
export function weekdayNameEnd(text: string, i: number): number {
  const vocabulary = vocabularyOf();
  const named = lookupAt(text, i, vocabulary.weekdays) ?? lookupAt(text, i, vocabulary.weekdaysShort);
  return named ? named.end : -1;
}

/**
 * Where a date written at `i` may start, after a weekday's name (`Wednesday, 7 de septiembre`), and the weekday; null
 * when none can (no digit soon, or a word no date starts with): a full date's and one without a year's (yearlessDates.ts).
 */
export function dateLead(text: string, i: number): { readonly at: number; readonly weekday: number | null } | null {
  // The longest lead before a date's first digit: `Wednesday, 7 de septiembre` or `ngày 7 tháng`.
  if (!digitSoon(text, i, 40)) return null;
  const vocabulary = vocabularyOf();
  // A date starts with a digit or with a weekday, month or date word: one look-up says whether it may.
  if (isLetterAt(text, i) && !isCjkAt(text, i) && !vocabulary.dateLeads.has(wordKey(text, i, wordEnd(text, i)))) return null;
  const named = lookupAt(text, i, vocabulary.weekdays) ?? lookupAt(text, i, vocabulary.weekdaysShort) ?? lookupAt(text, i, vocabulary.weekdaysBeforeDate);
  if (!named) return { at: i, weekday: null };
  const at = skipSeparators(text, named.end);
  return at === named.end ? null : { at, weekday: named.value };
}

/**
 * The date written at `i` (after an optional weekday), if it is followed by neither a letter nor a digit. `order`: how
 * the text around it writes slashed dates (see slashedDateOrder), for one that could be read either way.
 */
export function dateAt(text: string, i: number, order: DateOrderSource = null): DateAt | null {
  const lead = dateLead(text, i);
  if (lead === null) return null;
  const { weekday } = lead;
  let { at } = lead;
  const prefix = lookupAt(text, at, vocabularyOf().datePrefixes, 1);
  if (prefix && isDigitAt(text, skipSpaces(text, prefix.end))) at = skipSpaces(text, prefix.end);
  const found = isDigitAt(text, at) ? numericDate(text, at, order) : monthFirstDate(text, at);
  if (!found || isLetterAt(text, found.end) || isDigitAt(text, found.end)) return null;
  return { date: found.date, end: found.end, weekday };
}

/** Either order: for where a date ends, not what it says (a date that reads two ways ends where it ends in both). */
export const EITHER_ORDER = (): DateOrder => 'mdy';
