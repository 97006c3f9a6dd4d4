/**
 * What a heading's TEXT says it is. Where it sits (its parent, its siblings) is decided by the tree
 * builder; the rules that need both are day ranges (a sibling entry in a flat log, a module inside a
 * cycle or after modules, a cycle otherwise) and rounds without a heading of their own.
 *
 * The words come from the keyword table (grammar/languages.json): `Day 3`, `Día 3`, `Tag 3`, `第3天`,
 * `3日目`, `3일차`, `Week 2`, `Semana 2`, `第2周`, `Module 1`, `Month 3`, `Round 2`... at the start of
 * the heading (after emoji and punctuation); English `Day N` / `Days N-M` also later in it. Dates and
 * weekdays make journal days, `R1D1` a day of a round.
 */
import { dateAt, type DateOrderSource } from '../grammar/dates';
import { fileDateOrder } from '../grammar/fileDateOrder';
import { yearlessDateAt } from '../grammar/yearlessDates';
import { yearOfDate } from '../grammar/fileYears';
import { digitsEnd, isDigitAt, isLetterAt, lookupAt, mayStartTemplate, numberValue, vocabularyOf, type KeywordKind } from '../grammar/keywords';

export type HeadingClass =
  | {
      readonly kind: 'day';
      readonly number: number | null;
      readonly date: string | null;
      /** 1 (Monday) .. 7 (Sunday) for a day headed by its weekday. */
      readonly weekday: number | null;
      /** The round of a `R2D14` day (#100DaysOfCode rounds). */
      readonly round: number | null;
      /** A date that ends the title (`Tag 1 – Images (05.01.2026)`): the day's planned date, as a `📅` says one. */
      readonly planned?: string;
    }
  | {
      readonly kind: 'dayRange';
      readonly from: number;
      readonly to: number;
      /** Written with the word for one day (`Day 28-31`): an entry of a log more likely than a container (`Days 1-30`). */
      readonly entry: boolean;
    }
  | { readonly kind: 'module' }
  | { readonly kind: 'cycle'; readonly round: number | null }
  | { readonly kind: 'section' };

const SECTION: HeadingClass = { kind: 'section' };
const MODULE: HeadingClass = { kind: 'module' };

function day(number: number | null, date: string | null = null, weekday: number | null = null, round: number | null = null, planned: string | null = null): HeadingClass {
  return planned === null ? { kind: 'day', number, date, weekday, round } : { kind: 'day', number, date, weekday, round, planned };
}

/** A numbered day: its date right after the number, else a date that ends its title as its planned date. */
function numberedDay(text: string, number: number, end: number, round: number | null = null): HeadingClass {
  const date = dateAfter(text, end);
  return day(number, date, null, round, date === null ? dateAtEnd(text, end) : null);
}

