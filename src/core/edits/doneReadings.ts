/**
 * What an edit of some days must leave as it was: whether every other day is done, and on which date. A table's
 * slashed dates are read in the order its other dates say (`11/05/2026` beside `11/20/2026`), so an edit that takes
 * out or writes over those dates changes what rows it never touched read: a learner's trial undid Day 1 and found
 * Days 2 and 3 open, and a replan over a table's planned dates reopened its done rows. Checked on the text the edits
 * make, parsed again, so it holds whatever the reason.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode } from '../model';
import { dayName as dayLabel } from '../nodeLabels';
import { startsWithYearlessDate } from '../grammar/yearlessDates';

/**
 * Why the edits cannot be written: a day of `before` that none of them meant to change (`meant`: the days they mark,
 * by index) reads done otherwise in `after`, or, `planned` (marking days, not a replan, whose new dates are its point),
 * is planned otherwise (a done date that said the order of a table's planned ones, taken out, unplanned them all);
 * null when every such day reads as it did. Days are compared by index: the edits that mark days add and remove none.
 */
export function otherDaysChanged(before: ParsedPlan, after: ParsedPlan, meant: ReadonlySet<number> = new Set(), planned = false): string | null {
  // A date without a year takes its year from the file's dates near it (fileYears.ts): a stamp written can change
  // another day's date (a review's `done log-2025.md 'Jan 3'` moved `Jan 2` a year), or make a heading a day.
  const moved = yearlessMoved(before, after, new Set([...meant].map((i) => before.days[i]?.line)));
  if (moved) return moved;
  if (before.days.length !== after.days.length) return null;
  for (let i = 0; i < before.days.length; i++) {
    if (meant.has(i)) continue;
    const [was, now] = [before.days[i], after.days[i]];
    if (was.done !== now.done || was.doneDate !== now.doneDate) return said(now, stateOf(now), stateOf(was));
    if (planned && was.planned !== now.planned) return said(now, plannedOf(now), plannedOf(was));
  }
  return null;
}

function said(day: PlanNode, now: string, was: string): string {
  return l10n.t('{0} would read {1} after this, not {2}: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again', dayLabel(day), now, was);
}

/**
 * Why an edit cannot be written: a day dated without a year (`## Jan 2`, `| Nov 21 |`) other than those on `meant`
 * lines reads another date after it, or none (the stamp the edit writes or takes out said its year: a review's undone
 * left a journal with no dates); null when none does. Compared by line: marking edits add and remove no lines.
 */
export function yearlessMoved(before: ParsedPlan, after: ParsedPlan, meant: ReadonlySet<number> = new Set()): string | null {
  const was = new Map(before.days.map((day) => [day.line, day]));
  const now = new Map(after.days.map((day) => [day.line, day]));
  for (const line of new Set([...was.keys(), ...now.keys()])) {
    const [a, b] = [was.get(line), now.get(line)];
    // A date where there was none (the first stamp of a file that said no year: a trial's toggle was refused) is no loss.
    if (meant.has(line) || !a?.date || !startsWithYearlessDate(a.title) || a.date === (b?.date ?? null)) continue;
    const date = (day: PlanNode | undefined): string => day?.date ?? l10n.t('no date');
    return l10n.t('{0} would be dated {1} after this, not {2}: a date without a year takes its year from the dates near it, and this edit changes them. Write its year into it, then try again', dayLabel((b ?? a)!), date(b), date(a));
  }
  return null;
}

function stateOf(day: PlanNode): string {
  if (!day.done) return l10n.t('open');
  return day.doneDate ? l10n.t('done on {0}', day.doneDate) : l10n.t('done');
}

function plannedOf(day: PlanNode): string {
  return day.planned ? l10n.t('planned on {0}', day.planned) : l10n.t('planned on no date');
}
