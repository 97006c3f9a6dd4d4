import * as vscode from 'vscode';
import { completionState, countDue, notStartedUntil, everyDaySkipped, isRestEntry, skippedDays, dueState, formatMinutes, frontMatterRestProblem, frontMatterStartProblem, listedTasks, loggedMinutes, planTitle, progressLabel, shortTitle, plannedTime, yearUnsaid, type DueState, type ParsedPlan, type PlanNode, type Task } from '../../core';
import { OPEN_LINK_COMMAND, REVEAL_NODE_COMMAND } from '../commandIds';
import { escapeMarkdown } from '../markdownText';
import type { TodayService } from '../today/todayService';
import type { LinkElement, NodeElement, PlanElement, TaskElement, TreeElement } from './treeElements';
import { planOf } from './treeElements';

const DONE = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
const PARTIAL = new vscode.ThemeIcon('issue-draft');
const OPEN = new vscode.ThemeIcon('circle-large-outline');
const TODAY = new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.orange'));
const SKIPPED = new vscode.ThemeIcon('debug-step-over', new vscode.ThemeColor('disabledForeground'));
const ENTRY = new vscode.ThemeIcon('note');
const OVERDUE = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
const DUE_TODAY = new vscode.ThemeIcon('calendar');
const KIND_NAMES: Record<PlanNode['kind'], () => string> = {
  plan: () => vscode.l10n.t('plan'),
  cycle: () => vscode.l10n.t('cycle'),
  module: () => vscode.l10n.t('module'),
  day: () => vscode.l10n.t('day'),
  section: () => vscode.l10n.t('section'),
};
const KIND_ICONS: Record<string, string> = { plan: 'book', cycle: 'milestone', module: 'library', section: 'list-tree' };

function stateIcon(node: PlanNode): vscode.ThemeIcon {
  const state = completionState(node);
  if (state === 'done') return DONE;
  if (node.kind === 'day') return state === 'partial' ? PARTIAL : OPEN;
  return new vscode.ThemeIcon(KIND_ICONS[node.kind] ?? 'circle-large-outline');
}

function hasChildren(node: PlanNode): boolean {
  return node.children.length > 0 || listedTasks(node).length > 0 || node.links.length > 0;
}

/** `3/7` (days, else tasks) in front of a container's label, where a narrow sidebar never cuts it off. */
function progressPrefix(node: PlanNode): string {
  const { daysTotal, daysDone, tasksTotal, tasksDone } = node.progress;
  if (daysTotal > 0) return `${daysDone}/${daysTotal} `;
  if (tasksTotal > 0) return `${tasksDone}/${tasksTotal} `;
  return '';
}

/** What a screen reader says for a container: its title, then its progress in words. */
function spokenProgress(node: PlanNode, title: string): string {
  const { daysTotal, daysDone, tasksTotal, tasksDone } = node.progress;
  if (daysTotal > 0) return vscode.l10n.t('{0}, {1} of {2} days done', title, daysDone, daysTotal);
  if (tasksTotal > 0) return vscode.l10n.t('{0}, {1} of {2} tasks done', title, tasksDone, tasksTotal);
  return title;
}

function nodeTooltip(node: PlanNode, uri: string, title = node.title, journal = false): vscode.MarkdownString {
  const tip = new vscode.MarkdownString('', true);
  tip.isTrusted = false;
  tip.appendMarkdown(`**${escapeMarkdown(title)}**\n\n`);
  const label = progressLabel(node);
  const kind = node.kind === 'day' && node.number !== null ? vscode.l10n.t('day {0}', node.number) : journal && node.kind === 'day' ? vscode.l10n.t('journal entry') : KIND_NAMES[node.kind]();
  tip.appendMarkdown(`*${kind}*${label ? ` · ${escapeMarkdown(label)}` : ''}\n\n`);
  const time = plannedTime({ journal }, node);
  const studied = loggedMinutes(node);
  if (time.total > 0 || studied > 0) {
    const left = time.left === time.total ? '' : time.left === 0 ? ` · ${vscode.l10n.t('all done')}` : ` · ${vscode.l10n.t('{0} left', formatMinutes(time.left))}`;
    // The ⏱ sessions logged under it, next to what the plan estimated.
    const logged = studied > 0 ? ` · ${vscode.l10n.t('{0} studied', formatMinutes(studied))}` : '';
    const planned = time.total > 0 ? vscode.l10n.t('Study time: {0}', formatMinutes(time.total)) + left : vscode.l10n.t('Study time: not estimated');
    tip.appendMarkdown(`$(clock) ${planned}${logged}\n\n`);
  }
  for (const field of node.fields) {
    const detail = field.detail ? ` (${escapeMarkdown(field.detail)})` : '';
    tip.appendMarkdown(`- **${escapeMarkdown(field.name)}**${detail}: ${escapeMarkdown(field.value)}\n`);
  }
  if (listedTasks(node).length > 0) {
    tip.appendMarkdown('\n');
    for (const task of listedTasks(node)) tip.appendMarkdown(`- ${task.checked ? '$(pass-filled)' : task.status === 'cancelled' ? '$(circle-slash)' : '$(circle-large-outline)'} ${escapeMarkdown(task.text)}\n`);
  }
  tip.appendMarkdown(`\n${escapeMarkdown(vscode.workspace.asRelativePath(vscode.Uri.parse(uri)))}:${node.line + 1}`);
  return tip;
}

