import type { ParsedPlan, PlanNode } from '../model';
import { chooseActive, nextPlan, type ActivePlanHints, type ActiveReason } from './activePlan';
import { currentDayOf, missedDatedDays } from '../schedule/currentDay';
import { dueTasks, type DueTask } from './dueTasks';
import { planStampDays, planStreak, type StreakStats } from './streak';
import { daysPlannedOn, scheduleFor, type Schedule } from '../schedule/schedule';
import { mergeDays, planPauseDays, RestDays, statedRestWeekdays } from '../schedule/restDays';

/** Everything "today" means, from the plans alone, for one clock reading. */
export interface TodaySummary {
  readonly today: string;
  readonly activePlan: ParsedPlan | undefined;
  /** Why that plan is the active one (chosen, most recent activity, or earliest in the program). */
  readonly activeReason: ActiveReason | undefined;
  readonly currentDay: PlanNode | undefined;
  /**
   * The other open days the schedule plans for today, when the current day is today's own: a spread puts two
   * days on some dates, and the second is today's work too.
   */
  readonly alsoToday: readonly PlanNode[];
  /** The active plan has days and all are done. */
  readonly planFinished: boolean;
  readonly nextPlan: ParsedPlan | undefined;
  readonly schedule: Schedule | null;
  /** The streak, with the rest days of the active plan (else the configured ones) and every plan's pauses. */
  readonly streak: StreakStats;
  /** Days done across all plans. */
  readonly daysDone: number;
  /** Open tasks with an Obsidian Tasks due date of today or before, in every plan (overdue first). */
  readonly dueTasks: readonly DueTask[];
  /** The active plan's open days dated before today (see missedDatedDays), in document order. */
  readonly missedDays: readonly PlanNode[];
}

export interface TodayInputs {
  readonly today: string;
  /** The user's "Set Active Plan" choice, if any. */
  readonly chosenPlanUri?: string;
  /** Start dates from settings, by plan uri. */
  readonly configuredStart?: (plan: ParsedPlan) => string | null;
  /**
   * Rest weekdays from settings (1 = Monday .. 7), by plan (undefined: no plan); undefined when none are configured
   * (a plan's planned dates may then say them, see restWeekdaysOf), `[]` when the learner said none.
   */
  readonly configuredRest?: (plan: ParsedPlan | undefined) => readonly number[] | undefined;
  /** What the views know of the learner's context (the plan in the active editor). */
  readonly hints?: ActivePlanHints;
}

export function summarizeToday(plans: readonly ParsedPlan[], inputs: TodayInputs): TodaySummary {
  const scheduleOf = (plan: ParsedPlan): Schedule | null => scheduleFor(plan, { configuredStart: inputs.configuredStart?.(plan) ?? null, configuredRest: inputs.configuredRest?.(plan) });
  const choice = chooseActive(plans, inputs.today, inputs.chosenPlanUri, { ...inputs.hints, scheduleOf });
  const activePlan = choice?.plan;
  const currentDay = activePlan ? currentDayOf(activePlan, inputs.today) : undefined;
  const schedule = activePlan ? scheduleOf(activePlan) : null;
  const onToday = activePlan && currentDay && schedule && schedule.dateOf(activePlan.days.indexOf(currentDay)) === inputs.today;
  const rest = restOf(plans, inputs);
  return {
    today: inputs.today,
    activePlan,
    activeReason: choice?.reason,
    currentDay,
    alsoToday: onToday ? daysPlannedOn(activePlan, schedule, inputs.today).filter((day) => day !== currentDay && !day.done && !day.skipped) : [],
    planFinished: activePlan !== undefined && currentDay === undefined,
    nextPlan: activePlan && !currentDay ? nextPlan(plans, activePlan) : undefined,
    schedule,
    streak: restTodayOf(planStreak(plans, inputs.today, rest), activePlan, plans, inputs),
    daysDone: plans.reduce((n, p) => n + p.root.progress.daysDone, 0),
    dueTasks: dueTasks(plans, inputs.today),
    // The plan's own rest days: another plan's rest weekday is no rest day of this one's schedule.
    missedDays: activePlan ? missedDatedDays(activePlan, inputs.today, restOf([activePlan], inputs)) : [],
  };
}

