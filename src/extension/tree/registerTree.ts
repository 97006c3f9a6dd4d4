import * as vscode from 'vscode';
import type { PlanIndex } from '../index/planIndex';
import type { TodayService } from '../today/todayService';
import { PlanTreeProvider } from './planTreeProvider';
import { TreeFilters } from './treeFilters';
import type { TreeElement } from './treeElements';

export const TREE_VIEW_ID = 'learningPlans.tree';

export interface RegisteredTree {
  readonly provider: PlanTreeProvider;
  readonly view: vscode.TreeView<TreeElement>;
  readonly filters: TreeFilters;
}

/** The view's message: what the filters hide, so an emptier tree is never a mystery. */
function filterMessage(index: PlanIndex, today: TodayService, filters: TreeFilters): string | undefined {
  const parts: string[] = [];
  if (filters.onlyTodaysPlan && today.summary.activePlan) {
    const others = index.all().length - 1;
    if (others > 0) parts.push(others === 1 ? vscode.l10n.t('Showing only today\'s plan (1 other plan hidden).') : vscode.l10n.t('Showing only today\'s plan ({0} other plans hidden).', others));
  }
  if (filters.hideCompleted) {
    const days = index.all().reduce((n, p) => n + p.root.progress.daysDone, 0);
    const tasks = index.all().reduce((n, p) => n + p.root.progress.tasksDone, 0);
    const dayText = days === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', days);
    const taskText = tasks === 1 ? vscode.l10n.t('1 task') : vscode.l10n.t('{0} tasks', tasks);
    parts.push(vscode.l10n.t('Completed work is hidden: {0} and {1}.', dayText, taskText));
    // Skipped days are hidden too (they left the plan); said, so a day missing from its week is no mystery.
    const skipped = index.all().reduce((n, p) => n + p.days.filter((d) => d.skipped).length, 0);
    if (skipped > 0) parts.push(skipped === 1 ? vscode.l10n.t('So is 1 skipped day.') : vscode.l10n.t('So are {0} skipped days.', skipped));
  }
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * Creates the tree view: its provider, its filters (and the message saying what they hide), and the
 * `learningPlans.hasPlans` context key (welcome view, menus), set only when it changes.
 */
export function registerTree(context: vscode.ExtensionContext, index: PlanIndex, today: TodayService): RegisteredTree {
  const filters = new TreeFilters(context.workspaceState);
  const provider = new PlanTreeProvider(index, today, filters);
  const view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, manageCheckboxStateManually: true });
  let hasPlans: boolean | undefined;
  const updateContext = (): void => {
    const now = index.all().length > 0;
    if (now === hasPlans) return; // set only when it changes: setContext is a round trip to the workbench
    hasPlans = now;
    void vscode.commands.executeCommand('setContext', 'learningPlans.hasPlans', now);
  };
  let message: string | undefined;
  const updateMessage = (): void => {
    const now = filterMessage(index, today, filters);
    if (now === message) return;
    message = now;
    view.message = now;
  };
  updateMessage();
  context.subscriptions.push(
    filters,
    provider,
    view,
    index.onDidChange((change) => {
      if (change.listChanged) updateContext();
      if (filters.hideCompleted || filters.onlyTodaysPlan) updateMessage();
    }),
    filters.onDidChange(updateMessage),
    // Enter opens a day, a section, a task or a link in the editor; on a plan or module it keeps expanding.
    view.onDidChangeSelection((e) => {
      const opens = e.selection.length === 1 && (e.selection[0].type !== 'plan' && !(e.selection[0].type === 'node' && e.selection[0].node.kind !== 'day' && e.selection[0].node.kind !== 'section'));
      void vscode.commands.executeCommand('setContext', 'learningPlans.treeSelectionOpens', opens);
    }),
    today.onDidChange(() => filters.onlyTodaysPlan && updateMessage()),
  );
  return { provider, view, filters };
}

/**
 * The first scan of the workspace: a progress bar on the tree while it runs, and `learningPlans.scanned` once it has
 * finished, so that the welcome says "No learning plan found" only then (a large vault's tree said so while its plans
 * were still being read).
 */
export function showFirstScan(ready: Promise<void>): void {
  void vscode.window.withProgress({ location: { viewId: TREE_VIEW_ID } }, () => ready);
  void ready.then(() => vscode.commands.executeCommand('setContext', 'learningPlans.scanned', true));
}
