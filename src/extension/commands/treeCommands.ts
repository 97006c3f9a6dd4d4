import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import {
  HIDE_COMPLETED_COMMAND, OPEN_LINK_COMMAND, OPEN_TREE_SELECTION_COMMAND, REVEAL_NODE_COMMAND, SHOW_ALL_PLANS_COMMAND, SHOW_COMPLETED_COMMAND,
  SHOW_ONLY_TODAYS_PLAN_COMMAND, UNDO_LAST_EDIT_COMMAND, OPEN_LOCATION_COMMAND,
} from '../commandIds';
import type { EditResult, PlanEditor } from '../edits/planEditor';
import type { PlanIndex } from '../index/planIndex';
import { lineOf, planOf, type TreeElement } from '../tree/treeElements';
import type { TreeFilters } from '../tree/treeFilters';
import { openAtLine } from './navigation';

/** Two clicks on one row within this time are a double click. */
const DOUBLE_CLICK_MS = 500;

/**
 * A click on a row, as in the Explorer: the first reveals the line in a preview editor and keeps the focus
 * in the tree (arrow keys keep moving there); a second click on the same row soon after (a double click)
 * opens it for editing, with the focus.
 */
export class RevealNodeCommand implements Command {
  readonly id = REVEAL_NODE_COMMAND;
  private lastClick: { id: string; at: number } | undefined;

  constructor(private readonly now: () => number = () => Date.now()) {}

  async execute(element?: TreeElement): Promise<vscode.TextEditor | undefined> {
    if (!element) return undefined;
    const at = this.now();
    const double = this.lastClick?.id === element.id && at - this.lastClick.at < DOUBLE_CLICK_MS;
    this.lastClick = double ? undefined : { id: element.id, at };
    const uri = vscode.Uri.parse(planOf(element).uri);
    return openAtLine(uri, lineOf(element), double ? { preserveFocus: false, preview: false } : { preserveFocus: true, preview: true });
  }
}

/** A link of the progress page: opens a plan of the index at a line (anything else is refused). */
export class OpenLocationCommand implements Command {
  readonly id = OPEN_LOCATION_COMMAND;

  constructor(private readonly index: PlanIndex) {}

  async execute(uri?: unknown, line?: unknown): Promise<vscode.TextEditor | undefined> {
    if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 0 || !this.index.get(uri)) return undefined;
    return openAtLine(vscode.Uri.parse(uri), line, { preserveFocus: false, preview: false });
  }
}

/** Enter on a row: opens it and moves the focus to the editor (a link: opens the link). */
export class OpenTreeSelectionCommand implements Command {
  readonly id = OPEN_TREE_SELECTION_COMMAND;

  constructor(private readonly view: vscode.TreeView<TreeElement>) {}

  async execute(): Promise<unknown> {
    const element = this.view.selection[0];
    if (!element) return undefined;
    // Move the focus only once the key event is over: an editor focused while Enter is still being
    // delivered would receive it as a new line in the plan.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (element.type === 'link') return vscode.commands.executeCommand(OPEN_LINK_COMMAND, element);
    return openAtLine(vscode.Uri.parse(planOf(element).uri), lineOf(element), { preserveFocus: false, preview: false });
  }
}

/** The two filter toggles of the view's title bar (each shown as the other's opposite). */
export class FilterCommand implements Command {
  constructor(
    readonly id: string,
    private readonly filters: TreeFilters,
  ) {}

  execute(): Promise<void> {
    switch (this.id) {
      case HIDE_COMPLETED_COMMAND:
        return this.filters.setHideCompleted(true);
      case SHOW_COMPLETED_COMMAND:
        return this.filters.setHideCompleted(false);
      case SHOW_ONLY_TODAYS_PLAN_COMMAND:
        return this.filters.setOnlyTodaysPlan(true);
      default:
        return this.filters.setOnlyTodaysPlan(false);
    }
  }
}

export const FILTER_COMMANDS = [HIDE_COMPLETED_COMMAND, SHOW_COMPLETED_COMMAND, SHOW_ONLY_TODAYS_PLAN_COMMAND, SHOW_ALL_PLANS_COMMAND];

/** Ctrl+Z in the tree: the last edit made from Learning Plans, put back (it may be in a file with no editor). */
export class UndoLastEditCommand implements Command {
  readonly id = UNDO_LAST_EDIT_COMMAND;
  readonly writes = true;

  constructor(private readonly editor: PlanEditor) {}

  async execute(): Promise<EditResult> {
    const result = await this.editor.undoLast();
    if (result.applied) vscode.window.setStatusBarMessage(`$(discard) ${result.message}`, 4000);
    else void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
    return result;
  }
}
