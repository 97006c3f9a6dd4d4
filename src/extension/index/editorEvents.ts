import * as vscode from 'vscode';

/** What editors and the workspace tell the index (the file watcher's reports are in indexWatcher.ts). */
export interface EditedIndex {
  /** A document's text changed: `now` for undo and redo, else typing (debounced by the index). */
  edited(event: vscode.TextDocumentChangeEvent, now: boolean): void;
  opened(document: vscode.TextDocument): void;
  /** A document was saved: its text is the file's now. */
  saved(document: vscode.TextDocument): void;
  /** A closed editor may have dropped unsaved changes: the file on disk is the truth again. */
  closed(document: vscode.TextDocument): void;
  /** Workspace folders or a setting that chooses the files changed. */
  rescan(): void;
}

/** The settings that change which files the index reads. */
const SCAN_SETTINGS = ['learningPlans.include', 'learningPlans.exclude', 'learningPlans.maxFileSizeKB', 'learningPlans.labs.folder', 'learningPlans.labs.indexLabs', 'files.exclude'];

export function watchEditors(index: EditedIndex): vscode.Disposable[] {
  return [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      // Undo and redo are shown at once (the CodeLens must not say "Mark incomplete" for a second).
      const now = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
      index.edited(e, now);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => index.opened(document)),
    vscode.workspace.onDidSaveTextDocument((document) => index.saved(document)),
    vscode.workspace.onDidCloseTextDocument((document) => index.closed(document)),
    vscode.workspace.onDidChangeWorkspaceFolders(() => index.rescan()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (SCAN_SETTINGS.some((key) => e.affectsConfiguration(key))) index.rescan();
    }),
  ];
}
