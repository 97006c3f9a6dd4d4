import * as vscode from 'vscode';
import type { PlanIndex } from '../planIndex';
import type { TodayService } from '../today/todayService';
import { childrenOf, type NodeElement, type PlanElement, type TreeElement } from './treeElements';
import { toTreeItem } from './treeItems';

/**
 * A thin TreeDataProvider over the plan index. Plan elements are kept per uri and updated in place,
 * so a change to one file refreshes only that plan's subtree.
 */
export class PlanTreeProvider implements vscode.TreeDataProvider<TreeElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeElement | undefined>();
  private readonly planElements = new Map<string, PlanElement>();
  private readonly subscriptions: vscode.Disposable[];
  private currentDayKey = '';

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly today: TodayService,
  ) {
    this.subscriptions = [
      index.onDidChange(({ uri }) => this.onIndexChange(uri)),
      // The current day's own icon moves when the active plan, the day or the date changes.
      today.onDidChange((summary) => {
        const key = `${summary.activePlan?.uri}#${summary.currentDay?.line}#${summary.today}`;
        if (key !== this.currentDayKey) {
          this.currentDayKey = key;
          this.changed.fire(undefined);
        }
      }),
    ];
  }

  private onIndexChange(uri: string | undefined): void {
    const element = uri === undefined ? undefined : this.planElements.get(uri);
    const plan = uri === undefined ? undefined : this.index.get(uri);
    if (element && plan) {
      element.plan = plan;
      this.changed.fire(element);
    } else {
      this.changed.fire(undefined);
    }
  }

  getTreeItem(element: TreeElement): vscode.TreeItem {
    return toTreeItem(element, this.today);
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

  /** The element of the day (or other node) whose heading is on `line` of the plan, for reveal. */
  findNode(uri: string, line: number): NodeElement | undefined {
    const search = (elements: TreeElement[]): NodeElement | undefined => {
      for (const element of elements) {
        if (element.type !== 'node' && element.type !== 'plan') continue;
        if (element.type === 'node' && element.node.line === line) return element;
        const node = element.type === 'plan' ? element.plan.root : element.node;
        if (line >= node.line && line < node.endLine) return search(childrenOf(element));
      }
      return undefined;
    };
    return search(this.roots().filter((p) => p.uri === uri));
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
