import * as vscode from 'vscode';
import { createProgressWorkflow, joinPath, WorkflowOptionError, type WorkflowResult } from '../../core';
import { CREATE_PROGRESS_WORKFLOW_COMMAND, REVIEW_DUE_CARDS_COMMAND } from '../commandIds';
import type { Command } from '../commandManager';
import { log } from '../log';
import type { ReviewFlow, ReviewOutcome } from '../review/reviewFlow';
import { WorkspaceFileSystem } from '../workspaceFileSystem';

/** Review Due Cards: the keyboard review of today's cards (see ReviewFlow). It writes the review log. */
export class ReviewDueCardsCommand implements Command {
  readonly id = REVIEW_DUE_CARDS_COMMAND;
  readonly writes = true;

  constructor(private readonly flow: ReviewFlow) {}

  execute(): Promise<ReviewOutcome | undefined> {
    return this.flow.run();
  }
}

export interface WorkflowCommandResult {
  readonly created: boolean;
  /** The workflow's uri: the new file, or the one that was already there. */
  readonly uri?: string;
  readonly message: string;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which repository should get the progress workflow?') });
}

/** The learner's time zone, so the workflow's "today" and streak are theirs (UTC needs no setting). */
function timeZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== 'UTC' && zone !== 'Etc/UTC' ? zone : null;
}

/**
 * Create Progress Workflow: writes `.github/workflows/learning-plans.yml` into a workspace folder (the
 * core's createProgressWorkflow, through the file-system port), never over an existing workflow, opens
 * it, and says what it does. The CLI it installs is this extension's version, so both read plans alike.
 */
export class CreateProgressWorkflowCommand implements Command {
  readonly id = CREATE_PROGRESS_WORKFLOW_COMMAND;
  readonly writes = true;

  constructor(private readonly version: string) {}

  async execute(): Promise<WorkflowCommandResult | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      const message = vscode.l10n.t('Learning Plans: open the folder of your repository first; the workflow is written into it.');
      void vscode.window.showInformationMessage(message);
      return { created: false, message };
    }
    const folder = await pickFolder();
    if (!folder) return undefined;
    const files = new WorkspaceFileSystem(folder.uri);
    let result: WorkflowResult;
    try {
      result = await createProgressWorkflow(files, folder.uri.path, { cliVersion: this.version, timeZone: timeZone() });
    } catch (error) {
      if (!(error instanceof WorkflowOptionError)) throw error;
      // A time zone the workflow cannot name safely: UTC, rather than no workflow.
      log().warn(`progress workflow: ${error.message}; using UTC`);
      result = await createProgressWorkflow(files, folder.uri.path, { cliVersion: this.version, timeZone: null });
    }
    if ('refused' in result) {
      const message = vscode.l10n.t('Learning Plans: the progress workflow was not created: {0}.', result.refused);
      void vscode.window.showErrorMessage(message);
      return { created: false, message };
    }
    if (!result.created) {
      const uri = files.uri(result.existing);
      const message = vscode.l10n.t('Learning Plans: {0} already exists and was not changed.', vscode.workspace.asRelativePath(uri));
      const open = vscode.l10n.t('Open');
      void vscode.window.showWarningMessage(message, open).then(async (choice) => {
        if (choice === open) await vscode.window.showTextDocument(uri);
      });
      return { created: false, uri: uri.toString(), message };
    }
    const uri = files.uri(result.path);
    log().info(`created ${vscode.workspace.asRelativePath(uri)} (learning-plans@${this.version})`);
    await vscode.window.showTextDocument(uri, { preview: false });
    const message = vscode.l10n.t(
      'Learning Plans: created {0}. On every push to the default branch, GitHub Actions installs the learning-plans CLI, redraws your study heatmap and badges in .learning-plans/, updates the learning-plans block of README.md, and commits them. Commit and push the workflow to turn it on.',
      vscode.workspace.asRelativePath(uri),
    );
    // GitHub runs the workflows of a repository's root only: a folder inside a repository gets one that never runs.
    if (!(await files.stat(joinPath(folder.uri.path, '.git')))) {
      const warning = vscode.l10n.t('{0} holds no .git: GitHub runs only the workflows of a repository\'s root folder. If this folder is part of a repository, move .github/ to its root (or open the root and create it there).', folder.name);
      void vscode.window.showWarningMessage(`${message} ${warning}`);
      return { created: true, uri: uri.toString(), message: `${message} ${warning}` };
    }
    void vscode.window.showInformationMessage(message);
    return { created: true, uri: uri.toString(), message };
  }
}
