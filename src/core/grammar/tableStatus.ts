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

/** A cell ending in a date: what comes before it (`Done`, `✔`, nothing) and the date (`Done 2026-11-20`, `✔ (2026-11-20)`). */
const ENDS_IN_DATE = /^(.*?)[ \t,:(]*(\d{4}-\d{2}-\d{2})\)?$/;

/**
 * A status cell's state: done when it holds a done sign or word, with the date of a ✅ stamp in it; or the date a day
 * was done, alone or after a done sign or word (`| Completed |` holding `2026-11-20`: a learner's table read every
 * day open, and Today stayed on day 1).
 */
export function statusOf(display: string, raw: string): StampInfo {
  const stamp = readStamp(raw);
  const key = normalizeKey(display);
  const done = stamp.marked || DONE_SIGNS.some((sign) => display.includes(sign)) || vocabularyOf().doneValues.has(key);
  const dated = stamp.date === null ? ENDS_IN_DATE.exec(display.trim()) : null;
  if (dated && isValidIsoDate(dated[2]) && (dated[1] === '' || isDoneValue(dated[1]))) return { marked: true, date: dated[2] };
  // A date as the learner's language writes it, alone (`20.11.2026`, `Nov 20, 2026`).
  const written = stamp.date === null && !done ? cellDateOf(display) : null;
  if (written !== null) return { marked: true, date: written };
  return { marked: done, date: stamp.date };
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

/** Whether a status cell holds a date alone (`| 2026-11-20 |`, `| 20.11.2026 |`): the style of a table whose done rows say only when. */
export function isDateAlone(display: string): boolean {
  return cellDateOf(display) !== null;
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
