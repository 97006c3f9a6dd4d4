/**
 * When a table's status cell says a day is done: one rule for the parser (which reads the cell's text
 * through markdown-it) and the edits (which have the raw row), so a row the tree shows done is one that
 * marking leaves alone and unmarking clears.
 */
import { isValidIsoDate, readStamp, type StampInfo } from '../stamps';
import { dateAt, type DateOrder } from './dates';
import { normalizeKey, vocabularyOf } from './keywords';

/** Signs that mark a status cell done, or head a status column. */
export const DONE_SIGNS = ['\u2705', '\u2714', '\u2713', '\u2611', '[x]', '[X]', '\u{1F7E2}'];

/**
 * A status cell's state: done when it holds a done sign or word, with the date of a ✅ stamp in it; or the date a day
 * was done: a cell starting with one (`2026-11-20`, `20.11.2026 (45 min)`, `2026-11-27 Fri`, `2026-11-20 ✅`), or one
 * after a done sign or word (`Done 2026-11-20`, `✔ (26/11/2026)`, `done on 2026-11-20`, `✅ 20.11.2026`). A learner's
 * `| Completed |` of dates read every day open, and Today stayed on day 1; with a note after them, it still did.
 */
export function statusOf(display: string, raw: string, order: DateOrder | null = null): StampInfo {
  const stamp = readStamp(raw);
  const key = normalizeKey(display);
  const done = stamp.marked || DONE_SIGNS.some((sign) => display.includes(sign)) || vocabularyOf().doneValues.has(key) || noteAfterDoneWord(display.trim());
  const dated = stamp.date === null ? doneDateSpan(display.trim(), order) : null;
  if (dated !== null) return { marked: true, date: dated.date };
  return { marked: done, date: stamp.date };
}

/**
 * Words between a done word and its date (`done on 2026-11-20`, `erledigt am`, `hecho el`, `fait le`), in a cell and
 * in a header (`Completed on`, `Erledigt am`: dayTables.ts).
 */
export const DATE_CONNECTORS: ReadonlySet<string> = new Set(['on', 'at', 'am', 'el', 'le', 'il', 'em', 'op', 'de', 'of']);

/** The connector ending a cell's text before its date, with the space before it. */
const DATE_CONNECTOR = /[ \t]+(\p{L}+)$/u;

/** What after a date says the day is not done: open and skip signs (`2026-11-26 ⏭`, `2026-11-20 ❌`). */
const OPEN_AFTER_DATE = /[\u274C\u2B1C\u23ED\u23F3\u{1F6A7}\u2610\u2717\u2718]/u;

/** Words after a date that make it a plan or a start, not the day it was done (`2026-11-29 (planned)`, `- todo`). */
const NOT_DONE_AFTER_DATE: readonly string[] = ['planned', 'started', 'start', 'due', 'scheduled', 'todo', 'to do', 'in progress', 'wip', 'geplant', 'begonnen', 'planificado', 'previsto', 'prévu', 'pianificato', 'gepland'];

