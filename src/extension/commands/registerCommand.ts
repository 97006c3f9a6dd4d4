import * as vscode from 'vscode';
import { errorMessage, log } from '../log';
import type { Services } from '../services';

export interface CommandOptions {
  /** The command changes files: in an untrusted workspace it asks for trust instead of running. */
  readonly writes?: boolean;
}

/** What the error message calls a command (the palette titles, in English; translated through l10n). */
const TITLES: Record<string, () => string> = {
  'learningPlans.refresh': () => vscode.l10n.t('Refresh'),
  'learningPlans.openNode': () => vscode.l10n.t('Open in Editor'),
  'learningPlans.openLink': () => vscode.l10n.t('Open Link'),
  'learningPlans.toggleTask': () => vscode.l10n.t('Toggle Task'),
  'learningPlans.markDayComplete': () => vscode.l10n.t('Mark Day Complete'),
  'learningPlans.markDayIncomplete': () => vscode.l10n.t('Mark Day Incomplete'),
  'learningPlans.goToToday': () => vscode.l10n.t('Go to Today'),
  'learningPlans.markTodayComplete': () => vscode.l10n.t('Mark Today Complete'),
  'learningPlans.setActivePlan': () => vscode.l10n.t('Set Active Plan'),
  'learningPlans.showProgress': () => vscode.l10n.t('Show Progress'),
  'learningPlans.openDayResources': () => vscode.l10n.t('Open Day Resources'),
  'learningPlans.scaffoldLab': () => vscode.l10n.t('Scaffold Lab for Day'),
  'learningPlans.repairTextEncoding': () => vscode.l10n.t('Repair Text Encoding'),
  'learningPlans.createSamplePlan': () => vscode.l10n.t('Create Sample Plan'),
  'learningPlans.getStarted': () => vscode.l10n.t('Get Started'),
};

export function commandTitle(id: string): string {
  return TITLES[id]?.() ?? id;
}

/** Explains why a writing command does not run in an untrusted workspace, and offers to manage trust. */
async function askForTrust(id: string): Promise<void> {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Learning Plans: "{0}" changes files, and this workspace is not trusted. Plans stay readable; trust the workspace to change them.', commandTitle(id)),
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
}

/**
 * Registers a command that never fails silently or noisily: an error becomes one message naming the command
 * and the reason, with the details (stack included) in the "Learning Plans" log. Writing commands wait
 * for workspace trust. Returns what the handler returns (tests use it), or undefined after an error.
 */
export function registerCommand(
  context: vscode.ExtensionContext,
  services: Services,
  id: string,
  handler: (...args: never[]) => unknown,
  options: CommandOptions = {},
): void {
  const run = async (...args: never[]): Promise<unknown> => {
    if (options.writes && !services.trust.isTrusted()) {
      log().info(`${id}: refused in an untrusted workspace`);
      void askForTrust(id);
      return undefined;
    }
    try {
      return await handler(...args);
    } catch (error) {
      log().error(`${id} failed:`, error instanceof Error ? error : String(error));
      const show = vscode.l10n.t('Show Log');
      void vscode.window
        .showErrorMessage(vscode.l10n.t('Learning Plans: "{0}" failed: {1}', commandTitle(id), errorMessage(error)), show)
        .then((choice) => choice === show && log().show());
      return undefined;
    }
  };
  context.subscriptions.push(vscode.commands.registerCommand(id, run));
}
