// The desktop route: the same integration suite in VS Code desktop through @vscode/test-electron.
// Uses VSCODE_EXECUTABLE when set, otherwise lets test-electron download VS Code (needs the internet).
const fs = require('fs');
const path = require('path');
const { ROOT, makeRunFolders, log } = require('./codeServer');
const { prepareLabPortScenes } = require('./labPortScenes');
const { prepareHostileIndexScenes } = require('./hostileIndexScenes');

async function main() {
  const { runTests } = require('@vscode/test-electron');
  const folders = makeRunFolders('desktop');
  prepareLabPortScenes(folders.workspace); // links and FIFOs for test/integration/labPort.test.ts
  prepareHostileIndexScenes(folders.workspace); // a FIFO and links named .md for test/integration/hostile.test.ts
  const executable = process.env.VSCODE_EXECUTABLE;
  log(executable ? `running the suite in ${executable}` : 'VSCODE_EXECUTABLE is not set: @vscode/test-electron will download VS Code');
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : {}),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [folders.workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions],
    });
  } catch (error) {
    console.error(`Desktop integration tests failed: ${error.message || error}`);
    if (!executable) console.error('Offline? Point VSCODE_EXECUTABLE at an installed VS Code, or use `npm test` (code-server).');
    process.exit(1);
  }
  fs.rmSync(folders.base, { recursive: true, force: true });
}

main();
