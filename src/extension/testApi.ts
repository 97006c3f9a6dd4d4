import type * as vscode from 'vscode';
import { reusedPieces, type Clock } from '../core';
import type { Services } from './services';
import type { PickLinks, TestSeams } from './testSeams';
import type { Ask } from './ask';

/**
 * The internals the integration suite drives, returned by `activate` only in test mode. Setting
 * `clock`, `trust` or `pickLinks` replaces the test seams (see testSeams.ts).
 */
export interface LearningPlansTestApi extends Omit<Services, 'clock' | 'trust' | 'pickLinks' | 'ask'> {
  clock: Clock;
  trust: { isTrusted(): boolean };
  pickLinks: PickLinks | undefined;
  /** Answers questions in place of the learner while set (undefined: VS Code's UI). */
  ask: Ask | undefined;
  /** Resolves when the first workspace scan has finished. */
  readonly ready: Promise<void>;
  /** How long `activate` took, in milliseconds (it does no workspace-wide work before returning). */
  readonly activationMs: number;
  /** Where the "Learning Plans" log channel's file is (`Learning Plans.log` in this folder). */
  readonly logUri: vscode.Uri;
  /** The extension's workspace state (what a window reload keeps: the tree's filters, the active plan). */
  readonly workspaceState: vscode.Memento;
  /** The core's, from this bundle: its records of typing parses live in this bundle's module (a test's own copy sees none). */
  readonly reusedPieces: typeof reusedPieces;
}

export function testApi(services: Services, seams: TestSeams, ready: Promise<void>, activationMs: number, context: vscode.ExtensionContext): LearningPlansTestApi {
  const { logUri, workspaceState } = context;
  const internals: Record<string, unknown> = { ...services };
  delete internals.clock;
  delete internals.trust;
  delete internals.pickLinks;
  delete internals.ask;
  return Object.defineProperties({ ...internals, ready, activationMs, reusedPieces, logUri, workspaceState } as LearningPlansTestApi, {
    clock: { get: () => seams.clock, set: (value: Clock) => (seams.clock = value), enumerable: true },
    trust: { get: () => seams.trust, set: (value: { isTrusted(): boolean }) => (seams.trust = value), enumerable: true },
    pickLinks: { get: () => seams.pickLinks, set: (value: PickLinks | undefined) => (seams.pickLinks = value), enumerable: true },
    ask: { get: () => seams.ask, set: (value: Ask | undefined) => (seams.ask = value), enumerable: true },
  });
}
