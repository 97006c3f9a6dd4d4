import * as vscode from 'vscode';

export const PREVIEW_SCHEME = 'learning-plans-preview';

/** What the learner said about a preview from its editor (the title bar's Apply / Discard, or closing it). */
export type PreviewDecision = 'apply' | 'discard';

export interface ShownPreview {
  readonly left: vscode.Uri;
  readonly right: vscode.Uri;
  /** Settles when the learner applies or discards from the diff editor, or closes it. */
  readonly decided: Promise<PreviewDecision>;
}

/**
 * Before/after previews of an edit, shown with VS Code's diff editor: two read-only documents served from
 * memory (a TextDocumentContentProvider), so nothing is written until the learner says so.
 */
export class PlanPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly decisions = new Map<string, (decision: PreviewDecision) => void>();
  private readonly registrations: vscode.Disposable[];
  private next = 0;

  constructor() {
    this.registrations = [
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      // Closing the diff is a "no": nothing is written.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) if (tab.input instanceof vscode.TabInputTextDiff) this.decide('discard', tab.input.modified);
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Opens the diff of `before` and `after` for the plan at `uri`; resolves to the two preview uris. */
  async show(uri: vscode.Uri, before: string, after: string, title: string): Promise<ShownPreview> {
    const id = ++this.next;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    // The file's name keeps its extension, so the diff is highlighted as markdown.
    const left = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/before/${id}/${name}` });
    const right = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/after/${id}/${name}` });
    this.contents.set(left.toString(), before);
    this.contents.set(right.toString(), after);
    const decided = new Promise<PreviewDecision>((resolve) => this.decisions.set(right.toString(), resolve));
    await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true, preserveFocus: false });
    return { left, right, decided };
  }

  /**
   * Settles a preview waiting for the learner: the one whose "after" side is `right`, else the one in the
   * active editor. False when there is none (the editor button of a preview already answered).
   */
  decide(decision: PreviewDecision, right?: vscode.Uri): boolean {
    const key = (right ?? this.activePreview())?.toString();
    const resolve = key !== undefined ? this.decisions.get(key) : undefined;
    if (!resolve || key === undefined) return false;
    this.decisions.delete(key);
    resolve(decision);
    return true;
  }

  private activePreview(): vscode.Uri | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputTextDiff && input.modified.scheme === PREVIEW_SCHEME) return input.modified;
    const editor = vscode.window.activeTextEditor?.document.uri;
    return editor?.scheme === PREVIEW_SCHEME ? vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: editor.path.replace(/^\/before\//, '/after/') }) : undefined;
  }

  /** Closes the preview's diff editor and forgets its texts. */
  async close(preview: { left: vscode.Uri; right: vscode.Uri }): Promise<void> {
    this.decide('discard', preview.right);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.right.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
    this.contents.delete(preview.left.toString());
    this.contents.delete(preview.right.toString());
  }

  /** The preview diffs open now (tests look for them). */
  openPreviews(): vscode.TabInputTextDiff[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.input).filter((input): input is vscode.TabInputTextDiff => input instanceof vscode.TabInputTextDiff && input.modified.scheme === PREVIEW_SCHEME);
  }

  dispose(): void {
    this.registrations.forEach((r) => r.dispose());
    for (const resolve of this.decisions.values()) resolve('discard');
    this.decisions.clear();
    this.contents.clear();
  }
}
