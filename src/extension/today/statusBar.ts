import * as vscode from 'vscode';
import { activityWeeks, type TodaySummary } from '../../core';
import { GO_TO_TODAY_COMMAND } from '../commands/commandIds';
import { escapeMarkdown } from '../markdownText';
import type { PlanIndex } from '../planIndex';
import type { TodayService } from './todayService';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Twelve weeks of activity as a small grid: one row per weekday, one column per week. */
export function calendarMarkdown(summary: TodaySummary): string {
  const weeks = activityWeeks(summary.streak.perDate, summary.today, 12);
  const rows = WEEKDAYS.map((name, d) => {
    const cells = weeks.map((w) => {
      const count = w.days[d];
      return count === null ? '\u2003' : count > 0 ? '\u{1F7E9}' : '\u2B1C';
    });
    return `\`${name}\` ${cells.join('')}`;
  });
  return rows.join('  \n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function streakTooltip(summary: TodaySummary): vscode.MarkdownString {
  const { streak } = summary;
  const tip = new vscode.MarkdownString('', true);
  tip.isTrusted = false;
  tip.appendMarkdown(`**$(flame) Study streak: ${plural(streak.current, 'day')}** · longest ${plural(streak.longest, 'day')}\n\n`);
  if (streak.current > 0 && !streak.activeToday) tip.appendMarkdown('Nothing done yet today: the streak holds until midnight.\n\n');
  if (summary.currentDay && summary.activePlan) {
    tip.appendMarkdown(`Today: **${escapeMarkdown(summary.currentDay.title)}** in ${escapeMarkdown(summary.activePlan.root.title)}\n\n`);
  } else if (summary.planFinished && summary.activePlan) {
    tip.appendMarkdown(`All days of ${escapeMarkdown(summary.activePlan.root.title)} are done.\n\n`);
  }
  tip.appendMarkdown(`Done today: ${streak.doneToday} · this week: ${streak.doneThisWeek} · ${plural(summary.daysDone, 'plan day')} done\n\n`);
  tip.appendMarkdown(`${calendarMarkdown(summary)}\n\n`);
  if (streak.futureDates.length) tip.appendMarkdown(`$(warning) ${plural(streak.futureDates.length, 'stamp date')} after today ignored (${streak.futureDates.slice(0, 3).join(', ')})\n\n`);
  tip.appendMarkdown('*Click: Go to Today*');
  return tip;
}

/** `$(flame) N` in the status bar; hidden without plans or when `learningPlans.statusBar.enabled` is off. */
export function registerStatusBar(context: vscode.ExtensionContext, index: PlanIndex, today: TodayService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('learningPlans.streak', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Learning Plans: Study Streak';
  item.command = GO_TO_TODAY_COMMAND;
  const update = (): void => {
    const enabled = vscode.workspace.getConfiguration('learningPlans').get<boolean>('statusBar.enabled', true);
    if (!enabled || index.all().length === 0) {
      item.hide();
      return;
    }
    const summary = today.summary;
    item.text = `$(flame) ${summary.streak.current}`;
    item.accessibilityInformation = { label: `Study streak: ${plural(summary.streak.current, 'day')}`, role: 'button' };
    item.tooltip = streakTooltip(summary);
    item.show();
  };
  context.subscriptions.push(
    item,
    today.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('learningPlans.statusBar.enabled')) update();
    }),
  );
  update();
  return item;
}
