import * as vscode from 'vscode';
import { log } from '../log';
import { dayAtLine } from '../../core';
import type { PlanIndex } from '../index/planIndex';
import type { PlanTreeProvider } from './planTreeProvider';
import type { TreeElement } from './treeElements';

const SETTLE_MS = 150;

/**
 * The tree follows the editor, as the Outline view does: when a plan is the active editor and the view
 * is visible, the day under the cursor is revealed and selected (never focused). `learningPlans.tree.followCursor`
 * turns it off. Cursor moves are settled first, so holding an arrow key does not reveal every day passed.
 */
export class FollowCursor implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Reveals done (tests wait for them). */
  revealCount = 0;
  private inFlight = 0;

  constructor(
    private readonly index: PlanIndex,
    private readonly tree: PlanTreeProvider,
    private readonly view: vscode.TreeView<TreeElement>,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.schedule(e.textEditor)),
      // No editor left: a follow still waiting to settle is moot (it would reveal a day in a closed editor).
      vscode.window.onDidChangeActiveTextEditor((editor) => (editor ? this.schedule(editor) : this.cancel())),
      view.onDidChangeVisibility((e) => e.visible && vscode.window.activeTextEditor && this.schedule(vscode.window.activeTextEditor)),
    ];
  }

  /** A follow waits to settle or a reveal is on its way (tests wait until neither, before they move the tree). */
  get busy(): boolean {
    return this.timer !== undefined || this.inFlight > 0;
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(editor: vscode.TextEditor): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.follow(editor);
    }, SETTLE_MS);
  }

  /** Reveals the day under the editor's cursor; returns whether it did. */
  async follow(editor: vscode.TextEditor): Promise<boolean> {
    if (!this.view.visible || editor !== vscode.window.activeTextEditor) return false;
    if (!vscode.workspace.getConfiguration('learningPlans').get<boolean>('tree.followCursor', true)) return false;
    if (!this.index.get(editor.document.uri)) return false;
    const day = dayAtLine(this.index.planFor(editor.document), editor.selection.active.line);
    if (!day) return false;
    const element = this.tree.findNode(editor.document.uri.toString(), day.line);
    if (!element || this.view.selection[0]?.id === element.id) return false;
    this.inFlight++;
    try {
      await this.view.reveal(element, { select: true, focus: false, expand: false });
    } catch (error) {
      // The row was redrawn meanwhile (its plan edited: a CI run's "Cannot resolve tree item" went unhandled); the
      // next cursor move reveals it again.
      log().info(`day under the cursor not revealed in the tree: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      this.inFlight--;
    }
    this.revealCount++;
    return true;
  }

  dispose(): void {
    this.cancel();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
