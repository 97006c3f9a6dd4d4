/**
 * The heading of a week a journal has no section for yet, written as its other week headings are: `# Week 48 (Nov 23 –
 * Nov 29, 2026)` gives `# Week 49 (Nov 30 – Dec 6, 2026)`. Every date in the model heading moves by the same whole
 * weeks, in its own form (with a year or without, in words or digits), and its week number with them. A trial's
 * `log` of a new week's Monday wrote the entry under the week before, whose heading said other dates.
 */
import { addDays, dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import { isValidIsoDate } from '../stamps';
import { LANGUAGES, normalizeKey } from '../grammar/keywords';
import { dateAt } from '../grammar/dates';
import { yearlessDateAt } from '../grammar/yearlessDates';
import { dateLike, namedDateLike, yearlessDateLike } from '../edits/cellDates';
import { bareRangeDayAt, dottedRangeStartAt, weekStartOf, withRangeDashes } from '../parse/weekdayDates';

/** The ISO 8601 week number of a date (the week holding its Thursday counts in that Thursday's year). */
export function isoWeekNumber(iso: string): number {
  const day = dayNumber(iso);
  const thursday = day - daysSinceMonday(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  return Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A date written without a year: the date it was read as, and as written (a bare day may end its range). */
  readonly yearless?: { readonly from: string; readonly written: string };
}

/**
 * `title` (a week heading whose week starts on `start`) for the week starting `newStart`, or null when a date in it
 * cannot be written in its form, or what is made does not read back as that week (see `undated` below).
 */
export function weekHeadingLike(title: string, start: string, newStart: string, undated = false): string | null {
  const days = dayNumber(newStart) - dayNumber(start);
  if (days % 7 !== 0) return null;
  const pieces: Piece[] = [];
  const languages = languagesOfWeek(title);
  // Read with a range's joining word as a dash (`du 7 au 13`), the same length: the pieces are where the title's are.
  const read = withRangeDashes(title);
  for (let i = 0; i < read.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(read[i - 1])) continue;
    const piece = movedDateAt(read, i, start, days, languages) ?? bareStartAt(read, i, start, days, languages);
    if (piece === undefined) continue;
    if (piece === null) return null;
    pieces.push(piece);
    i = piece.end - 1;
    // `Dec 7 – 13, 2026`: the range's end is a bare day and the year.
    const end = piece.yearless ? bareEndAfter(read, piece.end, piece.yearless, days, languages) : undefined;
    if (end === null) return null;
    if (end !== undefined) {
      pieces.push(end);
      i = end.end - 1;
    }
  }
  // `undated`: a heading that names its week by its number alone (`## Week 47`, its dates read from its entries): the
  // number moves, and nothing else may (no date to read back).
  if (pieces.length === 0 && !undated) return null;
  const numbered = weekNumberPiece(title, pieces, start, newStart, days / 7);
  if (numbered === null) return null;
  // The words after the number are that week's topic (`Week 2 – Iceberg basics`): not the new week's.
  if (undated) return numbered === undefined || pieces.length > 0 ? null : title.slice(0, numbered.start) + numbered.text;
  if (numbered !== undefined) pieces.push(numbered);
  pieces.sort((a, b) => a.start - b.start);
  let made = '';
  let at = 0;
  for (const piece of pieces) {
    made += title.slice(at, piece.start) + piece.text;
    at = piece.end;
  }
  made += title.slice(at);
  return weekStartOf(made) === newStart ? made : null;
}

/** A date written at `i` moved by `days`: undefined where none is written, null where it cannot be written in its form. */
function movedDateAt(title: string, i: number, start: string, days: number, languages: readonly string[]): Piece | null | undefined {
  const full = dateAt(title, i, null);
  if (full !== null) {
    const written = title.slice(i, full.end);
    const moved = addDays(full.date, days);
    const text = /\p{L}/u.test(written) ? namedDateLike(written, moved, languages) : dateLike(written, moved);
    return text === null || (text === moved && !/^\d{4}-\d{2}-\d{2}$/.test(written)) ? null : { start: i, end: full.end, text };
  }
  // In digits alone (`Mo., 30.11.`): its day and month move as a German range's first date, below.
  const yearless = yearlessDateAt(title, i);
  if (yearless !== null && yearless.numeric !== true) {
    const written = title.slice(i, yearless.end);
    const from = nearestDate(yearless.month, yearless.day, start);
    const text = yearlessDateLike(written, addDays(from, days), languages);
    return text === null ? null : { start: i, end: yearless.end, text, yearless: { from, written } };
  }
  // A German range's first date, day and month alone (`30.11. – 06.12.2026`, `30.11 bis`), its padding kept.
  const dotted = dottedRangeStartAt(title, i);
  if (dotted === null) return undefined;
  const [dayWritten, monthWritten] = title.slice(i, dotted.end).split('.');
  const moved = addDays(nearestDate(dotted.month, dotted.day, start), days);
  const pad = (value: string, like: string): string => (like.length === 2 ? value : String(Number(value)));
  return { start: i, end: dotted.end, text: `${pad(moved.slice(8, 10), dayWritten)}.${pad(moved.slice(5, 7), monthWritten)}${dotted.dotted ? '.' : ''}` };
}

/** Whether `title` starts with a week's word and its number (`Week 47`, `KW 47`, `Semana 3`): a week named by its number. */
export function namesWeekByNumber(title: string): boolean {
  return (languagesOfWeek(title).length > 0 || /^\W*kw\b/iu.test(title)) && /^\W*\p{L}+\.?[ \t]*\d{1,3}(?!\d)/u.test(title);
}

/** The languages whose word for a week heads `title` (`Week 48`: English and Dutch; `Semana 3`: Spanish, Portuguese). */
function languagesOfWeek(title: string): string[] {
  const first = /\p{L}+/u.exec(title);
  if (first === null) return [];
  const word = normalizeKey(first[0]);
  return Object.entries(LANGUAGES).filter(([, block]) => (block.week ?? []).some((form) => form === word || form.replace(/\{n\}\.?\s*/, '') === word)).map(([code]) => code);
}

/**
 * The first day of a range written `16–22 Nov 2026` (see weekdayDates' bareDayRangeStartAt) moved by `days`: alone where
 * the new range stays in one month, else with its month's name as the end writes one (`30 Nov–6 Dec 2026`).
 */
function bareStartAt(title: string, i: number, start: string, days: number, languages: readonly string[]): Piece | null | undefined {
  const bare = bareRangeDayAt(title, i, null);
  if (bare === null) return undefined;
  const { written, suffix, endAt, end } = bare;
  const [from, to] = [addDays(start, days), addDays(end.date, days)];
  const day = written.startsWith('0') ? from.slice(8, 10) : String(Number(from.slice(8, 10)));
  const piece = { start: i, end: i + written.length + suffix.length };
  if (from.slice(0, 7) === to.slice(0, 7)) return { ...piece, text: day + ordinalLike(suffix, Number(day)) };
  const year = from.slice(0, 4);
  const named = namedDateLike(title.slice(endAt, end.end), from, languages);
  // The year taken off with the word before it (`30 de noviembre de 2026` gives `30 de noviembre`).
  return named === null || !named.endsWith(year) ? null : { ...piece, text: named.slice(0, -year.length).replace(/(?:[\s,]+(?:de|del|of))?[\s,]+$/u, '') };
}

/** The suffix `suffix` (`th`, `.`, French `er`) written after day `day`: `21st`, `7.`, `1er` but `8`. */
function ordinalLike(suffix: string, day: number): string {
  if (!/^(?:st|nd|rd|th)$/i.test(suffix)) return suffix.toLowerCase() === 'er' && day !== 1 ? '' : suffix;
  const english = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return suffix === suffix.toUpperCase() ? english.toUpperCase() : english;
}

/**
 * The end of a range whose first date has no year and whose last is its day alone, then the year (`Dec 7 – 13, 2026`),
 * moved by `days`: the day alone where the new range stays in one month, else with its month's name as the first date
 * writes one (`Dec 28 – Jan 3, 2027`). Undefined where no such end follows `at`; null where it cannot be written.
 */
function bareEndAfter(title: string, at: number, first: { readonly from: string; readonly written: string }, days: number, languages: readonly string[]): Piece | null | undefined {
  const found = /^([ \t]*[-\u2013\u2014][ \t]*)(\d{1,2})(st|nd|rd|th)?(,?[ \t]+)(\d{4})(?!\d)/i.exec(title.slice(at));
  if (found === null) return undefined;
  const [, dash, day, suffix = '', separator] = found;
  const [year, month] = first.from.split('-').map(Number);
  const sameMonth = Number(day) >= Number(first.from.slice(8, 10));
  const endMonth = sameMonth ? month : (month % 12) + 1;
  const endYear = sameMonth || month < 12 ? year : year + 1;
  const from = `${endYear}-${String(endMonth).padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isValidIsoDate(from)) return null;
  const end = addDays(from, days);
  const moved = addDays(first.from, days);
  const named = end.slice(0, 7) === moved.slice(0, 7) ? String(Number(end.slice(8, 10))) + ordinalLike(suffix, Number(end.slice(8, 10))) : yearlessDateLike(first.written, end, languages);
  if (named === null) return null;
  const start = at + dash.length;
  return { start, end: at + found[0].length, text: `${named}${separator}${end.slice(0, 4)}` };
}

/** The date of `month` and `day` nearest `near` (a week's dates written without a year are its own year's, or the next's). */
function nearestDate(month: number, day: number, near: string): string {
  const year = Number(near.slice(0, 4));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`);
  return candidates.reduce((best, c) => (Math.abs(dayNumber(c) - dayNumber(near)) < Math.abs(dayNumber(best) - dayNumber(near)) ? c : best));
}

/**
 * The week's number (`Week 48`, `KW 49`, `Semana 3`: the first number after a word, outside the dates) moved with it:
 * the ISO week of the new start where the heading numbers its week so, else counted on by `weeks`; undefined where
 * there is none, null where it cannot move (a course's `Week 1` has no week before it: a review's got a second one).
 */
function weekNumberPiece(title: string, dates: readonly Piece[], start: string, newStart: string, weeks: number): Piece | null | undefined {
  const number = /(\p{L}\.?[ \t]*)(\d{1,3})(?!\d|[.:/-]\d)/gu;
  for (let found = number.exec(title); found !== null; found = number.exec(title)) {
    const at = found.index + found[1].length;
    if (dates.some((date) => at >= date.start && at < date.end)) continue;
    const value = Number(found[2]);
    const next = value === isoWeekNumber(start) ? isoWeekNumber(newStart) : value + weeks;
    if (next < 1) return null;
    const text = found[2].startsWith('0') ? String(next).padStart(found[2].length, '0') : String(next);
    return { start: at, end: at + found[2].length, text };
  }
  return undefined;
}
