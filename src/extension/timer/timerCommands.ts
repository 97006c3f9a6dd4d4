import * as vscode from 'vscode';
import { dayName, findDay, formatMinutes, NEW_ENTRY_LINE, SECTION_LINE, type PlanNode } from '../../core';
import type { Ask } from '../ask';
import type { Command } from '../commandManager';
import { START_TIMER_COMMAND, STOP_TIMER_COMMAND, TIMER_ACTIONS_COMMAND } from '../commandIds';
import type { EditResult } from '../edits/planEditor';
import type { DayTarget, DayTargets } from '../targets/dayTargets';
import type { NodeElement } from '../tree/treeElements';
import type { TimerService } from './timerService';

/** `Day 32` (`Days 3-4` for a range day), or the day's title when it has no number. */
export function dayLabel(day: PlanNode): string {
  return dayName(day, false);
}

function report(result: EditResult | undefined): EditResult | undefined {
  if (!result) return result;
  if (result.applied) vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 5000);
  else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
  return result;
}

/** Start Study Timer: on the day given (CodeLens, tree), else the day under the cursor, else today's day. */
export class StartTimerCommand implements Command {
  readonly id = START_TIMER_COMMAND;

  constructor(private readonly targets: DayTargets, private readonly timer: TimerService) {}

  async execute(arg?: NodeElement | DayTarget): Promise<boolean> {
    const target = await this.targets.resolve(arg);
    // A journal of dated entries with none for today: today's entry, written when the timer stops (as `learning-plans log
    // journal.md today 25m` writes it; a journal keeper could not time a session at all). When no day is found at all,
    // or the day found is one of the editor's journal's older entries (a session now is today's, not that day's).
    const inEditor = arg ? undefined : this.targets.journalToday(true);
    const journal = !target ? this.targets.journalToday(false) : inEditor && target.uri === inEditor.uri ? inEditor : undefined;
    if (journal) {
      const started = await this.timer.start({ uri: journal.uri, line: NEW_ENTRY_LINE, title: journal.heading, label: journal.heading });
      const file = vscode.workspace.asRelativePath(vscode.Uri.parse(journal.uri));
      if (started) vscode.window.setStatusBarMessage(`$(watch) ${vscode.l10n.t('Study timer started on today\'s entry of {0}, {1} (written when it stops)', file, journal.heading)}`, 6000);
      return started;
    }
    // A plan of tasks alone (the editor's, else where no day is found): the section being worked through, found again
    // when the timer stops.
    const section = (arg ? undefined : this.targets.sectionToday(true)) ?? (target ? undefined : this.targets.sectionToday(false));
    if (section) {
      const started = await this.timer.start({ uri: section.uri, line: SECTION_LINE, title: section.title, label: section.title });
      if (started) vscode.window.setStatusBarMessage(`$(watch) ${vscode.l10n.t('Study timer started on {0}', section.title)}`, 4000);
      return started;
    }
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: put the cursor in a day, or open a plan with an open day, to time your study.'));
      return false;
    }
    const loaded = await this.targets.load(target);
    if (typeof loaded === 'string') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', loaded));
      return false;
    }
    const day = findDay(loaded.plan, target) ?? loaded.day;
    const started = await this.timer.start({ uri: target.uri, line: day.line, title: day.title, label: dayLabel(day) });
    if (started) vscode.window.setStatusBarMessage(`$(watch) ${vscode.l10n.t('Study timer started on {0}', dayLabel(day))}`, 4000);
    return started;
  }
}

/** Stop Study Timer: writes the session under its day. */
export class StopTimerCommand implements Command {
  readonly id = STOP_TIMER_COMMAND;
  readonly writes = true;

  constructor(private readonly timer: TimerService) {}

  async execute(): Promise<EditResult | undefined> {
    if (!this.timer.current) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: the study timer is not running.'));
      return undefined;
    }
    return report(await this.timer.stop());
  }
}

/** Study Timer...: what the status bar offers while the timer runs. */
export class TimerActionsCommand implements Command {
  readonly id = TIMER_ACTIONS_COMMAND;

  constructor(private readonly timer: TimerService, private readonly ask: Ask) {}

  async execute(): Promise<unknown> {
    const state = this.timer.current;
    if (!state) return vscode.commands.executeCommand(START_TIMER_COMMAND);
    const minutes = formatMinutes(this.timer.minutes());
    type Action = vscode.QuickPickItem & { run: () => unknown };
    const paused = state.runningSince === null;
    const items: Action[] = [
      { label: `$(debug-stop) ${vscode.l10n.t('Stop and log {0}', minutes)}`, description: vscode.l10n.t('writes "- ⏱ ..." under {0}', state.day.label), run: () => vscode.commands.executeCommand(STOP_TIMER_COMMAND) },
      paused
        ? { label: `$(debug-continue) ${vscode.l10n.t('Resume')}`, run: () => this.timer.resume(false) }
        : { label: `$(debug-pause) ${vscode.l10n.t('Pause')}`, run: () => this.timer.pause() },
      { label: `$(trash) ${vscode.l10n.t('Discard')}`, description: vscode.l10n.t('stops without writing anything'), run: () => this.timer.discard() },
    ];
    const picked = await this.ask.pick(items, { title: vscode.l10n.t('Study timer: {0} · {1}', state.day.title, minutes) });
    return picked?.run();
  }
}
