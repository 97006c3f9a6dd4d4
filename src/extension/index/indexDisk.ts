import type * as vscode from 'vscode';

/** The two file operations the index needs: `workspace.fs`, or Node's `fs` for local files (localDisk.ts). */
export interface IndexDisk {
  stat(uri: vscode.Uri): Promise<{ readonly type: vscode.FileType; readonly size: number; readonly mtime: number }>;
  /** Reads a regular file of at most `maxBytes` (the Node host's checks it again on the opened file). */
  readFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array>;
}
