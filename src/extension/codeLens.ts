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
          ? { title: '$(circle-slash) Mark incomplete', tooltip: 'Remove the ✅ stamp and uncheck this day\'s tasks', command: MARK_DAY_INCOMPLETE_COMMAND, arguments: [target] }
          : { title: '$(check) Mark complete', tooltip: 'Stamp this day ✅ with today\'s date and check its tasks', command: MARK_DAY_COMPLETE_COMMAND, arguments: [target] }),
      ];
      if (links > 0) {
        lenses.push(new vscode.CodeLens(range, { title: `$(link-external) Open ${links} resource${links === 1 ? '' : 's'}`, command: OPEN_DAY_RESOURCES_COMMAND, arguments: [target] }));
      }
      lenses.push(new vscode.CodeLens(range, { title: '$(beaker) Scaffold lab', tooltip: 'Create a notebook and notes for this day', command: SCAFFOLD_LAB_COMMAND, arguments: [target] }));
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