/** English `Day 31`, `Day #4` anywhere in a heading (`Topic | Day 12`); not `Days`, `Today`, `Sunday`, `300-Day` or `Day 2.5`. */
const DAY_ANYWHERE = /(?<![\p{L}\p{N}-])day[ \t]*(?:#[ \t]*)?(\d{1,5})(?![\p{N}]|[.,]\p{N})/iu;
/** English `Days 31-60`, `Days 26 – 30`, `Days 1 to 7` anywhere (`Final Sprint (Days 26-30)`). */
const DAYS_ANYWHERE = /(?<![\p{L}\p{N}])days[ \t]*(\d{1,5})[ \t]*(?:-|\u2013|\u2014|to|through|thru)[ \t]*(\d{1,5})(?![\p{N}])/iu;
/** `R1D1`, `R1-D1`, `R2 D14`, `r3.d7`: round and day of #100DaysOfCode. */
const ROUND_DAY = /r(\d{1,3})[ \t]*[-_.:/]?[ \t]*d(\d{1,4})(?![\p{L}\p{N}])/iuy;
/** `W1D2`, `W3-D4`, `w2.d1`: week and day, as bootcamp curricula name their days. */
export const WEEK_DAY = /w(\d{1,3})[ \t]*[-_.:/]?[ \t]*d(\d{1,4})(?![\p{L}\p{N}])/iuy;
const ROMAN = /[ivxlc]+(?![\p{L}\p{N}])/iuy;

/** The patterns applied to a whole heading, for the linear-time property test. */
export const HEADING_PATTERNS: Readonly<Record<string, RegExp>> = { DAY_ANYWHERE, DAYS_ANYWHERE, ROUND_DAY, WEEK_DAY, ROMAN };

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** A day number (1-5 digits, not followed by another digit) at `i`, after optional spaces and `#`. */
export function numberAfter(text: string, i: number): { value: number; end: number } | null {
  let at = skipSpaces(text, i);
  if (text[at] === '#') at = skipSpaces(text, at + 1);
  const end = digitsEnd(text, at);
  if (end === at || end - at > 5) return null;
  return { value: Number(text.slice(at, end)), end };
}

/**
 * The end of a range `N-M` / `N – M` after a number ending at `i`, spaced or not. (English `Days 1 to 7`
 * is read by DAYS_ANYWHERE, the words being English.)
 */
export function rangeEnd(text: string, i: number): { value: number; end: number; spaced: boolean } | null {
  const at = skipSpaces(text, i);
  if (!isDash(text.charCodeAt(at))) return null;
  const next = at + 1;
  const start = skipSpaces(text, next);
  const end = digitsEnd(text, start);
  if (end === start || end - start > 5) return null;
  return { value: Number(text.slice(start, end)), end, spaced: at !== i || start !== next };
}

/** A date right after a day's number and its separator: `Day 1: October 30, 2018`, `R1D1 - 15MAY2020`. */
function dateAfter(text: string, i: number): string | null {
  let at = skipSpaces(text, i);
  while (at < text.length && ':-\u2013\u2014|,.('.includes(text[at])) at = skipSpaces(text, at + 1);
  return dateAt(text, at, fileDateOrder)?.date ?? null;
}

/**
 * A date that ends a numbered day's title (after `from`), in parentheses or after a dash or a bar (`Tag 1 – Images
 * (05.01.2026)`, `Day 3 - Joins — 2026-01-07`: a trial's German plan had no dates): when it is planned, not the date
 * of an entry (a plan of such days stays a plan). Not the end of a range (`Sprint 2026-01-05 - 2026-01-11`), nor a
 * date of history (`(July 20, 1969)`): a plan's dates are of this century.
 */
function dateAtEnd(text: string, from: number): string | null {
  return titleEndingDate(text, skipSpaces(text, from))?.date ?? null;
}

/**
 * Where a date ends a title after `from` (see dateAtEnd), as written: a replan dates the day anew there (a `📅`
 * beside it left two dates on the heading, the title's no longer true).
 */
export function titleEndingDate(text: string, from: number, order: DateOrderSource = fileDateOrder): { readonly date: string; readonly start: number; readonly end: number } | null {
  const found = endingDate(text, from, order);
  return found !== null && found.date >= '2000' ? found : null;
}

function endingDate(text: string, from: number, order: DateOrderSource): { date: string; start: number; end: number } | null {
  let end = text.length;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  // One look at the last character: most titles end in a letter.
  const last = text.charCodeAt(end - 1);
  if (last !== 0x29 && (last < 0x30 || last > 0x39)) return null;
  if (last === 0x29) {
    const open = text.lastIndexOf('(', end - 1);
    if (open < from) return null;
    const start = skipSpaces(text, open + 1);
    const found = dateAt(text, start, order);
    return found !== null && skipSpaces(text, found.end) === end - 1 ? { date: found.date, start, end: found.end } : null;
  }
  for (let at = end - 1; at > from; at--) {
    if (!'-\u2013\u2014|'.includes(text[at])) continue;
    // A separator stands between spaces (`2026-01-07` holds dashes of its own).
    if (text[at - 1] !== ' ' || text[at + 1] !== ' ') continue;
    const start = skipSpaces(text, at + 1);
    const found = dateAt(text, start, order);
    // The end of a range of dates is no day's date.
    const before = text.slice(from, at).trimEnd();
    return found !== null && found.end === end && !/\d$/.test(before) ? { date: found.date, start, end } : null;
  }
  return null;
}

/** A day (or range of days) from a day keyword's number ending at `end`. */
function dayFrom(text: string, from: number, end: number, kinds: readonly KeywordKind[]): HeadingClass {
  const range = rangeEnd(text, end);
  // `Day 31-37` written without spaces is a range; `Day 299 - 300-Day Mastery` is day 299.
  if (range && range.value > from && (kinds.includes('days') || !range.spaced)) return { kind: 'dayRange', from, to: range.value, entry: !kinds.includes('days') };
  if (!kinds.includes('day')) return SECTION;
  return numberedDay(text, from, end);
}

/** What a keyword at the start of the heading (`Week 2`, `Día 3`, `Round 1 Day 5`) makes of it, or null. */
function keywordAt(text: string, i: number): HeadingClass | null {
  const keyword = lookupAt(text, i, vocabularyOf().words);
  if (!keyword) return null;
  const kinds = keyword.value;
  const number = numberAfter(text, keyword.end);
  if (!number) {
    if (kinds.includes('module') || kinds.includes('week') || kinds.includes('cycle')) {
      // `Part II`, `Phase IV`.
      // A keyword ends before a space or a mark (never a letter), so a numeral after it stands apart.
      ROMAN.lastIndex = skipSpaces(text, keyword.end);
      if (ROMAN.test(text)) return kinds.includes('cycle') ? { kind: 'cycle', round: null } : MODULE;
    }
    return kinds.includes('today') ? weekdayAfterToday(text, keyword.end) : null;
  }
  // `Tag 3.0 release`, `Day 2.5`: a version or a decimal, not a day's number. (`Days 2.5` has no range: no day either.)
  if (kinds.includes('day') && (text[number.end] === '.' || text[number.end] === ',') && isDigitAt(text, number.end + 1)) return null;
  if (kinds.includes('round')) {
    // `Round 1 Day 5`, `Round 2, Day 14`: a day of a round; `Round 2` alone: the round (a cycle).
    let at = skipSpaces(text, number.end);
    while (at < text.length && ',:-\u2013\u2014|/\u00b7\u2022'.includes(text[at])) at = skipSpaces(text, at + 1);
    const inner = lookupAt(text, at, vocabularyOf().words);
    const dayNumber = inner && inner.value.includes('day') ? numberAfter(text, inner.end) : null;
    if (dayNumber) return numberedDay(text, dayNumber.value, dayNumber.end, number.value);
    return { kind: 'cycle', round: number.value };
  }
  if (kinds.includes('week')) return dayOfWeekAfter(text, number.end) ?? MODULE;
  if (kinds.includes('module')) return MODULE;
  if (kinds.includes('cycle')) return { kind: 'cycle', round: null };
  // A day, a range, or (any other word, `Days 3` without an end) nothing.
  const found = dayFrom(text, number.value, number.end, kinds);
  return found.kind === 'section' ? null : found;
}

/**
 * `Week 1, Day 2`, `Week 3 - Day 15`, `Semana 1: Día 2` (a couch-to-5K style plan heads its days so): the day, numbered
 * as written (a plan that starts each week at Day 1 has several Day 1s; a lookup by number lists them); what follows
 * is its title (`Week 1, Day 1 - 5 min warmup`, `Week 1, Day 2 - 2026-11-03`). Not the week's span written with its
 * days (`Week 1 (Day 1-7)`, `Week 1 - Day 1-7`, `Week 1: Day 1 - Day 7`, `Week 2: Day 8 to 14`) nor `Days`: a module.
 */
export function dayOfWeekAfter(text: string, weekEnd: number): HeadingClass | null {
  let at = skipSpaces(text, weekEnd);
  while (at < text.length && ',:-\u2013\u2014|/\u00b7\u2022'.includes(text[at])) at = skipSpaces(text, at + 1);
  const inner = lookupAt(text, at, vocabularyOf().words);
  if (!inner || !inner.value.includes('day')) return null;
  const number = numberAfter(text, inner.end);
  if (!number || spanEnd(text, number.end, number.value)) return null;
  if ((text[number.end] === '.' || text[number.end] === ',') && isDigitAt(text, number.end + 1)) return null;
  return numberedDay(text, number.value, number.end);
}

/** `-7`, ` - Day 7`, ` to 14`, ` through Day 14` after a day's number `from`, ending the heading or before a bracket or a colon. */
const SPAN_WORD = /[ \t]*(?:[-\u2013\u2014]|to\b|through\b|thru\b)[ \t]*/iy;

function spanEnd(text: string, end: number, from: number): boolean {
  const range = rangeEnd(text, end);
  if (range && !range.spaced && range.value > from) return true;
  SPAN_WORD.lastIndex = end;
  if (!SPAN_WORD.test(text)) return false;
  let at = SPAN_WORD.lastIndex;
  const word = lookupAt(text, at, vocabularyOf().words);
  if (word && word.value.includes('day')) at = word.end;
  const to = numberAfter(text, at);
  if (!to || to.value <= from) return false;
  const after = skipSpaces(text, to.end);
  return after === text.length || '():|'.includes(text[after]);
}

/** A form with the number inside (`第3天`, `3日目`, `第2周`, `1. Tag`), or null. */
function templateAt(text: string, i: number): HeadingClass | null {
  if (!mayStartTemplate(text, i)) return null;
  for (const { kind, pattern } of vocabularyOf().templates) {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) continue;
    const from = numberValue(match[1]);
    if (Number.isNaN(from)) continue;
    if (kind === 'days') {
      const to = numberValue(match[2] ?? '');
      if (to >= from) return { kind: 'dayRange', from, to, entry: false };
      continue;
    }
    if (kind === 'week' || kind === 'module') return MODULE;
    if (kind === 'cycle') return { kind: 'cycle', round: null };
    if (kind === 'round') return { kind: 'cycle', round: from };
    if (kind === 'day') return numberedDay(text, from, pattern.lastIndex);
  }
  return null;
}

