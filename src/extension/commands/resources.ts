import * as vscode from 'vscode';
import { allLinks, type Link } from '../../core';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { OPEN_DAY_RESOURCES_COMMAND } from '../commandIds';
import type { DayTarget } from '../targets/dayTargets';
import { openPlanLink } from './navigation';
import type { NodeElement } from '../tree/treeElements';

/**
 * Asks which of a day's links to open, as a plain pick: Enter opens the highlighted link; the last item,
 * "Open all N resources", opens every one. Replaceable in tests.
 */
export async function pickLinks(links: readonly Link[], dayTitle: string): Promise<readonly Link[]> {
  type Item = vscode.QuickPickItem & { links: readonly Link[] };
  const items: Item[] = [
    ...links.map((link) => ({ label: link.text, description: link.target, iconPath: new vscode.ThemeIcon(/^(https?|mailto):/i.test(link.target) ? 'link-external' : 'link'), links: [link] })),
    { label: '', kind: vscode.QuickPickItemKind.Separator, links: [] },
    { label: `$(link-external) ${vscode.l10n.t('Open all {0} resources', links.length)}`, links },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Resources of {0}', dayTitle), placeHolder: vscode.l10n.t('Pick a resource to open'), matchOnDescription: true });
  return picked?.links ?? [];
}

export interface OpenedResource {
  readonly target: string;
  readonly opened: boolean;
}

async function openDayResources(services: Services, arg: NodeElement | DayTarget | undefined): Promise<OpenedResource[]> {
  const target = await services.targets.resolve(arg);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: put the cursor in a day, or pick a day in the tree, to open its resources.'));
    return [];
  }
  const loaded = await services.targets.load(target);
  if (typeof loaded === 'string') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Learning Plans: {0}.', loaded));
    return [];
  }
  const links = allLinks(loaded.day);
  if (links.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: {0} has no links.', loaded.day.title));
    return [];
  }
  const chosen = links.length === 1 ? links : await services.pickLinks(links, loaded.day.title);
  const results: OpenedResource[] = [];
  for (const link of chosen) {
    results.push({ target: link.target, opened: await openPlanLink(services, loaded.document.uri, link.target) });
  }
  return results;
}

export function registerResourceCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, OPEN_DAY_RESOURCES_COMMAND, (arg?: NodeElement | DayTarget) => openDayResources(services, arg));
}
