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
 * 2026-11-23`, `Week 48 (from 23.11.2026)`, `Semana del 23/11/2026`): that date and the six after it, so a week begun
 * on Sunday keeps its Sunday first. Null under a day (a weekday in a day's notes), and under a heading that names no
 * week's start: an undated `### Week 2` under a dated phase (its Monday is not the phase's), a date of another kind
 * (`Routine (updated 2026-01-05)`, `Sprint 3 - due 2026-12-15`, `Week ending 2026-11-29`; a review's).
 */
export function weekdayDateUnder(stack: readonly DraftNode[], weekday: number): string | null {
  const node = stack[stack.length - 1];
  if (stack.length < 2 || node.kind === 'day') return null;
  const start = weekStartIn(node.title);
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

/** The words a week's first day follows (`of`, `from`, `starting`; `vom`, `del`, `du`, `dal`, `van`, `desde`...). */
const WEEK_START = /(?:^|[\s([,:–—-])(?:week of|of|from|starting(?: on)?|beginning|commencing|vom|ab|ab dem|del|desde|du|à partir du|dal|van|vanaf|de)\s+$/iu;

/** The date a title gives as its week's start: after one of WEEK_START's words. */
function weekStartIn(title: string): string | null {
  for (let i = 1; i < title.length; i++) {
    if (title[i - 1] !== ' ' || !WEEK_START.test(title.slice(Math.max(0, i - 16), i))) continue;
    const found = dateAt(title, i, fileDateOrder);
    if (found) return found.date;
  }
  return null;
}
