/**
 * Dates written without a year, as learners head a journal or key a tracker (`## Thursday, November 26`, `## Nov 27`,
 * `| 26 Nov |`, `## 11月26日`): the year is the one the file around them says. A trial's journal of such headings
 * counted no day in the streak, and its tracker of `| Nov 21 |` rows read as no plan.
 *
 * The year comes from the nearest dated line before the date (else after it): a stamp (`✅ 2026-11-26`), a heading's or
 * a cell's full date, a log's, a `# November 2026` or `# Study log 2026` heading above the entries, the front matter's
 * (`start: 2026-11-02`). Of the three years around that date's, the one that puts the month and day nearest to it (a
 * journal from December into January turns the year), a written weekday choosing among them (`Thursday, November 26`
 * is 2026 beside 2025's dates, not 2025's Wednesday). With nothing dated in the file, a year in its file name
 * (`journal-2026.md`); with none either, no date: the heading or row reads as before, and status says why.
 *
 * A parse reads the file's dates once, when it first meets a date without a year (most files never do).
 */
import { dayNumber, daysSinceMonday, isoFromDayNumber } from '../calendar/calendarDays';
import { dateAt, digitSoon, EITHER_ORDER, iso, numberAt, skipDateWords, skipOrdinal, skipSeparators, skipSpaces, weekdayNameEnd } from './dates';
import { isCjkAt, isDigitAt, isLetterAt, lookupAt, vocabularyOf, wordEnd, wordKey } from './keywords';

/** A month and a day written without a year, where they end, and the weekday written with them. */
export interface YearlessDate {
  readonly month: number;
  readonly day: number;
  /** 1 (Monday) .. 7 (Sunday) when a weekday's name is written before or after it. */
  readonly weekday: number | null;
  readonly end: number;
}

/** What may follow a date without a year: punctuation (`Nov 27 - Joins`, `Nov 27 (Fri)`), not a word (`May 5 things`). */
const AFTER = ',.:;|()[]/-\u2013\u2014\u00B7';

/** Days in each month, February's 29th included (the year decides). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date without a year written at `i` (after an optional weekday): `November 26`, `Nov. 27th`, `26 November`,
 * `26th of November`, `26. November`, `11月26日`; null when none is, when a year follows (a full date: dateAt reads it),
 * or when a word follows it.
 */
export function yearlessDateAt(text: string, i: number): YearlessDate | null {
  if (!digitSoon(text, i, 40)) return null;
  const vocabulary = vocabularyOf();
  if (isLetterAt(text, i) && !isCjkAt(text, i) && !vocabulary.dateLeads.has(wordKey(text, i, wordEnd(text, i)))) return null;
  let weekday: number | null = null;
  let at = i;
  const named = lookupAt(text, at, vocabulary.weekdays) ?? lookupAt(text, at, vocabulary.weekdaysShort) ?? lookupAt(text, at, vocabulary.weekdaysBeforeDate);
  if (named) {
    weekday = named.value;
    at = skipSeparators(text, named.end);
    if (at === named.end) return null;
  }
  const found = isDigitAt(text, at) ? dayFirst(text, at) : monthFirst(text, at);
  if (!found || found.day < 1 || found.day > MONTH_DAYS[found.month - 1]) return null;
  const { end } = found;
  if (isLetterAt(text, end) || isDigitAt(text, end)) return null;
  const after = skipSpaces(text, end);
  if (after < text.length) {
    // A year after it is a full date's (or a date that is none: `February 30, 2026`).
    if (numberAt(text, skipSeparators(text, end), 4, 4)) return null;
    // `Nov 27 Friday`, `Nov 27 (Fri)`.
    const named = text[after] === '(' ? skipSpaces(text, after + 1) : after;
    const following = lookupAt(text, named, vocabulary.weekdays) ?? lookupAt(text, named, vocabulary.weekdaysShort);
    if (following) weekday ??= following.value;
    else if (!AFTER.includes(text[after])) return null;
  }
  return { month: found.month, day: found.day, weekday, end };
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
  const month = lookupAt(text, at, vocabularyOf().months);
  if (!month) return null;
  return { month: month.value, day: first.value, end: text[month.end] === '.' ? month.end + 1 : month.end };
}

