import * as vscode from 'vscode';
import { completionState, formatMinutes, progressLabel, studyTime, type ParsedPlan, type PlanNode } from '../../core';
import { OPEN_LINK_COMMAND, OPEN_NODE_COMMAND, TOGGLE_TASK_COMMAND } from '../commandIds';
import { escapeMarkdown } from '../markdownText';
import type { TodayService } from '../today/todayService';
import type { LinkElement, NodeElement, PlanElement, TaskElement, TreeElement } from './treeElements';
import { planOf } from './treeElements';

const DONE = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
const PARTIAL = new vscode.ThemeIcon('issue-draft');
const OPEN = new vscode.ThemeIcon('circle-large-outline');
const TODAY = new vscode.ThemeIcon('target', new vscode.ThemeColor('charts.orange'));
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
  return node.children.length > 0 || node.tasks.length > 0 || node.links.length > 0;
}


function nodeTooltip(node: PlanNode, uri: string): vscode.MarkdownString {
  const tip = new vscode.MarkdownString('', true);
  tip.isTrusted = false;
  tip.appendMarkdown(`**${escapeMarkdown(node.title)}**\n\n`);
  const label = progressLabel(node);
  const kind = node.kind === 'day' && node.number !== null ? vscode.l10n.t('day {0}', node.number) : KIND_NAMES[node.kind]();
  tip.appendMarkdown(`*${kind}*${label ? ` · ${escapeMarkdown(label)}` : ''}\n\n`);
  const time = studyTime(node);
  if (time.total > 0) {
    const left = time.left === time.total ? '' : time.left === 0 ? ` · ${vscode.l10n.t('all done')}` : ` · ${vscode.l10n.t('{0} left', formatMinutes(time.left))}`;
    tip.appendMarkdown(`$(clock) ${vscode.l10n.t('Study time: {0}', formatMinutes(time.total))}${left}\n\n`);
  }
  for (const field of node.fields) {
    const detail = field.detail ? ` (${escapeMarkdown(field.detail)})` : '';
    tip.appendMarkdown(`- **${escapeMarkdown(field.name)}**${detail}: ${escapeMarkdown(field.value)}\n`);
  }
  if (node.tasks.length > 0) {
    tip.appendMarkdown('\n');
    for (const task of node.tasks) tip.appendMarkdown(`- ${task.checked ? '$(pass-filled)' : '$(circle-large-outline)'} ${escapeMarkdown(task.text)}\n`);
  }
  tip.appendMarkdown(`\n${escapeMarkdown(vscode.workspace.asRelativePath(vscode.Uri.parse(uri)))}:${node.line + 1}`);
  return tip;
}

function planItem(element: PlanElement): vscode.TreeItem {
  const root = element.plan.root;
  const item = new vscode.TreeItem(root.title, vscode.TreeItemCollapsibleState.Expanded);
  const uri = vscode.Uri.parse(element.uri);
  item.id = element.id;
  item.description = progressLabel(root);
  item.iconPath = root.done ? DONE : new vscode.ThemeIcon('book');
  item.resourceUri = uri;
  item.contextValue = root.done ? 'plan-done' : 'plan';
  item.command = { command: OPEN_NODE_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
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
    if (behind === 0) pace = vscode.l10n.t('on schedule');
    else if (behind > 0) pace = behind === 1 ? vscode.l10n.t('1 day behind schedule') : vscode.l10n.t('{0} days behind schedule', behind);
    else pace = behind === -1 ? vscode.l10n.t('1 day ahead of schedule') : vscode.l10n.t('{0} days ahead of schedule', -behind);
  }
  return { isCurrent, date, pace };
}

function nodeItem(element: NodeElement, today: TodayService): vscode.TreeItem {
  const node = element.node;
  const expanded = node.kind === 'cycle' || element.onCurrentPath;
  const state = hasChildren(node)
    ? expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
    : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(node.title, state);
  item.id = element.id;
  item.description = progressLabel(node);
  item.iconPath = stateIcon(node);
  item.contextValue = node.done ? `${node.kind}-done` : node.kind;
  if (node.kind === 'day') {
    const extras = dayExtras(element, today);
    const parts = [extras.isCurrent ? vscode.l10n.t('today') : '', extras.date ?? '', item.description].filter(Boolean);
    item.description = parts.join(' · ');
    if (extras.isCurrent) item.iconPath = TODAY;
  }
  item.command = { command: OPEN_NODE_COMMAND, title: vscode.l10n.t('Open'), arguments: [element] };
  return item;
}

function taskItem(element: TaskElement): vscode.TreeItem {
  const task = element.task;
  const item = new vscode.TreeItem(task.text || '(empty task)', vscode.TreeItemCollapsibleState.None);
  item.id = element.id;
  item.description = task.doneDate ?? undefined;
  item.iconPath = task.checked ? DONE : OPEN;
  item.contextValue = task.checked ? 'task-done' : 'task';
  item.tooltip = task.checked ? vscode.l10n.t('Done: {0} (click to uncheck)', task.text) : vscode.l10n.t('Open: {0} (click to check)', task.text);
  // Clicking a checkbox item toggles it; "Open in Editor" is in its context menu.
  item.command = { command: TOGGLE_TASK_COMMAND, title: vscode.l10n.t('Toggle Task'), arguments: [element] };
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
    case 'plan':
      return nodeTooltip(element.plan.root, element.uri);
    case 'node': {
      const tip = nodeTooltip(element.node, element.uri);
      if (element.node.kind !== 'day') return tip;
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
      return planItem(element);
    case 'node':
      return nodeItem(element, today);
    case 'task':
      return taskItem(element);
    case 'link':
      return linkItem(element);
  }
}

