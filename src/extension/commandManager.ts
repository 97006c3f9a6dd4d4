import * as vscode from 'vscode';
import { errorMessage, log } from './log';
import { commandTitle } from './commandTitles';

/** A command as a class that names its dependencies in its constructor (see VS Code's markdown extension). */
export interface Command {
  readonly id: string;
  /** The command changes files: in an untrusted workspace it asks for trust instead of running. */
  readonly writes?: boolean;
  execute(...args: never[]): unknown;
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
 * Registers commands that never fail silently or noisily: an error becomes one message naming the command
 * and the reason, with the details (stack included) in the "Learning Plans" log. Writing commands wait for
 * workspace trust. A command returns what its handler returns (tests use it), or undefined after an error.
 */
export class CommandManager implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];

  constructor(private readonly isTrusted: () => boolean) {}

  register(command: Command): void {
    const run = async (...args: never[]): Promise<unknown> => {
      if (command.writes && !this.isTrusted()) {
        log().info(`${command.id}: refused in an untrusted workspace`);
        void askForTrust(command.id);
        return undefined;
      }
      try {
        return await command.execute(...args);
      } catch (error) {
        log().error(`${command.id} failed:`, error instanceof Error ? error : String(error));
        const show = vscode.l10n.t('Show Log');
        void vscode.window
          .showErrorMessage(vscode.l10n.t('Learning Plans: "{0}" failed: {1}', commandTitle(command.id), errorMessage(error)), show)
          .then((choice) => choice === show && log().show());
        return undefined;
      }
    };
    this.registrations.push(vscode.commands.registerCommand(command.id, run));
  }

  dispose(): void {
    this.registrations.forEach((r) => r.dispose());
  }
}
