import type * as vscode from 'vscode';
import type { Services } from '../services';

export interface CommandOptions {
  /** The command changes files: in an untrusted workspace it asks for trust instead of running. */
  readonly writes?: boolean;
}

/** Registers a handler as a command through the services' CommandManager (trust and error reporting). */
export function registerCommand(
  _context: vscode.ExtensionContext,
  services: Services,
  id: string,
  handler: (...args: never[]) => unknown,
  options: CommandOptions = {},
): void {
  services.commands.register({ id, writes: options.writes, execute: handler });
}
