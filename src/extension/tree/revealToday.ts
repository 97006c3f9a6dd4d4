import * as vscode from 'vscode';
import type { TodayService } from '../today/todayService';
import type { PlanTreeProvider } from './planTreeProvider';
import type { TreeElement } from './treeElements';

/**
 * The tree shows today: when the current day becomes known or moves (a day marked done, another active
 * plan), it is revealed in the view, its plan and module expanded. A row's expansion is VS Code's once the
 * row is drawn, and plans are listed as the scan finds them, before today is known: without this, a view
 * open at window start kept today's plan collapsed. Each day is revealed once, so a module the learner
 * collapses stays collapsed; the selection and the focus are left alone.
 */
export class RevealToday implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The day revealed last (`uri#title`: lines move as the learner types above it). */
  private revealed = '';
  /** Reveals done (tests wait for them). */
  revealCount = 0;

  constructor(
    private readonly today: TodayService,
    private readonly tree: PlanTreeProvider,
    private readonly view: vscode.TreeView<TreeElement>,
  ) {
    this.subscriptions = [
      today.onDidChange(() => this.schedule()),
      view.onDidChangeVisibility((e) => e.visible && this.schedule()),
    ];
    this.schedule();
  }

  /** After this turn: the tree's own refresh of the same change goes first (it is sent at the end of the turn). */
  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reveal();
    }, 0);
  }

  /** Reveals the current day if the view shows and it has not been revealed yet; returns whether it did. */
  async reveal(): Promise<boolean> {
    const { activePlan, currentDay } = this.today.summary;
    if (!activePlan || !currentDay || !this.view.visible) return false;
    const key = `${activePlan.uri}#${currentDay.title}`;
    if (key === this.revealed) return false;
    const element = this.tree.findNode(activePlan.uri, currentDay.line);
    if (!element) return false;
    this.revealed = key;
    await this.view.reveal(element, { select: false, focus: false, expand: false });
    this.revealCount++;
    return true;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
