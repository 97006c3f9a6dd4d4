import { parse as parseYaml } from 'yaml';
import type { ParsedPlan, PlanNode } from '../model';
import { isValidIsoDate } from '../stamps';
import { addDays, dayNumber } from './calendarDays';
import { planStampDays } from './streak';

/** The most recent stamp in a plan not after `today` (day headings and tasks), or null. */
export function latestStamp(plan: ParsedPlan, today = '9999-12-31'): string | null {
  // The plan's valid stamp dates are cached in order: the latest not after today is near the end.
  const { dates } = planStampDays(plan);
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i] <= today) return dates[i];
  return null;
}

function byFirstDay(a: ParsedPlan, b: ParsedPlan): number {
  const first = (p: ParsedPlan): number => p.days[0]?.number ?? Number.MAX_SAFE_INTEGER;
  return first(a) - first(b) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/** Plans that have days to do (a journal's entries are none), in the order "first day number, then path". */
export function plansWithDays(plans: readonly ParsedPlan[]): ParsedPlan[] {
  return plans.filter((p) => p.days.length > 0 && !p.journal).sort(byFirstDay);
}

/**
 * The active plan: the one chosen by the user (if it still has days), else the one with the most
 * recent stamp (ignoring stamps after today), else the first by first day number, then path.
 */
export function chooseActivePlan(plans: readonly ParsedPlan[], today: string, chosenUri?: string): ParsedPlan | undefined {
  const candidates = plansWithDays(plans);
  const chosen = chosenUri ? candidates.find((p) => p.uri === chosenUri) : undefined;
  if (chosen) return chosen;
  let best: ParsedPlan | undefined;
  let bestDate = '';
  for (const plan of candidates) {
    const date = latestStamp(plan, today);
    if (date && date > bestDate) {
      best = plan;
      bestDate = date;
    }
  }
  return best ?? candidates[0];
}

/** The first day, in document order, that is not done. */
export function currentDayOf(plan: ParsedPlan): PlanNode | undefined {
  return plan.days.find((day) => !day.done);
}

/** The plan after `plan` in "first day number, then path" order, for when a plan is finished. */
export function nextPlan(plans: readonly ParsedPlan[], plan: ParsedPlan): ParsedPlan | undefined {
  const ordered = plansWithDays(plans);
  return ordered.slice(ordered.indexOf(plan) + 1).find((p) => currentDayOf(p));
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
