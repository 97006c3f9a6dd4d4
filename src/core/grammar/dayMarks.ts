/**
 * The marks that keep a learner on schedule, one definition for reading and writing:
 *
 * - `📅 2026-11-25` at the end of a day's heading: the date the day is planned for (Obsidian Tasks writes
 *   a task's due date the same way; `📆` and `🗓` are read too);
 * - `⏭` (optionally dated: `⏭ 2026-11-22`) at the end of a day's heading: the day is skipped;
 * - a line `⏸ 2026-11-28` (or a range `⏸ 2026-12-24..2026-12-26`, a reason may follow) in a plan: a pause,
 *   days off that keep the streak and move the schedule;
 * - a line `⏱ 2026-11-22 19:05-19:50 (45 min)` under a day: a study session (the time range is optional;
 *   the minutes are the parenthesised duration, else one written after the date, else the range's length).
 *
 * Marks at a heading's end are scanned by hand from the end, at most `MAX_MARKS` of them, together with
 * the ✅ stamps of stamps.ts (a done day reads `### Day 3 📅 2026-11-25 ✅ 2026-11-26`): no pattern
 * backtracks over a long heading.
 */
import { parseDuration, parenthesisedDuration } from '../study/duration';
import { isValidIsoDate, lastTrailingStamp, stripTrailingStamps } from '../stamps';

/** The planned-date mark we write, and the ones we read (Obsidian Tasks' due-date symbols). */
export const PLANNED_MARK = '\u{1F4C5}';
const PLANNED_MARKS = ['\u{1F4C5}', '\u{1F4C6}', '\u{1F5D3}'];
export const SKIP_MARK = '\u23ED';
export const PAUSE_MARK = '\u23F8';
export const TIMER_MARK = '\u23F1';

const VARIATION_SELECTOR = 0xfe0f;
const MAX_MARKS = 8;
/** A pause range longer than this is read as its first day only (a hostile `⏸ 0001-01-01..9999-12-31`). */
export const MAX_PAUSE_DAYS = 366;
/** A study session longer than a day is no session. */
const MAX_SESSION_MINUTES = 24 * 60;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function trimEnd(text: string, end: number, floor = 0): number {
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A `YYYY-MM-DD` shape at `at`, not glued to more digits on either side. */
function dateShapeAt(text: string, at: number): boolean {
  if (at < 0 || at + 10 > text.length) return false;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 0x2d : !isDigit(c)) return false;
  }
  return !isDigit(text.charCodeAt(at - 1)) && !isDigit(text.charCodeAt(at + 10));
}

/** Where `symbol` (with an optional variation selector after it) starts if it ends right before `end`, else -1. */
function symbolBefore(text: string, end: number, symbol: string, floor: number): number {
  if (end > floor && text.charCodeAt(end - 1) === VARIATION_SELECTOR) end--;
  const start = end - symbol.length;
  return start >= floor && text.startsWith(symbol, start) ? start : -1;
}

/** The end of `symbol` and its optional variation selector if it starts at `i`, else -1. */
function symbolAt(text: string, i: number, symbol: string): number {
  if (!text.startsWith(symbol, i)) return -1;
  const end = i + symbol.length;
  return text.charCodeAt(end) === VARIATION_SELECTOR ? end + 1 : end;
}

export interface TitleMarks {
  /** Where the title's text ends: before the run of marks and stamps at its end (and the space before it). */
  readonly titleEnd: number;
  /** The planned date (`📅`), if valid. */
  readonly planned: string | null;
  /** Where the planned date's ten characters are, to replace them. */
  readonly plannedAt: number;
  readonly skipped: boolean;
  /** Where each `⏭` mark is (with its date and the white space before it), `[start, end)`: what reopening removes. */
  readonly skips: readonly (readonly [number, number])[];
  /** Where the run of marks and stamps starts (with the white space before it); `end` when there is none. */
  readonly marksStart: number;
}

const NONE: readonly (readonly [number, number])[] = Object.freeze([]);
const NO_MARKS = (end: number): TitleMarks => ({ titleEnd: end, planned: null, plannedAt: -1, skipped: false, skips: NONE, marksStart: end });

