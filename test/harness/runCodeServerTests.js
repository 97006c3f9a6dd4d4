// Runs test/integration inside real VS Code (code-server), in the Node extension host and then in the
// web-worker extension host. Exit code 0 only if both pass; failing test names are printed.
const { prepareLabPortScenes } = require('./labPortScenes');
const { prepareHostileIndexScenes } = require('./hostileIndexScenes');
const { runOnHosts } = require('./suiteRun');

function prepare(workspace, host) {
  prepareLabPortScenes(workspace); // links and FIFOs for test/integration/labPort.test.ts
  prepareHostileIndexScenes(workspace, host); // a FIFO and links named .md for test/integration/hostile.test.ts
}

runOnHosts('Integration tests', { entry: 'index', prepare }).catch((error) => {
  console.error(error);
  process.exit(1);
});
