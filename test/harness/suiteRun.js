// Runs a suite bundle of test/integration inside real VS Code (code-server driven by Chromium) in one
// extension host, and prints what it reported. Used by runCodeServerTests.js and runScaleTest.js.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ROOT, ensureCodeServer, makeRunFolders, startCodeServer, workbenchUrl, stageWebExtension, launchChromium, log } = require('./codeServer');

const RUN_TIMEOUT_MS = Number(process.env.LEARNING_PLANS_TEST_TIMEOUT_MS || 900_000);
const RESULTS_FILE = '.learning-plans-test-results.json';

/**
 * Runs one suite bundle (`out/test/integration/<entry>.js`) in one extension host of a fresh code-server
 * whose workspace is a copy of test/fixtures that `prepare(workspace)` may add to.
 */
async function runHost(host, { entry, prepare = () => undefined }) {
  const folders = makeRunFolders(host);
  prepare(folders.workspace, host);
  // Tells the suite which host it should find itself in (it asserts this).
  fs.writeFileSync(path.join(folders.workspace, '.learning-plans-test-host'), host);
  const server = await startCodeServer(folders, { smokeTestDriver: true });
  const browser = await launchChromium();
  const consoleLines = [];
  let timer;
  try {
    const page = await browser.newPage();
    const exited = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code, logs) => resolve({ code, logs: logs || [] }));
    });
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      if (level === 'error') consoleLines.push(`[workbench ${level}] ${message}`);
    });
    page.on('console', (message) => consoleLines.push(`[console.${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ code: 'timeout', logs: [] }), RUN_TIMEOUT_MS);
    });
    const web = host === 'web';
    const extensionPath = web ? stageWebExtension(folders.base) : ROOT;
    const testsPath = path.join(extensionPath, 'out', 'test', 'integration', `${entry}.js`);
    await page.goto(workbenchUrl(server, folders.workspace, { testsPath, web, extensionPath }));
    const outcome = await Promise.race([exited, timeout]);
    return { host, outcome, folders, consoleLines, server };
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

function report({ host, outcome, folders, consoleLines, server }) {
  const resultsPath = path.join(folders.workspace, RESULTS_FILE);
  const results = fs.existsSync(resultsPath) ? JSON.parse(fs.readFileSync(resultsPath, 'utf8')) : null;
  console.log(`\n=== Integration tests in the ${host} extension host ===`);
  if (results) {
    for (const line of results.lines) console.log(line);
    console.log(`${host}: ${results.passes} passed, ${results.failures} failed`);
  }
  const passed = outcome.code === 0 && results !== null && results.failures === 0 && results.passes > 0;
  if (!passed) {
    if (outcome.code === 'timeout') {
      console.log(`${host}: the run did not finish within ${RUN_TIMEOUT_MS / 1000}s (LEARNING_PLANS_TEST_TIMEOUT_MS); code-server and Chromium were stopped.`);
    } else if (!results) {
      console.log(`${host}: VS Code exited with code ${outcome.code} before the suite reported any result.`);
    }
    if (results && results.failed.length) {
      console.log(`${host}: failing tests:\n${results.failed.map((name) => `  - ${name}`).join('\n')}`);
    }
    const interesting = consoleLines.filter((l) => /error|fail|learning-plans|\[Extension Host\]/i.test(l)).slice(-60);
    if (interesting.length) console.log(`--- browser console (last lines) ---\n${interesting.join('\n')}`);
    for (const file of outcome.logs) {
      if (/exthost|remoteexthost|extHost|window/i.test(file.relativePath)) {
        console.log(`--- ${file.relativePath} ---\n${file.contents.split('\n').slice(-40).join('\n')}`);
      }
    }
    console.log(`--- code-server output (last lines) ---\n${server.output.join('').split('\n').slice(-20).join('\n')}`);
    // Again last: a CI page often shows only the tail of a long run.
    if (results && results.failed.length) console.log(`\n${host}: failing tests (above: their errors):\n${results.failed.map((name) => `  - ${name}`).join('\n')}`);
  }
  return { passed, why: passed ? [] : whyFailed(outcome, results) };
}

/** One line per failing test, or what stopped the host before it reported: the last lines a CI page shows. */
function whyFailed(outcome, results) {
  if (results && results.failed.length) return results.failed;
  if (outcome.code === 'timeout') return [`the run did not finish within ${RUN_TIMEOUT_MS / 1000}s`];
  if (!results) return [`VS Code exited with code ${outcome.code} before the suite reported any result`];
  if (results.passes === 0) return ['the suite ran no test (LEARNING_PLANS_TEST_GREP matched none, or no suite loaded)'];
  return [`VS Code exited with code ${outcome.code}`];
}

/**
 * Builds, then runs a suite bundle in each host of LEARNING_PLANS_HOSTS (Node, then web, by default) and exits
 * non-zero if any failed. `what` names the run in its messages; `keep` keeps a failed run's folder to look at.
 */
async function runOnHosts(what, { entry, prepare, keep = true }) {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) process.exit(build.status || 1);
  ensureCodeServer();
  const hosts = (process.env.LEARNING_PLANS_HOSTS || 'node,web').split(',');
  const failed = [];
  for (const host of hosts) {
    log(`${what}: the ${host} extension host`);
    const run = await runHost(host, { entry, prepare });
    const { passed, why } = report(run);
    if (!passed) failed.push({ host, why });
    if (passed || !keep) fs.rmSync(run.folders.base, { recursive: true, force: true });
  }
  if (failed.length) {
    // Every host's failures once more after the last host ran: a CI page shows only the tail, and a host that
    // failed first (Node) would otherwise be named with no test (the later host's output pushed it out).
    for (const { host, why } of failed) console.error(`\n${host}: failing (above: their errors):\n${why.map((line) => `  - ${line}`).join('\n')}`);
    console.error(`\n${what} FAILED in: ${failed.map(({ host }) => host).join(', ')}`);
    process.exit(1);
  }
  console.log(`\n${what} passed in: ${hosts.join(', ')}`);
}

module.exports = { runHost, report, runOnHosts };
