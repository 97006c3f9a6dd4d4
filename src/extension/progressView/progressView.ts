import * as vscode from 'vscode';
import { renderProgressHtml } from '../../core';
import type { PlanIndex } from '../planIndex';
import type { TodayService } from '../today/todayService';

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** "Learning Plans: Show Progress": one webview panel, re-rendered while open when progress changes. */
export class ProgressView implements vscode.Disposable {
  panel: vscode.WebviewPanel | undefined;
  private subscription: vscode.Disposable | undefined;

  constructor(private readonly index: PlanIndex, private readonly today: TodayService) {}

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('learningPlans.progress', vscode.l10n.t('Learning Progress'), vscode.ViewColumn.Active, {
      enableScripts: false,
      localResourceRoots: [],
    });
    this.panel = panel;
    this.render();
    this.subscription = this.today.onDidChange(() => this.render());
    panel.onDidDispose(() => {
      this.subscription?.dispose();
      this.panel = undefined;
    });
    return panel;
  }

  private render(): void {
    if (!this.panel) return;
    this.panel.webview.html = renderProgressHtml({
      summary: this.today.summary,
      plans: this.index.all(),
      cspSource: this.panel.webview.cspSource,
      nonce: nonce(),
      language: vscode.env.language,
    });
  }

  dispose(): void {
    this.subscription?.dispose();
    this.panel?.dispose();
  }
}
