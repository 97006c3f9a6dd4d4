import * as vscode from 'vscode';
import { localIsoDate, renderSamplePlan, samplePlanFileName } from '../../core';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { CREATE_SAMPLE_PLAN_COMMAND, GET_STARTED_COMMAND } from '../commandIds';

/** `publisher.name#id` of the walkthrough in package.json. */
export const WALKTHROUGH_ID = 'learning-plans.learning-plans#learningPlans.gettingStarted';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the sample plan go?') });
}

/**
 * Writes a sample plan into the workspace (never over an existing file) and opens it.
 * Returns the new file's URI, or undefined when nothing was written.
 */
async function createSamplePlan(services: Services): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    const open = vscode.l10n.t('Open Folder');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: open a folder first; the sample plan is written into it.'), open);
    if (choice === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const folder = await pickFolder();
  if (!folder) return undefined;
  const taken = new Set<string>();
  // Ask the file system about the few names we might use, instead of listing a possibly huge folder.
  let name = samplePlanFileName(() => false);
  for (;;) {
    if (!(await exists(vscode.Uri.joinPath(folder.uri, name)))) break;
    taken.add(name);
    name = samplePlanFileName((candidate) => taken.has(candidate));
  }
  const uri = vscode.Uri.joinPath(folder.uri, name);
  const eol = vscode.workspace.getConfiguration('files', folder.uri).get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(renderSamplePlan(localIsoDate(services.clock()), eol)));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  services.index.update(document);
  return uri;
}

export function registerOnboardingCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, CREATE_SAMPLE_PLAN_COMMAND, () => createSamplePlan(services), { writes: true });
  registerCommand(context, services, GET_STARTED_COMMAND, () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false));
}
