import * as vscode from 'vscode';
import type { PlanIndex } from '../planIndex';
import { childrenOf, type PlanElement, type TreeElement } from './treeElements';
import { toTreeItem } from './treeItems';

/**
 * A thin TreeDataProvider over the plan index. Plan elements are kept per uri and updated in place,
 * so a change to one file refreshes only that plan's subtree.
 */
export class PlanTreeProvider implements vscode.TreeDataProvider<TreeElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeElement | undefined>();
  private readonly planElements = new Map<string, PlanElement>();
  private readonly subscription: vscode.Disposable;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: PlanIndex) {
    this.subscription = index.onDidChange(({ uri }) => {
      const element = uri === undefined ? undefined : this.planElements.get(uri);
      const plan = uri === undefined ? undefined : index.get(uri);
      if (element && plan) {
        element.plan = plan;
        this.changed.fire(element);
      } else {
        this.changed.fire(undefined);
      }
    });
  }

  getTreeItem(element: TreeElement): vscode.TreeItem {
    return toTreeItem(element);
  }

  getChildren(element?: TreeElement): TreeElement[] {
    if (!element) return this.roots();
    if (element.type === 'plan' || element.type === 'node') return childrenOf(element);
    return [];
  }

  getParent(element: TreeElement): TreeElement | undefined {
    return element.parent;
  }

  /** The plan elements, in index order; exposed for tests and for reveal. */
  roots(): PlanElement[] {
    const plans = this.index.all();
    const live = new Set(plans.map((p) => p.uri));
    for (const uri of [...this.planElements.keys()]) if (!live.has(uri)) this.planElements.delete(uri);
    return plans.map((plan) => {
      const existing = this.planElements.get(plan.uri);
      if (existing) {
        existing.plan = plan;
        return existing;
      }
      const created: PlanElement = { type: 'plan', id: plan.uri, uri: plan.uri, plan, parent: undefined };
      this.planElements.set(plan.uri, created);
      return created;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