/** Where a status cell's text says the date a day was done (see statusOf): the date as ISO, and where it is written. */
export interface DoneDateSpan {
  readonly date: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The date a status cell's text (raw or as shown) says a day was done on (see statusOf); null when it says none.
 * `order`: how the table writes slashed dates (`11/05/2026` beside `11/20/2026`: see slashedDateOrder).
 */
export function doneDateSpan(text: string, order: DateOrder | null = null): DoneDateSpan | null {
  // Most cells are a sign or a word: a date has a digit.
  if (!/\d/.test(text)) return null;
  // A date first: the note after it is the learner's (`(45 min)`, `Fri`), unless it says the day is not done.
  const first = dateStartingAt(text, 0, order);
  if (first !== null) return saysNotDone(text.slice(first.end)) ? null : first;
  for (let i = 1; i < text.length; i++) {
    // A date starts a word: after a space or a sign, never inside a word or a number.
    if (!WORD_CHAR.test(text[i]) || WORD_CHAR.test(text[i - 1])) continue;
    const date = dateStartingAt(text, i, order);
    if (date === null) continue;
    return isDoneValue(cellDisplay(doneWordBefore(text.slice(0, i)))) && !saysNotDone(text.slice(date.end)) ? date : null;
  }
  return null;
}

/** A cell's text before its date without the punctuation and connector between them (`Done on `, `✔ (`: `Done`, `✔`). */
export function doneWordBefore(text: string): string {
  const trimmed = text.replace(/[ \t,:;(\-\u2013\u2014]+$/u, '');
  const connector = DATE_CONNECTOR.exec(trimmed);
  return connector && DATE_CONNECTORS.has(connector[1].toLowerCase()) ? trimmed.slice(0, connector.index) : trimmed;
}

/** Whether the text after a status cell's date says the day is not done (an open or skip sign, `planned`, `todo`). */
function saysNotDone(after: string): boolean {
  if (OPEN_AFTER_DATE.test(after)) return true;
  const words = normalizeKey(after.replace(/[^\p{L}\p{N} \t']+/gu, ' '));
  if (words === '') return false;
  const vocabulary = vocabularyOf();
  return vocabulary.openValues.has(words) || vocabulary.skipValues.has(words) || NOT_DONE_AFTER_DATE.some((word) => words === word || words.startsWith(`${word} `));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The date written at `i` (ISO, or as the grammar reads dates); null when none starts there. */
function dateStartingAt(text: string, i: number, order: DateOrder | null): DoneDateSpan | null {
  const iso = text.slice(i, i + 10);
  if (isValidIsoDate(iso) && !/\d/.test(text[i + 10] ?? '')) return { date: iso, start: i, end: i + 10 };
  const found = dateAt(text, i, order);
  return found === null ? null : { date: found.date, start: i, end: found.end };
}

/**
 * The date a cell holds alone, as ISO: `2026-11-20`, or as the plan's language writes one (`20.11.2026`,
 * `2026/11/20`, `Nov 20, 2026`, `20. November 2026`: the grammar's dates); null for anything else. One rule for the
 * parser (a done day's date, a planned date) and the edits (undone takes out what it read; a replan writes over it):
 * a German table's `| Geplant |` of `29.11.2026` read as no schedule, and its done dates as none.
 */
export function cellDateOf(text: string, order: DateOrder | null = null): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 10 && isValidIsoDate(trimmed)) return trimmed;
  // Most cells are words or empty: a date has a digit, and is short.
  if (trimmed.length < 6 || trimmed.length > 40 || !/\d/.test(trimmed)) return null;
  const found = dateAt(trimmed, 0, order);
  return found !== null && found.end === trimmed.length ? found.date : null;
}

export { isSkipValue, isSkipWord, skipNoteSpan } from './skipStatus';

/** Whether a cell's text (before its date) is done signs and words alone (`Done`, `✔`, `✅ Done`). */
export function isDoneValue(text: string): boolean {
  // A sign as emoji pickers write it (`✔️`: with the variation selector) is the sign.
  const key = normalizeKey(text).replace(/\uFE0F/g, '');
  const vocabulary = vocabularyOf();
  if (DONE_SIGNS.includes(key) || vocabulary.doneValues.has(key)) return true;
  // Signs and words together (`✅ Done`): each of them one.
  const words = key.split(' ');
  return words.length > 1 && words.every((word) => DONE_SIGNS.includes(word) || vocabulary.doneValues.has(word));
}

/** A done word, then punctuation and a note (`done, 45 min`, `Done - easy`, `yes (review)`); `Finished part 1` is no done day. */
const DONE_WORD_THEN_NOTE = /^([^\s,;:(\u2013\u2014\u3001\uFF08\uFF0C\uFF1A\uFF1B-]+)[ \t]*(?:[,;:(\u2013\u2014\u3001\uFF08\uFF0C\uFF1A\uFF1B]|[ \t]-[ \t])/u;

function noteAfterDoneWord(text: string): boolean {
  const first = DONE_WORD_THEN_NOTE.exec(text);
  return first !== null && isDoneValue(cellDisplay(first[1])) && !saysNotDone(text.slice(first[0].length));
}

/** Where a done status cell's note is in its text: `[start, end)`. */
export interface NoteSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * What a done status cell says besides done, which undone keeps (a learner's `done, 45 min` was cleared to `| |`): the
 * note after its date (`2026-11-20 (45 min)`: `(45 min)`; `✅ 2026-11-20 — felt easy`: `felt easy`), after a done word
 * and punctuation (`done, 45 min`: `45 min`; `yes (review)`: `(review)`), or after its leading done signs and words
 * (`✅ (hard, redo)`: `(hard, redo)`). Null when the cell says done alone (`Done 2026-11-20`, `✔ (26/11/2026)`, `✅ Done`)
 * or its done mark is not at its start (`hard ✅ redo`). `text` is the raw cell without its trailing stamps.
 */
export function doneNoteSpan(text: string, order: DateOrder | null = null): NoteSpan | null {
  const dated = doneDateSpan(text, order);
  if (dated !== null) return noteFrom(text, dated.end);
  const word = DONE_WORD_THEN_NOTE.exec(text);
  if (word !== null && isDoneValue(cellDisplay(word[1]))) return noteFrom(text, word[1].length);
  let end = 0;
  for (const token of text.matchAll(/\S+/g)) {
    if (!isDoneValue(cellDisplay(token[0]))) break;
    end = token.index + token[0].length;
  }
  return end === 0 ? null : noteFrom(text, end);
}

/** The note from `from` on, without the separators before it (`, `, ` — `); null when only closing marks are left (`)`). */
function noteFrom(text: string, from: number): NoteSpan | null {
  // The marks closing what held the date come first (`**2026-11-20** — easy`, `(2026-11-20) felt easy`), then the separators.
  const start = from + /^[*_~)\]\uFF09]*[ \t,;:\u2013\u2014\u3001\uFF0C\uFF1A\uFF1B-]*/.exec(text.slice(from))![0].length;
  const end = text.trimEnd().length;
  return /^[ \t*_~)\]\uFF09]*$/.test(text.slice(start, end)) ? null : { start, end };
}

/**
 * A raw cell's text as the parser reads it, near enough for a status: link syntax to its text, emphasis
 * and code marks dropped (`**Done**`, `[Done](log.md)` and `` `done` `` read `Done`).
 */
export function cellDisplay(raw: string): string {
  // Inline HTML (`<span>2026-11-21</span>`) reads as its text, as the parser reads it (undone said "already incomplete").
  return raw.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<\/?[A-Za-z][^<>]*>/g, '').replace(/[*_~`]+/g, '');
}

/** The status of a raw cell, as the parser would read it (`order`: the table's, see slashedDateOrder). */
export function rawCellStatus(raw: string, order: DateOrder | null = null): StampInfo {
  return statusOf(cellDisplay(raw), raw, order);
}

/**
 * The signs a status cell may hold while the day is not done: they are replaced when the day is marked, as are the
 * words of languages.json's `openValues` (`not started`, `offen`, `pendiente`, `TBD`: a trial's `offen ✅ …`).
 */
const NOT_DONE_SIGNS = new Set(['', '\u274C', '\u2B1C', '\u2610', '\u2717', '\u2718', '-', '\u2013', '\u2014', '\u23F3', '\u{1F532}', '\u{1F534}', '\u25FB', '\u25FD']);

function notDone(key: string): boolean {
  return NOT_DONE_SIGNS.has(key) || vocabularyOf().openValues.has(key);
}
// Not among them: `🚧 In progress`, `wip`. A day in progress is stamped after them (`🚧 In progress ✅ …`): replaced,
// undone could not write them back (the table's open rows say `⬜`, not what this row said), and a learner's words went.
/** A sign before the words (`⬜ Not started`, `❌ not done`). */
const LEADING_SIGN = /^(\p{Extended_Pictographic}|[\u2610\u2717\u2718\u25FB\u25FD])\uFE0F?\s+/u;

/** Whether a status cell holds what a day not done may hold, which marking replaces (and unmarking may write back). */
export function isOpenStatus(content: string): boolean {
  const key = normalizeKey(content);
  if (notDone(key)) return true;
  const sign = LEADING_SIGN.exec(key);
  return sign !== null && NOT_DONE_SIGNS.has(sign[1]) && notDone(key.slice(sign[0].length));
}
