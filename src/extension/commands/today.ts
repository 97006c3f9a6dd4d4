import * as vscode from 'vscode';
import { planTitle, plansWithDays } from '../../core';
import type { PlanIndex } from '../index/planIndex';
import type { ProgressPage } from '../progressPage/progressPage';
import type { TodayService } from '../today/todayService';
import type { PlanTreeProvider } from '../tree/planTreeProvider';
import type { TreeElement } from '../tree/treeElements';
import type { Command } from '../commandManager';
import { GO_TO_TODAY_COMMAND, MARK_DAY_COMPLETE_COMMAND, MARK_TODAY_COMPLETE_COMMAND, SET_ACTIVE_PLAN_COMMAND, SHOW_PROGRESS_COMMAND } from '../commandIds';
import { openAtLine } from './navigation';
import type { DayTargets } from '../targets/dayTargets';

/** Go to Today: reveals the current day in the tree (when it is shown) and opens its heading. */
export class GoToTodayCommand implements Command {
  readonly id = GO_TO_TODAY_COMMAND;

  constructor(
    private readonly targets: DayTargets,
    private readonly tree: PlanTreeProvider,
    private readonly treeView: vscode.TreeView<TreeElement>,
  ) {}

  async execute(): Promise<vscode.TextEditor | undefined> {
    const target = await this.targets.current({ explain: true });
    if (!target) return undefined;
    const element = this.tree.findNode(target.uri, target.line);
    if (element && this.treeView.visible) {
      await this.treeView.reveal(element, { select: true, focus: false, expand: true });
    }
    return openAtLine(vscode.Uri.parse(target.uri), target.line);
  }
}

/** Mark Today Complete: Mark Day Complete on the current day. */
export class MarkTodayCompleteCommand implements Command {
  readonly id = MARK_TODAY_COMPLETE_COMMAND;
  readonly writes = true;

  constructor(private readonly targets: DayTargets) {}

  async execute(): Promise<unknown> {
    const target = await this.targets.current({ explain: true });
    return target ? vscode.commands.executeCommand(MARK_DAY_COMPLETE_COMMAND, target) : undefined;
  }
}

/** Set Active Plan: pick the plan "today" is in, or go back to the automatic rule. */
export class SetActivePlanCommand implements Command {
  readonly id = SET_ACTIVE_PLAN_COMMAND;

  constructor(private readonly index: PlanIndex, private readonly today: TodayService) {}

  /** From a plan's row in the tree: that plan (if it has days to be active), with no question. */
  async execute(arg?: TreeElement): Promise<void> {
    const plans = plansWithDays(this.index.all());
    const row = arg?.type === 'plan' ? plans.find((plan) => plan.uri === arg.uri) : undefined;
    if (row) {
      await this.today.choosePlan(row.uri);
      vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Active plan: {0}', planTitle(row))}`, 4000);
      return;
    }
    const chosen = this.today.chosenPlan;
    type Item = vscode.QuickPickItem & { uri: string | undefined };
    const items: Item[] = [
      { label: `$(sync) ${vscode.l10n.t('Automatic')}`, description: vscode.l10n.t('the plan with the most recent activity, else the earliest unfinished one'), uri: undefined, picked: chosen === undefined },
      ...plans.map((plan) => ({
        label: planTitle(plan),
        description: vscode.l10n.t('{0}/{1} days', plan.root.progress.daysDone, plan.root.progress.daysTotal),
        detail: vscode.workspace.asRelativePath(vscode.Uri.parse(plan.uri)),
        uri: plan.uri,
        picked: plan.uri === chosen,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Set Active Plan'), placeHolder: vscode.l10n.t('Which plan are you studying now?') });
    if (picked) await this.today.choosePlan(picked.uri);
  }
}

export class ShowProgressCommand implements Command {
  readonly id = SHOW_PROGRESS_COMMAND;

  constructor(private readonly page: ProgressPage) {}

  execute(): vscode.WebviewPanel {
    return this.page.show();
  }
}
