// Packaging the extension as a user gets it, and installing it into a code-server's extensions folder.
// The package test and the demo both run the installed extension: a built workbench loads a development
// extension only with the smoke-test driver on, which hides notifications (tests only).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ROOT, ensureCodeServer, log } = require('./codeServer');

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `npm run package` (a production build), then the development bundles again for what runs next. */
function packageExtension() {
  log('packaging the .vsix (production build)');
  fs.rmSync(VSIX, { force: true });
  run('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
  run(process.execPath, [path.join(ROOT, 'esbuild.js')]);
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not produce ${path.basename(VSIX)}`);
  log(`${path.basename(VSIX)}: ${(fs.statSync(VSIX).size / 1024).toFixed(0)} KB`);
  return VSIX;
}

/** `code-server --install-extension` into the run folders; returns the installed folder's name. */
function installExtension(folders, vsix, { browser = true } = {}) {
  const { nodeBin, serverEntry } = ensureCodeServer({ browser });
  const installed = spawnSync(nodeBin, [serverEntry, '--extensions-dir', folders.extensions, '--user-data-dir', folders.userData, '--install-extension', vsix], { encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`code-server --install-extension failed\n${installed.stdout}\n${installed.stderr}`);
  const folder = fs.readdirSync(folders.extensions).find((name) => name.startsWith(`${manifest.publisher}.${manifest.name}-`));
  if (!folder) throw new Error(`the extension is not in ${folders.extensions}: ${fs.readdirSync(folders.extensions).join(', ')}`);
  log(`installed as ${folder}`);
  return folder;
}

module.exports = { manifest, packageExtension, installExtension };