/** `TODAY (Monday)`, `Today - Tuesday`: the weekday after a "today" word. */
function weekdayAfterToday(text: string, i: number): HeadingClass | null {
  let at = skipSpaces(text, i);
  while (at < text.length && '([:-\u2013\u2014,'.includes(text[at])) at = skipSpaces(text, at + 1);
  const weekday = lookupAt(text, at, vocabularyOf().weekdays) ?? shortWeekdayAt(text, at);
  return weekday ? day(null, null, weekday.value) : null;
}

/** An abbreviated weekday (`Mon`) only when punctuation or nothing follows: `Sun exposure` is no day. */
function shortWeekdayAt(text: string, i: number): { value: number; end: number } | null {
  const found = lookupAt(text, i, vocabularyOf().weekdaysShort, 1);
  if (!found) return null;
  const after = skipSpaces(text, found.end);
  return after === text.length || ':-\u2013\u2014,.()[]|/'.includes(text[after]) ? found : null;
}

/** `Monday: Fresh Start`, `TUESDAY`, `(Wednesday)` (the bracket is skipped with the decoration before the words), `Mon`. */
function weekdayAt(text: string, i: number): HeadingClass | null {
  const weekday = lookupAt(text, i, vocabularyOf().weekdays) ?? shortWeekdayAt(text, i);
  return weekday ? day(null, null, weekday.value) : null;
}

