import * as vscode from 'vscode';
import type { PlanIndex, PlanIndexChange } from '../index/planIndex';
import type { ParsedPlan, PlanNode } from '../../core';
import type { TodayService } from '../today/todayService';
import { childrenOf, type NodeElement, type PlanElement, type TreeElement, type TreeView } from './treeElements';
import type { TreeFilters } from './treeFilters';
import { toTreeItem, tooltipOf } from './treeItems';

/**
 * A thin TreeDataProvider over the plan index. Plan elements are kept per uri and updated in place, so
 * a change to one file refreshes only that plan's subtree. Refreshes asked for in one turn (the index's
 * change and the current day moving with it) reach VS Code as one.
 */
export class PlanTreeProvider implements vscode.TreeDataProvider<TreeElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeElement | undefined>();
  private readonly planElements = new Map<string, PlanElement>();
  private readonly subscriptions: vscode.Disposable[];
  private currentDayKey = '';
  /** What to refresh at the end of this turn: some plans, or everything (`all`). */
  private pending: { all: boolean; elements: Set<PlanElement> } | undefined;
  /** Refreshes sent to VS Code (tests prove one edit makes one). */
  refreshCount = 0;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly today: TodayService,
    private readonly filters: TreeFilters,
  ) {
    this.subscriptions = [
      filters.onDidChange(() => this.refresh(undefined)),
      index.onDidChange((change) => this.onIndexChange(change)),
      // The current day's own icon moves when the active plan, the day or the date changes.
      today.onDidChange((summary) => {
        const key = `${summary.activePlan?.uri}#${summary.currentDay?.line}#${summary.today}#${this.filters.onlyTodaysPlan}`;
        if (key !== this.currentDayKey) {
          this.currentDayKey = key;
          this.refresh(undefined);
        }
      }),
    ];
  }

  private onIndexChange(change: PlanIndexChange): void {
    if (change.listChanged) {
      this.refresh(undefined);
      return;
    }
    for (const uri of change.changed) {
      const element = this.planElements.get(uri);
      const plan = this.index.get(uri);
      if (element && plan) {
        element.plan = plan;
        this.refresh(element);
      }
    }
  }

  /** Redraws one plan's rows (after a refused checkbox, so the box shows what the file says). */
  refreshPlan(uri: string): void {
    const element = this.planElements.get(uri);
    if (element) this.refresh(element);
  }

  /** Asks VS Code to redraw `element` (or everything) once, at the end of this turn. */
  private refresh(element: PlanElement | undefined): void {
    if (!this.pending) {
      this.pending = { all: false, elements: new Set() };
      queueMicrotask(() => {
        const pending = this.pending!;
        this.pending = undefined;
        if (pending.all) {
          this.refreshCount++;
          this.changed.fire(undefined);
        } else {
          for (const each of pending.elements) {
            this.refreshCount++;
            this.changed.fire(each);
          }
        }
      });
    }
    if (element) this.pending.elements.add(element);
    else this.pending.all = true;
  }

  getTreeItem(element: TreeElement): vscode.TreeItem {
    return toTreeItem(element, this.today);
  }

  /** Tooltips are built when the user hovers, not for every row drawn. */
  resolveTreeItem(item: vscode.TreeItem, element: TreeElement): vscode.TreeItem {
    item.tooltip ??= tooltipOf(element, this.today);
    return item;
  }

  /** What the rows show besides the model: the current day (in the active plan) and the filters. */
  private get view(): TreeView {
    const summary = this.today.summary;
    return {
      currentDay: (plan: ParsedPlan): PlanNode | undefined => (summary.activePlan?.uri === plan.uri ? summary.currentDay : undefined),
      hideCompleted: this.filters.hideCompleted,
    };
  }

  getChildren(element?: TreeElement): TreeElement[] {
    if (!element) return this.roots();
    if (element.type === 'plan' || element.type === 'node') return childrenOf(element, this.view);
    return [];
  }

  getParent(element: TreeElement): TreeElement | undefined {
    return element.parent;
  }

  /** The plan elements, in index order (only today's plan with that filter on); exposed for tests and for reveal. */
  roots(): PlanElement[] {
    const active = this.today.summary.activePlan;
    const all = this.index.all();
    const plans = this.filters.onlyTodaysPlan && active ? all.filter((p) => p.uri === active.uri) : all.filter((p) => !this.filters.hideCompleted || !p.root.done);
    const live = new Set(all.map((p) => p.uri));
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
        if (line >= node.line && line < node.endLine) return search(childrenOf(element, this.view));
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
