import * as vscode from 'vscode';
import { registerNavigationCommands } from './commands/navigation';
import { PlanIndex } from './planIndex';
import type { Services } from './services';
import { registerTree } from './tree/registerTree';

/** What the extension exports: used by the integration tests and open to other extensions. */
export interface LearningPlansApi extends Services {
  /** Resolves when the first workspace scan has finished. */
  readonly ready: Promise<void>;
}

/** Wires the features together; each feature registers itself and owns its disposables. */
export function activate(context: vscode.ExtensionContext): LearningPlansApi {
  const index = new PlanIndex();
  context.subscriptions.push(index);
  const { provider } = registerTree(context, index);
  const services: Services = { index, tree: provider };
  registerNavigationCommands(context, services);
  // Index in the background: activation returns at once and the tree fills in as files are read.
  const ready = index.rescan();
  return { ...services, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