/**
 * Today is rest when the plan being studied rests today (its weekly rest, or a pause anywhere): another plan's
 * weekday of rest passes the streak over today too, but the day's own plan still expects study (a review's read
 * "rest day today" beside "planned for today", and the nudge was silent).
 */
function restTodayOf(streak: StreakStats, activePlan: ParsedPlan | undefined, plans: readonly ParsedPlan[], inputs: TodayInputs): StreakStats {
  if (!activePlan || !streak.restToday) return streak;
  const own = new RestDays(statedRestWeekdays(activePlan, inputs.configuredRest?.(activePlan)), mergeDays(plans.map(planPauseDays).filter((days) => days.length > 0)));
  return own.isRestDate(inputs.today) ? streak : { ...streak, restToday: false };
}

/**
 * The learner's rest: the weekly rest days of every plan (each one's `rest:`, else the setting) and the `⏸` pauses
 * written in any plan (a pause is the learner's day off, whichever plan says so).
 */
export function restOf(plans: readonly ParsedPlan[], inputs: Pick<TodayInputs, 'configuredRest'>): RestDays {
  // Every plan's rest weekdays together, not the active plan's alone: a trial's streak grew shorter for a day of
  // another plan studied, which made that plan active and its rest (none) the streak's, and its longest streak changed
  // after the fact. A finished plan's rest holds over the days it was studied (leaving it out rewrote a streak when a
  // plan was finished: a trial's 7 -> 6; keeping it for good made an old plan's weekends rest for a new plan without
  // rest: a review's). A plan that says nothing of rest takes none away; whether today is rest is the active plan's.
  const weekdays = new Set<number>();
  const spans: Int32Array[] = [];
  for (const plan of plans) {
    const own = statedRestWeekdays(plan, inputs.configuredRest?.(plan));
    if (own.length === 0 || own.length >= 7) continue;
    if (isOpen(plan)) for (const day of own) weekdays.add(day);
    else spans.push(restDaysStudied(plan, own));
  }
  if (plans.length === 0) for (const day of inputs.configuredRest?.(undefined) ?? []) weekdays.add(day);
  const pauses = mergeDays([...plans.map(planPauseDays), ...spans].filter((days) => days.length > 0));
  return weekdays.size === 0 && pauses.length === 0 ? RestDays.NONE : new RestDays([...weekdays].sort((a, b) => a - b), pauses);
}

/** A plan still being studied: a journal, or one with an open day (or, without days, an open task). */
function isOpen(plan: ParsedPlan): boolean {
  if (plan.journal) return true;
  if (plan.days.length > 0) return plan.days.some((day) => !day.done && !day.skipped);
  return plan.root.progress.tasksDone < plan.root.progress.tasksTotal;
}

/** The days on the weekdays given between a finished plan's first and last days of study, as day numbers. */
function restDaysStudied(plan: ParsedPlan, weekdays: readonly number[]): Int32Array {
  const { days } = planStampDays(plan);
  if (days.length === 0) return new Int32Array(0);
  const rest = new RestDays(weekdays);
  const found: number[] = [];
  for (let day = days[0]; day <= days[days.length - 1]; day++) if (rest.isRest(day)) found.push(day);
  return Int32Array.from(found);
}

/**
 * The open days the other plans' schedules plan for today (a `📅` of today, a start's date), in the plans' order:
 * what a folder's status names beside the active plan's day (a trial's second plan, a day planned for today in it,
 * went unmentioned). Only a plan's next open days: one behind has earlier days to do first (its own status says
 * so). Journals plan nothing.
 */
export function plannedTodayElsewhere(plans: readonly ParsedPlan[], activePlan: ParsedPlan | undefined, inputs: TodayInputs): { readonly plan: ParsedPlan; readonly day: PlanNode }[] {
  const found: { plan: ParsedPlan; day: PlanNode }[] = [];
  for (const plan of plans) {
    if (plan === activePlan || plan.journal) continue;
    const schedule = scheduleFor(plan, { configuredStart: inputs.configuredStart?.(plan) ?? null, configuredRest: inputs.configuredRest?.(plan) });
    if (!schedule) continue;
    for (let i = 0; i < plan.days.length; i++) {
      const day = plan.days[i];
      if (day.done || day.skipped) continue;
      if (schedule.dateOf(i) !== inputs.today) break;
      found.push({ plan, day });
    }
  }
  return found;
}
