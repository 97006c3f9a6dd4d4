/**
 * Which plan "today" is in, and why: the rule a learner can predict and read in the status bar.
 *
 * 1. The plan the learner chose (Set Active Plan), while it has days.
 * 2. Else the plan with the most recent activity (a stamp dated today or earlier).
 * 3. Else, with no dated activity anywhere, a plan whose schedule runs through today (its first day planned on or
 *    before today, its last on or after): the learner's own dates say it is being studied now (a trial's plan, due
 *    to start that day, lost to a travel note with a ticked box, `### Day 1 - Arrival`).
 * 4. Else a plan begun (a day or task done with no date: a table's bare `✅`), else
 *    the earliest unfinished part of the program; among them, plans are ordered by
 *    where they start in the learner's program (`# Days 31-60` starts at day 31, `# Month 3` at day 61,
 *    a plan of `Day 5`... at day 5). A tie is broken by the plan open in the editor, then by the bigger
 *    plan (a curriculum before a short note), then by title; never by file path.
 */
import type { ParsedPlan, PlanNode } from '../model';
import { planTitle } from '../nodeLabels';
import { planStampDays } from './streak';
import { scheduleFor, type Schedule } from '../schedule/schedule';

export type ActiveReason =
  | { readonly kind: 'chosen' }
  | { readonly kind: 'activity'; readonly date: string }
  /**
   * `next`: the plan that would come after it, where it starts in the program and the heading that says so when its day
   * numbers do not (`Month 3: ...`; a trial read "its days come first (from day 31)" beside a plan's Day 1).
   */
  | { readonly kind: 'earliest'; readonly startDay: number | null; readonly tiedWith: readonly ParsedPlan[]; readonly next?: NextInProgram }
  /** No dated activity, and this plan's schedule runs through today (it starts on `start`, on or before today). */
  | { readonly kind: 'scheduled'; readonly start: string; readonly tiedWith: readonly ParsedPlan[] }
  /** No dated activity, and this plan has something done (undated): the one begun (a learner's started plan lost to a new one). */
  | { readonly kind: 'begun'; readonly tiedWith: readonly ParsedPlan[] };

export interface NextInProgram {
  readonly uri: string;
  readonly startDay: number | null;
  readonly heading: string | null;
}

export interface ActivePlanChoice {
  readonly plan: ParsedPlan;
  readonly reason: ActiveReason;
}

export interface ActivePlanHints {
  /** The plan in the active editor, if any: it wins a tie. */
  readonly editorUri?: string;
  /** A plan's schedule with the settings' start and rest (default: the plan's own). */
  readonly scheduleOf?: (plan: ParsedPlan) => Schedule | null;
}

/** Plans with days to study (a journal's entries are a record, not days to do), in program order (see byProgram). */
export function plansWithDays(plans: readonly ParsedPlan[]): ParsedPlan[] {
  // Each plan's start is read once, not in every comparison of the sort (four patterns and a search each).
  const keyed = plans.filter((p) => p.root.progress.daysTotal > 0).map((plan) => ({ plan, start: programStart(plan) ?? Number.MAX_SAFE_INTEGER }));
  return keyed.sort(byProgram).map((k) => k.plan);
}

/** The most recent stamp in a plan not after `today` (day headings and tasks), or null. */
export function latestStamp(plan: ParsedPlan, today = '9999-12-31'): string | null {
  // The plan's valid stamp dates are cached in order: the latest not after today is near the end.
  const { dates } = planStampDays(plan);
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i] <= today) return dates[i];
  return null;
}

const MONTH = /^\W*(?:month)[ \t]*#?[ \t]*(\d{1,3})\b/i;
const QUARTER = /^\W*(?:quarter)[ \t]*#?[ \t]*(\d{1,2})\b/i;
const WEEK = /^\W*(?:week)[ \t]*#?[ \t]*(\d{1,3})\b/i;
const DAY_RANGE = /\bdays?[ \t]*(\d{1,5})[ \t]*(?:-|\u2013|\u2014|to)[ \t]*\d{1,5}\b/i;

