import * as vscode from 'vscode';
import { renderProgressHtml } from '../../core';
import { OPEN_LOCATION_COMMAND } from '../commandIds';
import type { PlanIndex } from '../index/planIndex';
import type { TodayService } from '../today/todayService';
import type { ReviewService } from '../review/reviewService';

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * "Learning Plans: Show Progress": one webview panel. It follows the plans and today while it is
 * open, but renders only while visible: changes made while it is hidden are drawn when it is shown.
 */
export class ProgressPage implements vscode.Disposable {
  panel: vscode.WebviewPanel | undefined;
  private subscriptions: vscode.Disposable[] = [];
  private stale = false;
  /** The page last drawn, without its nonce. */
  private shown: string | undefined;
  /** Pages drawn so far (tests prove a hidden page is not drawn, nor one that would look the same). */
  renderCount = 0;

  constructor(private readonly index: PlanIndex, private readonly today: TodayService, private readonly reviews: ReviewService) {}

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('learningPlans.progress', vscode.l10n.t('Learning Progress'), vscode.ViewColumn.Active, {
      enableScripts: false,
      localResourceRoots: [],
      // The page is a map without scripts: its links run this one command, which opens only indexed plans.
      enableCommandUris: [OPEN_LOCATION_COMMAND],
    });
    this.panel = panel;
    this.render();
    // The index and today both report one edit: render once, at the end of the turn.
    const changed = (): void => {
      if (this.stale) return;
      this.stale = true;
      queueMicrotask(() => {
        if (this.panel === panel && panel.visible && this.stale) this.render();
      });
    };
    this.subscriptions = [
      this.today.onDidChange(changed),
      this.index.onDidChange(changed),
      this.reviews.onDidChange(changed),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.render();
      }),
    ];
    panel.onDidDispose(() => {
      this.subscriptions.forEach((s) => s.dispose());
      this.subscriptions = [];
      this.panel = undefined;
      this.shown = undefined;
    });
    return panel;
  }

  private render(): void {
    if (!this.panel) return;
    this.stale = false;
    const review = this.reviews.state;
    const once = nonce();
    const html = renderProgressHtml({
      summary: this.today.summary,
      plans: this.index.all(),
      cspSource: this.panel.webview.cspSource,
      nonce: once,
      language: vscode.env.language,
      review: { cards: review.cards, due: review.due.length, reviewedThisWeek: review.reviewedThisWeek },
      open: (planUri, line) => `command:${OPEN_LOCATION_COMMAND}?${encodeURIComponent(JSON.stringify([planUri, line]))}`,
    });
    // Setting the html reloads the page (its scroll position lost, and the reloaded frame may take the focus
    // back from a quick pick): only when what it shows changed, whatever fired the event.
    const shows = html.split(once).join('');
    if (shows === this.shown) return;
    this.shown = shows;
    this.renderCount++;
    this.panel.webview.html = html;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.panel?.dispose();
  }
}
