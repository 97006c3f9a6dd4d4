// Entries named like plans that the index must never follow or read, made before VS Code starts
// (workspace.fs cannot make links or FIFOs): a FIFO named `.md` (reading it would hang), a link to
// /dev/zero (reading it would never end), and a link to a plan outside the workspace.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const FOLDER = 'hostile-index';

function prepareHostileIndexScenes(workspace) {
  const folder = path.join(workspace, FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const outside = path.join(path.dirname(workspace), 'outside-index');
  fs.mkdirSync(outside, { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret-plan.md'), '# Outside\n### Day 1 - Not yours\n- [ ] secret\n');
  const fifo = spawnSync('mkfifo', [path.join(folder, 'fifo.md')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  fs.symlinkSync('/dev/zero', path.join(folder, 'zero.md'));
  fs.symlinkSync(path.join(outside, 'secret-plan.md'), path.join(folder, 'outside.md'));
}

module.exports = { prepareHostileIndexScenes, FOLDER };
