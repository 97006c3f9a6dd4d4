import * as vscode from 'vscode';
import { checkLinkTarget, headingSlug, type ParsedPlan, type PlanNode } from '../../core';
import { WorkspaceFileSystem } from '../workspaceFileSystem';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { lineOf, planOf, type LinkElement, type TreeElement } from '../tree/treeElements';
import { OPEN_LINK_COMMAND, OPEN_NODE_COMMAND, REFRESH_COMMAND } from '../commandIds';

/**
 * Opens a plan file with the cursor on a line, revealed in the middle of the editor. `preserveFocus`
 * keeps the keyboard where it was (a single click in the tree), as the Explorer's preview does.
 */
export async function openAtLine(uri: vscode.Uri, line: number, options: { preserveFocus?: boolean; preview?: boolean } = {}): Promise<vscode.TextEditor> {
  const position = new vscode.Position(line, 0);
  const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: options.preview ?? true, preserveFocus: options.preserveFocus ?? false });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function findHeading(node: PlanNode, slug: string): PlanNode | undefined {
  if (node.kind !== 'plan' && headingSlug(node.title) === slug) return node;
  for (const child of node.children) {
    const found = findHeading(child, slug);
    if (found) return found;
  }
  return undefined;
}

/**
 * Opens a link from a plan: web and mail links in the browser, workspace files in VS Code,
 * anchors at their heading. Anything else is refused, with the reason shown.
 */
export async function openPlanLink(services: Services, planUri: vscode.Uri, target: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(planUri);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: cannot open "{0}": the plan is not in a workspace folder.', target));
    return false;
  }
  const planDir = planUri.path.slice(0, planUri.path.lastIndexOf('/')) || '/';
  // The core's one rule (the CLI's `links`, `show`, `status` and labs read links by it too): the text, then no
  // symbolic link on the way (`docs -> /` could lead out of the folder).
  const resolved = await checkLinkTarget(new WorkspaceFileSystem(folder.uri), target, planDir, folder.uri.path);
  switch (resolved.kind) {
    case 'external':
      return vscode.env.openExternal(vscode.Uri.parse(resolved.url, true));
    case 'anchor':
      return revealAnchor(services.index.get(planUri), planUri, resolved.fragment);
    case 'file': {
      const fileUri = planUri.with({ path: resolved.path, query: '', fragment: '' });
      if (resolved.fragment && /\.(md|markdown)$/i.test(resolved.path)) {
        const document = await vscode.workspace.openTextDocument(fileUri);
        const plan = services.index.planFor(document);
        return revealAnchor(plan, fileUri, resolved.fragment);
      }
      await vscode.commands.executeCommand('vscode.open', fileUri);
      return true;
    }
    case 'refused':
      void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: not opening "{0}": {1}.', target, resolved.reason));
      return false;
  }
}

async function revealAnchor(plan: ParsedPlan | undefined, uri: vscode.Uri, fragment: string): Promise<boolean> {
  const heading = plan ? findHeading(plan.root, headingSlug(fragment)) : undefined;
  await openAtLine(uri, heading?.line ?? 0);
  return heading !== undefined;
}

export function registerNavigationCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, REFRESH_COMMAND, () => services.index.rescan());
  registerCommand(context, services, OPEN_NODE_COMMAND, async (element?: TreeElement) => {
    if (!element) return;
    await openAtLine(vscode.Uri.parse(planOf(element).uri), lineOf(element));
  });
  registerCommand(context, services, OPEN_LINK_COMMAND, async (element?: LinkElement) => {
    if (element?.type !== 'link') return false;
    return openPlanLink(services, vscode.Uri.parse(element.uri), element.link.target);
  });
}
