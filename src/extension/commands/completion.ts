import * as vscode from 'vscode';
import {
  containerTitle, findDay, findTask, localIsoDate, planTitle, markDayComplete, markDayIncomplete, programStart, tasksOnLines, toggleTasks, type Clock, type ParsedPlan, type Task,
} from '../../core';
import type { Ask } from '../ask';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import type { PlanIndex } from '../index/planIndex';
import type { Command } from '../commandManager';
import { readProgressSettings } from '../settings';
import type { NodeElement, TaskElement } from '../tree/treeElements';
import { MARK_DAY_COMPLETE_COMMAND, MARK_DAY_INCOMPLETE_COMMAND, TOGGLE_TASK_COMMAND } from '../commandIds';
import { asTarget, type DayTarget, type DayTargets } from '../targets/dayTargets';

function stampDate(clock: Clock, uri: vscode.Uri): string | null {
  return readProgressSettings(uri).stampDates ? localIsoDate(clock()) : null;
}

function report(result: EditResult): EditResult {
  if (result.applied) vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 4000);
  else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
  return result;
}

/** The tasks on the lines of every selection (a selection ending at column 0 leaves that line out). */
function selectedTasks(plan: ParsedPlan, selections: readonly vscode.Selection[]): Task[] {
  const found = new Map<number, Task>();
  for (const selection of selections) {
    const last = selection.end.line > selection.start.line && selection.end.character === 0 ? selection.end.line - 1 : selection.end.line;
    for (const task of tasksOnLines(plan, selection.start.line, last)) found.set(task.line, task);
  }
  return [...found.values()];
}

/** Toggle Task: the task clicked in the tree, or the tasks on the editor's selected lines. */
export class ToggleTaskCommand implements Command {
  readonly id = TOGGLE_TASK_COMMAND;
  readonly writes = true;

  constructor(private readonly editor: PlanEditor, private readonly clock: Clock) {}

  async execute(element?: TaskElement): Promise<EditResult | undefined> {
    const result = element?.type === 'task' ? await this.fromTree(element) : await this.inEditor();
    return result && report(result);
  }

  private fromTree(element: TaskElement): Promise<EditResult> {
    const uri = vscode.Uri.parse(element.uri);
    const ref = { line: element.task.line, text: element.task.text };
    return this.editor.edit(uri, (text, plan) => {
      const task = findTask(plan, ref);
      if (!task) return { ok: false, message: vscode.l10n.t('the task "{0}" is no longer in {1}', ref.text, vscode.workspace.asRelativePath(uri)) };
      return toggleTasks(text, [task], stampDate(this.clock, uri), plan);
    });
  }

  private async inEditor(): Promise<EditResult | undefined> {
    const active = vscode.window.activeTextEditor;
    if (!active || active.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: put the cursor on a task line in a markdown file to toggle it.'));
      return undefined;
    }
    const uri = active.document.uri;
    const selections = active.selections;
    return this.editor.edit(uri, (text, plan) => {
      const tasks = selectedTasks(plan, selections);
      if (tasks.length === 0) return { ok: false, message: selections.length === 1 && selections[0].isSingleLine ? vscode.l10n.t('there is no task on this line') : vscode.l10n.t('there is no task on the selected lines') };
      return toggleTasks(text, tasks, stampDate(this.clock, uri), plan);
    });
  }
}

interface DayPick extends vscode.QuickPickItem {
  readonly target: DayTarget;
}

/** Mark Day Complete / Incomplete: the given day, the day under the cursor, the current day, or a pick. */
export class MarkDayCommand implements Command {
  readonly id: string;
  readonly writes = true;

  constructor(
    private readonly complete: boolean,
    private readonly index: PlanIndex,
    private readonly targets: DayTargets,
    private readonly editor: PlanEditor,
    private readonly clock: Clock,
    private readonly ask: Ask,
  ) {
    this.id = complete ? MARK_DAY_COMPLETE_COMMAND : MARK_DAY_INCOMPLETE_COMMAND;
  }

  async execute(arg?: NodeElement | DayTarget): Promise<EditResult | undefined> {
    const given = this.complete ? await this.targets.resolve(arg) : asTarget(arg) ?? this.targets.underCursor();
    const target = given ?? (await this.pickDay());
    if (!target) return undefined;
    const uri = vscode.Uri.parse(target.uri);
    const settings = readProgressSettings(uri);
    const result = await this.editor.edit(uri, (text, plan) => {
      const day = findDay(plan, target);
      if (!day) return { ok: false, message: vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(uri)) };
      if (this.complete) return markDayComplete(text, day, { date: stampDate(this.clock, uri), checkTasks: settings.checkTasks, journal: plan.journal, uri: plan.uri });
      return markDayIncomplete(text, day, plan.journal, true, plan.uri);
    });
    return report(result);
  }

  /** Without a day under the cursor or a current day (or to reopen a day), the palette offers a pick. */
  private async pickDay(): Promise<DayTarget | undefined> {
    const items: DayPick[] = [];
    const plans = [...this.index.all()].sort((a, b) => (programStart(a) ?? Infinity) - (programStart(b) ?? Infinity));
    for (const plan of plans) {
      // A journal's entries are records: nothing to mark complete.
      if (this.complete && plan.journal) continue;
      // Days that share a title (two "Day 1" in different weeks) say where they are: their week or module, and line.
      const titles = new Map<string, number>();
      for (const day of plan.days) titles.set(day.title, (titles.get(day.title) ?? 0) + 1);
      for (const day of plan.days) {
        // Reopening offers done days and skipped ones (it takes a skip back); a journal's entry saying no study was done
        // (`Skipped - sick`) has no skip to take back.
        if (this.complete ? day.done : !day.done && (!day.skipped || plan.journal)) continue;
        const container = titles.get(day.title)! > 1 ? containerTitle(plan.root, day) : '';
        const where = titles.get(day.title)! > 1 ? `${container ? ` · ${container}` : ''} · ${vscode.l10n.t('line {0}', day.line + 1)}` : '';
        items.push({ label: day.title, description: `${planTitle(plan)}${where}`, target: { uri: plan.uri, line: day.line, title: day.title } });
      }
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage(this.complete ? vscode.l10n.t('Learning Plans: no open day found.') : vscode.l10n.t('Learning Plans: no completed day found.'));
      return undefined;
    }
    const picked = await this.ask.pick(items, {
      title: this.complete ? vscode.l10n.t('Mark Day Complete') : vscode.l10n.t('Mark Day Incomplete'),
      placeHolder: this.complete ? vscode.l10n.t('Which day did you finish?') : vscode.l10n.t('Which day should be open again?'),
      matchOnDescription: true,
    });
    return picked?.target;
  }
}
