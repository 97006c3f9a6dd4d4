// Loaded by VS Code as `extensionTestsPath` for the journey test (test/harness/runJourneyTest.js), in the Node
// extension host, so the extension runs in test mode and its clock can be fixed. It holds the clock at the
// date the driver writes into `.journey/clock` (and answers in `.journey/ack`), and keeps VS Code running until
// the driver writes `.journey/done`. It drives nothing itself: the learner's clicks come from the browser.
import * as vscode from 'vscode';
import type { LearningPlansTestApi } from '../../src/extension/testApi';

const EXTENSION_ID = 'learning-plans.learning-plans';

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).trim();
  } catch {
    return undefined;
  }
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const dir = vscode.Uri.joinPath(folder, '.journey');
  const extension = vscode.extensions.getExtension<LearningPlansTestApi>(EXTENSION_ID)!;
  const lp = extension.isActive ? extension.exports : await extension.activate();
  let current = '';
  // Polling a small file on a local disk, as a human would set a date: each step waits for a condition.
  for (;;) {
    const clock = await read(vscode.Uri.joinPath(dir, 'clock'));
    if (clock && clock !== current) {
      current = clock;
      const fixed = new Date(clock);
      lp.clock = () => new Date(fixed);
      lp.today.refresh();
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'ack'), new TextEncoder().encode(clock));
    }
    if ((await read(vscode.Uri.joinPath(dir, 'done'))) !== undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
