import type * as vscode from 'vscode';

/** Which paths (relative to the workspace folder, `/`-separated) a listing keeps: a folder to go into, a file to list. */
export interface ListingScope {
  folder(relative: string): boolean;
  file(relative: string): boolean;
}

/** The file operations the index needs: `workspace.fs`, or Node's `fs` for local files (localDisk.ts). */
export interface IndexDisk {
  stat(uri: vscode.Uri): Promise<{ readonly type: vscode.FileType; readonly size: number; readonly mtime: number }>;
  /** Reads a regular file of at most `maxBytes` (the Node host's checks it again on the opened file). */
  readFile(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array>;
  /**
   * The files under `start` (a workspace folder `root`, or a folder in it) that `scope` keeps, symbolic links not
   * followed; only where the files can be listed without VS Code's file search (see localDisk.ts).
   */
  list?(root: vscode.Uri, start: vscode.Uri, scope: ListingScope): Promise<vscode.Uri[]>;
}
