import * as vscode from 'vscode';
import { GRADES, previewGrades, type Grade, type ReviewCard } from '../../core';
import { answerItems, daysBetween, interval, promptItems, type ReviewAction, type ReviewItem } from './reviewItems';
import type { ReviewService, ReviewState } from './reviewService';

/** What the review shows now (tests wait on it; the quick pick is what people see). */
export interface ReviewStep {
  readonly step: 'prompt' | 'answer';
  readonly card: ReviewCard;
  /** 1-based position among the cards of this review, and how many it has now. */
  readonly position: number;
  readonly total: number;
  /** The quick pick's rows as shown (labels): what a learner sees before and after the reveal. */
  readonly shown: readonly string[];
}

export interface ReviewOutcome {
  /** The log lines written, one per grade, in order. */
  readonly lines: readonly string[];
  /** Escape ended the review before the due cards ran out. */
  readonly stopped: boolean;
  /** Cards still due today. */
  readonly left: number;
  readonly nextDue: string | null;
  /** What the learner was told at the end. */
  readonly message: string;
}

/** `on 2026-11-24 (in 3 days)`. */
function when(today: string, date: string): string {
  return vscode.l10n.t('{0} ({1})', date, interval(daysBetween(today, date)));
}

/**
 * "Review Due Cards": one quick pick for the whole review, keyboard only. Each card shows its prompt
 * (Enter or Space reveals); the reveal shows the answer the plan nests under it and the day it comes
 * from, with Again / Hard / Good / Easy and the date each brings the card back (Enter grades the
 * highlighted one, Good at first; 1-4 grade at once). Each grade is one line in the review log before the
 * next card shows. Escape stops; the end says how many were reviewed and when the next card is due.
 */
export class ReviewFlow implements vscode.Disposable {
  current: ReviewStep | undefined;
  private running: Promise<ReviewOutcome | undefined> | undefined;
  private pick: vscode.QuickPick<ReviewItem> | undefined;

  constructor(private readonly reviews: ReviewService) {}

  /** Runs a review; while one runs, shows it again and resolves with it. */
  run(): Promise<ReviewOutcome | undefined> {
    if (this.running) {
      this.pick?.show();
      return this.running;
    }
    this.running = this.review().finally(() => {
      this.running = undefined;
      this.current = undefined;
    });
    return this.running;
  }

  dispose(): void {
    this.pick?.dispose();
  }

  private async review(): Promise<ReviewOutcome | undefined> {
    await this.reviews.ready;
    const start = this.reviews.refresh();
    if (start.due.length === 0) {
      const message = nothingDueMessage(start);
      void vscode.window.showInformationMessage(message);
      return { lines: [], stopped: false, left: 0, nextDue: start.nextDue, message };
    }
    const pick = vscode.window.createQuickPick<ReviewItem>();
    this.pick = pick;
    pick.title = vscode.l10n.t('Review Due Cards');
    pick.ignoreFocusOut = true; // looking at the plan (Open in Plan) keeps the review open; Escape ends it
    pick.matchOnDescription = false;
    const lines: string[] = [];
    const seen = new Set<string>();
    let stopped = false;
    try {
      for (;;) {
        const state = this.reviews.state;
        const remaining = state.due.filter((s) => !seen.has(s.card.id));
        if (remaining.length === 0) break;
        const card = remaining[0].card;
        const position = seen.size + 1;
        const total = seen.size + remaining.length;
        pick.step = position;
        pick.totalSteps = total;
        const grade = await this.ask(pick, card, position, total);
        if (!grade) {
          stopped = true;
          break;
        }
        seen.add(card.id);
        pick.busy = true;
        pick.enabled = false;
        const result = await this.reviews.record(card, grade);
        pick.busy = false;
        pick.enabled = true;
        if (!result.ok) {
          void vscode.window.showErrorMessage(vscode.l10n.t('Learning Plans: the review was not logged: {0}.', result.message));
          stopped = true;
          break;
        }
        lines.push(result.line);
      }
    } finally {
      this.current = undefined;
      this.pick = undefined;
      pick.dispose();
    }
    const end = this.reviews.state;
    const left = end.due.length;
    const message = endMessage(lines.length, left, end);
    void vscode.window.showInformationMessage(message);
    return { lines, stopped, left, nextDue: end.nextDue, message };
  }

