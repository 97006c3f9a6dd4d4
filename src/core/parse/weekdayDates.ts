/**
 * A weekday heading's date from the heading that dates its week: `## Week of 2026-11-23` over `### Friday` is
 * 2026-11-27 (a trial's weekly journal knew its dates when a day was looked up, but said nothing of days missed).
 */
import { dateAt, iso, type DateAt, type DateOrderSource, numberAt, skipOrdinal, skipSeparators, skipSpaces } from '../grammar/dates';
import { fileDateOrder } from '../grammar/fileDateOrder';
import { yearlessDateAt } from '../grammar/yearlessDates';
import { LANGUAGES, normalizeKey } from '../grammar/keywords';
import { addDays, dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import type { DraftNode } from './draftNode';

/**
 * The date of `weekday` (1 Monday .. 7 Sunday) in the week the heading right above names by its first day (`Week of
 * 2026-11-23`, `Week 1 (2026-01-05)`, `KW 2 (05.01.2026)`): that date and the six after it, so a week begun on Sunday
 * keeps its Sunday first. Null under a day (a weekday in a day's notes), and under a heading that names no week's
 * start: an undated `### Week 2` under a dated phase (its Monday is not the phase's), a date of another kind
 * (`Routine (updated 2026-01-05)`, `Sprint 3 - due 2026-12-15`, `Week ending 2026-11-29`; a review's).
 */
export function weekdayDateUnder(stack: readonly DraftNode[], weekday: number): string | null {
  const node = stack[stack.length - 1];
  return stack.length < 2 || node.kind === 'day' ? null : weekdayDateIn(node.title, weekday);
}

/** The date of `weekday` in the week a heading's title names by its first day (see weekdayDateUnder), or null. */
export function weekdayDateIn(title: string, weekday: number): string | null {
  const start = weekStartOf(title);
  return start === null ? null : addDays(start, (weekday - 1 - daysSinceMonday(dayNumber(start)) + 7) % 7);
}

/**
 * Dates a weekday heading (`### Friday`) by the week the heading right above names (`## Week of 2026-11-23`): that
 * week's Friday, said to be the week's (`weekDated`: its title gives no date, so no journal is read from it alone).
 */
export function dateByWeek(node: DraftNode, weekday: number, stack: readonly DraftNode[]): void {
  node.date = weekdayDateUnder(stack, weekday);
  node.weekDated = node.date !== null;
}

/**
 * What a date of another kind follows (`updated 2026-01-05`, `due 2026-12-15`, `ending 2026-11-29`, `bis ...`): no
 * week's start (a review's routine and sprint were dated by them). Any other first date is (`Week of 2026-11-23`,
 * `Week 1 (2026-01-05)`, `Week 2: 2026-01-12 to 2026-01-18`, `KW 2 (05.01.2026)`).
 */
const OTHER_DATE = /(?:^|[^\p{L}])(?:updated|revised|edited|modified|due|deadline|ending|ends|end|until|till|by|last|bis|hasta|jusqu'au|fino al|tot en met)\s*[:\-\u2013\u2014]?\s*$/iu;

/**
 * The date a title gives as its week's start: its first full date, unless a word says it is another kind of date; a
 * range's first date where the year is written once, at its end (`Nov 30 – Dec 6, 2026`: a trial's week was dated from
 * Dec 6, a week late).
 */
export function weekStartOf(title: string): string | null {
  const read = withRangeDashes(title);
  for (let i = 0; i < read.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(read[i - 1])) continue;
    const ranged = rangeStartAt(read, i);
    if (ranged !== null) return ranged;
    const found = dateAt(read, i, fileDateOrder);
    // The words before it as written (`Woche bis 29.11.2026` ends there).
    if (found) return OTHER_DATE.test(title.slice(Math.max(0, i - 24), i)) ? null : found.date;
  }
  return null;
}

/**
 * A word joining a range's two dates (`7 to 13 December`, `du 7 au 13`, `del 30 de noviembre al 6 de diciembre`,
 * `30. November bis 6. Dezember`, `7 t/m 13`), after a day or a month's name and before the next: a trial's weeks were
 * read from their last day. Written as a dash it is read as one; nothing else takes a dash for a date, so the word
 * after prose (`up to 5`) changes nothing.
 */
const RANGE_WORD = /(?<=[\p{L}\d.][ \t]+)(?:to|through|thru|bis|au|al|a|t\/m|tot en met|tot)(?=[ \t]+[\p{L}\d])/giu;

/** The title with a range's joining word written as a dash, padded to its length (positions stay the title's). */
export function withRangeDashes(title: string): string {
  return title.replace(RANGE_WORD, (word) => `\u2013${' '.repeat(word.length - 1)}`);
}

/** A dash between the two dates of a range (`Nov 30 – Dec 6, 2026`), or German `bis` after a dotted one (`30.11. bis 06.12.2026`). */
const RANGE_DASH = /^(?:[-\u2013\u2014]|bis(?![\p{L}\p{N}]))\s*/iu;

/** A date with dots and its year (`06.12.2026`): what a dotted start without its last dot (`30.11 –`) must end with. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/;

/**
 * The first date of a range written with one year, at its end: `Nov 30 – Dec 6, 2026`, `30 Nov – 6 Dec 2026`,
 * `Dec 1 – 7, 2026`, `30.11. – 06.12.2026`; in the year before where it ends in the next (`Dec 28 – Jan 3, 2027`). Null for anything else.
 */
function rangeStartAt(title: string, i: number): string | null {
  const start = yearlessDateAt(title, i) ?? dottedDayMonthAt(title, i);
  if (start === null) return bareDayRangeStartAt(title, i);
  const dash = RANGE_DASH.exec(title.slice(skipSpaces(title, start.end)));
  if (dash === null) return null;
  let at = skipSpaces(title, start.end) + dash[0].length;
  // A weekday's short name before the end date (`Mo., 30.11. – So., 06.12.2026`).
  const weekday = /^\p{L}{2,3}\.?,?[ \t]+(?=\d)/u.exec(title.slice(at));
  const end = dateAt(title, at, fileDateOrder) ?? (weekday ? dateAt(title, (at += weekday[0].length), fileDateOrder) : null);
  // `30.11 – 06.12.2026` is a range (a review's German week went a week late), `Node 22.11 – Dec 6, 2026` a version.
  if ('dotted' in start && !start.dotted && !DOTTED_DATE.test(title.slice(at))) return null;
  if (end !== null) {
    const year = Number(end.date.slice(0, 4));
    const first = iso(start.month > Number(end.date.slice(5, 7)) ? year - 1 : year, start.month, start.day);
    // A week's range, or a month's at most: `Release 1.2 - 2026-11-30` is no range from February 1.
    const days = first === null ? -1 : dayNumber(end.date) - dayNumber(first);
    return days >= 0 && days <= 31 ? first : null;
  }
  // `Dec 1 – 7, 2026`: the end is a day of the same month, and the year.
  const day = numberAt(title, at, 1, 2);
  const year = day === null ? null : numberAt(title, skipSeparators(title, skipOrdinal(title, day.end)), 4, 4);
  return day === null || year === null || day.value < start.day ? null : iso(year.value, start.month, start.day);
}

/**
 * The first date of a range of a week at most written `16–22 Nov 2026` (its first day alone, a full date with its
 * month's name after the dash): that day of the end's month, or of the month before where it is later (`30–6 Dec
 * 2026`). A trial's `Week 47 (16–22 Nov 2026)` was read as the week from the 22nd.
 */
function bareDayRangeStartAt(title: string, i: number): string | null {
  const bare = bareRangeDayAt(title, i, fileDateOrder);
  if (bare === null) return null;
  const { end } = bare;
  const day = Number(bare.written);
  const [year, month] = [Number(end.date.slice(0, 4)), Number(end.date.slice(5, 7))];
  const later = day > Number(end.date.slice(8, 10));
  const first = later ? iso(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, day) : iso(year, month, day);
  // A week at most: a number before a date is more often a sprint's or a chapter's than a range's first day.
  const days = first === null ? -1 : dayNumber(end.date) - dayNumber(first);
  return days >= 0 && days <= 7 ? first : null;
}

/**
 * A range's first day written alone at `i` (`16–`; as an ordinal too: `7th–13th December 2026`, `7.–13. Dezember 2026`)
 * whose end is a date with its month's name (`22 Nov 2026`; `Sprint 3 - 2026-12-15` is no range from the 3rd), and no
 * week's number (`KW 11 bis 15. März 2026`, a review's, was read as from March 11; an ordinal is a day: `Woche 7. bis`).
 * `written`: the day's digits; `suffix`: what follows them; `endAt`: where the end date starts. `title` has its range
 * words as dashes (withRangeDashes).
 */
export function bareRangeDayAt(title: string, i: number, order: DateOrderSource): { written: string; suffix: string; endAt: number; end: DateAt } | null {
  const bare = /^(\d{1,2})(st|nd|rd|th|er|\.)?[ \t]*[-\u2013\u2014][ \t]*(?=\d)/i.exec(title.slice(i, i + 16));
  if (bare === null || (bare[2] === undefined && weekNumberAt(title, i))) return null;
  const endAt = i + bare[0].length;
  const end = dateAt(title, endAt, order);
  if (end === null || !/\p{L}/u.test(title.slice(endAt, end.end))) return null;
  return { written: bare[1], suffix: bare[2] ?? '', endAt, end };
}

/** The word right before a number (`KW 11`, `Woche 3`), to tell a week's number from a range's first day. */
const WEEK_NUMBER_BEFORE = /(\p{L}+)\.?[ \t]*$/u;

/** Every language's word for a week (languages.json `week`: `week`, `woche`, `semaine`), and `kw`. */
export const WEEK_WORDS: ReadonlySet<string> = new Set(['kw', ...Object.values(LANGUAGES).flatMap((block) => (block.week ?? []).filter((form) => !form.includes('{n}')))]);

/** Whether the number at `i` follows a week's word (`KW 11`, `Week 3`): the week's number, no day. */
export function weekNumberAt(title: string, i: number): boolean {
  const before = WEEK_NUMBER_BEFORE.exec(title.slice(Math.max(0, i - 12), i));
  return before !== null && WEEK_WORDS.has(normalizeKey(before[1]));
}

/**
 * `30.11.` (a German week's `KW 49 (30.11. – 06.12.2026)`): a day and a month with dots, no year. `dotted`: the dot
 * after the month is written; without it, only a dotted end date says a date (rangeStartAt).
 */
/** A dotted day and month at `i` that a range's dash follows (`30.11. – 06.12.2026`, `30.11 bis`), or null. */
export function dottedRangeStartAt(title: string, i: number): { month: number; day: number; end: number; dotted: boolean } | null {
  const start = dottedDayMonthAt(title, i);
  return start !== null && RANGE_DASH.test(title.slice(skipSpaces(title, start.end))) ? start : null;
}

function dottedDayMonthAt(title: string, i: number): { month: number; day: number; end: number; dotted: boolean } | null {
  const found = /^(\d{1,2})\.(\d{1,2})(\.?)(?![\d.])/.exec(title.slice(i, i + 6));
  if (found === null) return null;
  const [day, month] = [Number(found[1]), Number(found[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day, end: i + found[0].length, dotted: found[3] === '.' } : null;
}
