// Makes the hostile entries of test/shared/labPortScenes.json (symbolic links, FIFOs) in a run's workspace
// before VS Code starts: the integration suite drives the extension's file-system port through them, and
// workspace.fs cannot make links or FIFOs itself. 'outside:' targets go in a folder next to the workspace.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const spec = require('../shared/labPortScenes.json');

function prepareLabPortScenes(workspace) {
  const outside = path.join(path.dirname(workspace), 'outside-lab-port');
  for (const [file, text] of Object.entries(spec.outside.files)) {
    fs.mkdirSync(path.dirname(path.join(outside, file)), { recursive: true });
    fs.writeFileSync(path.join(outside, file), text);
  }
  for (const folder of spec.outside.folders) fs.mkdirSync(path.join(outside, folder), { recursive: true });
  const target = (to) => (to.startsWith('outside:') ? path.join(outside, to.slice('outside:'.length)) : to);
  for (const [id, scene] of Object.entries(spec.scenes)) {
    const root = path.join(workspace, spec.folder, id);
    fs.mkdirSync(root, { recursive: true });
    for (const [link, to] of Object.entries(scene.links || {})) {
      fs.mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
      fs.symlinkSync(target(to), path.join(root, link));
    }
    for (const fifo of scene.fifos || []) {
      fs.mkdirSync(path.dirname(path.join(root, fifo)), { recursive: true });
      const made = spawnSync('mkfifo', [path.join(root, fifo)]);
      if (made.status !== 0) throw new Error(`mkfifo ${fifo} failed: ${made.stderr}`);
    }
  }
}

module.exports = { prepareLabPortScenes };
