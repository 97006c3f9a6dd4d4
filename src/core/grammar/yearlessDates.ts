/**
 * Dates written without a year, as learners head a journal or key a tracker (`## Thursday, November 26`, `## Nov 27`,
 * `| 26 Nov |`, `## 11月26日`): read here as a month and a day; the year is the one the file says near them (see
 * fileYears.ts). A trial's journal of such headings counted no day in the streak, and its tracker of `| Nov 21 |` rows
 * read as no plan.
 */
import { dateAt, dateLead, EITHER_ORDER, numberAt, skipDateWords, skipOrdinal, skipSeparators, skipSpaces, weekdayNameEnd } from './dates';
import { isDigitAt, isLetterAt, lookupAt, vocabularyOf } from './keywords';

/** A month and a day written without a year, where they end, and the weekday written with them. */
export interface YearlessDate {
  readonly month: number;
  readonly day: number;
  /** 1 (Monday) .. 7 (Sunday) when a weekday's name is written before or after it. */
  readonly weekday: number | null;
  readonly end: number;
  /** Written in digits alone (`Mo 16.11.`), not in a month's name. */
  readonly numeric?: true;
}

/** What may follow a date without a year: punctuation (`Nov 27 - Joins`, `Nov 27 (Fri)`), not a word (`May 5 things`). */
const AFTER = ',.:;|()[]/-\u2013\u2014\u00B7\uFF08\uFF1A';

/**
 * Months' short names of other languages that are English words (`Set 1` is Portuguese September's, `Gen 1-3` Italian
 * January's, `Out 2` Portuguese October's): read in a full date (`5 set 2026`), not without a year (a review's workout
 * plan read its `### Set 1` headings as days).
 */
const ENGLISH_WORDS = new Set(['set', 'out', 'gen', 'ago', 'mars']);

/** The month named at `i`, as a date without a year may name it (not by an English word: ENGLISH_WORDS). */
export function monthNameAt(text: string, i: number): { value: number; end: number } | null {
  const month = lookupAt(text, i, vocabularyOf().months);
  return month && !ENGLISH_WORDS.has(text.slice(i, month.end).toLowerCase()) ? month : null;
}

/** Days in each month, February's 29th included (the year decides). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date without a year written at `i` (after an optional weekday): `November 26`, `Nov. 27th`, `26 November`,
 * `26th of November`, `26. November`, `11月26日`; null when none is, when a year follows (a full date: dateAt reads it),
 * or when a word follows it.
 */
export function yearlessDateAt(text: string, i: number): YearlessDate | null {
  const lead = dateLead(text, i);
  if (lead === null) return null;
  const vocabulary = vocabularyOf();
  const { at } = lead;
  let { weekday } = lead;
  const found = isDigitAt(text, at) ? dayFirst(text, at) ?? (weekday !== null ? dottedAt(text, at) : null) : monthFirst(text, at);
  if (!found || found.day < 1 || found.day > MONTH_DAYS[found.month - 1]) return null;
  let { end } = found;
  if (isLetterAt(text, end) || isDigitAt(text, end)) return null;
  const after = skipSpaces(text, end);
  if (after < text.length) {
    // A year after it is a full date's (or a date that is none: `February 30, 2026`).
    if (numberAt(text, skipSeparators(text, end), 4, 4)) return null;
    // `Nov 27 Friday`, `Nov 27 (Fri)`: the weekday is the date's (a cell `| Nov 21 (Sat) |` holds a date alone).
    const named = text[after] === '(' || text[after] === '\uFF08' ? skipSpaces(text, after + 1) : after;
    const following = lookupAt(text, named, vocabulary.weekdays) ?? lookupAt(text, named, vocabulary.weekdaysShort);
    if (following) {
      weekday ??= following.value;
      const close = skipSpaces(text, following.end);
      end = named === after ? following.end : text[close] === ')' || text[close] === '\uFF09' ? close + 1 : end;
    } else if (!AFTER.includes(text[after])) return null;
  }
  return { month: found.month, day: found.day, weekday, end, ...('numeric' in found ? { numeric: true as const } : {}) };
}

/**
 * `16.11.` after a weekday (`### Mo 16.11.`, a German journal's under `## KW 47`): day and month in digits, the dot
 * after the month written. Only after a weekday: `3.1.` alone numbers a document's section more often than it dates a
 * day; and only with that dot: `### Do 4.1 – 4.3` is an English plan's exercises (a review's).
 */
function dottedAt(text: string, i: number): { month: number; day: number; end: number; numeric: true } | null {
  const found = /^(\d{1,2})\.(\d{1,2})\.(?![\d.])/.exec(text.slice(i, i + 6));
  if (found === null) return null;
  const [day, month] = [Number(found[1]), Number(found[2])];
  return month >= 1 && month <= 12 ? { month, day, end: i + found[0].length, numeric: true } : null;
}

/** `26 November`, `26th of November`, `26. Nov.`, `11月26日`. */
function dayFirst(text: string, i: number): { month: number; day: number; end: number } | null {
  const first = numberAt(text, i, 1, 2);
  if (!first) return null;
  // 11月26日, 11월 26일
  const mark = skipSpaces(text, first.end);
  if (text[mark] === '\u6708' || text[mark] === '\uC6D4') {
    const day = numberAt(text, skipSpaces(text, mark + 1), 1, 2);
    if (!day || first.value < 1 || first.value > 12) return null;
    return { month: first.value, day: day.value, end: text[day.end] === '\u65E5' || text[day.end] === '\uC77C' ? day.end + 1 : day.end };
  }
  const at = skipDateWords(text, skipSpaces(text, skipOrdinal(text, first.end)));
  if (at === first.end) return null;
  const month = monthNameAt(text, at);
  if (!month) return null;
  return { month: month.value, day: first.value, end: text[month.end] === '.' ? month.end + 1 : month.end };
}

/** `November 26`, `Nov 27th`, `Sept. 3`. */
function monthFirst(text: string, i: number): { month: number; day: number; end: number } | null {
  const month = monthNameAt(text, i);
  if (!month) return null;
  const at = skipSpaces(text, text[month.end] === '.' ? month.end + 1 : month.end);
  if (at === month.end) return null;
  const day = numberAt(text, at, 1, 2);
  return day ? { month: month.value, day: day.value, end: skipOrdinal(text, day.end) } : null;
}

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Where a dated entry's heading has its own words, after its date (with or without a year: `## Nov 26` alone is no
 * entry either) and a weekday's name (`2026-11-27 Friday - joins`: at `joins`): for the streak (a date alone is no
 * entry yet) and for a journal's "no study" heading. `dated`: a date leads it; `weekday`: a weekday's name does (or
 * follows the date).
 */
export function entryTitleWords(title: string): { readonly start: number; readonly dated: boolean; readonly weekday: boolean } {
  const skip = (i: number): number => {
    while (i < title.length && !WORD_START.test(title[i])) i++;
    return i;
  };
  // Where the words start: a date either order reads (`11/05/2026`) ends where it ends in both.
  const date = dateAt(title, skip(0), EITHER_ORDER) ?? yearlessDateAt(title, skip(0));
  let start = date !== null ? skip(date.end) : skip(0);
  const weekday = weekdayNameEnd(title, start);
  if (weekday >= 0) start = weekday;
  return { start, dated: date !== null, weekday: weekday >= 0 };
}

/** Whether a title starts with a date without a year (after its decoration): a day whose date the file's other dates say. */
export function startsWithYearlessDate(title: string): boolean {
  const start = title.search(/[\p{L}\p{N}]/u);
  return start >= 0 && yearlessDateAt(title, start) !== null;
}