/** Whether the text may hold a planned date or a skip mark: one native search each, for the parser's fast path. */
export function mayHaveTitleMarks(text: string): boolean {
  return text.indexOf(SKIP_MARK) >= 0 || PLANNED_MARKS.some((mark) => text.indexOf(mark) >= 0);
}

/**
 * The planned date and skip mark at the end of a heading's text (`text[from, end)`), among the ✅ stamps
 * that may follow or precede them. Marks count only with a title before them (`## 📅 2024-01-05` is a dated
 * heading, not a planned one).
 */
export function readTitleMarks(text: string, end = text.length, from = 0): TitleMarks {
  if (!mayHaveTitleMarks(text)) return NO_MARKS(end);
  let at = trimEnd(text, end, from);
  let planned: string | null = null;
  let plannedAt = -1;
  let skipped = false;
  let skips: (readonly [number, number])[] | null = null;
  let found = false;
  for (let n = 0; n < MAX_MARKS && at > from; n++) {
    const stamp = lastTrailingStamp(text, at, from);
    if (stamp >= 0) {
      at = trimEnd(text, stamp, from);
      continue;
    }
    const dated = at - 10 >= from && dateShapeAt(text, at - 10);
    const beforeDate = dated ? trimEnd(text, at - 10, from) : at;
    const plannedStart = dated ? PLANNED_MARKS.map((mark) => symbolBefore(text, beforeDate, mark, from)).find((s) => s >= 0) ?? -1 : -1;
    if (plannedStart >= 0) {
      const date = text.slice(at - 10, at);
      // The mark written last wins, as a later edit appends; an invalid date is no plan.
      if (planned === null && isValidIsoDate(date)) {
        planned = date;
        plannedAt = at - 10;
      }
      at = trimEnd(text, plannedStart, from);
      found = true;
      continue;
    }
    // `⏭ 2026-11-22`, or a bare `⏭` (then `beforeDate` is `at`).
    const skipStart = symbolBefore(text, beforeDate, SKIP_MARK, from);
    if (skipStart >= 0) {
      skipped = true;
      const start = trimEnd(text, skipStart, from);
      (skips ??= []).push([start, at]);
      at = start;
      found = true;
      continue;
    }
    break;
  }
  if (!found || !hasTitleText(text, from, at)) return NO_MARKS(end);
  return { titleEnd: at, planned, plannedAt, skipped, skips: skips ?? NONE, marksStart: at };
}

