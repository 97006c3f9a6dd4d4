import * as vscode from 'vscode';

const HIDE_COMPLETED = 'learningPlans.tree.hideCompleted';
const ONLY_TODAY = 'learningPlans.tree.onlyTodaysPlan';

/**
 * The tree's two filters, kept per workspace (workspaceState) and mirrored in context keys so the view's
 * title shows the right toggle: `learningPlans.hidingCompleted`, `learningPlans.showingOnlyToday`.
 */
export class TreeFilters implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {
    this.publish();
  }

  get hideCompleted(): boolean {
    return this.state.get<boolean>(HIDE_COMPLETED, false);
  }

  get onlyTodaysPlan(): boolean {
    return this.state.get<boolean>(ONLY_TODAY, false);
  }

  async setHideCompleted(on: boolean): Promise<void> {
    await this.state.update(HIDE_COMPLETED, on);
    this.publish();
    this.emitter.fire();
  }

  async setOnlyTodaysPlan(on: boolean): Promise<void> {
    await this.state.update(ONLY_TODAY, on);
    this.publish();
    this.emitter.fire();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', 'learningPlans.hidingCompleted', this.hideCompleted);
    void vscode.commands.executeCommand('setContext', 'learningPlans.showingOnlyToday', this.onlyTodaysPlan);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
