/**
 * The task fields Obsidian Tasks writes after a task's description, read from the end of its text the
 * way Obsidian Tasks' own serializer reads them: any order, separated by white space, with `#tags`
 * mixed in. `📅 2025-01-07` due, `⏳` scheduled, `🛫` start, `➕` created, `✅` done, `❌` cancelled,
 * `⏰` reminder, `🔁 every week` recurrence, priorities `🔺⏫🔼🔽⏬`, `🆔 id`, `⛔ ids`, `🏁 delete`,
 * and a block link `^id`. What they leave is the task's title.
 *
 * Scanned by hand from the end of the text, at most `MAX_FIELDS` times (as Obsidian Tasks caps its
 * loop): no pattern backtracks over a long line. A field written twice counts as Obsidian Tasks counts it:
 * its first (leftmost) value, the last one the scan from the end meets.
 */

export type TaskPriority = 'highest' | 'high' | 'medium' | 'low' | 'lowest';

export interface TaskFields {
  readonly due: string | null;
  readonly scheduled: string | null;
  readonly start: string | null;
  readonly created: string | null;
  readonly done: string | null;
  readonly cancelled: string | null;
  readonly recurrence: string | null;
  readonly priority: TaskPriority | null;
}

type DateField = 'due' | 'scheduled' | 'start' | 'created' | 'done' | 'cancelled' | 'reminder';

/** Each symbol and the date field it introduces (some fields have alternative symbols). */
const DATE_SYMBOLS: readonly (readonly [string, DateField])[] = [
  ['\u{1F4C5}', 'due'], ['\u{1F4C6}', 'due'], ['\u{1F5D3}', 'due'],
  ['\u23F3', 'scheduled'], ['\u231B', 'scheduled'],
  ['\u{1F6EB}', 'start'],
  ['\u2795', 'created'],
  ['\u2705', 'done'],
  ['\u274C', 'cancelled'],
  ['\u23F0', 'reminder'],
];
const PRIORITY_SYMBOLS: readonly (readonly [string, TaskPriority])[] = [
  ['\u{1F53A}', 'highest'], ['\u23EB', 'high'], ['\u{1F53C}', 'medium'], ['\u{1F53D}', 'low'], ['\u23EC', 'lowest'],
];
const RECURRENCE = '\u{1F501}';
const ID = '\u{1F194}';
const DEPENDS_ON = '\u26D4';
const ON_COMPLETION = '\u{1F3C1}';

/** Every symbol that starts a field: a cheap test whether a task's text can hold any. */
export const TASK_FIELD_SYMBOLS: readonly string[] = [...DATE_SYMBOLS.map(([s]) => s), ...PRIORITY_SYMBOLS.map(([s]) => s), RECURRENCE, ID, DEPENDS_ON, ON_COMPLETION];

const MAX_FIELDS = 20;
const VARIATION_SELECTOR = 0xfe0f;

export const NO_TASK_FIELDS: TaskFields = {
  due: null, scheduled: null, start: null, created: null, done: null, cancelled: null, recurrence: null, priority: null,
};

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `text[at, at + 10)` is shaped `dddd-dd-dd`. */
function dateShapeAt(text: string, at: number): boolean {
  if (at < 0) return false;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 0x2d : !isDigit(c)) return false;
  }
  return true;
}

/** The start of `symbol` (with an optional variation selector after it) if it ends right before `end`, else -1. */
function symbolBefore(text: string, end: number, symbol: string): number {
  if (end > 0 && text.charCodeAt(end - 1) === VARIATION_SELECTOR) end--;
  const start = end - symbol.length;
  return start >= 0 && text.startsWith(symbol, start) ? start : -1;
}

interface Found {
  readonly start: number;
  readonly apply?: (into: Record<string, string | null>) => void;
  /** A date field's name and where its date starts (see dateFieldsAt). */
  readonly date?: { readonly field: DateField; readonly at: number };
}

/** A date field ending at `end`: symbol, optional spaces, `YYYY-MM-DD` (a reminder may add ` HH:mm`). */
function dateFieldAt(text: string, end: number): Found | null {
  let dateEnd = end;
  // A reminder's time: `2025-01-07 10:30`.
  if (end >= 16 && text.charCodeAt(end - 3) === 0x3a && text.charCodeAt(end - 6) === 0x20 && isDigit(text.charCodeAt(end - 1)) && dateShapeAt(text, end - 16)) dateEnd = end - 6;
  const dateStart = dateEnd - 10;
  if (!dateShapeAt(text, dateStart) || (dateStart > 0 && isDigit(text.charCodeAt(dateStart - 1)))) return null;
  const symbolEnd = trimEnd(text, dateStart);
  for (const [symbol, field] of DATE_SYMBOLS) {
    const start = symbolBefore(text, symbolEnd, symbol);
    if (start < 0) continue;
    if (field === 'reminder' || dateEnd !== end) return field === 'reminder' ? { start } : null;
    const date = text.slice(dateStart, dateEnd);
    return { start, apply: (into) => (into[field] = date), date: { field, at: dateStart } };
  }
  return null;
}

function priorityAt(text: string, end: number): Found | null {
  for (const [symbol, priority] of PRIORITY_SYMBOLS) {
    const start = symbolBefore(text, end, symbol);
    if (start >= 0) return { start, apply: (into) => (into.priority = priority) };
  }
  return null;
}

