import * as vscode from 'vscode';
import {
  checkIdle, elapsedMinutes, findDay, formatMinutes, logInNewEntry, logInSection, logSession, SECTION_LINE, needsNewEntry, NEW_ENTRY_LINE, noteActivity, pauseTimer, resumeTimer, startTimer, stopTimer,
  type Clock, type TimerDay, type TimerState,
} from '../../core';
import type { Ask } from '../ask';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import { log } from '../log';

const STATE_KEY = 'learningPlans.timer';
const TICK_MS = 15_000;

/** `learningPlans.timer.idleMinutes`: minutes without activity before the timer pauses (0: never). */
function idleMs(): number {
  const minutes = vscode.workspace.getConfiguration('learningPlans').get<number>('timer.idleMinutes', 10);
  return minutes > 0 ? minutes * 60_000 : Infinity;
}

/**
 * The study timer of the window: one at a time, on one day. It counts while the learner is active in VS
 * Code (window focus, typing, moving the cursor, scrolling), pauses after `learningPlans.timer.idleMinutes`
 * without activity (at the last activity, so the time away is not counted) and asks on return whether
 * the time away was study. Stopping writes a `- ⏱ ...` line under the day through the PlanEditor (one
 * undoable edit). The running timer is kept in workspaceState, so a reload does not lose it; the
 * session, once stopped, lives in the plan only.
 */