/** Where the heading's words start: after emoji, bullets and punctuation that decorate it. */
export function firstWordAt(text: string, from = 0): number {
  let i = from;
  while (i < text.length && !isLetterAt(text, i) && !isDigitAt(text, i)) i++;
  return i;
}

/** The classification at `i`, where the heading's words start (a letter or a digit, or the end). */
function classifyAt(text: string, i: number): HeadingClass {
  const date = dateAt(text, i, fileDateOrder);
  if (date) return day(null, date.date, date.weekday);

  ROUND_DAY.lastIndex = i;
  const roundDay = ROUND_DAY.exec(text);
  if (roundDay) return day(Number(roundDay[2]), dateAfter(text, ROUND_DAY.lastIndex), null, Number(roundDay[1]));
  // A day of a week, numbered as written (as `Week 1, Day 2` is: see dayOfWeekAfter).
  WEEK_DAY.lastIndex = i;
  const weekDay = WEEK_DAY.exec(text);
  if (weekDay) return day(Number(weekDay[2]), dateAfter(text, WEEK_DAY.lastIndex));

  // A keyword at the start wins over a day mentioned later: `Week 1 (Day 1-7)` is a module.
  const keyword = keywordAt(text, i) ?? templateAt(text, i);
  if (keyword) return keyword;

  // From `i`: unrepaired mojibake before it may end in a letter (`ðŸ“š` is 📚), which must not hide `Day 3`.
  const single = DAY_ANYWHERE.exec(text.slice(i));
  if (single) return dayFrom(text, Number(single[1]), i + single.index + single[0].length, ['day']);

  const range = DAYS_ANYWHERE.exec(text.slice(i));
  if (range && Number(range[2]) >= Number(range[1])) return { kind: 'dayRange', from: Number(range[1]), to: Number(range[2]), entry: false };

  return weekdayAt(text, i) ?? SECTION;
}

