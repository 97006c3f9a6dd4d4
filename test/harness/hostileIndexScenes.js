// Entries named like plans that the index must never follow or read, made before VS Code starts
// (workspace.fs cannot make links or FIFOs): a FIFO named `.md` (reading it would hang), a link to
// /dev/zero (reading it would never end), a link to a plan outside the workspace, and a linked folder
// leading out of the workspace.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const FOLDER = 'hostile-index';

function prepareHostileIndexScenes(workspace, host = 'node') {
  const folder = path.join(workspace, FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const outside = path.join(path.dirname(workspace), 'outside-index');
  fs.mkdirSync(outside, { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret-plan.md'), '# Outside\n### Day 1 - Not yours\n- [ ] secret\n');
  const fifo = spawnSync('mkfifo', [path.join(folder, 'fifo.md')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  fs.symlinkSync('/dev/zero', path.join(folder, 'zero.md'));
  fs.symlinkSync(path.join(outside, 'secret-plan.md'), path.join(folder, 'outside.md'));
  // A folder inside the workspace linked to a folder outside it: its files are regular files themselves. Only
  // the Node host can tell (README: Known limitations); in the web host the plan would join every view.
  if (host === 'node') fs.symlinkSync(outside, path.join(folder, 'linked-folder'));
}

module.exports = { prepareHostileIndexScenes, FOLDER };
