import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'cli-main.js');

/**
 * A child that loads the built CLI bundle, says whether yaml's module has run, then runs the CLI with `args` (`node -e` puts the first argument where a script's name would be).
 * yaml's module asks for its node-kind symbols (`Symbol.for('yaml.map')`, ...) as it runs: that is the probe.
 */
const PROBE = `
const seen = [];
const symbolFor = Symbol.for;
Symbol.for = (key) => { if (String(key).startsWith('yaml.')) seen.push(key); return symbolFor(key); };
const cli = require(process.env.LP_BUNDLE);
process.stderr.write('after load: ' + seen.length + '\\n');
process.on('exit', () => process.stderr.write('at exit: ' + seen.length + '\\n'));
cli.main();
`;

function runProbe(args: string[]): { stdout: string; afterLoad: number; atExit: number } {
  const run = spawnSync(process.execPath, ['-e', PROBE, 'probe', ...args], { encoding: 'utf8', env: { ...process.env, LP_BUNDLE: BUNDLE } });
  assert.strictEqual(run.status, 0, run.stderr);
  const count = (label: string) => Number(new RegExp(`${label}: (\\d+)`).exec(run.stderr)?.[1]);
  return { stdout: run.stdout, afterLoad: count('after load'), atExit: count('at exit') };
}

describe('CLI bundle: yaml and markdown-it are loaded on first use (esbuild.js, lazyLibraries)', function () {
  this.timeout(60_000);

  it('loading the bundle and reading a plan without front matter never runs yaml; a plan with front matter does, and reads it', () => {
    const dir = tempDir('lp-lazy-');
    const plain = path.join(dir, 'plain.md');
    fs.writeFileSync(plain, '## Day 1 - Read\n- [ ] read the [guide](https://example.com/guide)\n');
    const bare = runProbe(['status', plain, '--today', '2026-11-30']);
    assert.strictEqual(bare.afterLoad, 0);
    assert.strictEqual(bare.atExit, 0);
    assert.match(bare.stdout, /Day 1 - Read/);

    // The positive control: the probe does see yaml when the CLI needs it, and the front matter is read.
    const scheduled = path.join(dir, 'scheduled.md');
    fs.writeFileSync(scheduled, '---\nstart: 2026-11-29\n---\n## Day 1 - Read\n- [ ] read\n## Day 2 - Write\n- [ ] write\n');
    const withFrontMatter = runProbe(['status', scheduled, '--today', '2026-11-30']);
    assert.strictEqual(withFrontMatter.afterLoad, 0);
    assert.ok(withFrontMatter.atExit > 0, 'yaml ran for the front matter');
    // start: 2026-11-29 plans Day 1 for Nov 29: open today, it is a day behind.
    assert.match(withFrontMatter.stdout, /1 day behind schedule \(planned for 2026-11-29\)/);
  });
});
