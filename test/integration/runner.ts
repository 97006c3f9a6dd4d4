// Runs mocha suites inside VS Code, in the Node and in the web-worker extension host alike: mocha's
// browser build runs in both, and results are written to the workspace as JSON for the launcher (the
// web host has no stdout). The entry points (index.ts, scaleIndex.ts) name their suites.
import * as vscode from 'vscode';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import { EXTENSION_ID, logText, waitFor } from './helpers';

import 'mocha/mocha.js'; // sets globalThis.mocha (see the plugin in esbuild.js)

const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

export const RESULTS_FILE = '.learning-plans-test-results.json';

interface Results {
  passes: number;
  failures: number;
  failed: string[];
  lines: string[];
}

/** Figures a test measured, printed with the results by the launcher (the web host has no stdout). */
const notes: string[] = [];

export function note(line: string): void {
  notes.push(line);
  console.log(line);
}

/**
 * A failure as printed: the whole message (an assertion's "expected ... got ..." can be many lines, and a
 * cut one hides the value that was got) and the first frames of its stack.
 */
function failureText(error: Error | undefined): string[] {
  if (!(error instanceof Error)) return [String(error)];
  const frames = String(error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 4);
  return [`${error.name}: ${error.message}`.split('\n'), frames.map((frame) => frame.trim())].flat();
}

function collectingReporter(results: Results) {
  return function Reporter(runner: Mocha.Runner): void {
    runner.on('pass', (test) => {
      results.passes++;
      results.lines.push(`  \u2714 ${test.fullTitle()} (${test.duration ?? 0}ms)`, ...notes.splice(0).map((line) => `      ${line}`));
    });
    runner.on('fail', (test, error: Error) => {
      results.failures++;
      results.failed.push(`${test.fullTitle()}: ${String(error.message).split('\n')[0].slice(0, 300)}`);
      results.lines.push(`  \u2718 ${test.fullTitle()}\n      ${failureText(error).join('\n      ')}`, ...notes.splice(0).map((line) => `      ${line}`));
    });
  };
}

/**
 * Collects unhandled promise rejections while the suite runs, in either host (Node's process event, the
 * worker's window-like event). Only ours fail the run: other extensions share the host.
 */
function watchUnhandledRejections(): () => string[] {
  const seen: string[] = [];
  const record = (reason: unknown): void => {
    seen.push(reason instanceof Error ? `${reason.message}\n${reason.stack ?? ''}` : String(reason));
  };
  const proc = (globalThis as { process?: { on?: (e: string, f: (r: unknown) => void) => void; off?: (e: string, f: (r: unknown) => void) => void } }).process;
  const onWeb = (event: { reason?: unknown }): void => record(event.reason);
  proc?.on?.('unhandledRejection', record);
  (globalThis as { addEventListener?: (e: string, f: (ev: { reason?: unknown }) => void) => void }).addEventListener?.('unhandledrejection', onWeb);
  return () => {
    proc?.off?.('unhandledRejection', record);
    (globalThis as { removeEventListener?: (e: string, f: (ev: { reason?: unknown }) => void) => void }).removeEventListener?.('unhandledrejection', onWeb);
    return seen.filter((text) => /learning-plans|dist[\\/](web[\\/])?extension\.js|extension-web/.test(text));
  };
}

/**
 * Waits until the extension has nothing queued (its scan finished, no debounced re-parse pending), then
 * lets a few event-loop turns pass: a rejection is reported after the turn in which its promise settled.
 */
async function settled(): Promise<void> {
  const extension = vscode.extensions.getExtension<LearningPlansApi>(EXTENSION_ID);
  if (extension?.isActive) {
    const lp = extension.exports;
    await lp.index.ready;
    await waitFor('the index to have no pending work', () => lp.index.pendingWork === 0);
  }
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runSuites(loadSuites: () => Promise<unknown>): Promise<void> {
  const results: Results = { passes: 0, failures: 0, failed: [], lines: [] };
  const stopWatching = watchUnhandledRejections();
  // LEARNING_PLANS_TEST_GREP runs only the matching tests (Node host: the extension host inherits the environment).
  const grep = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.LEARNING_PLANS_TEST_GREP;
  mocha.setup({ ui: 'bdd', reporter: collectingReporter(results) as unknown as string, timeout: 60_000, ...(grep ? { grep } : {}) });
  // Suites register with the globals that setup() just defined.
  await loadSuites();
  // A failed test is followed by the extension's last warnings and errors: a command that failed returns
  // undefined and says why only in its log, and the web host's log is nowhere else to be seen.
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    const extension = vscode.extensions.getExtension<LearningPlansApi>(EXTENSION_ID);
    const logged = extension?.isActive ? (await logText(extension.exports)).split(/\r?\n/).filter((line) => /\[(?:error|warning)\]/.test(line)) : [];
    if (logged.length) results.lines.push(`      the extension's log, last warnings and errors:\n        ${logged.slice(-8).join('\n        ')}`);
  });

  // mocha's browser `run` reads `location`, which the Node extension host lacks; call the core runner.
  const MochaClass = (globalThis as unknown as { Mocha: { prototype: { run(this: unknown, cb: (failures: number) => void): void } } }).Mocha;
  await new Promise<void>((resolve) => MochaClass.prototype.run.call(mocha, () => resolve()));
  await settled();
  const unhandled = stopWatching();
  if (unhandled.length) {
    results.failures++;
    results.failed.push('no unhandled promise rejections');
    results.lines.push(`  \u2718 unhandled promise rejections from the extension:\n      ${unhandled.join('\n      ')}`);
  } else {
    results.lines.push('  \u2714 no unhandled promise rejections from the extension');
  }

  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const bytes = new TextEncoder().encode(JSON.stringify(results, null, 2));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, RESULTS_FILE), bytes);
  }
  console.log(results.lines.join('\n'));
  console.log(`${results.passes} passed, ${results.failures} failed`);
  if (results.failures > 0 || results.passes === 0) {
    throw new Error(`${results.failures} integration test(s) failed: ${results.failed.join('; ')}`);
  }
}
