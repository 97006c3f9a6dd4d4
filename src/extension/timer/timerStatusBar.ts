import * as vscode from 'vscode';
import { formatMinutes, loggedMinutes, sectionPlanOf, studySection, studyTime } from '../../core';
import { START_TIMER_COMMAND, TIMER_ACTIONS_COMMAND } from '../commandIds';
import type { PlanIndex } from '../index/planIndex';
import { statusBarEnabled } from '../settings';
import type { TodayService } from '../today/todayService';
import { dayLabel } from './timerCommands';
import type { TimerService } from './timerService';

/**
 * The timer in the status bar, next to the streak: `$(watch) Day 32 · 12 min` while it runs (a click
 * offers stop, pause, discard), `$(debug-pause) Day 32 · 12 min` while paused, and a plain `$(watch)`
 * that starts it on today's day when it does not run.
 */
export function registerTimerStatusBar(context: vscode.ExtensionContext, timer: TimerService, index: PlanIndex, today: TodayService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('learningPlans.timer', vscode.StatusBarAlignment.Left, 49);
  item.name = vscode.l10n.t('Learning Plans: Study Timer');
  const update = (): void => {
    const state = timer.current;
    // Plans first, as the streak's item does: at activation there are none yet (no read of the settings then).
    if (index.all().length === 0 || !statusBarEnabled()) {
      item.hide();
      return;
    }
    if (state) {
      const minutes = formatMinutes(timer.minutes());
      const paused = state.runningSince === null;
      item.text = `$(${paused ? 'debug-pause' : 'watch'}) ${state.day.label} · ${minutes}`;
      item.tooltip = paused
        ? vscode.l10n.t('Study timer of {0}: paused at {1}. Click to resume, stop and log, or discard.', state.day.title, minutes)
        : vscode.l10n.t('Study timer of {0}: {1}. Click to stop and log it under the day, pause or discard.', state.day.title, minutes);
      item.accessibilityInformation = { label: paused ? vscode.l10n.t('Study timer paused: {0}, {1}', state.day.label, minutes) : vscode.l10n.t('Study timer: {0}, {1}', state.day.label, minutes), role: 'button' };
      item.command = TIMER_ACTIONS_COMMAND;
      item.show();
      return;
    }
    const summary = today.summary;
    const day = summary.currentDay;
    // A plan of tasks alone has no day: the offer is to time the section being worked through (sectionLog.ts).
    const tasksOnly = summary.activePlan ? undefined : sectionPlanOf(index.all(), summary.today);
    const section = tasksOnly ? studySection(tasksOnly) : null;
    // The idle `$(watch)` is an offer; a learner who never times can put it away (a running timer always shows).
    if ((!day && !section) || !vscode.workspace.getConfiguration('learningPlans').get<boolean>('timer.statusBar', true)) {
      item.hide();
      return;
    }
    item.text = '$(watch)';
    if (!day) {
      item.tooltip = vscode.l10n.t('Start the study timer on {0} in {1}', section!.title, vscode.workspace.asRelativePath(vscode.Uri.parse(tasksOnly!.uri)));
      item.accessibilityInformation = { label: vscode.l10n.t('Start the study timer on {0}', section!.title), role: 'button' };
      item.command = START_TIMER_COMMAND;
      item.show();
      return;
    }
    const planned = studyTime(day).total;
    const logged = loggedMinutes(day);
    const time = [planned > 0 ? vscode.l10n.t('{0} planned', formatMinutes(planned)) : '', logged > 0 ? vscode.l10n.t('{0} studied', formatMinutes(logged)) : ''].filter(Boolean).join(' · ');
    item.tooltip = vscode.l10n.t('Start the study timer on {0}', day.title) + (time ? ` (${time})` : '');
    item.accessibilityInformation = { label: vscode.l10n.t('Start the study timer on {0}', dayLabel(day)), role: 'button' };
    item.command = START_TIMER_COMMAND;
    item.show();
  };
  context.subscriptions.push(
    item,
    timer.onDidTick(update),
    today.onDidChange(update),
    index.onDidChange((change) => change.listChanged && update()),
    vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('learningPlans.statusBar.enabled') || e.affectsConfiguration('learningPlans.timer.statusBar')) && update()),
  );
  update();
  return item;
}
