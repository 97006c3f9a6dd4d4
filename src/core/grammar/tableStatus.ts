/**
 * When a table's status cell says a day is done: one rule for the parser (which reads the cell's text
 * through markdown-it) and the edits (which have the raw row), so a row the tree shows done is one that
 * marking leaves alone and unmarking clears.
 */
import { readStamp, type StampInfo } from '../stamps';
import { normalizeKey, vocabularyOf } from './keywords';

/** Signs that mark a status cell done, or head a status column. */
export const DONE_SIGNS = ['\u2705', '\u2714', '\u2713', '\u2611', '[x]', '[X]', '\u{1F7E2}'];

/** A status cell's state: done when it holds a done sign or word, with the date of a ✅ stamp in it. */
export function statusOf(display: string, raw: string): StampInfo {
  const stamp = readStamp(raw);
  const key = normalizeKey(display);
  const done = stamp.marked || DONE_SIGNS.some((sign) => display.includes(sign)) || vocabularyOf().doneValues.has(key);
  return { marked: done, date: stamp.date };
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
