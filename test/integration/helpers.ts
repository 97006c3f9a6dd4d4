import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import type { TreeElement } from '../../src/extension/tree/treeElements';

export const EXTENSION_ID = 'learning-plans.learning-plans';

/**
 * Waits for a condition, never for a fixed time: polls `probe` until it returns something truthy, with a
 * deadline generous enough for a loaded 2-core machine (the deadline only decides how long a real failure
 * takes to report).
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The running extension's API, after its first workspace scan. */
export async function api(): Promise<LearningPlansApi> {
  const extension = vscode.extensions.getExtension<LearningPlansApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const exports = extension.isActive ? extension.exports : await extension.activate();
  await exports.ready;
  return exports;
}

export function label(api: LearningPlansApi, element: TreeElement): string {
  const item = api.tree.getTreeItem(element) as vscode.TreeItem;
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** A row's tooltip as VS Code shows it on hover (built by resolveTreeItem). */
export function tooltip(api: LearningPlansApi, element: TreeElement): string {
  const item = api.tree.resolveTreeItem(api.tree.getTreeItem(element) as vscode.TreeItem, element);
  const tip = item.tooltip;
  return tip instanceof vscode.MarkdownString ? tip.value : String(tip ?? '');
}

export function children(api: LearningPlansApi, element?: TreeElement): TreeElement[] {
  return api.tree.getChildren(element) as TreeElement[];
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}
