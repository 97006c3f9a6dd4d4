import * as vscode from 'vscode';
import type { IndexSettings } from '../settings';
import { filesToIndex } from './filesToIndex';

/** What the watcher tells the index. */
export interface WatchedIndex {
  /** A markdown file the index may read (include, exclude, the labs folder). */
  isCandidate(uri: vscode.Uri): boolean;
  /** A candidate created or changed: read it again once its writes settle. */
  changed(uri: vscode.Uri): void;
  /** A file or a folder gone: forget it and every plan below it. */
  gone(uri: vscode.Uri): void;
  /** A candidate found in a created folder: read it now. */
  read(uri: vscode.Uri): Promise<void>;
}

/**
 * One watcher per workspace folder for everything: a folder created or deleted with its files inside is
 * often reported as the folder alone, so folders are scanned or forgotten as a whole.
 */
export function watchFolder(folder: vscode.WorkspaceFolder, settings: () => IndexSettings, index: WatchedIndex): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'));
  watcher.onDidCreate((uri) => (index.isCandidate(uri) ? index.changed(uri) : void scanCreatedFolder(folder, settings, uri, index)));
  watcher.onDidChange((uri) => index.changed(uri));
  watcher.onDidDelete((uri) => (index.isCandidate(uri) ? void deleted(uri, index) : index.gone(uri)));
  return watcher;
}

/**
 * A delete of a markdown file can be half of an atomic write (a temporary file renamed over the plan, as
 * the CLI and the byte path write), reported as a delete and a create: a file that is still there is read
 * again, not forgotten, so the plan does not blink out of the tree. (Other deletes, folders among them,
 * are forgotten at once: no stat for each file a build's clean removes.)
 */
async function deleted(uri: vscode.Uri, index: WatchedIndex): Promise<void> {
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (exists) index.changed(uri);
  else index.gone(uri);
}

async function scanCreatedFolder(folder: vscode.WorkspaceFolder, settingsNow: () => IndexSettings, uri: vscode.Uri, index: WatchedIndex): Promise<void> {
  // A created file with another extension (`image.png`, `main.ts`) is not a folder to scan: no stat.
  if (/\.[A-Za-z0-9]{1,8}$/.test(uri.path) && !/\.(md|markdown)$/i.test(uri.path)) return;
  // The settings of the latest scan: the watcher outlives scans (folderWatchers.ts).
  const settings = settingsNow();
  if (settings.excludeSet.matches(vscode.workspace.asRelativePath(uri, false))) return;
  try {
    if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
  } catch {
    return; // gone again
  }
  // Its files as a scan lists them: by the include glob relative to the workspace folder, as every watched file is.
  const files = await filesToIndex(folder, uri, settings);
  for (const file of files) await index.read(file);
}
