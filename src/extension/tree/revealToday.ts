import type * as vscode from 'vscode';
import type { TodayService } from '../today/todayService';
import type { PlanTreeProvider } from './planTreeProvider';
import type { TreeElement } from './treeElements';

/** The first retry's delay; each next one waits twice as long. */
const RETRY_MS = 300;
/** Retries of a dropped reveal, a day: 300 + 600 + 1200 + 2400 ms (one was not enough in a slow web host, in CI). */
const RETRIES = 4;

/** What RevealToday uses of the tree view (a port: unit tests drive it with a view that drops reveals). */
export type RevealView = Pick<vscode.TreeView<TreeElement>, 'visible' | 'reveal' | 'onDidChangeVisibility' | 'onDidCollapseElement' | 'onDidExpandElement'>;

/**
 * The tree shows today: when the current day becomes known or moves (a day marked done, another active
 * plan), it is revealed in the view, its plan and module expanded. A row's expansion is VS Code's once the
 * row is drawn, and plans are listed as the scan finds them, before today is known: without this, a view
 * open at window start kept today's plan collapsed. Each day is revealed once a date (Ctrl+Z back to a day
 * already shown does not open its module again), so a module the learner collapses stays collapsed; the
 * selection and the focus are left alone.
 */
export class RevealToday implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The delay the pending timer was set with: a change of today does not wait behind a retry's. */
  private timerDelay = 0;
  /** Plan rows VS Code last said it collapsed: a reveal that leaves today's so did not take (see reveal). */
  private readonly collapsed = new Set<string>();
  /** The day whose reveal was tried again, and how often (see reveal). */
  private retried = { key: '', times: 0 };
  /** The days revealed on `date` (`uri#n`, the n-th day: lines move as the learner types, titles as they rename). */
  private revealed = new Set<string>();
  private date = '';
  /** Reveals done (tests wait for them). */
  revealCount = 0;
  private inFlight = 0;

  constructor(
    private readonly today: Pick<TodayService, 'summary' | 'onDidChange'>,
    private readonly tree: Pick<PlanTreeProvider, 'findNode'>,
    private readonly view: RevealView,
    /** Where a reveal that failed is told (the extension's log). */
    private readonly note: (message: string) => void,
    private readonly retryMs = RETRY_MS,
  ) {
    this.subscriptions = [
      today.onDidChange(() => this.schedule()),
      view.onDidChangeVisibility((e) => e.visible && this.schedule()),
      view.onDidCollapseElement((e) => e.element.type === 'plan' && this.collapsed.add(e.element.id)),
      view.onDidExpandElement((e) => this.collapsed.delete(e.element.id)),
    ];
    this.schedule();
  }

  /** A reveal is scheduled or on its way (tests wait until neither, before they move the tree). */
  get busy(): boolean {
    return this.timer !== undefined || this.inFlight > 0;
  }

  /** After this turn: the tree's own refresh of the same change goes first (it is sent at the end of the turn). */
  private schedule(delayMs = 0): void {
    if (this.timer !== undefined) {
      // A new current day is shown at once, not after a retry's wait of up to 2.4 s (a review's).
      if (delayMs >= this.timerDelay) return;
      clearTimeout(this.timer);
    }
    this.timerDelay = delayMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reveal();
    }, delayMs);
  }

  /** Reveals the current day if the view shows and it has not been revealed yet; returns whether it did. */
  async reveal(): Promise<boolean> {
    const { activePlan, currentDay, today } = this.today.summary;
    if (!activePlan || !currentDay || !this.view.visible) return false;
    if (today !== this.date) {
      this.date = today;
      this.revealed.clear();
    }
    const key = `${activePlan.uri}#${activePlan.days.findIndex((day) => day.line === currentDay.line)}`;
    if (this.revealed.has(key)) return false;
    const element = this.tree.findNode(activePlan.uri, currentDay.line);
    if (!element) return false;
    this.revealed.add(key);
    this.inFlight++;
    try {
      await this.view.reveal(element, { select: false, focus: false, expand: false });
    } catch (error) {
      // The row was redrawn meanwhile (its plan edited): the next change of today tries again.
      this.revealed.delete(key);
      this.note(`today not revealed in the tree: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      this.inFlight--;
    }
    // VS Code drops a reveal that reaches it while it draws the tree again (the rows are not known then; it says
    // nothing): its plan row is still collapsed. Again, a little later each time, a few times a day.
    if (this.collapsed.has(activePlan.uri)) {
      // Retries are a day's: the same current day tomorrow (nothing studied) has its own.
      const dayKey = `${today}|${key}`;
      if (this.retried.key !== dayKey) this.retried = { key: dayKey, times: 0 };
      if (this.retried.times < RETRIES) {
        this.revealed.delete(key);
        this.schedule(this.retryMs * 2 ** this.retried.times++);
        return false;
      }
    }
    this.revealCount++;
    return true;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
