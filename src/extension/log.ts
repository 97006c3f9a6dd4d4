import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The "Learning Plans" output channel (a LogOutputChannel: levels, timestamps, and the user picks the
 * level). Created on first use, so activation stays cheap; `activate` disposes it with the extension.
 */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Learning Plans', { log: true });
  return channel;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

/** The message of anything thrown, for people: no stack, no "Error:" prefix. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
