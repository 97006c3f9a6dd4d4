import * as vscode from 'vscode';
import { catchUp, dayName, findDay, localIsoDate, type Clock } from '../../core';
import type { Command } from '../commandManager';
import { SKIP_DAY_COMMAND } from '../commandIds';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import type { DayTarget, DayTargets } from '../targets/dayTargets';
import type { TodayService } from '../today/todayService';
import type { NodeElement } from '../tree/treeElements';

/**
 * Skip Day: marks the day `⏭ date` (a table row in its status cell), one undoable edit, as `replan --skip` does:
 * in a scheduled plan a missed day skipped keeps the days after it on their dates and a day ahead ends the plan
 * sooner; a plan with no schedule gets the mark alone. Mark Day Incomplete takes it back. The day is the one given
 * (tree), else the one under the cursor, else today's. (Skipping was offered only by Catch Up, for a plan behind.)
 */
export class SkipDayCommand implements Command {
  readonly id = SKIP_DAY_COMMAND;
  readonly writes = true;

  constructor(
    private readonly today: TodayService,
    private readonly targets: DayTargets,
    private readonly editor: PlanEditor,
    private readonly clock: Clock,
  ) {}

  async execute(arg?: NodeElement | DayTarget): Promise<EditResult | undefined> {
    const target = await this.targets.resolve(arg);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: open a plan with an open day to skip one.'));
      return undefined;
    }
    const uri = vscode.Uri.parse(target.uri);
    const result = await this.editor.edit(uri, (text, plan) => {
      const day = findDay(plan, target);
      if (!day) return { ok: false, message: vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(uri)) };
      if (day.done) return { ok: false, message: vscode.l10n.t('{0} is done: there is nothing to skip', dayName(day)) };
      if (day.skipped) return { ok: false, message: vscode.l10n.t('{0} is skipped already (Mark Day Incomplete takes the skip back)', dayName(day)) };
      const context = { today: localIsoDate(this.clock()), options: this.today.scheduleOptions(plan), name: vscode.workspace.asRelativePath(uri) };
      return catchUp(text, plan, { kind: 'skip', days: [{ line: day.line, title: day.title }] }, context);
    });
    if (result.applied) vscode.window.setStatusBarMessage(`$(debug-step-over) ${result.message}`, 4000);
    else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
    return result;
  }
}
