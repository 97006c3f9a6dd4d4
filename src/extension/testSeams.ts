import * as vscode from 'vscode';
import { systemClock, type Clock, type Link } from '../core';
import { windowAsk, type Ask } from './ask';

export type PickLinks = (links: readonly Link[], dayTitle: string) => Promise<readonly Link[]>;

/**
 * What a test may replace: the clock (stamps and "today"), workspace trust (writing commands), the
 * resources picker and who answers questions. The replaceable object exists only when VS Code runs the extension in test mode
 * (`ExtensionMode.Test`, i.e. under `extensionTestsPath`); in production and development the
 * functions are fixed, so no other extension can move the clock or bypass Restricted Mode.
 */
export class TestSeams {
  clock: Clock = systemClock;
  trust: { isTrusted(): boolean } = { isTrusted: () => vscode.workspace.isTrusted };
  pickLinks: PickLinks | undefined;
  /** Answers the questions features ask (quick picks, notifications), in place of the learner. */
  ask: Ask | undefined;
}

export interface Seams {
  readonly now: Clock;
  readonly isTrusted: () => boolean;
  /** The test's picker, or undefined to ask the user. */
  readonly pickLinks: () => PickLinks | undefined;
  /** Who answers questions: the learner, or in test mode the test's answerer when it set one. */
  readonly ask: () => Ask;
  /** The replaceable seams, in test mode only. */
  readonly test: TestSeams | undefined;
}

export function createSeams(mode: vscode.ExtensionMode): Seams {
  if (mode !== vscode.ExtensionMode.Test) {
    return { now: systemClock, isTrusted: () => vscode.workspace.isTrusted, pickLinks: () => undefined, ask: () => windowAsk, test: undefined };
  }
  const test = new TestSeams();
  return { now: () => test.clock(), isTrusted: () => test.trust.isTrusted(), pickLinks: () => test.pickLinks, ask: () => test.ask ?? windowAsk, test };
}
