// Entry point that VS Code loads as `extensionTestsPath` for the integration suite (see runner.ts).
import { runSuites } from './runner';

export function run(): Promise<void> {
  return runSuites(async () => {
    await import('./extension.test');
    await import('./progress.test');
    await import('./today.test');
    await import('./labs.test');
    await import('./labPort.test');
    await import('./onboarding.test');
    await import('./hostile.test');
    await import('./readModel.test');
    await import('./nativeTree.test');
    await import('./encoding.test');
    await import('./review.test');
    await import('./journal.test');
    await import('./obsidianTasks.test');
    await import('./checkboxDays.test');
    await import('./trackerTables.test');
    await import('./ontrack.test');
    await import('./typing.test');
    await import('./notices.test'); // last: its notice, from this bundle's copy, makes a log channel of its own
  });
}
