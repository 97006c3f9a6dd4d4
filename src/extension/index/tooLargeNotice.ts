import * as vscode from 'vscode';
import { windowAsk, type Ask } from '../ask';
import { log } from '../log';

const SILENCED = 'learningPlans.notice.tooLarge.off';

/**
 * Files left out of the index for their size: each skip is logged, and the user is told once per
 * session (with a button to the setting, and one to turn the notice off for good), not once per file.
 */
export class TooLargeNotice {
  private readonly skippedFiles = new Set<string>();
  private told = false;

  /** `globalState` keeps "Don't Show Again" across sessions; `ask` shows the notice (a test answers it). */
  constructor(
    private readonly globalState?: vscode.Memento,
    private readonly ask: Ask = windowAsk,
  ) {}

  get files(): readonly string[] {
    return [...this.skippedFiles];
  }

  forget(uri: string): void {
    this.skippedFiles.delete(uri);
  }

  skipped(uri: vscode.Uri, size: number): void {
    const key = uri.toString();
    if (this.skippedFiles.has(key)) return;
    this.skippedFiles.add(key);
    const path = vscode.workspace.asRelativePath(uri);
    log().warn(`skipped ${path}: ${Math.round(size / 1024)} KB is over learningPlans.maxFileSizeKB`);
    if (this.told || this.globalState?.get<boolean>(SILENCED)) return;
    this.told = true;
    const settings = vscode.l10n.t('Open Settings');
    const never = vscode.l10n.t('Don\'t Show Again');
    void this.ask
      .message('info', vscode.l10n.t('Learning Plans: {0} is not indexed: at {1} KB it is over the size limit (learningPlans.maxFileSizeKB). Other large files are listed in the log.', path, Math.round(size / 1024)), {}, settings, never)
      .then((choice) => {
        if (choice === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'learningPlans.maxFileSizeKB');
        if (choice === never) void this.globalState?.update(SILENCED, true);
      });
  }
}
