import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { systemClock } from '../core';
import { registerCodeLens } from './codeLens';
import { registerNavigationCommands } from './commands/navigation';
import { registerProgressCommands } from './commands/progress';
import { PlanIndex } from './planIndex';
import { PlanEditor } from './progress/planEditor';
import { ProgressView } from './progressView/progressView';
import { registerTodayCommands } from './commands/today';
import { pickLinks, registerResourceCommands } from './commands/resources';
import { registerLabCommands } from './commands/labs';
import { registerEncodingCommands } from './commands/encoding';
import { registerOnboardingCommands } from './commands/onboarding';
import { registerStatusBar } from './today/statusBar';
import { TodayService } from './today/todayService';
import type { Services } from './services';
import { registerTree } from './tree/registerTree';
import { disposeLog } from './log';

/** What the extension exports: used by the integration tests and open to other extensions. */
export interface LearningPlansApi extends Services {
  /** Resolves when the first workspace scan has finished. */
  readonly ready: Promise<void>;
  /** How long `activate` took, in milliseconds (it does no workspace-wide work before returning). */
  readonly activationMs: number;
}

/** Wires the features together; each feature registers itself and owns its disposables. */
export function activate(context: vscode.ExtensionContext): LearningPlansApi {
  const started = performance.now();
  // The core localizes its strings (progress labels, edit summaries, the progress page) through
  // @vscode/l10n, which knows nothing of VS Code: hand it the bundle of the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const index = new PlanIndex();
  const clock = { now: systemClock };
  const today = new TodayService(index, context.workspaceState, () => clock.now());
  context.subscriptions.push(index, today, { dispose: disposeLog });
  const { provider, view } = registerTree(context, index, today);
  const progressView = new ProgressView(index, today);
  context.subscriptions.push(progressView);
  const services: Services = {
    index,
    tree: provider,
    treeView: view,
    editor: new PlanEditor(index),
    today,
    statusBar: registerStatusBar(context, index, today),
    progressView,
    pickLinks,
    trust: { isTrusted: () => vscode.workspace.isTrusted },
    get clock() {
      return clock.now;
    },
    set clock(now) {
      clock.now = now;
    },
  };
  registerNavigationCommands(context, services);
  registerProgressCommands(context, services);
  registerTodayCommands(context, services);
  registerResourceCommands(context, services);
  registerLabCommands(context, services);
  registerEncodingCommands(context, services);
  registerOnboardingCommands(context, services);
  registerCodeLens(context, services);
  // Index in the background: activation returns at once and the tree fills in as files are read.
  const ready = index.rescan();
  // The API object is the services object itself, so a test that sets `clock` changes what commands use.
  return Object.assign(services, { ready, activationMs: performance.now() - started });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