export class TimerService implements vscode.Disposable {
  private state: TimerState | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly ticked = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.ticked];
  private interval: ReturnType<typeof setInterval> | undefined;
  private asking: Promise<void> | undefined;

  /** Fires when the timer starts, pauses, resumes or stops (not every minute). */
  readonly onDidChange = this.changed.event;
  /** Fires when the shown minutes may have changed. */
  readonly onDidTick = this.ticked.event;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly clock: Clock,
    private readonly ask: Ask,
    private readonly editor: PlanEditor,
  ) {
    this.state = memento.get<TimerState>(STATE_KEY);
    const activity = (): void => void this.activity();
    this.disposables.push(
      vscode.window.onDidChangeWindowState((state) => state.focused && activity()),
      vscode.window.onDidChangeTextEditorSelection(activity),
      vscode.window.onDidChangeTextEditorVisibleRanges(activity),
      vscode.window.onDidChangeActiveTextEditor(activity),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && activity()),
    );
    void vscode.commands.executeCommand('setContext', 'learningPlans.timerRunning', this.state !== undefined);
    if (this.state) this.startTicking();
  }

  get current(): TimerState | undefined {
    return this.state;
  }

  /** The day the timer runs on, if it runs on a day of this plan. */
  runningOn(uri: string): TimerDay | undefined {
    return this.state?.day.uri === uri ? this.state.day : undefined;
  }

  minutes(): number {
    return this.state ? elapsedMinutes(this.state, this.clock().getTime()) : 0;
  }

  /** Starts on `day`; a timer running on another day is stopped (and logged) first, if the learner agrees. */
  async start(day: TimerDay): Promise<boolean> {
    if (this.state) {
      // A journal's entry not written yet is the same only for the same date (its heading): a timer of the 5th paused
      // overnight was resumed by the 6th's Start, and the morning logged in the 5th's entry (a review's).
      if (this.state.day.uri === day.uri && this.state.day.line === day.line && (day.line !== NEW_ENTRY_LINE || this.state.day.title === day.title)) {
        if (this.state.runningSince === null) this.resume(false);
        return true;
      }
      const stop = vscode.l10n.t('Stop and Start');
      const answer = await this.ask.message('info', vscode.l10n.t('The study timer runs on {0} ({1}). Stop it, log that time, and start {2}?', this.state.day.label, formatMinutes(this.minutes()), day.label), {}, stop);
      if (answer !== stop) return false;
      const stopped = await this.stop();
      if (stopped && !stopped.applied && this.state) return false;
    }
    this.set(startTimer(day, this.now()));
    return true;
  }

  /** Stops and writes the session under its day; under a minute logs nothing. */
  async stop(): Promise<EditResult | undefined> {
    const state = this.state;
    if (!state) return undefined;
    const session = stopTimer(state, this.now());
    if (!session) {
      this.set(undefined);
      return { applied: false, message: vscode.l10n.t('less than a minute on {0}: nothing logged', state.day.label) };
    }
    const uri = vscode.Uri.parse(state.day.uri);
    const result = await this.editor.edit(uri, (text, plan) => {
      // A journal's entry of the session's date: written with the session, or the one written meanwhile.
      if (state.day.line === NEW_ENTRY_LINE) {
        if (needsNewEntry(plan, session.date)) return logInNewEntry(text, plan, session);
        const entry = plan.days.find((d) => d.date === session.date);
        if (entry) return logSession(text, plan, entry, session, { measured: true });
        return { ok: false, message: vscode.l10n.t('{0} has no entry for {1} to log the session in', vscode.workspace.asRelativePath(uri), session.date) };
      }
      // A plan of tasks alone: under the section the timer was started on (else the first open task's).
      if (state.day.line === SECTION_LINE) return logInSection(text, plan, session, { measured: true, title: state.day.title });
      const day = findDay(plan, state.day);
      if (!day) return { ok: false, message: vscode.l10n.t('"{0}" is no longer in {1}', state.day.title, vscode.workspace.asRelativePath(uri)) };
      return logSession(text, plan, day, session, { measured: true });
    });
    // A session that could not be written keeps its timer, so the time is not lost: the learner can stop again.
    if (result.applied) this.set(undefined);
    else log().warn(`study timer of ${state.day.label} not logged: ${result.message}`);
    return result;
  }

  pause(): void {
    if (this.state) this.set(pauseTimer(this.state, this.now()));
  }

  resume(countAway: boolean): void {
    if (this.state) this.set(resumeTimer(this.state, this.now(), countAway));
  }

  discard(): void {
    this.set(undefined);
  }

  /** Checks for idleness and updates the minutes (every 15 s; tests call it after moving the clock). */
  tick(): void {
    if (!this.state) return;
    const checked = checkIdle(this.state, this.now(), idleMs());
    if (checked !== this.state) {
      this.set(checked);
      log().info(`study timer of ${checked.day.label} paused: no activity for ${Math.round(idleMs() / 60_000)} min`);
    } else {
      this.ticked.fire();
    }
  }

  /** Activity in the window: counted, and a return after an idle pause asks what the time away was. */
  activity(): Promise<void> {
    const state = this.state;
    if (!state) return Promise.resolve();
    if (state.paused === 'idle') return this.askOnReturn();
    this.state = noteActivity(state, this.now());
    return Promise.resolve();
  }

  private askOnReturn(): Promise<void> {
    this.asking ??= (async () => {
      const state = this.state!;
      const away = formatMinutes(Math.max(0, Math.round((this.now() - (state.pausedAt ?? this.now())) / 60_000)));
      const resume = vscode.l10n.t('Resume');
      const count = vscode.l10n.t('Count the {0} too', away);
      const stop = vscode.l10n.t('Stop and Log');
      const answer = await this.ask.message('info', vscode.l10n.t('The study timer of {0} paused while you were away ({1}). It has {2}.', state.day.label, away, formatMinutes(elapsedMinutes(state, this.now()))), {}, resume, count, stop);
      if (this.state !== state) return;
      if (answer === stop) await this.stop();
      else if (answer === count) this.resume(true);
      else if (answer === resume) this.resume(false);
      // Dismissed: it stays paused, and asks again at the next activity.
    })().finally(() => {
      this.asking = undefined;
    });
    return this.asking;
  }

  private now(): number {
    return this.clock().getTime();
  }

  private set(state: TimerState | undefined): void {
    this.state = state;
    void this.memento.update(STATE_KEY, state);
    void vscode.commands.executeCommand('setContext', 'learningPlans.timerRunning', state !== undefined);
    if (state) this.startTicking();
    else this.stopTicking();
    this.changed.fire();
    this.ticked.fire();
  }

  private startTicking(): void {
    this.interval ??= setInterval(() => this.tick(), TICK_MS);
  }

  private stopTicking(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }

  dispose(): void {
    this.stopTicking();
    this.disposables.forEach((d) => d.dispose());
  }
}