  /** Shows a card: its prompt, then (after Enter or Space) its answer and the grades. Undefined when the pick was closed. */
  private async ask(pick: vscode.QuickPick<ReviewItem>, card: ReviewCard, position: number, total: number): Promise<Grade | undefined> {
    const plan = this.reviews.planTitleOf(card);
    const prompt = promptItems(card, plan);
    pick.placeholder = vscode.l10n.t('Recall the answer, then press Enter (or Space) to show it. Escape stops.');
    this.current = { step: 'prompt', card, position, total, shown: prompt.items.map((item) => item.label) };
    const shown = await this.choose(pick, card, prompt, (value) => (value.trim() === '' && value.length > 0 ? 'reveal' : undefined), () => 'reveal');
    if (shown !== 'reveal') return undefined;
    const today = this.reviews.state.today;
    const previews = previewGrades(card, this.reviews.entriesFor(card), today);
    pick.placeholder = vscode.l10n.t('How well did you recall it? Enter grades the highlighted one, or type 1-4. Escape stops.');
    const answerStep = answerItems(card, plan, previews);
    this.current = { step: 'answer', card, position, total, shown: answerStep.items.map((item) => item.label) };
    const answer = await this.choose(pick, card, answerStep, (value) => GRADES[Number(value) - 1], () => undefined);
    return answer === undefined || answer === 'reveal' || answer === 'open' ? undefined : answer;
  }

  /**
   * One step: resolves with the accepted item's action, a key's action, or undefined when the pick is
   * hidden (Escape). "Open in Plan" opens the card's line beside the review and keeps the step open.
   */
  private choose(
    pick: vscode.QuickPick<ReviewItem>,
    card: ReviewCard,
    step: { items: ReviewItem[]; active: ReviewItem },
    key: (value: string) => ReviewAction | undefined,
    otherItem: () => ReviewAction | undefined,
  ): Promise<ReviewAction | undefined> {
    pick.value = '';
    pick.items = step.items;
    pick.activeItems = [step.active];
    pick.show();
    return new Promise((resolve) => {
      const subscriptions: vscode.Disposable[] = [];
      const done = (action: ReviewAction | undefined): void => {
        subscriptions.forEach((s) => s.dispose());
        resolve(action);
      };
      subscriptions.push(
        pick.onDidAccept(() => {
          const action = pick.activeItems[0]?.action ?? otherItem();
          if (action === 'open') {
            void openCard(card);
            return;
          }
          if (action) done(action);
        }),
        // Typing never filters the rows: a key is an action (Space, 1-4) or nothing.
        pick.onDidChangeValue((value) => {
          if (value === '') return;
          const action = key(value);
          if (action) done(action);
          else pick.value = '';
        }),
        pick.onDidHide(() => done(undefined)),
      );
    });
  }
}

async function openCard(card: ReviewCard): Promise<void> {
  const position = new vscode.Position(card.line, 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(card.planUri), {
    selection: new vscode.Range(position, position),
    preserveFocus: true,
    preview: true,
    viewColumn: vscode.ViewColumn.Active,
  });
}

function nothingDueMessage(state: ReviewState): string {
  if (state.cards === 0) {
    return vscode.l10n.t('Learning Plans: no review cards yet. The Checkpoint, Micro-Quiz and Key Learnings of the days you complete become cards.');
  }
  return state.nextDue
    ? vscode.l10n.t('Learning Plans: nothing to review today. The next card is due on {0}.', when(state.today, state.nextDue))
    : vscode.l10n.t('Learning Plans: nothing to review today.');
}

function endMessage(reviewed: number, left: number, state: ReviewState): string {
  const done = reviewed === 1 ? vscode.l10n.t('Learning Plans: 1 card reviewed.') : vscode.l10n.t('Learning Plans: {0} cards reviewed.', reviewed);
  if (left > 0) {
    const rest = left === 1 ? vscode.l10n.t('1 card is still due today.') : vscode.l10n.t('{0} cards are still due today.', left);
    return `${done} ${rest}`;
  }
  const next = state.nextDue
    ? vscode.l10n.t('Nothing else is due today; the next card is due on {0}.', when(state.today, state.nextDue))
    : vscode.l10n.t('Nothing else is due today.');
  return `${done} ${next}`;
}
