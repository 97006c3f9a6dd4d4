import * as vscode from 'vscode';
import { addDays, findDay, localIsoDate, logPause, type Clock, type PauseMark } from '../../core';
import { STAYS_OPEN, type Ask } from '../ask';
import type { Command } from '../commandManager';
import { REST_TODAY_COMMAND } from '../commandIds';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import type { DayTarget, DayTargets } from '../targets/dayTargets';
import type { TodayService } from '../today/todayService';
import type { NodeElement } from '../tree/treeElements';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type RestItem = vscode.QuickPickItem & { readonly pause?: PauseMark; readonly range?: true };

/**
 * Take a Rest Day: writes `- ⏸ 2026-11-28` (or a range `⏸ 2026-12-24..2026-12-26`) under the day being
 * studied, one undoable edit. A pause is a planned day off: the streak passes over it, it never counts
 * as a study day, and the nudge stays silent on it. The day is the one given (tree, CodeLens), else the
 * day under the cursor, else today's day.
 */
export class RestTodayCommand implements Command {
  readonly id = REST_TODAY_COMMAND;
  readonly writes = true;

  constructor(
    private readonly today: TodayService,
    private readonly targets: DayTargets,
    private readonly editor: PlanEditor,
    private readonly ask: Ask,
    private readonly clock: Clock,
  ) {}

  async execute(arg?: NodeElement | DayTarget): Promise<EditResult | undefined> {
    const target = await this.targets.resolve(arg);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: open a plan with an open day to take a rest day.'));
      return undefined;
    }
    const today = localIsoDate(this.clock());
    const tomorrow = addDays(today, 1);
    const rest = this.today.refresh().streak.rest;
    const already = (date: string): string => (rest.isRestDate(date) ? vscode.l10n.t('already a rest day') : '');
    const items: RestItem[] = [
      { label: `$(coffee) ${vscode.l10n.t('Today')}`, description: `${today} ${already(today)}`.trim(), pause: { from: today, to: today } },
      { label: `$(calendar) ${vscode.l10n.t('Tomorrow')}`, description: `${tomorrow} ${already(tomorrow)}`.trim(), pause: { from: tomorrow, to: tomorrow } },
      { label: `$(calendar) ${vscode.l10n.t('Several days...')}`, description: vscode.l10n.t('a holiday, a trip'), range: true },
    ];
    const picked = await this.ask.pick(items, {
      title: vscode.l10n.t('Take a rest day'),
      placeHolder: vscode.l10n.t('A ⏸ line under {0}: the streak passes over it, the nudge stays silent', target.title),
      ...STAYS_OPEN,
    });
    if (!picked) return undefined;
    const pause = picked.pause ?? (await this.askRange(today));
    if (!pause) return undefined;
    const result = await this.editor.edit(vscode.Uri.parse(target.uri), (text, plan) => {
      const day = findDay(plan, target);
      if (!day) return { ok: false, message: vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(vscode.Uri.parse(target.uri))) };
      return logPause(text, plan, day, pause);
    });
    if (result.applied) vscode.window.setStatusBarMessage(`$(coffee) ${result.message}`, 5000);
    else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
    return result;
  }

  private async askRange(today: string): Promise<PauseMark | undefined> {
    const value = await this.ask.input({
      title: vscode.l10n.t('Rest from ... to ...'),
      prompt: vscode.l10n.t('Two dates, YYYY-MM-DD..YYYY-MM-DD (at most a year)'),
      value: `${today}..${addDays(today, 2)}`,
      validateInput: (input) => (parseRange(input) ? undefined : vscode.l10n.t('two dates, the second not before the first, e.g. {0}..{1}', today, addDays(today, 2))),
      ...STAYS_OPEN,
    });
    return value === undefined ? undefined : parseRange(value);
  }
}

function parseRange(input: string): PauseMark | undefined {
  const [from, to = from] = input.split('..').map((part) => part.trim());
  if (!DATE.test(from) || !DATE.test(to) || to < from) return undefined;
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || Date.parse(to) - Date.parse(from) > 365 * 86_400_000) return undefined;
  return { from, to };
}

