import * as vscode from 'vscode';
import { plansWithDays } from '../../core';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { GO_TO_TODAY_COMMAND, MARK_DAY_COMPLETE_COMMAND, MARK_TODAY_COMPLETE_COMMAND, SET_ACTIVE_PLAN_COMMAND, SHOW_PROGRESS_COMMAND } from './commandIds';
import { openAtLine } from './navigation';
import type { DayTarget } from './dayTarget';

/** The current day as a command target, or undefined after telling the user why there is none. */
export async function currentDayTarget(services: Services, options: { explain: boolean }): Promise<DayTarget | undefined> {
  const summary = services.today.refresh();
  const { activePlan, currentDay } = summary;
  if (activePlan && currentDay) return { uri: activePlan.uri, line: currentDay.line, title: currentDay.title };
  if (!options.explain) return undefined;
  if (!activePlan) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: no plan with days was found in this workspace.'));
  } else {
    const next = summary.nextPlan;
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Learning Plans: all days of {0} are done.', activePlan.root.title),
      ...(next ? [vscode.l10n.t('Continue with {0}', next.root.title)] : []),
    );
    if (choice && next) {
      await services.today.choosePlan(next.uri);
      return currentDayTarget(services, options);
    }
  }
  return undefined;
}

async function goToToday(services: Services): Promise<vscode.TextEditor | undefined> {
  const target = await currentDayTarget(services, { explain: true });
  if (!target) return undefined;
  const element = services.tree.findNode(target.uri, target.line);
  if (element && services.treeView.visible) {
    await services.treeView.reveal(element, { select: true, focus: false, expand: true });
  }
  return openAtLine(vscode.Uri.parse(target.uri), target.line);
}

async function setActivePlan(services: Services): Promise<void> {
  const plans = plansWithDays(services.index.all());
  const chosen = services.today.chosenPlan;
  type Item = vscode.QuickPickItem & { uri: string | undefined };
  const items: Item[] = [
    { label: `$(sync) ${vscode.l10n.t('Automatic')}`, description: vscode.l10n.t('the plan with the most recent done date'), uri: undefined, picked: chosen === undefined },
    ...plans.map((plan) => ({
      label: plan.root.title,
      description: vscode.l10n.t('{0}/{1} days', plan.root.progress.daysDone, plan.root.progress.daysTotal),
      detail: vscode.workspace.asRelativePath(vscode.Uri.parse(plan.uri)),
      uri: plan.uri,
      picked: plan.uri === chosen,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Set Active Plan'), placeHolder: vscode.l10n.t('Which plan are you studying now?') });
  if (picked) await services.today.choosePlan(picked.uri);
}

export function registerTodayCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, GO_TO_TODAY_COMMAND, () => goToToday(services));
  registerCommand(context, services, MARK_TODAY_COMPLETE_COMMAND, async () => {
    const target = await currentDayTarget(services, { explain: true });
    return target ? vscode.commands.executeCommand(MARK_DAY_COMPLETE_COMMAND, target) : undefined;
  }, { writes: true });
  registerCommand(context, services, SET_ACTIVE_PLAN_COMMAND, () => setActivePlan(services));
  registerCommand(context, services, SHOW_PROGRESS_COMMAND, () => services.progressView.show());
}