/** The first cycle or module heading of a plan, depth first (the plan's place in a longer program). */
function firstContainer(node: PlanNode): PlanNode | undefined {
  for (const child of node.children) {
    if (child.kind === 'cycle' || child.kind === 'module') return child;
    if (child.kind === 'section') {
      const inner = firstContainer(child);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Where a plan starts in the learner's program, as a day number: from its first cycle or module
 * heading (`Days 31-60`, `Month 3` = day 61, `Quarter 2` = day 92, `Week 3` = day 15) when that says
 * more than the day numbers (months restart at Day 1), else its first day number; null if unknown.
 */
export function programStart(plan: ParsedPlan): number | null {
  const firstDay = plan.days.find((d) => d.number !== null)?.number ?? null;
  const container = firstContainer(plan.root);
  let fromTitle: number | null = null;
  if (container) {
    const title = container.title;
    const range = DAY_RANGE.exec(title);
    const month = MONTH.exec(title);
    const quarter = QUARTER.exec(title);
    const week = WEEK.exec(title);
    if (range) fromTitle = Number(range[1]);
    else if (month) fromTitle = (Number(month[1]) - 1) * 30 + 1;
    else if (quarter) fromTitle = (Number(quarter[1]) - 1) * 91 + 1;
    else if (week) fromTitle = (Number(week[1]) - 1) * 7 + 1;
  }
  if (fromTitle !== null && (firstDay === null || firstDay < fromTitle)) return fromTitle;
  return firstDay;
}

/**
 * The heading a plan's place in the program is read from (`Month 3: ...`), when it says more than the day numbers
 * (see programStart); null when the day numbers say it.
 */
function programStartHeading(plan: ParsedPlan): string | null {
  const firstDay = plan.days.find((d) => d.number !== null)?.number ?? null;
  const start = programStart(plan);
  return start !== null && start !== firstDay ? (firstContainer(plan.root)?.title ?? null) : null;
}

/** Where each starts in the program, then the bigger plan first, then by title. */
function byProgram(a: { plan: ParsedPlan; start: number }, b: { plan: ParsedPlan; start: number }): number {
  return a.start - b.start || b.plan.root.progress.daysTotal - a.plan.root.progress.daysTotal || planTitle(a.plan).localeCompare(planTitle(b.plan));
}

/** The active plan and the reason it was picked. */
export function chooseActive(plans: readonly ParsedPlan[], today: string, chosenUri?: string, hints: ActivePlanHints = {}): ActivePlanChoice | undefined {
  const candidates = plansWithDays(plans);
  const chosen = chosenUri ? candidates.find((p) => p.uri === chosenUri) : undefined;
  if (chosen) return { plan: chosen, reason: { kind: 'chosen' } };
  let best: ParsedPlan | undefined;
  let bestDate = '';
  for (const plan of candidates) {
    const date = latestStamp(plan, today);
    if (date && date > bestDate) {
      best = plan;
      bestDate = date;
    }
  }
  if (best) return { plan: best, reason: { kind: 'activity', date: bestDate } };
  const open = candidates.filter((p) => p.days.some((d) => !d.done && !d.skipped));
  const pool = open.length ? open : candidates;
  if (pool.length === 0) return undefined;
  const isBegun = (p: ParsedPlan): boolean => p.root.progress.daysDone > 0 || p.root.progress.tasksDone > 0;
  const scheduleOf = hints.scheduleOf ?? ((p: ParsedPlan) => scheduleFor(p));
  const scheduled = open.map((p) => ({ plan: p, start: runningStart(p, scheduleOf(p), today) })).filter((s) => s.start !== null);
  if (scheduled.length > 0) {
    // Of several, one begun first, then the program's order (as below). (Not the one whose next day is planned for
    // today: Today then moved between two plans from one day to the next, a review's.)
    const started = scheduled.filter((s) => isBegun(s.plan));
    const { plan, tiedWith } = pick((started.length > 0 ? started : scheduled).map((s) => s.plan), hints);
    return { plan, reason: { kind: 'scheduled', start: scheduled.find((s) => s.plan === plan)!.start!, tiedWith } };
  }
  const begun = open.filter(isBegun);
  const { plan, start, tiedWith } = pick(begun.length > 0 ? begun : pool, hints);
  const after = pool.find((p) => p !== plan && !tiedWith.includes(p));
  const next = after ? { uri: after.uri, startDay: programStart(after), heading: programStartHeading(after) } : undefined;
  return { plan, reason: begun.length > 0 ? { kind: 'begun', tiedWith } : { kind: 'earliest', startDay: start, tiedWith, ...(next ? { next } : {}) } };
}

/** The first of `among` (in program order) and those tied with it for where they start; the editor's plan breaks a tie. */
function pick(among: readonly ParsedPlan[], hints: ActivePlanHints): { plan: ParsedPlan; start: number | null; tiedWith: ParsedPlan[] } {
  const start = programStart(among[0]);
  const tied = among.filter((p) => programStart(p) === start);
  const plan = tied.find((p) => p.uri === hints.editorUri) ?? tied[0];
  return { plan, start, tiedWith: tied.filter((p) => p !== plan) };
}

/** The date a plan's schedule starts, when it runs through today (first day planned on or before it, the last on or after); else null. */
function runningStart(plan: ParsedPlan, schedule: Schedule | null, today: string): string | null {
  if (schedule === null || schedule.end === null || schedule.end < today) return null;
  for (let i = 0; i < plan.days.length; i++) {
    const date = schedule.dateOf(i);
    if (date !== null) return date <= today ? date : null;
  }
  return null;
}

/** The active plan alone (see `chooseActive` for the rule). */
export function chooseActivePlan(plans: readonly ParsedPlan[], today: string, chosenUri?: string): ParsedPlan | undefined {
  return chooseActive(plans, today, chosenUri)?.plan;
}

/**
 * What to study after `plan` is finished: the first plan in program order that starts where it starts
 * or later and still has an open day; else any plan with an open day.
 */
export function nextPlan(plans: readonly ParsedPlan[], plan: ParsedPlan): ParsedPlan | undefined {
  const open = plansWithDays(plans).filter((p) => p !== plan && p.days.some((d) => !d.done && !d.skipped));
  const start = programStart(plan) ?? -Infinity;
  return open.find((p) => (programStart(p) ?? Infinity) >= start) ?? open[0];
}
