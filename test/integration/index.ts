// Entry point that VS Code loads as `extensionTestsPath`, in the Node and in the web-worker extension
// host alike: mocha's browser build runs in both, and results are written to the workspace as JSON
// for the launcher (the web host has no stdout).
import * as vscode from 'vscode';

import 'mocha/mocha.js'; // sets globalThis.mocha (see the plugin in esbuild.js)

const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

export const RESULTS_FILE = '.learning-plans-test-results.json';

interface Results {
  passes: number;
  failures: number;
  failed: string[];
  lines: string[];
}

function collectingReporter(results: Results) {
  return function Reporter(runner: Mocha.Runner): void {
    runner.on('pass', (test) => {
      results.passes++;
      results.lines.push(`  \u2714 ${test.fullTitle()} (${test.duration ?? 0}ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      results.failures++;
      results.failed.push(test.fullTitle());
      results.lines.push(`  \u2718 ${test.fullTitle()}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
    });
  };
}

export async function run(): Promise<void> {
  const results: Results = { passes: 0, failures: 0, failed: [], lines: [] };
  mocha.setup({ ui: 'bdd', reporter: collectingReporter(results) as unknown as string, timeout: 30_000 });
  // Suites register with the globals that setup() just defined.
  await import('./extension.test');
  await import('./progress.test');
  await import('./today.test');
  await import('./labs.test');
  await import('./onboarding.test');

  // mocha's browser `run` reads `location`, which the Node extension host lacks; call the core runner.
  const MochaClass = (globalThis as unknown as { Mocha: { prototype: { run(this: unknown, cb: (failures: number) => void): void } } }).Mocha;
  await new Promise<void>((resolve) => MochaClass.prototype.run.call(mocha, () => resolve()));

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
