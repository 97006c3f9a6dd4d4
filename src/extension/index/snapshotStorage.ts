import * as vscode from 'vscode';

/** Where the index keeps its snapshot between sessions (a port, so tests can give their own). */
export interface SnapshotStorage {
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
}

/** The snapshot as a file in the extension's storage for this workspace (`context.storageUri`). */
export function workspaceSnapshotStorage(storageUri: vscode.Uri | undefined): SnapshotStorage | undefined {
  if (!storageUri) return undefined; // no folder open: nothing to keep
  const file = vscode.Uri.joinPath(storageUri, 'plan-index.json');
  return {
    async read() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    },
    async write(text) {
      await vscode.workspace.fs.createDirectory(storageUri);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    },
  };
}
