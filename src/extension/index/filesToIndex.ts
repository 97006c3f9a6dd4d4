import * as vscode from 'vscode';
import type { IndexSettings } from '../settings';
import { localDisk } from './localDisk';

/**
 * The markdown files a scan reads under `start` (the workspace folder `folder`, or a folder created in it): those
 * the index's include glob takes and its excludes leave (IndexScope.isCandidate's rule, on paths relative to the
 * workspace folder). Local folders in the Node host are listed with `fs` (localDisk.ts: VS Code's file search stalls
 * the host); elsewhere, and in the web-worker host, by `workspace.findFiles`.
 */
export function filesToIndex(folder: vscode.WorkspaceFolder, start: vscode.Uri, settings: IndexSettings): Thenable<vscode.Uri[]> {
  if (folder.uri.scheme === 'file' && start.scheme === 'file' && localDisk?.list) {
    return localDisk.list(folder.uri, start, {
      // A folder is left out when everything in it is (`**/node_modules/**`, `**/.git`, `labs/**`).
      folder: (relative) => !settings.excludeSet.matches(`${relative}/`),
      // Its folders were checked on the way down: the file's own path is what is left to test.
      file: (relative) => settings.includeSet.matchesExactly(relative) && !settings.excludeSet.matchesExactly(relative),
    });
  }
  if (start.toString() === folder.uri.toString() || /^\*\*\//.test(settings.include)) {
    return vscode.workspace.findFiles(new vscode.RelativePattern(start, settings.include), settings.excludeGlob);
  }
  // An include of the workspace folder's own paths (`plans/*.md`) under a created folder: searched from the workspace
  // folder, as the index reads it, and kept below the created folder.
  const below = start.toString().replace(/\/?$/, '/');
  return vscode.workspace.findFiles(new vscode.RelativePattern(folder, settings.include), settings.excludeGlob)
    .then((files) => files.filter((uri) => uri.toString().startsWith(below)));
}
