import * as vscode from 'vscode';
import {
  activityWeeks, localIsoDate, loggedMinutes, parseWeekdays, planTitle, scheduleFor, summarizeToday, type Clock, type ParsedPlan, type Schedule, type ScheduleOptions, type TodaySummary,
} from '../../core';
import type { PlanIndex } from '../index/planIndex';

const CHOSEN_PLAN_KEY = 'learningPlans.activePlan';

/**
 * "Today" for the views: the summary of the plans for the current date. A read model: `summary` is a
 * getter that computes lazily and never fires; `onDidChange` fires when what the views show of today
 * (active plan, current day, streak, calendar) really changed: after an index change, a change of the
 * chosen plan or of the schedule setting, at local midnight (by the injected clock), and when the plan
 * in the active editor decides a tie.
 */
export class TodayService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TodaySummary>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private cached: TodaySummary | undefined;
  private shownKey = '';
  private midnight: ReturnType<typeof setTimeout> | undefined;
  /** Recomputations so far (tests prove an idle plan causes none). */
  computeCount = 0;

  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly state: vscode.Memento,
    private readonly clock: Clock,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.recompute()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('learningPlans.schedule') || e.affectsConfiguration('learningPlans.restDays')) this.recompute();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => {
        // The editor only matters when it breaks a tie between plans with no dated activity.
        const kind = this.summary.activeReason?.kind;
        if (kind === 'earliest' || kind === 'begun' || kind === 'scheduled') this.recompute();
      }),
    );
  }

  get summary(): TodaySummary {
    if (!this.cached) {
      this.cached = this.compute();
      this.shownKey = viewKey(this.cached);
      this.scheduleMidnight();
    }
    return this.cached;
  }

  /** Recomputes now (after the clock moved, in tests) and tells the views if what they show changed. */
  refresh(): TodaySummary {
    this.recompute();
    return this.summary;
  }

  get chosenPlan(): string | undefined {
    return this.state.get<string>(CHOSEN_PLAN_KEY);
  }

  async choosePlan(uri: string | undefined): Promise<void> {
    await this.state.update(CHOSEN_PLAN_KEY, uri);
    this.recompute();
  }

  scheduleOf(plan: ParsedPlan): Schedule | null {
    return scheduleFor(plan, scheduleOptions(plan));
  }

  /** The settings a plan's schedule reads (its front matter wins over them). */
  scheduleOptions(plan: ParsedPlan): ScheduleOptions {
    return scheduleOptions(plan);
  }

  dispose(): void {
    if (this.midnight !== undefined) clearTimeout(this.midnight);
    this.disposables.forEach((d) => d.dispose());
  }

  private recompute(): void {
    this.cached = this.compute();
    this.scheduleMidnight();
    const key = viewKey(this.cached);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.emitter.fire(this.cached);
  }

  private compute(): TodaySummary {
    this.computeCount++;
    const editor = vscode.window.activeTextEditor?.document.uri.toString();
    return summarizeToday(this.index.all(), { today: localIsoDate(this.clock()), chosenPlanUri: this.chosenPlan, configuredStart, configuredRest, hints: { editorUri: editor } });
  }

  /** A timer to local midnight (by the injected clock), not polling. */
  private scheduleMidnight(): void {
    if (this.midnight !== undefined) clearTimeout(this.midnight);
    const now = this.clock();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnight = setTimeout(() => this.recompute(), Math.max(1000, next.getTime() - now.getTime()));
  }
}

/** Everything of a summary that a view shows: equal keys mean nothing to redraw. */
function viewKey(summary: TodaySummary): string {
  const { streak } = summary;
  const weeks = activityWeeks(streak.countOn, summary.today, 12).map((w) => w.days.join(',')).join(';');
  return JSON.stringify([
    summary.today, summary.activePlan?.uri, summary.activePlan && planTitle(summary.activePlan), summary.activeReason, summary.currentDay?.line, summary.currentDay?.title,
    summary.planFinished, summary.nextPlan?.uri, summary.schedule?.start, streak.current, streak.longest, streak.activeDays,
    streak.doneToday, streak.doneThisWeek, streak.futureDates, summary.daysDone, weeks,
    streak.restToday, streak.restDays.length, streak.rest.weekdays, summary.schedule?.end, summary.currentDay && loggedMinutes(summary.currentDay),
    summary.currentDay?.planned, activityWeeks((date) => (streak.activeOn(date) ? 1 : 0), summary.today, 12).map((w) => w.days.join('')).join(''),
    summary.dueTasks.map((d) => [d.plan.uri, d.task.line, d.task.text, d.task.due, d.state]),
    // The tooltip names the other days planned for today: a skip or a rename of one of them is a change.
    summary.alsoToday.map((day) => [day.line, day.title]),
  ], (key, value) => (key === 'tiedWith' ? (value as ParsedPlan[]).map((p) => p.uri) : value));
}

/**
 * `learningPlans.restDays`: weekday names (`sat`, `sun`), for plans without `rest:` in their front matter; undefined
 * where the learner set none (the default `[]` is no choice: a plan's planned dates may then say its rest), `[]` where
 * they set `[]`.
 */
function configuredRest(plan: ParsedPlan | undefined): readonly number[] | undefined {
  const scope = plan ? vscode.Uri.parse(plan.uri) : undefined;
  const setting = vscode.workspace.getConfiguration('learningPlans', scope).inspect<unknown>('restDays');
  const value = setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue;
  return value === undefined ? undefined : parseWeekdays(value);
}

function scheduleOptions(plan: ParsedPlan): ScheduleOptions {
  return { configuredStart: configuredStart(plan), configuredRest: configuredRest(plan) };
}

/** `learningPlans.schedule`: plan path (relative to its workspace folder) → start date. */
function configuredStart(plan: ParsedPlan): string | null {
  const uri = vscode.Uri.parse(plan.uri);
  const map = vscode.workspace.getConfiguration('learningPlans', uri).get<Record<string, string>>('schedule') ?? {};
  const relative = vscode.workspace.asRelativePath(uri, false);
  return map[relative] ?? map[uri.path] ?? null;
}
