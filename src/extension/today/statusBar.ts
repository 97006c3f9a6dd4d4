import * as vscode from 'vscode';
import { activityWeeks, formatMinutes, loggedMinutes, notStartedUntil, planTitle, studyTime, type TodaySummary } from '../../core';
import { CATCH_UP_COMMAND, GO_TO_TODAY_COMMAND } from '../commandIds';
import { escapeMarkdown } from '../markdownText';
import { statusBarEnabled } from '../settings';
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
    case 'scheduled': {
      const tie = reason.tiedWith.length ? vscode.l10n.t(', tied with {0}', reason.tiedWith.map((p) => planTitle(p)).join(', ')) : '';
      return `${vscode.l10n.t('no stamp dated up to today yet, picked as the plan whose dates run through today (from {0})', reason.start)}${tie}; ${change}`;
    }
    case 'begun': {
      const tie = reason.tiedWith.length ? vscode.l10n.t(', tied with {0}', reason.tiedWith.map((p) => planTitle(p)).join(', ')) : '';
      return `${vscode.l10n.t('no stamp dated up to today yet, picked as the plan you have begun (something in it is done)')}${tie}; ${change}`;
    }
  }
}

const days = (n: number): string => (n === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', n));

export function streakTooltip(summary: TodaySummary): vscode.MarkdownString {
  const { streak } = summary;
  const tip = new vscode.MarkdownString('', true);
  // Only the catch-up link runs: the tooltip shows titles from the plan, which may be hostile.
  tip.isTrusted = { enabledCommands: [CATCH_UP_COMMAND] };
  tip.appendMarkdown(`**$(flame) ${vscode.l10n.t('Study streak: {0}', days(streak.current))}** · ${vscode.l10n.t('longest {0}', days(streak.longest))}\n\n`);
  if (streak.restToday && !streak.activeToday) tip.appendMarkdown(`$(coffee) ${vscode.l10n.t('Rest day today: the streak holds.')}\n\n`);
  else if (streak.current > 0 && !streak.activeToday) tip.appendMarkdown(`${vscode.l10n.t('Nothing done yet today: the streak holds until midnight.')}\n\n`);
  if (streak.restDays.length > 0) {
    const shown = streak.restDays.slice(-3).join(', ') + (streak.restDays.length > 3 ? ', …' : '');
    tip.appendMarkdown(`${vscode.l10n.t('Rest days passed over: {0} ({1})', streak.restDays.length, shown)}\n\n`);
  }
  if (summary.currentDay && summary.activePlan) {
    tip.appendMarkdown(`${vscode.l10n.t('Today: {0} in {1}', `**${escapeMarkdown(summary.currentDay.title)}**`, escapeMarkdown(planTitle(summary.activePlan)))}`);
    tip.appendMarkdown(`: ${escapeMarkdown(activeReasonText(summary))}\n\n`);
    // A spread's doubled date: the second day is today's work too.
    if (summary.alsoToday.length) tip.appendMarkdown(`${vscode.l10n.t('Also planned for today: {0}', summary.alsoToday.map((day) => `**${escapeMarkdown(day.title)}**`).join(' · '))}\n\n`);
  } else if (summary.planFinished && summary.activePlan) {
    tip.appendMarkdown(`${vscode.l10n.t('All days of {0} are done.', escapeMarkdown(planTitle(summary.activePlan)))}\n\n`);
  }
  scheduleMarkdown(summary, tip);
  const planDays = summary.daysDone === 1 ? vscode.l10n.t('1 plan day done') : vscode.l10n.t('{0} plan days done', summary.daysDone);
  tip.appendMarkdown(`${vscode.l10n.t('✅ today: {0} · this week: {1} (days and tasks)', streak.doneToday, streak.doneThisWeek)} · ${planDays}\n\n`);
  tip.appendMarkdown(`${calendarMarkdown(summary)}\n\n`);
  appendDueTasks(tip, summary);
  if (streak.futureDates.length) {
    const count = streak.futureDates.length;
    const shown = streak.futureDates.slice(0, 3).join(', ');
    tip.appendMarkdown(`$(warning) ${count === 1 ? vscode.l10n.t('1 stamp date after today ignored ({0})', shown) : vscode.l10n.t('{0} stamp dates after today ignored ({1})', count, shown)}\n\n`);
  }
  tip.appendMarkdown(`*${vscode.l10n.t('Click: Go to Today')}*`);
  return tip;
}

/** Behind or ahead of the plan's schedule (with a Catch Up link), its end, and today's day's planned and studied minutes. */
function scheduleMarkdown(summary: TodaySummary, tip: vscode.MarkdownString): void {
  const day = summary.currentDay;
  if (!day) return;
  const parts: string[] = [];
  const schedule = summary.schedule;
  if (schedule?.end) {
    const behind = schedule.behind(day, summary.today);
    const plan = summary.activePlan;
    const starts = behind === 0 && plan ? notStartedUntil(plan, schedule.dateOf(plan.days.indexOf(day)), summary.today) : null;
    if (starts !== null) parts.push(vscode.l10n.t('starts {0}', starts));
    else if (behind > 0) parts.push(`$(history) ${vscode.l10n.t('{0} behind schedule', days(behind))} ([${vscode.l10n.t('Catch Up...')}](command:${CATCH_UP_COMMAND}))`);
    else if (behind < 0) parts.push(vscode.l10n.t('{0} ahead of schedule', days(-behind)));
    else parts.push(vscode.l10n.t('on schedule'));
    parts.push(schedule.end < summary.today ? vscode.l10n.t('was to end {0}', schedule.end) : vscode.l10n.t('ends {0}', schedule.end));
  }
  const planned = studyTime(day).total;
  const studied = loggedMinutes(day);
  if (planned > 0 || studied > 0) parts.push(vscode.l10n.t('today\'s day: {0} planned, {1} studied', formatMinutes(planned), formatMinutes(studied)));
  if (parts.length) tip.appendMarkdown(`${parts.join(' · ')}\n\n`);
  // A tracker's rows (a journal's entries with tasks) dated before today and left open: the day moved past them.
  const missed = summary.missedDays.filter((other) => other !== day);
  if (missed.length) {
    const titles = missed.slice(0, 3).map((other) => `**${escapeMarkdown(other.title)}**`).join(' · ') + (missed.length > 3 ? ' · …' : '');
    tip.appendMarkdown(`$(history) ${missed.length === 1 ? vscode.l10n.t('1 open day dated before today: {0}', titles) : vscode.l10n.t('{0} open days dated before today: {1}', missed.length, titles)}\n\n`);
  }
}

const DUE_SHOWN = 5;

/** Obsidian Tasks due dates: what is overdue or due today, the most pressing first. */
function appendDueTasks(tip: vscode.MarkdownString, summary: TodaySummary): void {
  const due = summary.dueTasks;
  if (due.length === 0) return;
  const overdue = due.filter((d) => d.state === 'overdue').length;
  tip.appendMarkdown(`**$(calendar) ${dueCountText(overdue, due.length - overdue)}**\n\n`);
  for (const { plan, node, task, state } of due.slice(0, DUE_SHOWN)) {
    const when = state === 'overdue' ? vscode.l10n.t('overdue since {0}', task.due!) : vscode.l10n.t('due today');
    const where = node.kind === 'plan' ? planTitle(plan) : `${node.title} · ${planTitle(plan)}`;
    tip.appendMarkdown(`- ${state === 'overdue' ? '$(warning) ' : ''}${escapeMarkdown(task.text)} · *${when}* · ${escapeMarkdown(where)}\n`);
  }
  if (due.length > DUE_SHOWN) tip.appendMarkdown(`- ${vscode.l10n.t('and {0} more (see the Plans view)', due.length - DUE_SHOWN)}\n`);
  tip.appendMarkdown('\n');
}

/** `2 tasks overdue, 1 due today` / `1 task due today`. */
export function dueCountText(overdue: number, today: number): string {
  if (overdue === 0) return today === 1 ? vscode.l10n.t('1 task due today') : vscode.l10n.t('{0} tasks due today', today);
  const late = overdue === 1 ? vscode.l10n.t('1 task overdue') : vscode.l10n.t('{0} tasks overdue', overdue);
  return today === 0 ? late : vscode.l10n.t('{0}, {1} due today', late, today);
}

/** `$(flame) N` in the status bar (and `$(calendar) M` while tasks are due or overdue); hidden without plans or when `learningPlans.statusBar.enabled` is off. */
export function registerStatusBar(context: vscode.ExtensionContext, index: PlanIndex, today: TodayService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('learningPlans.streak', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Learning Plans: Study Streak');
  item.command = GO_TO_TODAY_COMMAND;
  let shown: TodaySummary | null | undefined;
  const update = (): void => {
    // Plans first: at activation there are none yet, and the web host's first read of the settings is slow (README: Performance).
    const summary = index.all().length > 0 && statusBarEnabled() ? today.summary : null;
    if (summary === shown) return; // the same summary object: nothing to redraw
    shown = summary;
    if (!summary) {
      item.hide();
      return;
    }
    const due = summary.dueTasks.length;
    item.text = `$(flame) ${summary.streak.current}${due ? ` $(calendar) ${due}` : ''}`;
    const streakLabel = vscode.l10n.t('Study streak: {0}', days(summary.streak.current));
    const overdue = summary.dueTasks.filter((d) => d.state === 'overdue').length;
    item.accessibilityInformation = { label: due ? `${streakLabel}, ${dueCountText(overdue, due - overdue)}` : streakLabel, role: 'button' };
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
