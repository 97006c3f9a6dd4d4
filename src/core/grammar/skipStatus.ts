/**
 * A status cell that says the day was skipped: a skip word (`skipped`, `übersprungen`, `跳过`, `rest`: languages.json's
 * `skipValues`) alone, or with a note after a bracket or a separator and a space (`skipped (sick)`, `Skipped - travel`:
 * a trial's read open; `Skip-level meeting` and `skipped the video` are the learner's words), and where the skip word
 * lies in the cell's raw text, for taking the skip back without the learner's note.
 */
import { normalizeKey, vocabularyOf } from './keywords';

/** What may stand before a skip word: white space, emoji and signs (`⏭`, `⏸️`), emphasis and code markers. */
const LEAD = /^(?:[\s*_~`]|\p{Extended_Pictographic}|\uFE0F|\u23ED)*/u;

/** A note after a skip word: a bracket, or a dash, colon or comma and a space. */
const NOTE = /^[ \t]*(?:[(（]|[-\u2013\u2014:,;][ \t]+\S)/;

function skipKey(display: string): string {
  return normalizeKey(display.replace(/[*_~`]+/g, '').replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, ''));
}

/** A skip word alone (read through emphasis and a leading sign): `skipped`, `**Skipped**`, `⏭ skipped`. */
export function isSkipWord(display: string): boolean {
  const key = skipKey(display);
  return key !== '' && vocabularyOf().skipValues.has(key);
}

/** Whether a status cell says the day was skipped: its skip word alone or with a note. */
export function isSkipValue(display: string): boolean {
  return isSkipWord(display) || skipWordAt(display) !== null;
}

/** The longest skip word `text` starts with (after LEAD) that a note follows, its emphasis closed: where it is. */
function skipWordAt(text: string): { readonly start: number; readonly end: number } | null {
  const start = LEAD.exec(text)![0].length;
  const lower = text.slice(start).toLowerCase();
  let length = 0;
  for (const word of vocabularyOf().skipValues) if (word.length > length && lower.startsWith(word)) length = word.length;
  if (length === 0) return null;
  let end = start + length;
  // Emphasis closed after the word (`**skipped** (sick)`).
  while (end < text.length && '*_~`'.includes(text[end])) end++;
  return NOTE.test(text.slice(end)) ? { start, end } : null;
}

/**
 * Where the skip and its note are in a status cell's raw text (`**skipped** - travel`: the word with its emphasis, then
 * `travel`), or null when the cell holds no skip word with a note. `cut`: from the word's leading markers to the note;
 * `note`: the learner's note, which stays.
 */
export function skipNoteSpan(raw: string): { readonly cut: { start: number; end: number }; readonly note: { start: number; end: number } } | null {
  const word = skipWordAt(raw);
  if (word === null) return null;
  // The emphasis markers opened before the word go with it; emoji and signs before it (`⏸️`) stay.
  let start = word.start;
  while (start > 0 && '*_~`'.includes(raw[start - 1])) start--;
  let note = word.end;
  while (note < raw.length && /[ \t\-\u2013\u2014:,;]/.test(raw[note])) note++;
  let stop = raw.length;
  while (stop > note && /[ \t]/.test(raw[stop - 1])) stop--;
  return note < stop ? { cut: { start, end: note }, note: { start: note, end: stop } } : null;
}
