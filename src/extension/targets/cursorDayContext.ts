import * as vscode from 'vscode';
import { allLinks, dayAtLine } from '../../core';
import type { PlanIndex } from '../index/planIndex';

/**
 * Context keys for the day under the cursor, so the palette and menus offer only what applies:
 * `learningPlans.cursorDay` is `open`, `done`, `skipped`, `entry` (a journal's) or empty (no day there), `learningPlans.cursorDayHasLinks`
 * says whether it has resources. Set only when they change.
 */
export class CursorDayContext implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  private state = '';
  private links = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly index: PlanIndex) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      index.onDidChange((change) => {
        const editor = vscode.window.activeTextEditor;
        if (editor && change.uris.includes(editor.document.uri.toString())) this.update();
      }),
    ];
    this.update();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 100);
  }

  /** Reads the day under the cursor now and publishes it (tests call it rather than waiting). */
  update(): string {
    const editor = vscode.window.activeTextEditor;
    const plan = editor && this.index.get(editor.document.uri) ? this.index.planFor(editor.document) : undefined;
    const day = plan && editor ? dayAtLine(plan, editor.selection.active.line) : undefined;
    // A journal's entry is a record, not a day to mark: `entry`, for which the palette offers no Mark Day ....
    // A skipped day (⏭) can be marked complete after all, or reopened (Mark Day Incomplete takes the skip back).
    const state = !day ? '' : plan?.journal ? 'entry' : day.done ? 'done' : day.skipped ? 'skipped' : 'open';
    const links = day ? allLinks(day).length > 0 : false;
    if (state !== this.state) void vscode.commands.executeCommand('setContext', 'learningPlans.cursorDay', state);
    if (links !== this.links) void vscode.commands.executeCommand('setContext', 'learningPlans.cursorDayHasLinks', links);
    this.state = state;
    this.links = links;
    return state;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}
