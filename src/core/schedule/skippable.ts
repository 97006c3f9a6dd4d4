/**
 * The days a learner catching up may skip: open days from the current one on, those that say they may be left
 * out (`Optional`, `Bonus`, `Buffer`, `Review`) first.
 */
import type { ParsedPlan, PlanNode } from '../model';
import { currentDayOf } from './currentDay';

const OPTIONAL = /\b(?:optional|bonus|extra|stretch|buffer|catch[- ]?up|review|rest|flex|spare)\b/i;

/** Whether a day says it may be left out (`Optional`, `Bonus`, `Buffer`, `Review` in its title or fields). */
export function isOptionalDay(day: PlanNode): boolean {
  return OPTIONAL.test(day.title) || day.fields.some((field) => OPTIONAL.test(field.name) || (/^(?:type|kind)$/i.test(field.name) && OPTIONAL.test(field.value)));
}

/** The open days from the current one on that a learner may skip, optional ones first. */
export function skippableDays(plan: ParsedPlan): { day: PlanNode; optional: boolean }[] {
  const current = currentDayOf(plan);
  if (!current) return [];
  const from = plan.days.indexOf(current);
  const open = plan.days.slice(from).filter((day) => !day.done && !day.skipped && (day.form === 'heading' || day.form === 'item'));
  return open.map((day) => ({ day, optional: isOptionalDay(day) })).sort((a, b) => Number(b.optional) - Number(a.optional));
}
