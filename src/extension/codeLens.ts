import * as vscode from 'vscode';
import { allLinks } from '../core';
import { MARK_DAY_COMPLETE_COMMAND, MARK_DAY_INCOMPLETE_COMMAND, OPEN_DAY_RESOURCES_COMMAND, SCAFFOLD_LAB_COMMAND } from './commandIds';
import type { DayTarget } from './targets/dayTargets';
import type { PlanIndex, PlanIndexChange } from './index/planIndex';

/** Where our CodeLenses and tree actions apply: files, remote and virtual workspaces; not diffs, git or output views. */
export const PLAN_DOCUMENTS: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'markdown', scheme: 'vscode-userdata' },
];

/**
 * A CodeLens above each day heading: Mark complete (or Mark incomplete), Open resources, Scaffold lab.
 * It reads the index's silent `planFor` (so asking never causes the event it listens to) and asks VS
 * Code for new lenses only when a plan shown in an editor really changed.
 */
export class DayCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.changed.event;
  /** Requests answered (tests prove an idle plan is not asked again and again). */
  requestCount = 0;

  constructor(private readonly index: PlanIndex) {
    this.subscriptions = [
      index.onDidChange((change) => this.onIndexChange(change)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('learningPlans.codeLens')) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    this.requestCount++;
    if (!vscode.workspace.getConfiguration('learningPlans', document.uri).get<boolean>('codeLens', true)) return [];
    const plan = this.index.get(document.uri) ? this.index.planFor(document) : undefined;
    if (!plan?.isPlan) return [];
    return plan.days.flatMap((day) => {
      const target: DayTarget = { uri: document.uri.toString(), line: day.line, title: day.title };
      const range = new vscode.Range(day.line, 0, day.line, 0);
      const links = allLinks(day).length;
      // A journal's entries are a record: only their resources, nothing to mark.
      const lenses = plan.journal ? [] : [
        new vscode.CodeLens(range, day.done
          ? { title: `$(circle-slash) ${vscode.l10n.t('Mark incomplete')}`, tooltip: vscode.l10n.t('Remove the ✅ stamp and uncheck this day\'s tasks'), command: MARK_DAY_INCOMPLETE_COMMAND, arguments: [target] }
          : { title: `$(check) ${vscode.l10n.t('Mark complete')}`, tooltip: vscode.l10n.t('Stamp this day ✅ with today\'s date and check its tasks'), command: MARK_DAY_COMPLETE_COMMAND, arguments: [target] }),
      ];
      if (links > 0) {
        lenses.push(new vscode.CodeLens(range, { title: `$(link-external) ${links === 1 ? vscode.l10n.t('Open 1 resource') : vscode.l10n.t('Open {0} resources', links)}`, command: OPEN_DAY_RESOURCES_COMMAND, arguments: [target] }));
      }
      if (!plan.journal) lenses.push(new vscode.CodeLens(range, { title: `$(beaker) ${vscode.l10n.t('Scaffold lab')}`, tooltip: vscode.l10n.t('Create a notebook and notes for this day'), command: SCAFFOLD_LAB_COMMAND, arguments: [target] }));
      return lenses;
    });
  }

  private onIndexChange(change: PlanIndexChange): void {
    const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    if (change.uris.some((uri) => shown.has(uri))) this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

export function registerCodeLens(context: vscode.ExtensionContext, index: PlanIndex): DayCodeLensProvider {
  const provider = new DayCodeLensProvider(index);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider(PLAN_DOCUMENTS, provider));
  return provider;
}
