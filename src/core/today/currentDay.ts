import { parse as parseYaml } from 'yaml';
import type { ParsedPlan, PlanNode } from '../model';
import { isValidIsoDate } from '../stamps';
import { addDays, dayNumber } from './calendarDays';

/** The first day, in document order, that is not done. */
export function currentDayOf(plan: ParsedPlan): PlanNode | undefined {
  return plan.days.find((day) => !day.done);
}

/** Parsed once per (immutable) plan model: the tree asks for every day item it draws. */
const startByPlan = new WeakMap<ParsedPlan, string | null>();

/** `start:` from YAML front matter, when it is a real date. */
export function frontMatterStart(plan: ParsedPlan): string | null {
  if (!plan.frontMatter) return null;
  if (!startByPlan.has(plan)) startByPlan.set(plan, readFrontMatterStart(plan.frontMatter));
  return startByPlan.get(plan) ?? null;
}

function readFrontMatterStart(frontMatter: string): string | null {
  try {
    const data: unknown = parseYaml(frontMatter);
    const start = data && typeof data === 'object' ? (data as Record<string, unknown>).start : undefined;
    const text = start instanceof Date ? start.toISOString().slice(0, 10) : typeof start === 'string' ? start.trim() : null;
    return text && isValidIsoDate(text) ? text : null;
  } catch {
    return null; // front matter that is not YAML is the user's business, not an error here
  }
}

export interface Schedule {
  readonly start: string;
  /** The date of the day at `index` in the plan's day order. */
  dateOf(index: number): string;
  /**
   * How far the learner is behind the schedule today (negative: ahead): the index scheduled for today
   * minus the index of the current day.
   */
  behind(current: PlanNode, today: string): number;
}

export function scheduleFor(plan: ParsedPlan, configuredStart: string | null): Schedule | null {
  const start = frontMatterStart(plan) ?? (configuredStart && isValidIsoDate(configuredStart) ? configuredStart : null);
  if (!start) return null;
  return {
    start,
    dateOf: (index) => addDays(start, index),
    behind: (current, today) => dayNumber(today) - dayNumber(start) - plan.days.indexOf(current),
  };
}
