import * as vscode from 'vscode';
import { activityWeeks, planTitle, type TodaySummary } from '../../core';
import { GO_TO_TODAY_COMMAND } from '../commandIds';
import { escapeMarkdown } from '../markdownText';
import type { PlanIndex } from '../index/planIndex';
import type { TodayService } from './todayService';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Twelve weeks of activity as a small grid: one row per weekday, one column per week. */
export function calendarMarkdown(summary: TodaySummary): string {
  const weeks = activityWeeks(summary.streak.countOn, summary.today, 12);
  const rows = WEEKDAYS.map((name, d) => {
    const cells = weeks.map((w) => {
      const count = w.days[d];
      return count === null ? '\u2003' : count > 0 ? '\u{1F7E9}' : '\u2B1C';
    });
    return `\`${name}\` ${cells.join('')}`;
  });
  return rows.join('  \n');
}

/** Why today is in that plan, in words a learner can act on. */
export function activeReasonText(summary: TodaySummary): string {
  const reason = summary.activeReason;
  const change = vscode.l10n.t('Set Active Plan to change');
  if (!reason) return change;
  switch (reason.kind) {
    case 'chosen':
      return vscode.l10n.t('you chose this plan (Set Active Plan)');
    case 'activity':
      return vscode.l10n.t('the plan you worked on last ({0}); {1}', reason.date, change);
    case 'earliest': {
      const start = reason.startDay !== null ? vscode.l10n.t('no activity yet, picked as the earliest unfinished part of your program (it starts at day {0})', reason.startDay) : vscode.l10n.t('no activity yet, picked as the earliest unfinished plan');
      const tie = reason.tiedWith.length ? vscode.l10n.t(', tied with {0}', reason.tiedWith.map((p) => planTitle(p)).join(', ')) : '';
      return `${start}${tie}; ${change}`;
    }
  }
}

const days = (n: number): string => (n === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', n));

export function streakTooltip(summary: TodaySummary): vscode.MarkdownString {
  const { streak } = summary;
  const tip = new vscode.MarkdownString('', true);
  tip.isTrusted = false;
  tip.appendMarkdown(`**$(flame) ${vscode.l10n.t('Study streak: {0}', days(streak.current))}** · ${vscode.l10n.t('longest {0}', days(streak.longest))}\n\n`);
  if (streak.current > 0 && !streak.activeToday) tip.appendMarkdown(`${vscode.l10n.t('Nothing done yet today: the streak holds until midnight.')}\n\n`);
  if (summary.currentDay && summary.activePlan) {
    tip.appendMarkdown(`${vscode.l10n.t('Today: {0} in {1}', `**${escapeMarkdown(summary.currentDay.title)}**`, escapeMarkdown(planTitle(summary.activePlan)))}`);
    tip.appendMarkdown(`: ${escapeMarkdown(activeReasonText(summary))}\n\n`);
  } else if (summary.planFinished && summary.activePlan) {
    tip.appendMarkdown(`${vscode.l10n.t('All days of {0} are done.', escapeMarkdown(planTitle(summary.activePlan)))}\n\n`);
  }
  const planDays = summary.daysDone === 1 ? vscode.l10n.t('1 plan day done') : vscode.l10n.t('{0} plan days done', summary.daysDone);
  tip.appendMarkdown(`${vscode.l10n.t('Done today: {0} · this week: {1}', streak.doneToday, streak.doneThisWeek)} · ${planDays}\n\n`);
  tip.appendMarkdown(`${calendarMarkdown(summary)}\n\n`);
  if (streak.futureDates.length) {
    const count = streak.futureDates.length;
    const shown = streak.futureDates.slice(0, 3).join(', ');
    tip.appendMarkdown(`$(warning) ${count === 1 ? vscode.l10n.t('1 stamp date after today ignored ({0})', shown) : vscode.l10n.t('{0} stamp dates after today ignored ({1})', count, shown)}\n\n`);
  }
  tip.appendMarkdown(`*${vscode.l10n.t('Click: Go to Today')}*`);
  return tip;
}

/** `$(flame) N` in the status bar; hidden without plans or when `learningPlans.statusBar.enabled` is off. */
export function registerStatusBar(context: vscode.ExtensionContext, index: PlanIndex, today: TodayService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('learningPlans.streak', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Learning Plans: Study Streak');
  item.command = GO_TO_TODAY_COMMAND;
  let shown: TodaySummary | null | undefined;
  const update = (): void => {
    const enabled = vscode.workspace.getConfiguration('learningPlans').get<boolean>('statusBar.enabled', true);
    const summary = enabled && index.all().length > 0 ? today.summary : null;
    if (summary === shown) return; // the same summary object: nothing to redraw
    shown = summary;
    if (!summary) {
      item.hide();
      return;
    }
    item.text = `$(flame) ${summary.streak.current}`;
    item.accessibilityInformation = { label: vscode.l10n.t('Study streak: {0}', days(summary.streak.current)), role: 'button' };
    item.tooltip = streakTooltip(summary);
    item.show();
  };
  context.subscriptions.push(
    item,
    today.onDidChange(update),
    index.onDidChange((change) => change.listChanged && update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('learningPlans.statusBar.enabled')) update();
    }),
  );
  update();
  return item;
}
