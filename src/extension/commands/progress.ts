import * as vscode from 'vscode';
import {
  findDay, findTask, localIsoDate, markDayComplete, markDayIncomplete, tasksOnLines, toggleTasks, type ParsedPlan, type PlanNode, type Task,
} from '../../core';
import type { EditResult } from '../progress/planEditor';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { readProgressSettings } from '../settings';
import type { NodeElement, TaskElement } from '../tree/treeElements';
import { MARK_DAY_COMPLETE_COMMAND, MARK_DAY_INCOMPLETE_COMMAND, TOGGLE_TASK_COMMAND } from './commandIds';
import { asTarget, dayUnderCursor, resolveDay, type DayTarget } from './dayTarget';

function stampDate(services: Services, uri: vscode.Uri): string | null {
  return readProgressSettings(uri).stampDates ? localIsoDate(services.clock()) : null;
}

function report(result: EditResult): EditResult {
  if (result.applied) vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 4000);
  else void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
  return result;
}

async function toggleFromTree(services: Services, element: TaskElement): Promise<EditResult> {
  const uri = vscode.Uri.parse(element.uri);
  const ref = { line: element.task.line, text: element.task.text };
  return services.editor.edit(uri, (text, plan) => {
    const task = findTask(plan, ref);
    if (!task) return { ok: false, message: vscode.l10n.t('the task "{0}" is no longer in {1}', ref.text, vscode.workspace.asRelativePath(uri)) };
    return toggleTasks(text, [task], stampDate(services, uri));
  });
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

async function toggleInEditor(services: Services): Promise<EditResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: put the cursor on a task line in a markdown file to toggle it.'));
    return undefined;
  }
  const uri = editor.document.uri;
  const selections = editor.selections;
  return services.editor.edit(uri, (text, plan) => {
    const tasks = selectedTasks(plan, selections);
    if (tasks.length === 0) return { ok: false, message: vscode.l10n.t('there is no task on the selected line(s)') };
    return toggleTasks(text, tasks, stampDate(services, uri));
  });
}

interface DayPick extends vscode.QuickPickItem {
  readonly target: DayTarget;
}

/** Without a day under the cursor or a current day (or to reopen a day), the palette offers a pick. */
async function pickDay(services: Services, complete: boolean): Promise<DayTarget | undefined> {
  const items: DayPick[] = [];
  for (const plan of services.index.all()) {
    for (const day of plan.days) {
      if (day.done === complete) continue;
      items.push({ label: day.title, description: plan.root.title, target: { uri: plan.uri, line: day.line, title: day.title } });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage(complete ? vscode.l10n.t('Learning Plans: no open day found.') : vscode.l10n.t('Learning Plans: no completed day found.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: complete ? vscode.l10n.t('Mark Day Complete') : vscode.l10n.t('Mark Day Incomplete'),
    placeHolder: complete ? vscode.l10n.t('Which day did you finish?') : vscode.l10n.t('Which day should be open again?'),
    matchOnDescription: true,
  });
  return picked?.target;
}

async function markDay(services: Services, arg: NodeElement | DayTarget | undefined, complete: boolean): Promise<EditResult | undefined> {
  const given = complete ? await resolveDay(services, arg) : asTarget(arg) ?? dayUnderCursor(services);
  const target = given ?? (await pickDay(services, complete));
  if (!target) return undefined;
  const uri = vscode.Uri.parse(target.uri);
  const settings = readProgressSettings(uri);
  return services.editor.edit(uri, (text, plan) => {
    const day: PlanNode | undefined = findDay(plan, target);
    if (!day) return { ok: false, message: vscode.l10n.t('"{0}" is no longer in {1}', target.title, vscode.workspace.asRelativePath(uri)) };
    if (complete) return markDayComplete(text, day, { date: stampDate(services, uri), checkTasks: settings.checkTasks });
    return markDayIncomplete(text, day);
  });
}

export function registerProgressCommands(context: vscode.ExtensionContext, services: Services): void {
  const writes = { writes: true };
  registerCommand(context, services, TOGGLE_TASK_COMMAND, async (element?: TaskElement) => {
    const result = element?.type === 'task' ? await toggleFromTree(services, element) : await toggleInEditor(services);
    return result && report(result);
  }, writes);
  registerCommand(context, services, MARK_DAY_COMPLETE_COMMAND, async (arg?: NodeElement | DayTarget) => {
    const result = await markDay(services, arg, true);
    return result && report(result);
  }, writes);
  registerCommand(context, services, MARK_DAY_INCOMPLETE_COMMAND, async (arg?: NodeElement | DayTarget) => {
    const result = await markDay(services, arg, false);
    return result && report(result);
  }, writes);
}