/** The row of a plan: its title (the H1 that names it), the file in the description; expanded only if active. */
function planItem(element: PlanElement, today: TodayService): vscode.TreeItem {
  const root = element.plan.root;
  const title = planTitle(element.plan);
  const active = today.summary.activePlan?.uri === element.plan.uri;
  const item = new vscode.TreeItem(`${progressPrefix(root)}${title}`, active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  const uri = vscode.Uri.parse(element.uri);
  item.id = element.id;
  const file = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const entries = element.plan.days.length;
  const kind = element.plan.journal ? `${file} · ${entries === 1 ? vscode.l10n.t('journal, 1 entry') : vscode.l10n.t('journal, {0} entries', entries)}` : file;
  item.description = [kind, dueCount(root, today.summary.today)].filter(Boolean).join(' · ');
  item.iconPath = root.done ? DONE : new vscode.ThemeIcon('book');
  item.resourceUri = uri;
  // `plan-tasks`: no days, so no active plan to be nor a schedule to catch up on (its menu opens it, nothing more).
  item.contextValue = root.done ? 'plan-done' : element.plan.days.length > 0 ? 'plan' : 'plan-tasks';
  item.accessibilityInformation = { label: spokenProgress(root, title) };
  return item;
}

/** Each day's position in its plan, by heading line: one pass per plan model, not one per day drawn. */
const dayIndexes = new WeakMap<ParsedPlan, Map<number, number>>();
function dayIndex(plan: ParsedPlan, line: number): number {
  let indexes = dayIndexes.get(plan);
  if (!indexes) {
    indexes = new Map(plan.days.map((day, i) => [day.line, i]));
    dayIndexes.set(plan, indexes);
  }
  return indexes.get(line) ?? -1;
}

/** What a day's item adds from "today": its own icon if it is the current day, its scheduled date. */
function dayExtras(element: NodeElement, today: TodayService): { isCurrent: boolean; date: string | null; pace: string | null } {
  const summary = today.summary;
  const plan = planOf(element);
  const isCurrent = summary.activePlan?.uri === plan.uri && summary.currentDay?.line === element.node.line;
  const schedule = today.scheduleOf(plan);
  const index = dayIndex(plan, element.node.line);
  const date = schedule && index >= 0 ? schedule.dateOf(index) : null;
  let pace: string | null = null;
  if (isCurrent && schedule && summary.currentDay) {
    const behind = schedule.behind(summary.currentDay, summary.today);
    const starts = behind === 0 ? notStartedUntil(plan, date, summary.today) : null;
    if (starts !== null) pace = vscode.l10n.t('starts {0}', starts);
    else if (behind === 0) pace = vscode.l10n.t('on schedule');
    else if (behind > 0) pace = behind === 1 ? vscode.l10n.t('1 day behind schedule') : vscode.l10n.t('{0} days behind schedule', behind);
    else pace = behind === -1 ? vscode.l10n.t('1 day ahead of schedule') : vscode.l10n.t('{0} days ahead of schedule', -behind);
  }
  return { isCurrent, date, pace };
}

/**
 * `day`, `day-done`, `module`, ... plus `+links` when the day has links of its own or in its
 * subsections, so the inline "open resources" action shows only where there is something to open.
 */
function contextValue(node: PlanNode): string {
  const base = node.done ? `${node.kind}-done` : node.skipped ? `${node.kind}-skipped` : node.kind;
  const links = node.kind === 'day' && (node.links.length > 0 || node.children.some((c) => c.links.length > 0));
  return links ? `${base}+links` : base;
}

/** A journal's entry: a record, shown as written (no open/done state, no "Mark complete"), dated when it has a date. */
function entryItem(element: NodeElement): vscode.TreeItem {
  const node = element.node;
  const state = hasChildren(node) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(node.title, state);
  item.id = element.id;
  item.iconPath = ENTRY;
  // An entry that says no study was done says so: a day missed (`Skipped - sick`) makes no day of the streak, a day
  // of rest (`Rest day`) is passed over by it.
  const rest = isRestEntry(node);
  const notes = [node.date && !node.title.includes(node.date) ? node.date : '', rest ? vscode.l10n.t('rest day') : node.skipped ? vscode.l10n.t('no study') : ''].filter(Boolean);
  item.description = notes.length > 0 ? notes.join(' \u00b7 ') : undefined;
  const links = node.links.length > 0 || node.children.some((c) => c.links.length > 0);
  item.contextValue = links ? 'entry+links' : 'entry';
  item.accessibilityInformation = { label: rest ? vscode.l10n.t('journal entry {0}, rest day', node.title) : node.skipped ? vscode.l10n.t('journal entry {0}, no study', node.title) : vscode.l10n.t('journal entry {0}', node.title) };
  item.command = { command: REVEAL_NODE_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
  return item;
}

function nodeItem(element: NodeElement, today: TodayService): vscode.TreeItem {
  const node = element.node;
  if (node.kind === 'day' && planOf(element).journal) return entryItem(element);
  const container = node.kind !== 'day' && node.kind !== 'section';
  const expanded = element.onCurrentPath;
  const state = hasChildren(node)
    ? expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
    : vscode.TreeItemCollapsibleState.None;
  const title = shortTitle(node);
  const item = new vscode.TreeItem(container ? `${progressPrefix(node)}${title}` : title, state);
  item.id = element.id;
  item.iconPath = stateIcon(node);
  item.contextValue = contextValue(node);
  item.accessibilityInformation = { label: container ? spokenProgress(node, node.title) : node.title };
  if (node.kind === 'day') {
    const extras = dayExtras(element, today);
    const tasks = node.done ? '' : progressLabel(node);
    item.description = [extras.isCurrent ? vscode.l10n.t('today') : '', node.skipped ? vscode.l10n.t('skipped') : '', extras.date ?? '', node.doneDate ?? '', tasks, dueCount(node, today.summary.today)].filter(Boolean).join(' · ');
    if (extras.isCurrent) item.iconPath = TODAY;
    // Marked ⏭ (Catch Up's "skip days"): out of the schedule, neither open nor done.
    else if (node.skipped) item.iconPath = SKIPPED;
  } else if (everyDaySkipped(node)) {
    // Its days all skipped, nothing else in it to do: no count left to show (their tasks left it too).
    item.description = vscode.l10n.t('skipped');
    item.iconPath = SKIPPED;
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, skipped', node.title) };
  } else if (node.kind === 'section') {
    item.description = progressLabel(node);
  } else if (container) {
    // Skipped days left the count in front of it: said, so `3/3` of a seven-day week is no mystery.
    const skipped = skippedDays(node);
    if (skipped > 0) item.description = skipped === 1 ? vscode.l10n.t('1 day skipped') : vscode.l10n.t('{0} days skipped', skipped);
  }
  // A click reveals a day's (or a leaf section's) heading and keeps the focus in the tree; containers expand.
  if (node.kind === 'day' || state === vscode.TreeItemCollapsibleState.None) {
    item.command = { command: REVEAL_NODE_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
  }
  return item;
}

/** `2 overdue` / `1 due today` for a day or a plan holding tasks due by Obsidian Tasks dates; '' when none. */
function dueCount(node: PlanNode, today: string): string {
  const counts = countDue(node, today);
  if (counts.overdue) return vscode.l10n.t('{0} overdue', counts.overdue);
  return counts.today ? vscode.l10n.t('{0} due today', counts.today) : '';
}

/** A task's dates as the row says them: done or cancelled when it is, else when it is due (or scheduled). */
function taskDescription(task: Task, due: DueState | null): string | undefined {
  if (task.checked) return task.doneDate ?? undefined;
  if (task.status === 'cancelled') return task.cancelledDate ? vscode.l10n.t('cancelled {0}', task.cancelledDate) : vscode.l10n.t('cancelled');
  const parts = [task.status === 'inProgress' ? vscode.l10n.t('in progress') : ''];
  if (due === 'overdue') parts.push(vscode.l10n.t('overdue since {0}', task.due!));
  else if (due === 'today') parts.push(vscode.l10n.t('due today'));
  else if (task.due) parts.push(vscode.l10n.t('due {0}', task.due));
  else if (task.scheduled) parts.push(vscode.l10n.t('scheduled {0}', task.scheduled));
  return parts.filter(Boolean).join(' · ') || undefined;
}

const PRIORITY_NAMES: Record<NonNullable<Task['priority']>, () => string> = {
  highest: () => vscode.l10n.t('highest priority'),
  high: () => vscode.l10n.t('high priority'),
  medium: () => vscode.l10n.t('medium priority'),
  low: () => vscode.l10n.t('low priority'),
  lowest: () => vscode.l10n.t('lowest priority'),
};

/** `Open: text`, then every Obsidian Tasks field the task carries, one per line. */
function taskTooltip(task: Task): string {
  const state = task.checked ? vscode.l10n.t('Done: {0}', task.text) : task.status === 'cancelled' ? vscode.l10n.t('Cancelled: {0}', task.text) : vscode.l10n.t('Open: {0}', task.text);
  const fields = [
    task.due && vscode.l10n.t('Due: {0}', task.due),
    task.scheduled && vscode.l10n.t('Scheduled: {0}', task.scheduled),
    task.start && vscode.l10n.t('Starts: {0}', task.start),
    task.created && vscode.l10n.t('Created: {0}', task.created),
    task.doneDate && vscode.l10n.t('Done on: {0}', task.doneDate),
    task.cancelledDate && vscode.l10n.t('Cancelled on: {0}', task.cancelledDate),
    task.recurrence && vscode.l10n.t('Repeats: {0}', task.recurrence),
    task.priority && PRIORITY_NAMES[task.priority](),
  ].filter(Boolean);
  return [state, ...fields].join('\n');
}

function taskItem(element: TaskElement, today: string): vscode.TreeItem {
  const task = element.task;
  const item = new vscode.TreeItem(task.text || vscode.l10n.t('(empty task)'), vscode.TreeItemCollapsibleState.None);
  item.id = element.id;
  const due = dueState(task, today);
  item.description = taskDescription(task, due);
  if (due) item.iconPath = due === 'overdue' ? OVERDUE : DUE_TODAY;
  // A native checkbox: checking is a deliberate act on the box; a click on the row reveals the line.
  // A cancelled task's box is empty (it is not done); ticking it marks the task done.
  item.checkboxState = task.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
  item.contextValue = task.checked ? 'task-done' : task.status === 'cancelled' ? 'task-cancelled' : 'task';
  item.tooltip = taskTooltip(task);
  item.command = { command: REVEAL_NODE_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
  return item;
}

function linkItem(element: LinkElement): vscode.TreeItem {
  const link = element.link;
  const item = new vscode.TreeItem(link.text, vscode.TreeItemCollapsibleState.None);
  item.id = element.id;
  item.description = link.target === link.text ? undefined : link.target;
  item.iconPath = new vscode.ThemeIcon(/^(https?|mailto):/i.test(link.target) ? 'link-external' : 'link');
  item.tooltip = link.target;
  item.contextValue = 'link';
  item.command = { command: OPEN_LINK_COMMAND, title: vscode.l10n.t('Open Link'), arguments: [element] };
  return item;
}

/** A row's tooltip, built when the user hovers it (see `resolveTreeItem`). */
export function tooltipOf(element: TreeElement, today: TodayService): vscode.MarkdownString | string | undefined {
  switch (element.type) {
    case 'plan': {
      const tip = nodeTooltip(element.plan.root, element.uri, planTitle(element.plan), element.plan.journal);
      // A start that is there but not read leaves the plan without a schedule: said where the plan is shown.
      const problem = frontMatterStartProblem(element.plan);
      if (problem) tip.appendMarkdown(`\n\n$(warning) ${escapeMarkdown(problem)}: ${vscode.l10n.t('the plan has no start date')}`);
      const restProblem = frontMatterRestProblem(element.plan);
      if (restProblem) tip.appendMarkdown(`\n\n$(warning) ${escapeMarkdown(restProblem)}`);
      // `## Thursday, November 26` with no year anywhere: read as no dates (the CLI's status says the same).
      if (yearUnsaid(element.plan)) tip.appendMarkdown(`\n\n$(warning) ${vscode.l10n.t('Its dates name no year, and nothing in the file says one, so they are read as no dates: write the year once (a heading such as # {0} above them)', today.summary.today.slice(0, 4))}`);
      return tip;
    }
    case 'node': {
      const journal = planOf(element).journal;
      const tip = nodeTooltip(element.node, element.uri, element.node.title, journal);
      if (element.node.kind !== 'day' || journal) return tip;
      const extras = dayExtras(element, today);
      if (extras.isCurrent) tip.appendMarkdown(`\n\n$(target) **${vscode.l10n.t('Current day')}**${extras.pace ? ` · ${extras.pace}` : ''}`);
      else if (extras.date) tip.appendMarkdown(`\n\n${vscode.l10n.t('Scheduled for {0}', extras.date)}`);
      return tip;
    }
    default:
      return undefined;
  }
}

export function toTreeItem(element: TreeElement, today: TodayService): vscode.TreeItem {
  switch (element.type) {
    case 'plan':
      return planItem(element, today);
    case 'node':
      return nodeItem(element, today);
    case 'task':
      return taskItem(element, today.summary.today);
    case 'link':
      return linkItem(element);
  }
}
