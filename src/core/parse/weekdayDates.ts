/**
 * A weekday heading's date from the heading that dates its week: `## Week of 2026-11-23` over `### Friday` is
 * 2026-11-27 (a trial's weekly journal knew its dates when a day was looked up, but said nothing of days missed).
 */
import { dateAt } from '../grammar/dates';
import { fileDateOrder } from '../grammar/fileDateOrder';
import { addDays, dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import type { DraftNode } from './draftNode';

/**
 * The date of `weekday` (1 Monday .. 7 Sunday) in the week the heading right above names by its first day (`Week of
 * 2026-11-23`, `Week 1 (2026-01-05)`, `KW 2 (05.01.2026)`): that date and the six after it, so a week begun on Sunday
 * keeps its Sunday first. Null under a day (a weekday in a day's notes), and under a heading that names no week's
 * start: an undated `### Week 2` under a dated phase (its Monday is not the phase's), a date of another kind
 * (`Routine (updated 2026-01-05)`, `Sprint 3 - due 2026-12-15`, `Week ending 2026-11-29`; a review's).
 */
export function weekdayDateUnder(stack: readonly DraftNode[], weekday: number): string | null {
  const node = stack[stack.length - 1];
  return stack.length < 2 || node.kind === 'day' ? null : weekdayDateIn(node.title, weekday);
}

/** The date of `weekday` in the week a heading's title names by its first day (see weekdayDateUnder), or null. */
export function weekdayDateIn(title: string, weekday: number): string | null {
  const start = weekStartIn(title);
  return start === null ? null : addDays(start, (weekday - 1 - daysSinceMonday(dayNumber(start)) + 7) % 7);
}

/**
 * Dates a weekday heading (`### Friday`) by the week the heading right above names (`## Week of 2026-11-23`): that
 * week's Friday, said to be the week's (`weekDated`: its title gives no date, so no journal is read from it alone).
 */
export function dateByWeek(node: DraftNode, weekday: number, stack: readonly DraftNode[]): void {
  node.date = weekdayDateUnder(stack, weekday);
  node.weekDated = node.date !== null;
}

/**
 * What a date of another kind follows (`updated 2026-01-05`, `due 2026-12-15`, `ending 2026-11-29`, `bis ...`): no
 * week's start (a review's routine and sprint were dated by them). Any other first date is (`Week of 2026-11-23`,
 * `Week 1 (2026-01-05)`, `Week 2: 2026-01-12 to 2026-01-18`, `KW 2 (05.01.2026)`).
 */
const OTHER_DATE = /(?:^|[^\p{L}])(?:updated|revised|edited|modified|due|deadline|ending|ends|end|until|till|by|last|bis|hasta|jusqu'au|fino al|tot en met)\s*[:\-\u2013\u2014]?\s*$/iu;

/** The date a title gives as its week's start: its first full date, unless a word says it is another kind of date. */
function weekStartIn(title: string): string | null {
  for (let i = 0; i < title.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(title[i - 1])) continue;
    const found = dateAt(title, i, fileDateOrder);
    if (found) return OTHER_DATE.test(title.slice(Math.max(0, i - 24), i)) ? null : found.date;
  }
  return null;
}
