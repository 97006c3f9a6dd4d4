import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'cli-main.js');

/**
 * A child that loads the built CLI bundle, says whether yaml's and markdown-it's modules have run, then runs the CLI
 * with `args` (`node -e` puts the first argument where a script's name would be) and says it again at exit. As they
 * run, yaml's module asks for its node-kind symbols (`Symbol.for('yaml.map')`, ...) and markdown-it's builds its HTML
 * patterns with `new RegExp` (html_re: an attribute name is `[a-zA-Z_:][a-zA-Z0-9:._-]*`): those are the probes.
 */
const PROBE = `
let yaml = 0;
let markdownIt = 0;
const symbolFor = Symbol.for;
Symbol.for = (key) => { if (String(key).startsWith('yaml.')) yaml++; return symbolFor(key); };
const seen = (args) => { if (String(args[0]).includes('[a-zA-Z_:][a-zA-Z0-9:._-]*')) markdownIt++; };
globalThis.RegExp = new Proxy(RegExp, {
  construct: (target, args, newTarget) => { seen(args); return Reflect.construct(target, args, newTarget); },
  apply: (target, self, args) => { seen(args); return Reflect.apply(target, self, args); },
});
const cli = require(process.env.LP_BUNDLE);
process.stderr.write('after load: ' + yaml + ' ' + markdownIt + '\\n');
process.on('exit', () => process.stderr.write('at exit: ' + yaml + ' ' + markdownIt + '\\n'));
cli.main();
`;

interface Probed {
  readonly stdout: string;
  /** How often each library's module was seen running: [yaml, markdown-it]. */
  readonly afterLoad: readonly [number, number];
  readonly atExit: readonly [number, number];
}

function runProbe(args: string[]): Probed {
  const run = spawnSync(process.execPath, ['-e', PROBE, 'probe', ...args], { encoding: 'utf8', env: { ...process.env, LP_BUNDLE: BUNDLE } });
  assert.strictEqual(run.status, 0, run.stderr);
  const counts = (label: string): [number, number] => {
    const found = new RegExp(`${label}: (\\d+) (\\d+)`).exec(run.stderr);
    assert.ok(found, run.stderr);
    return [Number(found[1]), Number(found[2])];
  };
  return { stdout: run.stdout, afterLoad: counts('after load'), atExit: counts('at exit') };
}

describe('CLI bundle: yaml and markdown-it are loaded on first use (esbuild.js, lazyLibraries)', function () {
  this.timeout(60_000);

  it('loading the bundle and reading a plan that needs neither runs neither; a plan with front matter and a link runs both, and reads them', () => {
    const dir = tempDir('lp-lazy-');
    const plain = path.join(dir, 'plain.md');
    // Plain text the block scanner and the simple inline reader read alone, and no front matter.
    fs.writeFileSync(plain, '## Day 1 - Read\n- **Task:** read chapter one\n');
    const bare = runProbe(['status', plain, '--today', '2026-11-30']);
    assert.deepStrictEqual(bare.afterLoad, [0, 0]);
    assert.deepStrictEqual(bare.atExit, [0, 0]);
    assert.match(bare.stdout, /Day 1 - Read/);

    // The positive control: the probes do see each library when the CLI needs it, and what it read is right.
    const scheduled = path.join(dir, 'scheduled.md');
    fs.writeFileSync(scheduled, '---\nstart: 2026-11-29\n---\n## Day 1 - Read\n- [ ] read the [guide](https://example.com/guide)\n## Day 2 - Write\n- [ ] write\n');
    const both = runProbe(['status', scheduled, '--today', '2026-11-30']);
    assert.deepStrictEqual(both.afterLoad, [0, 0]);
    assert.ok(both.atExit[0] > 0, 'yaml ran for the front matter');
    assert.ok(both.atExit[1] > 0, 'markdown-it ran for the task with a link');
    // start: 2026-11-29 plans Day 1 for Nov 29: open today, it is a day behind; its link read by markdown-it's inline pass.
    assert.match(both.stdout, /1 day behind schedule \(planned for 2026-11-29\)/);
    assert.match(both.stdout, /guide <https:\/\/example\.com\/guide>/);
  });
});
