import * as vscode from 'vscode';
import { errorMessage, log } from '../log';
import { localIsoDate, scaffoldLab, unknownPlaceholders } from '../../core';
import type { Services } from '../services';
import { WorkspaceFileSystem } from '../workspaceFileSystem';
import { registerCommand } from './registerCommand';
import type { NodeElement } from '../tree/treeElements';
import { SCAFFOLD_LAB_COMMAND } from '../commandIds';
import type { DayTarget } from '../targets/dayTargets';

export interface LabResult {
  readonly folder: string;
  readonly created: string[];
  readonly existing: string[];
  linked: boolean;
}

/** Unknown template placeholders are reported once per session, not on every scaffold. */
const reported = new Set<string>();

/** The command: the scaffold itself (paths, checks, templates, new-only writes, the link) is the core's scaffoldLab. */
async function scaffoldLabCommand(services: Services, arg: NodeElement | DayTarget | undefined): Promise<LabResult | undefined> {
  const target = await services.targets.resolve(arg);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: put the cursor in a day, or pick a day in the tree, to scaffold its lab.'));
    return undefined;
  }
  const loaded = await services.targets.load(target);
  if (typeof loaded === 'string') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', loaded));
    return undefined;
  }
  const { plan, day, document } = loaded;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: labs are created in the plan\'s workspace folder, and this plan is in none.'));
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('learningPlans', document.uri);
  const files = new WorkspaceFileSystem(folder.uri);
  const result = await scaffoldLab(files, {
    plan,
    day,
    planPath: document.uri.path,
    root: folder.uri.path,
    labsFolder: config.get<string>('labs.folder'),
    date: localIsoDate(services.clock()),
    useTemplates: services.trust.isTrusted(), // templates from an untrusted workspace are never read
    link: config.get<boolean>('labs.linkInPlan', true) ? (compute) => services.editor.edit(document.uri, compute) : null,
  });
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
    return undefined;
  }
  for (const warning of result.warnings) void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', warning));
  const fresh = result.unknown.filter((name) => !reported.has(name));
  if (fresh.length) {
    fresh.forEach((name) => reported.add(name));
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: unknown template placeholders left as they are: {0}.', unknownPlaceholders(fresh)));
  }

  const labUri = files.uri(result.folder);
  const notebookUri = files.uri(result.notebook);
  let notebook: vscode.NotebookDocument | undefined;
  try {
    notebook = await vscode.workspace.openNotebookDocument(notebookUri);
  } catch (error) {
    // No notebook support here (no ipynb serializer): the notes open instead.
    log().info(`${vscode.workspace.asRelativePath(notebookUri)} cannot be opened as a notebook here (${errorMessage(error)}); opening the notes`);
    await vscode.window.showTextDocument(files.uri(result.notes));
  }
  if (notebook) {
    // A notebook editor that fails later (a kernel, a renderer) is VS Code's to report; the notes must not
    // open seconds later and take the focus from whatever the learner is doing by then.
    await vscode.window.showNotebookDocument(notebook).then(undefined, (error: unknown) => log().info(`showing ${vscode.workspace.asRelativePath(notebookUri)} failed: ${errorMessage(error)}`));
  }
  const labPath = vscode.workspace.asRelativePath(labUri);
  const summary = result.created.length === 0
    ? vscode.l10n.t('Lab for {0}: it already exists in {1}; nothing was overwritten', day.title, labPath)
    : result.created.length === 1
      ? vscode.l10n.t('Lab for {0}: created 1 file in {1}', day.title, labPath)
      : vscode.l10n.t('Lab for {0}: created {1} files in {2}', day.title, result.created.length, labPath);
  vscode.window.setStatusBarMessage(`$(beaker) ${summary}`, 5000);
  return {
    folder: labUri.toString(),
    created: result.created.map((path) => files.uri(path).toString()),
    existing: result.existing.map((path) => files.uri(path).toString()),
    linked: result.linked,
  };
}

export function registerLabCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, SCAFFOLD_LAB_COMMAND, (arg?: NodeElement | DayTarget) => scaffoldLabCommand(services, arg), { writes: true });
}
