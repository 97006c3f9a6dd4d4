import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import type { Ask } from '../../src/extension/ask';
import type { TreeElement } from '../../src/extension/tree/treeElements';

export const EXTENSION_ID = 'learning-plans.learning-plans';

/** Lets `ms` pass (a window in which a late event would show up). */
export const idleFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

/** What a row stands for in the model: a plan's file name without `.md`, a node's full title, a task's or link's text. */
export function titleOf(element: TreeElement): string {
  switch (element.type) {
    case 'plan':
      return decodeURIComponent(element.uri.slice(element.uri.lastIndexOf('/') + 1)).replace(/\.md$/i, '');
    case 'node':
      return element.node.title;
    case 'task':
      return element.task.text;
    case 'link':
      return element.link.text;
  }
}

/** The plan row of a file, by its name without `.md`. */
export function planRow(api: LearningPlansApi, stem: string): TreeElement | undefined {
  return children(api).find((p) => titleOf(p) === stem);
}

/** A row by its path of titles: the plan's file name, then nodes' full titles (tasks and links by text). */
export function find(api: LearningPlansApi, path: string[]): TreeElement {
  let level = children(api);
  let found: TreeElement | undefined;
  for (const name of path) {
    found = level.find((e) => titleOf(e) === name);
    if (!found) throw new Error(`no tree node "${name}" among ${level.map((e) => titleOf(e)).join(', ')}`);
    level = children(api, found);
  }
  return found!;
}

export function children(api: LearningPlansApi, element?: TreeElement): TreeElement[] {
  return api.tree.getChildren(element) as TreeElement[];
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The longest time the extension host's event loop went without running a timer while `body` ran. */
export async function longestStall(body: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await body();
  } finally {
    clearInterval(ticker);
    // A stall at the very end has no tick after it.
    longest = Math.max(longest, performance.now() - last);
  }
  return longest;
}

/** One question the extension asked, as the scripted learner sees it. */
export interface Question {
  readonly kind: 'pick' | 'pickMany' | 'message' | 'input';
  readonly text: string;
  readonly items: readonly vscode.QuickPickItem[];
  readonly buttons: readonly string[];
  /** Stays open when the focus moves elsewhere (`ignoreFocusOut`): a pick or input box only. */
  readonly staysOpen?: boolean;
}

/** A learner who answers from a script and remembers every question (notifications cannot be clicked from here). */
export function scriptedLearner(answer: (question: Question) => unknown, asked: Question[]): Ask {
  const ask = async (question: Question): Promise<never> => {
    asked.push(question);
    return (await answer(question)) as never;
  };
  return {
    pick: (items, options) => ask({ kind: 'pick', text: `${options.title ?? ''} | ${options.placeHolder ?? ''}`, items, buttons: [], staysOpen: options.ignoreFocusOut === true }),
    pickMany: (items, options) => ask({ kind: 'pickMany', text: `${options.title ?? ''} | ${options.placeHolder ?? ''}`, items, buttons: [], staysOpen: options.ignoreFocusOut === true }),
    message: (_severity, text, _options, ...buttons) => ask({ kind: 'message', text, items: [], buttons }),
    input: (options) => ask({ kind: 'input', text: `${options.title ?? ''} | ${options.prompt ?? ''}`, items: [], buttons: [], staysOpen: options.ignoreFocusOut === true }),
  };
}

export const itemLabeled = (question: Question, pattern: RegExp): vscode.QuickPickItem => {
  const item = question.items.find((i) => pattern.test(i.label));
  if (!item) throw new Error(`no item ${pattern} among ${question.items.map((i) => i.label).join(' / ')}`);
  return item;
};

/** What the "Learning Plans" log channel has written to its file so far ('' before its first line). */
export async function logText(api: LearningPlansApi): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(api.logUri, 'Learning Plans.log')));
  } catch {
    return '';
  }
}

/**
 * Takes a plan a suite wrote out of the workspace: emptied and its document made to read it (in the web host the
 * document outlives its editor, stale, and a plan left in the index would count in the streaks the suites after it
 * check), then deleted.
 */
export async function removePlanFile(api: LearningPlansApi, uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Notes\n'));
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the document to read the emptied file', () => open.getText() === '# Notes\n');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('the plan to leave the index', () => !api.index.get(uri));
  await vscode.workspace.fs.delete(uri);
}