/** `November 26`, `Nov 27th`, `Sept. 3`. */
function monthFirst(text: string, i: number): { month: number; day: number; end: number } | null {
  const month = lookupAt(text, i, vocabularyOf().months);
  if (!month) return null;
  const at = skipSpaces(text, text[month.end] === '.' ? month.end + 1 : month.end);
  if (at === month.end) return null;
  const day = numberAt(text, at, 1, 2);
  return day ? { month: month.value, day: day.value, end: skipOrdinal(text, day.end) } : null;
}

/** The file's dated lines, in order: each line's last date, as a day number. */
interface Evidence {
  readonly lines: number[];
  readonly days: number[];
}

interface Scope {
  readonly text: string;
  readonly frontMatter: string | null;
  readonly stem: string;
  evidence: Evidence | undefined;
  asked: boolean;
}

let scope: Scope | null = null;

/**
 * Runs a parse of `text` (the front matter blanked, `frontMatter` beside it) with the file's dated lines at hand for
 * yearOfDate. Gives the parse's result and whether a date without a year was met (a re-parse then parses all again:
 * a date written anywhere may change its year).
 */
export function withFileYears<T>(text: string, frontMatter: string | null, stem: string, build: () => T): { result: T; asked: boolean } {
  const outer = scope;
  const own: Scope = { text, frontMatter, stem, evidence: undefined, asked: false };
  scope = own;
  try {
    return { result: build(), asked: own.asked };
  } finally {
    scope = outer;
  }
}

/** The date of a month and day written without a year on `line` of the file being parsed, as ISO; null when nothing says the year. */
export function yearOfDate(date: YearlessDate, line: number): string | null {
  if (scope === null) return null;
  scope.asked = true;
  scope.evidence ??= evidenceOf(scope);
  const near = nearest(scope.evidence, line);
  if (near === null) return null;
  const year = Number(isoFromDayNumber(near).slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => iso(y, date.month, date.day)).filter((d): d is string => d !== null);
  const weekdayOf = (d: string): number => daysSinceMonday(dayNumber(d)) + 1;
  const matching = date.weekday === null ? candidates : candidates.filter((d) => weekdayOf(d) === date.weekday);
  const pool = matching.length > 0 ? matching : candidates;
  let best: string | null = null;
  for (const d of pool) if (best === null || Math.abs(dayNumber(d) - near) < Math.abs(dayNumber(best) - near)) best = d;
  return best;
}

/** The day of the dated line nearest before `line` (else the first after), or null when the file dates none. */
function nearest(evidence: Evidence, line: number): number | null {
  const { lines, days } = evidence;
  if (lines.length === 0) return null;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return days[lo > 0 ? lo - 1 : 0];
}

/** ISO dates, slashed or dotted dates with a four-digit year. */
const FULL_DATE = /(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))(?!\d)/g;
/** A month's name (checked against the grammar's) with a four-digit year after it: `Nov 21, 2026`, `21 November 2026`, `November 2026`. */
const WRITTEN_DATE = /(?<![\p{L}\p{N}])(?:(\d{1,2})(?:st|nd|rd|th|\.)?[ \t]+(?:(?:of|de)[ \t]+)?)?(\p{L}{3,})\.?(?:[ \t]+(\d{1,2})(?:st|nd|rd|th)?)?,?[ \t]+(\d{4})(?![\p{L}\p{N}])/gu;

/** A written date's day number (the 15th when it names a month alone), or null when its word is no month. */
function writtenDay(m: RegExpExecArray): number | null {
  const month = lookupAt(m[2], 0, vocabularyOf().months);
  if (!month || month.end !== m[2].length) return null;
  const date = iso(Number(m[4]), month.value, Number(m[3] ?? m[1] ?? 15));
  return date === null ? null : dayNumber(date);
}

/** A heading: its text. */
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/gm;
/** A year in a heading: after a month's name (`November 2026`), or last (`Study log 2026`, `Log (2026)`). */
const HEADING_YEAR = /(?<![\p{L}\p{N}])(20\d\d)(?![\p{L}\p{N}])/gu;
const YEAR_IN_NAME = /(?<!\d)(20\d\d)(?!\d)/;

