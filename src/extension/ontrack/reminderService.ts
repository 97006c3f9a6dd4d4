import * as vscode from 'vscode';
import {
  formatMinutes, NO_REMINDER_STATE, reminderDecision, reminderShown, reminderSnoozed, studyTime,
  type Clock, type ReminderDecision, type ReminderState,
} from '../../core';
import type { Ask } from '../ask';
import { GO_TO_TODAY_COMMAND } from '../commandIds';
import { log } from '../log';
import type { TodayService } from '../today/todayService';
import { dayLabel } from '../timer/timerCommands';

const STATE_KEY = 'learningPlans.reminder';
/** Re-check at least this often while waiting, so a sleeping laptop or a moved clock cannot make it late by hours. */
const MAX_WAIT_MS = 15 * 60_000;

/** `learningPlans.reminder.time`: `HH:MM`, or empty (the default) for no nudge. */
function reminderTime(): string {
  return vscode.workspace.getConfiguration('learningPlans').get<string>('reminder.time', '') ?? '';
}

/**
 * The opt-in daily nudge: at `learningPlans.reminder.time`, if nothing was studied today, today is no
 * rest day and there is a day to study, one notification ("Day 32 is waiting (30 min)") with Open
 * Today, Snooze 1 h and Not Today. Never more than once a day (plus the one snooze asked for), across
 * windows: the day it was shown is kept in globalState. What to do is the core's pure
 * `reminderDecision`; this class only keeps one timer to the next moment it could matter.
 */
export class ReminderService implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private showing: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** Notifications shown (tests read it). */
  shownCount = 0;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly today: TodayService,
    private readonly clock: Clock,
    private readonly ask: Ask,
    /**
     * Waits a moment before showing: windows open at the nudge's time wake together, and the first to
     * show it writes globalState, which the others read after their (random) wait. No wait in tests.
     */
    private readonly settle: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3000)),
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('learningPlans.reminder') && void this.check()),
      today.onDidChange(() => void this.check()),
    );
    // The first check after activation, not in it: it reads the settings (the web host's first read is slow: README, Performance) and,
    // once the nudge's time has come, Today's summary; the plans found by the scan then check again anyway.
    this.timer = setTimeout(() => void this.check(), 0);
  }

  private get state(): ReminderState {
    return this.memento.get<ReminderState>(STATE_KEY) ?? NO_REMINDER_STATE;
  }

  /** What the nudge would do now (tests read it after moving the clock). */
  decide(): ReminderDecision {
    return reminderDecision(this.clock(), reminderTime(), this.state, () => {
      const summary = this.today.summary;
      return { done: summary.streak.activeToday, rest: summary.streak.restToday, hasDay: summary.currentDay !== undefined && !summary.planFinished };
    });
  }

  /** Decides, shows the nudge when it is time, and sets one timer to the next moment that could change the answer. */
  async check(): Promise<void> {
    this.clearTimer();
    // Asked again while the notification is up (today changed meanwhile): the answer decides what follows.
    if (this.showing) return this.showing;
    const decision = this.decide();
    if (decision.kind === 'wait') {
      const delay = Math.min(Math.max(1000, decision.until.getTime() - this.clock().getTime()), MAX_WAIT_MS);
      this.timer = setTimeout(() => void this.check(), delay);
      return;
    }
    if (decision.kind !== 'show') return;
    this.showing = this.settle()
      .then(() => (!this.disposed && this.decide().kind === 'show' ? this.show() : undefined))
      .finally(() => {
        this.showing = undefined;
      });
    await this.showing;
    if (!this.disposed) await this.check();
  }

  private async show(): Promise<void> {
    const summary = this.today.summary;
    const day = summary.currentDay;
    if (!day) return;
    // Remembered before the notification is up: another window checking meanwhile says nothing.
    await this.memento.update(STATE_KEY, reminderShown(this.clock()));
    this.shownCount++;
    const planned = studyTime(day).total;
    // `Day 32 - Delta Lake`: the heading says which day; a day without a number gets its label in front.
    const label = dayLabel(day);
    const name = day.title.includes(label) ? day.title : `${label}: ${day.title}`;
    const text = planned > 0 ? vscode.l10n.t('{0} is waiting ({1}).', name, formatMinutes(planned)) : vscode.l10n.t('{0} is waiting.', name);
    const open = vscode.l10n.t('Open Today');
    const snooze = vscode.l10n.t('Snooze 1 h');
    const notToday = vscode.l10n.t('Not Today');
    log().info(`daily nudge shown for ${dayLabel(day)}`);
    const answer = await this.ask.message('info', text, {}, open, snooze, notToday);
    if (answer === snooze) await this.memento.update(STATE_KEY, reminderSnoozed(this.clock(), this.state));
    else if (answer === open) await vscode.commands.executeCommand(GO_TO_TODAY_COMMAND);
    // Not Today, or dismissed: nothing more today.
  }

  /** Forgets the day it was last shown and any snooze (a new profile's state; the tests start from it). */
  async reset(): Promise<void> {
    await this.memento.update(STATE_KEY, undefined);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.disposables.forEach((d) => d.dispose());
  }
}