/** A letter or digit in `text[from, to)`: a title is left before the marks. */
function hasTitleText(text: string, from: number, to: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/** The heading's text without its marks and trailing stamps, if it has marks; else unchanged. */
export function withoutTitleMarks(text: string): string {
  const marks = readTitleMarks(text);
  return marks.titleEnd === text.length ? text : text.slice(0, marks.titleEnd);
}

/**
 * Whether `text` is only stamps and day marks (` ✅ 2026-11-20`, ` ⏭ 2026-11-21`) or white space: what may follow a
 * table title cell's lab link and leave it the cell's last thing (a done row's title read `Control Flow day-002`).
 */
export function onlyStampsAndMarks(text: string): boolean {
  const probe = `x ${text.trim()}`;
  return stripTrailingStamps(probe.slice(0, readTitleMarks(probe).marksStart)).trimEnd() === 'x';
}

/** ` 📅 2026-11-25`: what a planned date adds to a heading. */
export function plannedText(date: string): string {
  return ` ${PLANNED_MARK} ${date}`;
}

/** ` ⏭ 2026-11-22`: what skipping adds to a heading (the date it was skipped on, for the reader of the history). */
export function skipText(date: string | null): string {
  return date ? ` ${SKIP_MARK} ${date}` : ` ${SKIP_MARK}`;
}

/** A study session as a `⏱` line holds it. */
export interface SessionMark {
  readonly date: string;
  /** `HH:MM`, when the line has a time range. */
  readonly from: string | null;
  readonly to: string | null;
  readonly minutes: number;
  /**
   * The words after its parenthesised duration, when there are any (`(45 min) · Day 3`): below a table of days, the row
   * it was logged for (a row has no line of its own to hold it). Absent otherwise.
   */
  readonly day?: string;
}

/** A pause as a `⏸` line holds it: from and to (the same day for one). */
export interface PauseMark {
  readonly from: string;
  readonly to: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of `HH:MM`, or -1. */
export function timeOfDay(text: string): number {
  const match = TIME.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : -1;
}

/** Where the symbol of a line's content ends (after spaces), if the content starts with it; else -1. */
function afterSymbol(content: string, symbol: string): number {
  const end = symbolAt(content, 0, symbol);
  return end < 0 ? -1 : skipSpaces(content, end);
}

/**
 * `⏱ 2026-11-22 19:05-19:50 (45 min)` (the content of a line, after its list marker): the session, or
 * null when the line is none (no valid date, no minutes).
 */
export function readSessionMark(content: string): SessionMark | null {
  const at = afterSymbol(content, TIMER_MARK);
  if (at < 0 || !dateShapeAt(content, at)) return null;
  const date = content.slice(at, at + 10);
  if (!isValidIsoDate(date)) return null;
  let rest = content.slice(at + 10);
  let from: string | null = null;
  let to: string | null = null;
  const range = /^[ \t]+(\d{2}:\d{2})[ \t]*[-\u2013][ \t]*(\d{2}:\d{2})(?![\d])/.exec(rest);
  if (range && timeOfDay(range[1]) >= 0 && timeOfDay(range[2]) >= 0) {
    from = range[1];
    to = range[2];
    rest = rest.slice(range[0].length);
  }
  const noted = parenthesisedDuration(rest);
  let minutes = noted ?? parseDuration(rest);
  if (minutes === null && from !== null && to !== null) minutes = (timeOfDay(to) - timeOfDay(from) + 1440) % 1440;
  if (minutes === null || minutes <= 0 || minutes > MAX_SESSION_MINUTES) return null;
  const day = noted === null ? '' : rest.slice(rest.lastIndexOf(')') + 1).replace(NOTE_LEAD, '').trimEnd();
  return day === '' ? { date, from, to, minutes } : { date, from, to, minutes, day };
}

/** What may stand between a session's duration and the day it names: spaces and a separator (`·`, `-`, `—`, `:`). */
const NOTE_LEAD = /^[\s\u00b7\u2022\-\u2013\u2014:|]+/;

/** `⏱ 2026-11-22 19:05-19:50 (45 min)`: a session's line content (the caller adds the list marker). */
export function sessionText(session: SessionMark, formatDuration: (minutes: number) => string): string {
  const range = session.from !== null && session.to !== null ? ` ${session.from}-${session.to}` : '';
  return `${TIMER_MARK} ${session.date}${range} (${formatDuration(session.minutes)})${session.day ? ` \u00b7 ${session.day}` : ''}`;
}

/** `⏸ 2026-11-28` or `⏸ 2026-12-24..2026-12-26`: the pause, or null. A reversed range is read as its first day. */
export function readPauseMark(content: string): PauseMark | null {
  const at = afterSymbol(content, PAUSE_MARK);
  if (at < 0 || !dateShapeAt(content, at)) return null;
  const from = content.slice(at, at + 10);
  if (!isValidIsoDate(from)) return null;
  let i = skipSpaces(content, at + 10);
  if (content.startsWith('..', i)) i = skipSpaces(content, i + 2);
  else if (content.charCodeAt(i) === 0x2013) i = skipSpaces(content, i + 1);
  else return { from, to: from };
  const to = dateShapeAt(content, i) ? content.slice(i, i + 10) : '';
  return { from, to: isValidIsoDate(to) && to > from ? to : from };
}

/** `⏸ 2026-11-28`: a pause line's content. */
export function pauseText(pause: PauseMark): string {
  return pause.to === pause.from ? `${PAUSE_MARK} ${pause.from}` : `${PAUSE_MARK} ${pause.from}..${pause.to}`;
}

/** Whether inline content may hold a session or pause line: the parser's cheap test. */
export function mayHaveLineMarks(content: string): boolean {
  return content.indexOf(TIMER_MARK) >= 0 || content.indexOf(PAUSE_MARK) >= 0;
}
