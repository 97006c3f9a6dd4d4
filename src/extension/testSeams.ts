import * as vscode from 'vscode';
import { systemClock, type Clock, type Link } from '../core';

export type PickLinks = (links: readonly Link[], dayTitle: string) => Promise<readonly Link[]>;

/**
 * What a test may replace: the clock (stamps and "today"), workspace trust (writing commands) and the
 * resources picker. The replaceable object exists only when VS Code runs the extension in test mode
 * (`ExtensionMode.Test`, i.e. under `extensionTestsPath`); in production and development the
 * functions are fixed, so no other extension can move the clock or bypass Restricted Mode.
 */
export class TestSeams {
  clock: Clock = systemClock;
  trust: { isTrusted(): boolean } = { isTrusted: () => vscode.workspace.isTrusted };
  pickLinks: PickLinks | undefined;
}

export interface Seams {
  readonly now: Clock;
  readonly isTrusted: () => boolean;
  /** The test's picker, or undefined to ask the user. */
  readonly pickLinks: () => PickLinks | undefined;
  /** The replaceable seams, in test mode only. */
  readonly test: TestSeams | undefined;
}

export function createSeams(mode: vscode.ExtensionMode): Seams {
  if (mode !== vscode.ExtensionMode.Test) {
    return { now: systemClock, isTrusted: () => vscode.workspace.isTrusted, pickLinks: () => undefined, test: undefined };
  }
  const test = new TestSeams();
  return { now: () => test.clock(), isTrusted: () => test.trust.isTrusted(), pickLinks: () => test.pickLinks, test };
}
