// `npm test` and `npm run demo` right after `git clone`: the `pretest` / `predemo` step. Node builtins only
// (it runs before node_modules exists). It installs what is missing and can be installed here, and
// otherwise stops with the exact command to run:
//   - node_modules: `npm ci` when it is missing or older than package-lock.json (a hash of the lock file
//     is kept in node_modules after each install);
//   - Debian packages: installed with apt-get when run as root, else the apt-get line is printed.
// `node scripts/bootstrap.js test|demo` (what each needs differs: the demo starts no browser).
'use strict';
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const LOCK = path.join(ROOT, 'package-lock.json');
const STAMP = path.join(ROOT, 'node_modules', '.learning-plans-lock.sha256');

/** Debian packages per purpose: Chromium drives the workbench in tests; libkrb5-dev lets code-server's
 * native kerberos module build when code-server is first installed; the emoji font makes screenshots readable. */
const PACKAGES = {
  test: ['chromium', 'libkrb5-dev', 'fonts-noto-color-emoji'],
  demo: ['libkrb5-dev'],
};

/** code-server is installed once into the test cache; after that the demo needs no Debian package. */
function codeServerInstalled() {
  const cache = process.env.LEARNING_PLANS_TEST_CACHE || path.join(ROOT, '.vscode-test');
  return fs.existsSync(cache) && fs.readdirSync(cache).some((name) => name.startsWith('code-server-') && fs.existsSync(path.join(cache, name, '.installed')));
}

function say(message) {
  console.log(`[bootstrap] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(LOCK)).digest('hex');
}

/** node_modules matches the lock file: our hash of it, or npm's own record written after the lock file. */
function nodeModulesFresh(want, root = ROOT) {
  if (!fs.existsSync(path.join(root, 'node_modules', '.bin'))) return false;
  const stamp = path.join(root, 'node_modules', '.learning-plans-lock.sha256');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === want) return true;
  const npmRecord = path.join(root, 'node_modules', '.package-lock.json');
  return fs.existsSync(npmRecord) && fs.statSync(npmRecord).mtimeMs >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;
}

function ensureNodeModules() {
  const want = lockHash();
  if (nodeModulesFresh(want)) return;
  say(fs.existsSync(path.join(ROOT, 'node_modules')) ? 'node_modules is older than package-lock.json: npm ci' : 'no node_modules yet: npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm_* variables of the outer `npm test` would leak into the nested npm as its own configuration.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  if (run(npm, ['ci', '--no-audit', '--no-fund'], { env }) !== 0) {
    console.error('[bootstrap] npm ci failed; run it yourself to see why:\n  npm ci');
    process.exit(1);
  }
  fs.writeFileSync(STAMP, want + '\n');
}

function missingDebianPackages(names) {
  if (process.platform !== 'linux') return [];
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...names], { encoding: 'utf8' });
  if (query.error) return []; // not a Debian-like system: the harness says what it misses itself
  const installed = new Set(
    query.stdout
      .split('\n')
      .filter((line) => line.endsWith('install ok installed'))
      .map((line) => line.split(' ')[0]),
  );
  return names.filter((name) => !installed.has(name));
}

/**
 * What to do about missing Debian packages: nothing, install them (as root), or stop and print the exact
 * command (anyone else).
 */
function packagePlan(purpose, missing, isRoot) {
  if (missing.length === 0) return { action: 'none' };
  const line = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (isRoot) return { action: 'install', line };
  return {
    action: 'tell',
    line,
    message: `[bootstrap] missing Debian packages for \`npm ${purpose === 'test' ? 'test' : 'run demo'}\`: ${missing.join(', ')}.\nRun (as root):\n  sudo ${line}`,
  };
}

function ensureDebianPackages(purpose) {
  const wanted = purpose === 'demo' && codeServerInstalled() ? [] : PACKAGES[purpose];
  const missing = missingDebianPackages(wanted);
  const plan = packagePlan(purpose, missing, typeof process.getuid === 'function' && process.getuid() === 0);
  if (plan.action === 'none') return;
  const line = plan.line;
  if (plan.action === 'tell') {
    console.error(plan.message);
    process.exit(1);
  }
  say(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0) {
    console.error(`[bootstrap] apt-get failed; run it yourself to see why:\n  ${line}`);
    process.exit(1);
  }
}

if (require.main === module) {
  const purpose = process.argv[2] === 'demo' ? 'demo' : 'test';
  ensureNodeModules();
  ensureDebianPackages(purpose);
}

module.exports = { PACKAGES, nodeModulesFresh, packagePlan };
