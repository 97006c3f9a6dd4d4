import type * as vscode from 'vscode';
import { planToJson, type JsonNode, type TodaySummary } from '../core';
import type { PlanIndex } from './index/planIndex';
import type { TodayService } from './today/todayService';

/**
 * What other extensions get from `activate`: read-only views of the plans and of today, and an event
 * when plans change. Plans are copies in the CLI's JSON shape (`learning-plans index --json`), so
 * nothing another extension does to them reaches our views.
 */
export interface LearningPlansApi {
  readonly apiVersion: 1;
  /** The workspace's plans, as the tree shows them. */
  plans(): JsonNode[];
  /** Today: the active plan's file, the current day and the streak numbers. */
  today(): TodayJson;
  /** Fires with the plans' uris when plans change. */
  readonly onDidChangePlans: vscode.Event<readonly string[]>;
}

export interface TodayJson {
  readonly today: string;
  readonly activePlan: string | null;
  readonly currentDay: { readonly line: number; readonly number: number | null; readonly title: string } | null;
  readonly streak: { readonly current: number; readonly longest: number; readonly activeDays: number; readonly doneToday: number };
}

function todayJson(summary: TodaySummary): TodayJson {
  const day = summary.currentDay;
  const { streak } = summary;
  return {
    today: summary.today,
    activePlan: summary.activePlan?.uri ?? null,
    currentDay: day ? { line: day.line + 1, number: day.number, title: day.title } : null,
    streak: { current: streak.current, longest: streak.longest, activeDays: streak.activeDays, doneToday: streak.doneToday },
  };
}

export function publicApi(index: PlanIndex, today: TodayService): LearningPlansApi {
  return Object.freeze({
    apiVersion: 1 as const,
    plans: () => index.all().map((plan) => planToJson(plan, plan.uri, today.scheduleOptions(plan))),
    today: () => todayJson(today.summary),
    onDidChangePlans: (listener: (uris: readonly string[]) => unknown, thisArg?: unknown, disposables?: vscode.Disposable[]) =>
      index.onDidChange((change) => listener.call(thisArg, change.uris), undefined, disposables),
  });
}
