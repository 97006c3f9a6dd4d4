import * as vscode from 'vscode';
import type { PlanIndex } from '../index/planIndex';
import type { TodayService } from '../today/todayService';
import { PlanTreeProvider } from './planTreeProvider';
import type { TreeElement } from './treeElements';

export const TREE_VIEW_ID = 'learningPlans.tree';

/** Creates the tree view and keeps the `learningPlans.hasPlans` context key (welcome view, menus) current. */
export function registerTree(
  context: vscode.ExtensionContext,
  index: PlanIndex,
  today: TodayService,
): { provider: PlanTreeProvider; view: vscode.TreeView<TreeElement> } {
  const provider = new PlanTreeProvider(index, today);
  const view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let hasPlans: boolean | undefined;
  const updateContext = (): void => {
    const now = index.all().length > 0;
    if (now === hasPlans) return; // set only when it changes: setContext is a round trip to the workbench
    hasPlans = now;
    void vscode.commands.executeCommand('setContext', 'learningPlans.hasPlans', now);
  };
  context.subscriptions.push(provider, view, index.onDidChange((change) => change.listChanged && updateContext()));
  return { provider, view };
}
