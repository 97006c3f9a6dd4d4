/**
 * Done stamps: ` ✅ YYYY-MM-DD` appended to a task or a day heading. One definition shared by the
 * parser (reading) and, later, the edits (writing), so the two can never disagree.
 */

export const DONE_MARK = '\u2705';

/** A ✅ with an optional date after it. Global: a line may (wrongly) carry more than one. */
const STAMP = /\u2705\uFE0F?(?:[ \t]*(\d{4}-\d{2}-\d{2}))?/gu;
/** Stamps (and the white space before them) at the end of a title. */
const TRAILING_STAMPS = /(?:[ \t]*\u2705\uFE0F?(?:[ \t]*\d{4}-\d{2}-\d{2})?)+[ \t]*$/u;

export interface StampInfo {
  /** The text carries a ✅ at all. */
  readonly marked: boolean;
  /** The last valid date stamped, if any. */
  readonly date: string | null;
}

const NO_STAMP: StampInfo = { marked: false, date: null };

export function readStamp(text: string): StampInfo {
  // Most headings and tasks carry no stamp: one native search instead of a regex iterator.
  if (text.indexOf('\u2705') < 0) return NO_STAMP;
  let marked = false;
  let date: string | null = null;
  for (const match of text.matchAll(STAMP)) {
    marked = true;
    if (match[1] && isValidIsoDate(match[1])) {
      date = match[1];
    }
  }
  return { marked, date };
}

export function stripTrailingStamps(text: string): string {
  return text.indexOf('\u2705') < 0 ? text : text.replace(TRAILING_STAMPS, '');
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
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