function evidenceOf(own: Scope): Evidence {
  const found: [number, number][] = [];
  if (own.frontMatter !== null) for (const day of datesIn(own.frontMatter)) found.push([0, day]);
  let line = 0;
  let counted = 0;
  const lineAt = (index: number): number => {
    for (let k = own.text.indexOf('\n', counted); k !== -1 && k < index; k = own.text.indexOf('\n', k + 1)) {
      line++;
      counted = k + 1;
    }
    return line;
  };
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(own.text); m !== null; m = FULL_DATE.exec(own.text)) {
    const day = dayOfMatch(m);
    if (day !== null) found.push([lineAt(m.index), day]);
  }
  line = 0;
  counted = 0;
  WRITTEN_DATE.lastIndex = 0;
  for (let m = WRITTEN_DATE.exec(own.text); m !== null; m = WRITTEN_DATE.exec(own.text)) {
    const day = writtenDay(m);
    if (day !== null) found.push([lineAt(m.index), day]);
  }
  line = 0;
  counted = 0;
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(own.text); m !== null; m = HEADING.exec(own.text)) {
    const day = headingYear(m[1]);
    if (day !== null) found.push([lineAt(m.index), day]);
  }
  if (found.length === 0) {
    const year = YEAR_IN_NAME.exec(own.stem);
    if (year) found.push([0, dayNumber(`${year[1]}-07-02`)]);
  }
  // In line order; on one line, the last date written.
  found.sort((a, b) => a[0] - b[0]);
  return { lines: found.map((f) => f[0]), days: found.map((f) => f[1]) };
}

function* datesIn(text: string): Generator<number> {
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m !== null; m = FULL_DATE.exec(text)) {
    const day = dayOfMatch(m);
    if (day !== null) yield day;
  }
}

/** A full date's day number: ISO, else month first when that reads, else day first (only its year and season matter here). */
function dayOfMatch(m: RegExpExecArray): number | null {
  const date = m[1] !== undefined ? iso(Number(m[1]), Number(m[2]), Number(m[3]))
    : iso(Number(m[6]), Number(m[4]), Number(m[5])) ?? iso(Number(m[6]), Number(m[5]), Number(m[4]));
  return date === null ? null : dayNumber(date);
}

/** A heading's year: the middle of the month named before it (`November 2026`), else of the year when it ends the heading. */
function headingYear(heading: string): number | null {
  const text = heading.replace(/[\s#)\]*_]+$/, '');
  HEADING_YEAR.lastIndex = 0;
  for (let m = HEADING_YEAR.exec(text); m !== null; m = HEADING_YEAR.exec(text)) {
    const before = text.slice(0, m.index).replace(/[\s,.]+$/, '');
    const word = before.search(/\p{L}+$/u);
    const month = word < 0 ? null : lookupAt(before, word, vocabularyOf().months);
    if (month && month.end === before.length) return dayNumber(iso(Number(m[1]), month.value, 15)!);
    if (m.index + m[1].length === text.length) return dayNumber(`${m[1]}-07-02`);
  }
  return null;
}

/**
 * A date without a year that a heading starts with or a table cell holds alone (`## Thursday, November 26`, `| Nov 21 |`),
 * as written, when nothing in the file (`text`, front matter and all) or its name (`uri`) says the year: such a heading
 * or row reads as no date, and status says why. Null when there is none, or when the year is said.
 */
export function unreadYearlessDate(text: string, stem: string): string | null {
  if (evidenceOf({ text, frontMatter: null, stem, evidence: undefined, asked: false }).lines.length > 0) return null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const heading = /^ {0,3}#{1,6}[ \t]+[^\p{L}\p{N}]*/u.exec(line);
    if (heading) {
      const found = yearlessDateAt(line, heading[0].length);
      if (found) return line.slice(heading[0].length, found.end);
    } else if (line.includes('|')) {
      for (const cell of line.split('|')) {
        const trimmed = cell.trim();
        const found = trimmed.length >= 3 ? yearlessDateAt(trimmed, 0) : null;
        if (found && found.end === trimmed.length) return trimmed;
      }
    }
  }
  return null;
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
