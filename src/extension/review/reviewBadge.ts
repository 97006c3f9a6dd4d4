import * as vscode from 'vscode';
import type { ReviewService, ReviewState } from './reviewService';

/** Shown while cards are due: the Plans view's title shows the Review Due Cards button. */
export const REVIEWS_DUE_CONTEXT = 'learningPlans.reviewsDue';

export function badgeTooltip(due: number): string {
  return due === 1 ? vscode.l10n.t('1 review card due today') : vscode.l10n.t('{0} review cards due today', due);
}

/**
 * The Plans view's badge: the number of review cards due today (on the view and its activity-bar icon),
 * with a tooltip, and the `learningPlans.reviewsDue` context key. Follows the review service's event
 * only (no timer, no reading): set only when the number changes.
 */
export class ReviewBadge implements vscode.Disposable {
  private shown: number | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly view: vscode.TreeView<unknown>, reviews: ReviewService) {
    this.subscription = reviews.onDidChange((state) => this.show(state));
    // The first number once the logs are read (before that every card would look new).
    void reviews.ready.then(() => this.show(reviews.state));
  }

  private show(state: ReviewState): void {
    const due = state.due.length;
    if (due === this.shown) return;
    this.shown = due;
    this.view.badge = due > 0 ? { value: due, tooltip: badgeTooltip(due) } : undefined;
    void vscode.commands.executeCommand('setContext', REVIEWS_DUE_CONTEXT, due > 0);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
