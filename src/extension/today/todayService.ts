import * as vscode from 'vscode';
import { localIsoDate, scheduleFor, summarizeToday, type ParsedPlan, type Schedule, type TodaySummary } from '../../core';
import type { PlanIndex } from '../planIndex';

const CHOSEN_PLAN_KEY = 'learningPlans.activePlan';

/**
 * "Today" for the views: the summary of the current plans for the current date, recomputed when the
 * index changes, when the schedule setting changes, and at local midnight (a timer, not polling).
 */
export class TodayService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TodaySummary>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private cached: TodaySummary | undefined;
  private midnight: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly state: vscode.Memento,
    private readonly clock: () => Date,
  ) {
    this.disposables.push(
      index.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('learningPlans.schedule')) this.refresh();
      }),
    );
  }

  get summary(): TodaySummary {
    this.cached ??= this.compute();
    return this.cached;
  }

  /** Recomputes now and tells the views (also used by tests after they change the clock). */
  refresh(): TodaySummary {
    this.cached = this.compute();
    this.scheduleMidnight();
    this.emitter.fire(this.cached);
    return this.cached;
  }

  get chosenPlan(): string | undefined {
    return this.state.get<string>(CHOSEN_PLAN_KEY);
  }

  async choosePlan(uri: string | undefined): Promise<void> {
    await this.state.update(CHOSEN_PLAN_KEY, uri);
    this.refresh();
  }

  scheduleOf(plan: ParsedPlan): Schedule | null {
    return scheduleFor(plan, configuredStart(plan));
  }

  dispose(): void {
    if (this.midnight !== undefined) clearTimeout(this.midnight);
    this.disposables.forEach((d) => d.dispose());
  }

  private compute(): TodaySummary {
    return summarizeToday(this.index.all(), { today: localIsoDate(this.clock()), chosenPlanUri: this.chosenPlan, configuredStart });
  }

  private scheduleMidnight(): void {
    if (this.midnight !== undefined) clearTimeout(this.midnight);
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnight = setTimeout(() => this.refresh(), next.getTime() - now.getTime());
  }
}

/** `learningPlans.schedule`: plan path (relative to its workspace folder) → start date. */
function configuredStart(plan: ParsedPlan): string | null {
  const uri = vscode.Uri.parse(plan.uri);
  const map = vscode.workspace.getConfiguration('learningPlans', uri).get<Record<string, string>>('schedule') ?? {};
  const relative = vscode.workspace.asRelativePath(uri, false);
  return map[relative] ?? map[uri.path] ?? null;
}
