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

/** Plans with more days than this get lenses only around what their editors show (see `window`). */
export const ALL_LENSES_UP_TO_DAYS = 300;
/** Lines of lenses above and below the visible lines of a big plan. */
const MARGIN_LINES = 400;

/**
 * A CodeLens above each day heading: Mark complete (or Mark incomplete), Open resources, Scaffold lab.
 * It reads the index's silent `planFor` (so asking never causes the event it listens to) and asks VS
 * Code for new lenses only when a plan shown in an editor really changed.
 *
 * VS Code lays out every lens a provider returns (a view zone each) again after every change of the
 * document: a 10,000-day plan's 36,000 lenses made each keystroke take seconds in the editor. A plan of
 * more than 300 days therefore gets lenses only for the lines its editors show and 400 lines around them,
 * and new ones when scrolling leaves that window (VS Code keeps the scroll position steady as they come).
 */
export class DayCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeCodeLenses = this.changed.event;
  /** Requests answered (tests prove an idle plan is not asked again and again). */
  requestCount = 0;

  /** The lines each big plan's lenses were last given for (one window per visible range), by uri. */
  private readonly windows = new Map<string, { from: number; to: number }[]>();
  private scrolled: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly index: PlanIndex, private readonly timer?: TimerLensSource) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument((document) => this.windows.delete(document.uri.toString())),
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
    const shown = this.window(document, plan.days.length);
    const days = shown ? plan.days.filter((day) => shown.some((w) => day.line >= w.from && day.line <= w.to)) : plan.days;
    return days.flatMap((day) => {
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

  /**
   * The lines to give lenses for: all (undefined) for a plan of up to 300 days; around what its editors show
   * for a bigger one, or its first lines when the host knows of no editor yet (an editor that is opening or
   * closing asks too).
   */
  private window(document: vscode.TextDocument, days: number): { from: number; to: number }[] | undefined {
    const key = document.uri.toString();
    if (days <= ALL_LENSES_UP_TO_DAYS) {
      this.windows.delete(key);
      return undefined;
    }
    // One window per visible range: two editors on one plan, at its top and its end, ask for two windows.
    const ranges = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key).flatMap((e) => e.visibleRanges);
    const windows = ranges.length === 0
      ? [{ from: 0, to: 2 * MARGIN_LINES }]
      : ranges.map((r) => ({ from: Math.max(0, r.start.line - MARGIN_LINES), to: r.end.line + MARGIN_LINES }));
    this.windows.set(key, windows);
    return windows;
  }

  /** Scrolling a big plan near the edge of its lenses' window asks for lenses around the new place. */
  private onScroll(editor: vscode.TextEditor): void {
    const windows = this.windows.get(editor.document.uri.toString());
    if (!windows) return;
    const inside = editor.visibleRanges.every((r) => windows.some((w) => (r.start.line >= w.from + MARGIN_LINES / 4 || w.from === 0) && r.end.line <= w.to - MARGIN_LINES / 4));
    if (inside) return;
    if (this.scrolled !== undefined) clearTimeout(this.scrolled);
    this.scrolled = setTimeout(() => {
      this.scrolled = undefined;
      this.changed.fire();
    }, 100);
  }

  private onIndexChange(change: PlanIndexChange): void {
    const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    if (change.uris.some((uri) => shown.has(uri))) this.changed.fire();
  }

  dispose(): void {
    if (this.scrolled !== undefined) clearTimeout(this.scrolled);
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

export function registerCodeLens(context: vscode.ExtensionContext, index: PlanIndex, timer?: TimerLensSource): DayCodeLensProvider {
  const provider = new DayCodeLensProvider(index, timer);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider(PLAN_DOCUMENTS, provider));
  return provider;
}
