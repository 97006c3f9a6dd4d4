import * as vscode from 'vscode';

/** What reading a file gave: its text, or why it is not indexed. */
export type DiskRead = { text: string } | { skipped: 'gone' | 'binary' | 'special' } | { skipped: 'large'; size: number };

/**
 * Reads a markdown file for the index through `workspace.fs` (so the web build works). The file is
 * stat'ed first: only a regular file (no symbolic link, FIFO or device) is read, and a huge one never;
 * binary content named `.md` is not a plan.
 */
export async function readForIndex(uri: vscode.Uri, maxBytes: number): Promise<DiskRead> {
  try {
    const { size, type } = await vscode.workspace.fs.stat(uri);
    // Only regular files: a FIFO would hang the read, a link could lead out of the workspace (or to /dev/zero).
    if (type !== vscode.FileType.File) return { skipped: 'special' };
    if (size > maxBytes) return { skipped: 'large', size };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
    // Invalid bytes become U+FFFD for display; edits to such files are refused (see PlanEditor).
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch {
    return { skipped: 'gone' }; // deleted or unreadable since it was found
  }
}
