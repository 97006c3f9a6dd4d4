import * as vscode from 'vscode';
import type { DayTarget } from './commands/dayTarget';
import { allLinks } from '../core';
import { MARK_DAY_COMPLETE_COMMAND, MARK_DAY_INCOMPLETE_COMMAND, OPEN_DAY_RESOURCES_COMMAND, SCAFFOLD_LAB_COMMAND } from './commands/commandIds';
import type { Services } from './services';

/** A CodeLens above each day heading: Mark complete, or Mark incomplete for done days. */
class DayCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly services: Services) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('learningPlans', document.uri).get<boolean>('codeLens', true)) return [];
    const plan = this.services.index.refreshDocument(document);
    if (!plan) return [];
    return plan.days.flatMap((day) => {
      const target: DayTarget = { uri: document.uri.toString(), line: day.line, title: day.title };
      const range = new vscode.Range(day.line, 0, day.line, 0);
      const links = allLinks(day).length;
      const lenses = [
        new vscode.CodeLens(range, day.done
          ? { title: `$(circle-slash) ${vscode.l10n.t('Mark incomplete')}`, tooltip: vscode.l10n.t('Remove the ✅ stamp and uncheck this day\'s tasks'), command: MARK_DAY_INCOMPLETE_COMMAND, arguments: [target] }
          : { title: `$(check) ${vscode.l10n.t('Mark complete')}`, tooltip: vscode.l10n.t('Stamp this day ✅ with today\'s date and check its tasks'), command: MARK_DAY_COMPLETE_COMMAND, arguments: [target] }),
      ];
      if (links > 0) {
        lenses.push(new vscode.CodeLens(range, { title: `$(link-external) ${links === 1 ? vscode.l10n.t('Open 1 resource') : vscode.l10n.t('Open {0} resources', links)}`, command: OPEN_DAY_RESOURCES_COMMAND, arguments: [target] }));
      }
      lenses.push(new vscode.CodeLens(range, { title: `$(beaker) ${vscode.l10n.t('Scaffold lab')}`, tooltip: vscode.l10n.t('Create a notebook and notes for this day'), command: SCAFFOLD_LAB_COMMAND, arguments: [target] }));
      return lenses;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerCodeLens(context: vscode.ExtensionContext, services: Services): void {
  const provider = new DayCodeLensProvider(services);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    services.index.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('learningPlans.codeLens')) provider.refresh();
    }),
  );
}
