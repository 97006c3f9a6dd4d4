import * as vscode from 'vscode';
import { findTask, localIsoDate, setTasksChecked, type Clock } from '../../core';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import { readProgressSettings } from '../settings';
import type { PlanTreeProvider } from './planTreeProvider';
import type { TaskElement, TreeElement } from './treeElements';

/**
 * The tasks' native checkboxes: a box the learner ticks (or clears) sets that task, with the date stamp
 * setting; a refused edit puts the box back. Returns the results (tests drive it directly).
 */
export class TaskCheckboxes implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    view: vscode.TreeView<TreeElement>,
    private readonly editor: PlanEditor,
    private readonly tree: PlanTreeProvider,
    private readonly clock: Clock,
    private readonly isTrusted: () => boolean,
  ) {
    this.subscription = view.onDidChangeCheckboxState((e) => void this.changed(e.items));
  }

  async changed(items: readonly (readonly [TreeElement, vscode.TreeItemCheckboxState])[]): Promise<EditResult[]> {
    const results: EditResult[] = [];
    for (const [element, state] of items) {
      if (element.type !== 'task') continue;
      const result = this.isTrusted()
        ? await this.set(element, state === vscode.TreeItemCheckboxState.Checked)
        : { applied: false, message: vscode.l10n.t('this workspace is not trusted, so plans are not changed') };
      results.push(result);
      if (result.applied) {
        vscode.window.setStatusBarMessage(`$(check) ${result.message} ${vscode.l10n.t('(Ctrl+Z in the tree undoes it)')}`, 5000);
      } else {
        this.tree.refreshPlan(element.uri); // the box goes back to what the file says
        void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
      }
    }
    return results;
  }

  private set(element: TaskElement, checked: boolean): Promise<EditResult> {
    const uri = vscode.Uri.parse(element.uri);
    const ref = element.task;
    return this.editor.edit(uri, (text, plan) => {
      const task = findTask(plan, { line: ref.line, text: ref.text });
      if (!task) return { ok: false, message: vscode.l10n.t('the task "{0}" is no longer in {1}', ref.text, vscode.workspace.asRelativePath(uri)) };
      const date = readProgressSettings(uri).stampDates ? localIsoDate(this.clock()) : null;
      return setTasksChecked(text, [task], checked, date, plan);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
