import * as vscode from 'vscode';
import { readIndexSettings, type IndexSettings } from '../settings';

/**
 * Which files the index considers: in a workspace folder, matching `learningPlans.include` and not its
 * excludes (nor the labs folder). (How large a file it reads is `maxFileBytes`, checked when it reads.)
 * Each folder's settings are read once per scan (`reset` forgets them; a settings change starts a new scan).
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

  /** A folder's settings as the latest scan read them (read now if it has not). */
  settingsOf(folder: vscode.WorkspaceFolder): IndexSettings {
    return this.settings.get(folder.uri.toString()) ?? this.read(folder);
  }

  /** In a workspace folder, matching include and not matching exclude (nor the labs folder). */
  isCandidate(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const settings = this.settings.get(folder.uri.toString()) ?? readIndexSettings(folder);
    const relative = vscode.workspace.asRelativePath(uri, false);
    return settings.includeSet.matchesExactly(relative) && !settings.excludeSet.matches(relative);
  }
}
