import * as vscode from 'vscode';
import { addLabLink, dayContent, findDay, isInside, labLocation, localIsoDate, relativePosix, renderLab, type LabTemplates } from '../../core';
import type { Services } from '../services';
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

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readTemplate(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function readTemplates(folder: vscode.WorkspaceFolder, trusted: boolean): Promise<LabTemplates> {
  if (!trusted) return {}; // templates from an untrusted workspace are never used
  const base = vscode.Uri.joinPath(folder.uri, '.learning-plans', 'templates');
  return { notebook: await readTemplate(vscode.Uri.joinPath(base, 'notebook.ipynb')), notes: await readTemplate(vscode.Uri.joinPath(base, 'notes.md')) };
}

/**
 * The first existing symbolic link on the way from the workspace folder to the lab's files, if any.
 * The lab path is checked as text first; this stops a link in the repository (`labs -> /etc`) from
 * carrying the writes out of the workspace.
 */
async function symbolicLinkOnTheWay(root: vscode.Uri, segments: readonly string[]): Promise<vscode.Uri | undefined> {
  const folders = segments.slice(0, -2);
  const files = segments.slice(-2);
  let current = root;
  const candidates: vscode.Uri[] = [];
  for (const segment of folders) {
    current = vscode.Uri.joinPath(current, segment);
    candidates.push(current);
  }
  for (const file of files) candidates.push(vscode.Uri.joinPath(current, file));
  for (const uri of candidates) {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) return uri;
    } catch {
      // does not exist yet: nothing below it exists either, but the remaining names are cheap to check
    }
  }
  return undefined;
}

/** Unknown template placeholders are reported once per session, not on every scaffold. */
const reported = new Set<string>();

async function scaffoldLab(services: Services, arg: NodeElement | DayTarget | undefined): Promise<LabResult | undefined> {
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
  const content = dayContent(plan, day);
  const where = labLocation(config.get<string>('labs.folder'), content, plan.days.indexOf(day));
  const labUri = vscode.Uri.joinPath(folder.uri, ...where.folder);
  if (!isInside(labUri.path, folder.uri.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Learning Plans: the lab folder would be outside the workspace folder; nothing was written.'));
    return undefined;
  }
  const link = await symbolicLinkOnTheWay(folder.uri, [...where.folder, where.notebook, where.notes]);
  if (link) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Learning Plans: {0} is a symbolic link, which could lead outside the workspace folder; nothing was written.', vscode.workspace.asRelativePath(link)));
    return undefined;
  }

  const lab = renderLab(content, localIsoDate(services.clock()), await readTemplates(folder, services.trust.isTrusted()));
  for (const problem of lab.problems) void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', problem));
  const fresh = lab.unknown.filter((name) => !reported.has(name));
  if (fresh.length) {
    fresh.forEach((name) => reported.add(name));
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: unknown template placeholders left as they are: {0}.', fresh.map((n) => `{{${n}}}`).join(', ')));
  }

  const result: LabResult = { folder: labUri.toString(), created: [], existing: [], linked: false };
  const files: [string, string][] = [[where.notebook, lab.notebook], [where.notes, lab.notes]];
  for (const [name, text] of files) {
    const file = vscode.Uri.joinPath(labUri, name);
    // Never overwrite: a lab that exists is the learner's work.
    if (await exists(file)) {
      result.existing.push(file.toString());
    } else {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      result.created.push(file.toString());
    }
  }

  if (config.get<boolean>('labs.linkInPlan', true)) {
    const planDir = document.uri.path.slice(folder.uri.path.length).replace(/\/[^/]*$/, '');
    const link = relativePosix(planDir, [...where.folder, where.notebook].join('/'));
    const edit = await services.editor.edit(document.uri, (text, fresh) => {
      const current = findDay(fresh, target);
      return current ? addLabLink(text, current, where.tag, link) : { ok: false, message: vscode.l10n.t('"{0}" is no longer in the plan', target.title) };
    });
    result.linked = edit.applied;
  }

  const notebookUri = vscode.Uri.joinPath(labUri, where.notebook);
  try {
    await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(notebookUri));
  } catch {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(labUri, where.notes));
  }
  const labPath = vscode.workspace.asRelativePath(labUri);
  const summary = result.created.length
    ? vscode.l10n.t('Lab for {0}: created {1} file(s) in {2}', day.title, result.created.length, labPath)
    : vscode.l10n.t('Lab for {0}: it already exists in {1}; nothing was overwritten', day.title, labPath);
  vscode.window.setStatusBarMessage(`$(beaker) ${summary}`, 5000);
  return result;
}

export function registerLabCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, SCAFFOLD_LAB_COMMAND, (arg?: NodeElement | DayTarget) => scaffoldLab(services, arg), { writes: true });
}
