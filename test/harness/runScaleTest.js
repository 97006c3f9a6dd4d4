// The extension on a notes vault (issue 19.4), in real VS Code, Node and web-worker hosts: a generated vault
// of LEARNING_PLANS_SCALE_NOTES notes (5,000 by default, 20,000 for the documented manual run) is written into
// the workspace, the CLI's `index` is timed on it as a whole process (the reference), and
// test/integration/scale.test.ts measures the extension's first plans, full index, stalls and a reload.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ROOT, log } = require('./codeServer');
const { runOnHosts } = require('./suiteRun');

const NOTES = Number(process.env.LEARNING_PLANS_SCALE_NOTES || 5000);

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Milliseconds of the CLI's `index --json` over the workspace: the median of three runs after a warm-up. */
function timeCli(workspace) {
  const times = [];
  for (let i = 0; i < 4; i++) {
    const start = process.hrtime.bigint();
    run([path.join(ROOT, 'dist', 'cli.js'), 'index', workspace, '--json']);
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(times.sort((a, b) => a - b)[1]);
}

function prepare(workspace) {
  const summary = run([path.join(ROOT, 'out', 'test', 'bench', 'makeVault.js'), path.join(workspace, 'vault'), String(NOTES)]);
  const [, notes, megabytes, plans] = /(\d+) notes, ([\d.]+) MB, (\d+) written as plans/.exec(summary) || [];
  const cliMs = timeCli(workspace);
  log(`vault: ${summary.trim()}; the CLI indexes the workspace in ${cliMs} ms`);
  const info = { notes: Number(notes), megabytes: Number(megabytes), plans: Number(plans), cliMs, strict: process.env.LEARNING_PLANS_SCALE_STRICT === '1' };
  fs.writeFileSync(path.join(workspace, '.learning-plans-scale.json'), JSON.stringify(info));
}

runOnHosts(`Scale test (${NOTES} notes)`, { entry: 'scaleIndex', prepare, keep: false }).catch((error) => {
  console.error(error);
  process.exit(1);
});
