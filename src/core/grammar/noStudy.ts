/**
 * Journal entries that record a day without study: `## 2026-11-19 Thursday` over `Skipped - sick.`, `Rest day`,
 * `No study today`, or those words in the heading after its date (`## 2026-11-19 - day off`). Such an entry is a
 * record of a day skipped, not a day of study (a learner's "Skipped - sick" kept the streak going).
 *
 * The phrases are languages.json's `noStudy`, matched at the start of the words and whole: followed by nothing or by
 * punctuation (`Skipped - sick`, `Rest day.`, `Sick (flu)`), never by another word (`Skipped ahead to chapter 5`,
 * `Off-by-one errors`): a journal's words are the learner's, and an entry of study read as none would break a streak.
 */
import { normalizeKey, vocabularyOf } from './keywords';
import { dateAt, weekdayNameEnd } from './dates';

const WORD = /[\p{L}\p{N}]/u;

/**
 * What may follow a phrase: the end, punctuation (a hyphen only after a space: `Skipped - sick`, not `Off-by-one`),
 * or a dash.
 */
const AFTER_PHRASE = /^(?:[ \t]*$|[ \t]*[.!?,;:()\u3002\uFF0C\u3001\uFF01\uFF1F\uFF1B\uFF1A\uFF08\uFF09]|[ \t]+[-\u2013\u2014]|[\u2013\u2014])/u;

/** Whether text (a line of an entry, or a heading's words after its date) starts by saying no study was done. */
export function saysNoStudy(text: string): boolean {
  let i = 0;
  // Markup and signs before the words: `- `, `> `, `**`, `🤒 `.
  while (i < text.length && !WORD.test(text[i])) i++;
  if (i === text.length) return false;
  const key = normalizeKey(text.slice(i, i + 80));
  for (const phrase of vocabularyOf().noStudy) {
    if (key.startsWith(phrase) && AFTER_PHRASE.test(key.slice(phrase.length).replace(/^[*_~`]+/, ''))) return true;
  }
  return false;
}

/** Whether an entry's heading says it after its date or weekday (`2026-11-19 Thursday - skipped`, `Monday: rest day`). */
export function titleSaysNoStudy(title: string): boolean {
  let i = 0;
  while (i < title.length && !WORD.test(title[i])) i++;
  const date = dateAt(title, i);
  if (date !== null) i = date.end;
  while (i < title.length && !WORD.test(title[i])) i++;
  const weekday = weekdayNameEnd(title, i);
  if (weekday >= 0) i = weekday;
  // Only the words after an entry's date or weekday: a heading of other words is no entry's.
  return (date !== null || weekday >= 0) && saysNoStudy(title.slice(i));
}
