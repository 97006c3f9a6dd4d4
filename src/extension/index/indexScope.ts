import * as vscode from 'vscode';
import { maxFileBytes, readIndexSettings, type IndexSettings } from '../settings';

/**
 * Which files the index reads: in a workspace folder, matching `learningPlans.include` and not its
 * excludes (nor the labs folder), and at most `learningPlans.maxFileSizeKB` large. Each folder's
 * settings are read once per scan (`reset` forgets them; a settings change starts a new scan).
 */
export class IndexScope {
  private settings = new Map<string, IndexSettings>();

  /** Forgets the settings read so far: the next scan reads them again. */
  reset(): void {
    this.settings = new Map();
  }

  /** A folder's settings, read now and kept until the next `reset`. */
  read(folder: vscode.WorkspaceFolder): IndexSettings {
    const settings = readIndexSettings(folder);
    this.settings.set(folder.uri.toString(), settings);
    return settings;
  }

  /** In a workspace folder, matching include and not matching exclude (nor the labs folder). */
  isCandidate(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const settings = this.settings.get(folder.uri.toString()) ?? readIndexSettings(folder);
    const relative = vscode.workspace.asRelativePath(uri, false);
    return settings.includeSet.matchesExactly(relative) && !settings.excludeSet.matches(relative);
  }

  /** The largest file the index reads (learningPlans.maxFileSizeKB); the byte path edits nothing larger. */
  maxBytes(uri: vscode.Uri): number {
    return maxFileBytes(uri);
  }
}
