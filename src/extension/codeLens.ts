import * as vscode from 'vscode';
import { allLinks } from '../core';
import { formatMinutes } from '../core';
import { MARK_DAY_COMPLETE_COMMAND, MARK_DAY_INCOMPLETE_COMMAND, OPEN_DAY_RESOURCES_COMMAND, SCAFFOLD_LAB_COMMAND, START_TIMER_COMMAND, STOP_TIMER_COMMAND } from './commandIds';
import type { DayTarget } from './targets/dayTargets';
import type { PlanIndex, PlanIndexChange } from './index/planIndex';

/** Where our CodeLenses and tree actions apply: files, remote and virtual workspaces; not diffs, git or output views. */
export const PLAN_DOCUMENTS: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

/** What the lenses need of the study timer (timer/timerService.ts). */
export interface TimerLensSource {
  runningOn(uri: string): { line: number } | undefined;
  minutes(): number;
  readonly onDidChange: vscode.Event<void>;
}

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

  constructor(private readonly index: PlanIndex, private readonly timer?: TimerLensSource) {
    this.subscriptions = [
      ...(timer ? [timer.onDidChange(() => this.changed.fire())] : []),
      index.onDidChange((change) => this.onIndexChange(change)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('learningPlans.codeLens') || e.affectsConfiguration('learningPlans.timer.codeLens')) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    this.requestCount++;
    if (!vscode.workspace.getConfiguration('learningPlans', document.uri).get<boolean>('codeLens', true)) return [];
    const plan = this.index.get(document.uri) ? this.index.planFor(document) : undefined;
    if (!plan?.isPlan) return [];
    const timerLens = this.timer !== undefined && vscode.workspace.getConfiguration('learningPlans', document.uri).get<boolean>('timer.codeLens', true);
    const running = this.timer?.runningOn(document.uri.toString());
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
      if (running?.line === day.line) {
        // The minutes are those of the moment the lenses were asked for: the status bar shows them live.
        lenses.push(new vscode.CodeLens(range, { title: `$(debug-stop) ${vscode.l10n.t('Stop timer')}`, tooltip: vscode.l10n.t('Stop the study timer ({0} so far) and log the session under this day', formatMinutes(this.timer!.minutes())), command: STOP_TIMER_COMMAND }));
      } else if (timerLens && !day.done && !plan.journal) {
        lenses.push(new vscode.CodeLens(range, { title: `$(watch) ${vscode.l10n.t('Start timer')}`, tooltip: vscode.l10n.t('Time your study of this day; stopping writes "- ⏱ date time (minutes)" under it'), command: START_TIMER_COMMAND, arguments: [target] }));
      }
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

export function registerCodeLens(context: vscode.ExtensionContext, index: PlanIndex, timer?: TimerLensSource): DayCodeLensProvider {
  const provider = new DayCodeLensProvider(index, timer);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider(PLAN_DOCUMENTS, provider));
  return provider;
}