/** Letters, digits, `,`, `!` and spaces: the words of a recurrence rule (`every 2 weeks on Monday, Friday`). */
function isRuleChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x2c || c === 0x21 || c === 0x20;
}

/** `🔁 every week`, `🆔 abc123`, `⛔ abc,def`, `🏁 delete`: a symbol, then words up to the end. */
function wordsFieldAt(text: string, end: number, symbol: string, isWordChar: (c: number) => boolean, field?: 'recurrence'): Found | null {
  let i = end;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  if (i === end) return null;
  const start = symbolBefore(text, trimEnd(text, i), symbol);
  if (start < 0) return null;
  const words = text.slice(i, end).trim();
  if (words === '') return null;
  return { start, apply: field ? (into) => (into[field] = words) : undefined };
}

function isIdChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x2d || c === 0x5f;
}

function isIdListChar(c: number): boolean {
  return isIdChar(c) || c === 0x2c || c === 0x20;
}

/** A `#tag` (or a block link `^id`) ending at `end`, preceded by white space or the start. */
function markedWordAt(text: string, end: number, mark: number): Found | null {
  let i = end;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== mark) i--;
  if (i === 0 || text.charCodeAt(i - 1) !== mark || i === end) return null;
  const start = i - 1;
  // `#42` is no tag (Obsidian's need a character other than a digit): `review PR #42 ✅ 2026-11-20` keeps it.
  if (mark === 0x23 && /^\d+$/.test(text.slice(i, end))) return null;
  return start === 0 || isSpace(text.charCodeAt(start - 1)) ? { start } : null;
}

/** Our own stamp without a date (`✅` alone), written when date stamps are off. */
function bareStampAt(text: string, end: number): Found | null {
  const start = symbolBefore(text, end, '\u2705');
  return start >= 0 ? { start } : null;
}

function fieldAt(text: string, end: number): Found | null {
  return (
    priorityAt(text, end) ??
    bareStampAt(text, end) ??
    dateFieldAt(text, end) ??
    wordsFieldAt(text, end, RECURRENCE, isRuleChar, 'recurrence') ??
    wordsFieldAt(text, end, ID, isIdChar) ??
    wordsFieldAt(text, end, DEPENDS_ON, isIdListChar) ??
    wordsFieldAt(text, end, ON_COMPLETION, isIdChar)
  );
}

/**
 * A task's title and fields. Fields and `#tags` are taken from the end while there are any (at most `limit` of
 * them); tags are kept in the title unless a field follows them (`Learn #rust` keeps its tag, `Learn #rust 📅 ...`
 * does not), and the title is never emptied by it.
 */
export function readTaskFields(text: string, limit = MAX_FIELDS): { readonly title: string; readonly fields: TaskFields; readonly count: number } {
  if (!TASK_FIELD_SYMBOLS.some((symbol) => text.includes(symbol)) && text.indexOf('^') < 0) return { title: text, fields: NO_TASK_FIELDS, count: 0 };
  const found: Record<string, string | null> = {};
  let end = trimEnd(text, text.length);
  let titleEnd = end;
  let any = false;
  let n = 0;
  for (; n < Math.min(limit, MAX_FIELDS) && end > 0; n++) {
    const field = fieldAt(text, end) ?? markedWordAt(text, end, 0x23) ?? markedWordAt(text, end, 0x5e);
    if (!field) break;
    field.apply?.(found);
    end = trimEnd(text, field.start);
    const isTagOrLink = text.charCodeAt(field.start) === 0x23 || text.charCodeAt(field.start) === 0x5e;
    if (!isTagOrLink) any = true;
    // Trailing tags and block links alone stay part of the title; once a field is found, all go.
    if (any || text.charCodeAt(field.start) === 0x5e) titleEnd = end;
  }
  const title = titleEnd === text.length ? text : text.slice(0, titleEnd);
  return { title, fields: Object.keys(found).length === 0 ? NO_TASK_FIELDS : { ...NO_TASK_FIELDS, ...found }, count: n };
}

/**
 * Where the date of a task's due field (`📅 2025-01-07`) starts in `text[0, end)`, its fields read from the end as
 * readTaskFields reads them (the leftmost of two counts), or -1: a replan rewrites that date where it stands,
 * among priorities and tags (`- [ ] Day 3 ⏫ 📅 2026-11-22 #sql`; a second `📅` at the end would not count).
 */
export function dueDateAt(text: string, end = text.length): number {
  return dateFieldsAt(text, end).due ?? -1;
}

/**
 * Where the date of each date field starts in `text[0, end)` (`📅` due, `⏳` scheduled, `🛫` start...), read from
 * the end as readTaskFields reads them (the leftmost of two counts): what a recurrence rewrites in the next one.
 */
export function dateFieldsAt(text: string, end = text.length): Partial<Record<DateField, number>> {
  const at: Partial<Record<DateField, number>> = {};
  end = trimEnd(text, end);
  for (let n = 0; n < MAX_FIELDS && end > 0; n++) {
    const field = fieldAt(text, end) ?? markedWordAt(text, end, 0x23) ?? markedWordAt(text, end, 0x5e);
    if (!field) break;
    if (field.date) at[field.date.field] = field.date.at;
    end = trimEnd(text, field.start);
  }
  return at;
}
