/**
 * The week in a heading: a day of a week (`Week 2, Day 1 - Intervals`, `W2D1`), as messages and DAY arguments name
 * it, and the one week a module heading numbers (`## Week 2`), whose `### Day 1` is that week's. Read with
 * classifyHeading's own readers, so a title is read here as the parser reads it.
 */
import { isDigitAt, isLetterAt, lookupAt, vocabularyOf } from '../grammar/keywords';
import { dayOfWeekAfter, firstWordAt, numberAfter, rangeEnd, WEEK_DAY } from './classifyHeading';

/**
 * `Week 2, Day 1` of a title `Week 2, Day 1 - Intervals` (`W2D1` of `W2D1 - Intervals`), how messages name a day of a week (`Day 1` alone said nothing
 * in a plan starting each week at Day 1: a trial's); null for any other title. (A lab's names keep the whole title.)
 */
export function weekDayName(text: string): string | null {
  return weekDayOf(text)?.name ?? null;
}

/** The week and the day a title starts with (`Week 2, Day 1 - Intervals`, `W2D1`), with its name as written; else null. */
export function weekDayOf(text: string): { readonly week: number; readonly day: number; readonly name: string } | null {
  const i = firstWordAt(text);
  WEEK_DAY.lastIndex = i;
  const short = WEEK_DAY.exec(text);
  if (short) return { week: Number(short[1]), day: Number(short[2]), name: text.slice(i, WEEK_DAY.lastIndex) };
  const keyword = lookupAt(text, i, vocabularyOf().words);
  if (!keyword || !keyword.value.includes('week')) return null;
  const week = numberAfter(text, keyword.end);
  const found = week && dayOfWeekAfter(text, week.end);
  if (!found || found.kind !== 'day' || found.number === null) return null;
  const end = text.indexOf(String(found.number), week.end) + String(found.number).length;
  return { week: week.value, day: found.number, name: text.slice(i, end).replace(/\s+/g, ' ') };
}

/**
 * The week a module's title numbers (`Week 2`, `Week 2: Windows`, `Semana 3 - Joins`): the number right after a week's
 * word at its start; null for any other title, for one that names a day of the week too (`Week 2, Day 1`), and for
 * one that names no single week (`Week 2-3`, `Week 2.5`, `Week 2b`).
 */
export function weekNumberOf(text: string): number | null {
  const keyword = lookupAt(text, firstWordAt(text), vocabularyOf().words);
  if (!keyword || !keyword.value.includes('week')) return null;
  const week = numberAfter(text, keyword.end);
  if (!week || dayOfWeekAfter(text, week.end) !== null || isLetterAt(text, week.end)) return null;
  if ((text[week.end] === '.' || text[week.end] === ',') && isDigitAt(text, week.end + 1)) return null;
  // A span of weeks; a date after a dash (`Week 2 - 2026-11-02`) is no end of one.
  const range = rangeEnd(text, week.end);
  return range !== null && range.value > week.value && range.value - week.value < 60 ? null : week.value;
}
