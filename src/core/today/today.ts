import type { ParsedPlan, PlanNode } from '../model';
import { chooseActive, nextPlan, type ActivePlanHints, type ActiveReason } from './activePlan';
import { currentDayOf, scheduleFor, type Schedule } from './currentDay';
import { planStreak, type StreakStats } from './streak';

/** Everything "today" means, from the plans alone, for one clock reading. */
export interface TodaySummary {
  readonly today: string;
  readonly activePlan: ParsedPlan | undefined;
  /** Why that plan is the active one (chosen, most recent activity, or earliest in the program). */
  readonly activeReason: ActiveReason | undefined;
  readonly currentDay: PlanNode | undefined;
  /** The active plan has days and all are done. */
  readonly planFinished: boolean;
  readonly nextPlan: ParsedPlan | undefined;
  readonly schedule: Schedule | null;
  readonly streak: StreakStats;
  /** Days done across all plans. */
  readonly daysDone: number;
}

export interface TodayInputs {
  readonly today: string;
  /** The user's "Set Active Plan" choice, if any. */
  readonly chosenPlanUri?: string;
  /** Start dates from settings, by plan uri. */
  readonly configuredStart?: (plan: ParsedPlan) => string | null;
  /** What the views know of the learner's context (the plan in the active editor). */
  readonly hints?: ActivePlanHints;
}

export function summarizeToday(plans: readonly ParsedPlan[], inputs: TodayInputs): TodaySummary {
  const choice = chooseActive(plans, inputs.today, inputs.chosenPlanUri, inputs.hints);
  const activePlan = choice?.plan;
  const currentDay = activePlan ? currentDayOf(activePlan) : undefined;
  return {
    today: inputs.today,
    activePlan,
    activeReason: choice?.reason,
    currentDay,
    planFinished: activePlan !== undefined && currentDay === undefined,
    nextPlan: activePlan && !currentDay ? nextPlan(plans, activePlan) : undefined,
    schedule: activePlan ? scheduleFor(activePlan, inputs.configuredStart?.(activePlan) ?? null) : null,
    streak: planStreak(plans, inputs.today),
    daysDone: plans.reduce((n, p) => n + p.root.progress.daysDone, 0),
  };
}
