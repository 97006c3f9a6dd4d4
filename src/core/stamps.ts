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

export function readStamp(text: string): StampInfo {
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
  return text.replace(TRAILING_STAMPS, '');
}

/** A real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
