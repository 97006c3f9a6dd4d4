// Entry point that VS Code loads as `extensionTestsPath` for the scale run (test/harness/runScaleTest.js).
import { runSuites } from './runner';

export function run(): Promise<void> {
  return runSuites(async () => {
    await import('./scale.test');
  });
}
