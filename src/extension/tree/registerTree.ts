import * as vscode from 'vscode';
import type { PlanIndex } from '../planIndex';
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
  const updateContext = (): void => {
    void vscode.commands.executeCommand('setContext', 'learningPlans.hasPlans', index.all().length > 0);
  };
  context.subscriptions.push(provider, view, index.onDidChange(updateContext));
  return { provider, view };
}
