/**
 * A weekday heading's date from the heading that dates its week: `## Week of 2026-11-23` over `### Friday` is
 * 2026-11-27 (a trial's weekly journal knew its dates when a day was looked up, but said nothing of days missed).
 */
import { dateAt } from '../grammar/dates';
import { fileDateOrder } from '../grammar/fileDateOrder';
import { addDays, dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import { isDigitAt, isLetterAt } from '../grammar/keywords';
import type { DraftNode } from './draftNode';

/**
 * The date of `weekday` (1 Monday .. 7 Sunday) in the week the nearest heading above dates: the first date its title
 * writes (`Week of 2026-11-23`, `Week 48 (from 23.11.2026)`; a heading that starts with a date is a day) and the six after it,
 * so a week begun on Sunday keeps its Sunday first. Null under a day (a weekday in a day's notes is none of this)
 * and where no heading above writes a date. `stack`: the open nodes, the plan first.
 */
export function weekdayDateUnder(stack: readonly DraftNode[], weekday: number): string | null {
  for (let k = stack.length - 1; k > 0; k--) {
    const node = stack[k];
    if (node.kind === 'day') return null;
    const date = firstDateIn(node.title);
    if (date !== null) return addDays(date, (weekday - 1 - daysSinceMonday(dayNumber(date)) + 7) % 7);
  }
  return null;
}

/** The first full date a title writes, at the start of a word. */
function firstDateIn(title: string): string | null {
  for (let i = 0; i < title.length; i++) {
    if (!isDigitAt(title, i) && !isLetterAt(title, i)) continue;
    if (i > 0 && (isDigitAt(title, i - 1) || isLetterAt(title, i - 1))) continue;
    const found = dateAt(title, i, fileDateOrder);
    if (found) return found.date;
  }
  return null;
}
