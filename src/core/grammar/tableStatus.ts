/**
 * When a table's status cell says a day is done: one rule for the parser (which reads the cell's text
 * through markdown-it) and the edits (which have the raw row), so a row the tree shows done is one that
 * marking leaves alone and unmarking clears.
 */
import { isValidIsoDate, readStamp, type StampInfo } from '../stamps';
import { dateAt } from './dates';
import { normalizeKey, vocabularyOf } from './keywords';

/** Signs that mark a status cell done, or head a status column. */
export const DONE_SIGNS = ['\u2705', '\u2714', '\u2713', '\u2611', '[x]', '[X]', '\u{1F7E2}'];

/**
 * A status cell's state: done when it holds a done sign or word, with the date of a ✅ stamp in it; or the date a day
 * was done: a cell starting with one (`2026-11-20`, `20.11.2026 (45 min)`, `2026-11-27 Fri`, `2026-11-20 ✅`), or one
 * after a done sign or word (`Done 2026-11-20`, `✔ (26/11/2026)`, `done on 2026-11-20`, `✅ 20.11.2026`). A learner's
 * `| Completed |` of dates read every day open, and Today stayed on day 1; with a note after them, it still did.
 */
export function statusOf(display: string, raw: string): StampInfo {
  const stamp = readStamp(raw);
  const key = normalizeKey(display);
  const done = stamp.marked || DONE_SIGNS.some((sign) => display.includes(sign)) || vocabularyOf().doneValues.has(key);
  const dated = stamp.date === null ? doneDateSpan(display.trim()) : null;
  if (dated !== null) return { marked: true, date: dated.date };
  return { marked: done, date: stamp.date };
}

/** Words between a done word and its date (`done on 2026-11-20`, `erledigt am`, `hecho el`, `fait le`). */
const DATE_CONNECTOR = /[ \t]+(?:on|at|am|el|le|il|em|op)$/i;

/** Where a status cell's text says the date a day was done (see statusOf): the date as ISO, and where it is written. */
export interface DoneDateSpan {
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/** The date a status cell's text (raw or as shown) says a day was done on (see statusOf); null when it says none. */
export function doneDateSpan(text: string): DoneDateSpan | null {
  // Most cells are a sign or a word: a date has a digit.
  if (!/\d/.test(text)) return null;
  const first = dateStartingAt(text, 0);
  if (first !== null) return first;
  for (let i = 1; i < text.length; i++) {
    // A date starts a word: after a space or a sign, never inside a word or a number.
    if (!WORD_CHAR.test(text[i]) || WORD_CHAR.test(text[i - 1])) continue;
    const date = dateStartingAt(text, i);
    if (date === null) continue;
    const before = text.slice(0, i).replace(/[ \t,:;(\-\u2013\u2014]+$/u, '').replace(DATE_CONNECTOR, '');
    return isDoneValue(cellDisplay(before)) ? date : null;
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The date written at `i` (ISO, or as the grammar reads dates); null when none starts there. */
function dateStartingAt(text: string, i: number): DoneDateSpan | null {
  const iso = text.slice(i, i + 10);
  if (isValidIsoDate(iso) && !/\d/.test(text[i + 10] ?? '')) return { date: iso, start: i, end: i + 10 };
  const found = dateAt(text, i);
  return found === null ? null : { date: found.date, start: i, end: found.end };
}

/**
 * The date a cell holds alone, as ISO: `2026-11-20`, or as the plan's language writes one (`20.11.2026`,
 * `2026/11/20`, `Nov 20, 2026`, `20. November 2026`: the grammar's dates); null for anything else. One rule for the
 * parser (a done day's date, a planned date) and the edits (undone takes out what it read; a replan writes over it):
 * a German table's `| Geplant |` of `29.11.2026` read as no schedule, and its done dates as none.
 */
export function cellDateOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 10 && isValidIsoDate(trimmed)) return trimmed;
  // Most cells are words or empty: a date has a digit, and is short.
  if (trimmed.length < 6 || trimmed.length > 40 || !/\d/.test(trimmed)) return null;
  const found = dateAt(trimmed, 0);
  return found !== null && found.end === trimmed.length ? found.date : null;
}

/**
 * Whether a status cell says the day was skipped: a skip word alone (`skipped`, `übersprungen`, `跳过`, languages.json's
 * `skipValues`), or after a sign (`⏭`'s own reading is the day marks'): a learner's `| 4 | Joins | skipped |` stayed the
 * current day. Emphasis and links are read through, as for a done word.
 */
export function isSkipValue(display: string): boolean {
  const key = normalizeKey(display.replace(/[*_~`]+/g, '').replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, ''));
  return key !== '' && vocabularyOf().skipValues.has(key);
}

/** Whether a cell's text (before its date) is a done sign or word alone. */
function isDoneValue(text: string): boolean {
  const key = normalizeKey(text);
  return DONE_SIGNS.includes(key) || vocabularyOf().doneValues.has(key);
}

/**
 * A raw cell's text as the parser reads it, near enough for a status: link syntax to its text, emphasis
 * and code marks dropped (`**Done**`, `[Done](log.md)` and `` `done` `` read `Done`).
 */
export function cellDisplay(raw: string): string {
  return raw.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_~`]+/g, '');
}

/** The status of a raw cell, as the parser would read it. */
export function rawCellStatus(raw: string): StampInfo {
  return statusOf(cellDisplay(raw), raw);
}