/**
 * `text` is the heading's display text (markdown already stripped). `line`: where it is in the file being parsed, for a
 * date written without a year (`Thursday, November 26`: the year the file says there, see fileYears.ts).
 */
export function classifyHeading(text: string, line?: number): HeadingClass {
  const start = firstWordAt(text);
  const found = classifyAt(text, start);
  // A heading that is no day, or a weekday's alone, may be a date without a year.
  if (line !== undefined && (found.kind === 'section' || (found.kind === 'day' && found.number === null && found.date === null && found.round === null))) {
    const yearless = yearlessDateAt(text, start);
    const date = yearless && yearOfDate(yearless, line);
    if (date) return day(null, date, yearless.weekday);
  }
  if (found.kind !== 'section') return found;
  // Mojibake that was not repaired reads as letters (`ðŸ“… Day 3`): try again from the first ASCII word.
  let ascii = start;
  while (ascii < text.length && !/[A-Za-z0-9]/.test(text[ascii])) ascii++;
  return ascii > start && ascii < text.length ? classifyAt(text, ascii) : found;
}

/**
 * How a day heading names its day in the plan's own words (`Tag 3`, `Día 3`, `第3天`), for
 * messages: null when it starts with no day word, or with English `day`/`days` (messages then say "Day N" in
 * the user's language).
 */
export function ownDayName(text: string): string | null {
  const end = dayNameEnd(text);
  if (end < 0) return null;
  const i = firstWordAt(text);
  const keyword = lookupAt(text, i, vocabularyOf().words);
  if (!keyword) return text.slice(i, end).trim();
  const word = text.slice(i, keyword.end);
  return /^days?$/i.test(word) ? null : `${word} ${text.slice(skipHash(text, keyword.end), end)}`.replace(/\s+/g, ' ');
}

/**
 * Where the name of the day a title starts with ends, in any language the grammar reads (`Day 31`, `Tag 4`,
 * `Día 3`, `Days 3-4`, `第2天`), or -1 when the title starts with none: what a lab's folder and notes leave out of
 * the title (a German day's lab was `day-004-tag-4-listen`).
 */
export function dayNameEnd(text: string): number {
  const i = firstWordAt(text);
  const keyword = lookupAt(text, i, vocabularyOf().words);
  if (keyword) {
    const number = keyword.value.includes('day') || keyword.value.includes('days') ? numberAfter(text, keyword.end) : null;
    if (!number) return -1;
    return rangeEnd(text, number.end)?.end ?? number.end;
  }
  if (!mayStartTemplate(text, i)) return -1;
  for (const { kind, pattern } of vocabularyOf().templates) {
    if (kind !== 'day' && kind !== 'days') continue;
    pattern.lastIndex = i;
    if (pattern.exec(text)) return pattern.lastIndex;
  }
  return -1;
}

/** Where a day's number starts after its word (spaces and a `#` skipped). */
function skipHash(text: string, i: number): number {
  let at = skipSpaces(text, i);
  if (text[at] === '#') at = skipSpaces(text, at + 1);
  return at;
}
