import * as vscode from 'vscode';

/**
 * The questions features ask the learner (quick picks, messages with buttons, an input box), behind one
 * small port: VS Code's own UI in production, a scripted answerer in the integration tests (test mode
 * only, see testSeams.ts), which cannot click a notification that the test driver hides.
 */
export interface Ask {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  pickMany<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<readonly T[] | undefined>;
  /** A notification (or a modal dialog) with buttons; the button's title, or undefined when dismissed. */
  message(severity: 'info' | 'warning', text: string, options: vscode.MessageOptions, ...buttons: string[]): Thenable<string | undefined>;
  input(options: vscode.InputBoxOptions): Thenable<string | undefined>;
}

/**
 * Options for a question that stays open when the focus moves: the learner may look at the plan or the
 * progress page before choosing, and a webview taking the focus back as the palette closes (the progress
 * page, under load) would otherwise close the question before it could be answered. Escape still cancels.
 */
export const STAYS_OPEN = { ignoreFocusOut: true } as const;

export const windowAsk: Ask = {
  pick: (items, options) => vscode.window.showQuickPick(items, { ...options, canPickMany: false }),
  pickMany: (items, options) => vscode.window.showQuickPick(items, { ...options, canPickMany: true }),
  message: (severity, text, options, ...buttons) =>
    severity === 'warning' ? vscode.window.showWarningMessage(text, options, ...buttons) : vscode.window.showInformationMessage(text, options, ...buttons),
  input: (options) => vscode.window.showInputBox(options),
};
