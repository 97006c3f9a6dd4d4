// --dry-run on the verbs that edit a plan (done, undone, toggle, log): the diff of what the command would write,
// and not a byte written. The diff is checked by applying it: it gives exactly what the real command then writes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { patch } from './diffPatch';
import { tempDir } from './tempDir';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 21));
  return { code, out, err };
}

const PLAN = ['# Days 1-3', '', '### Day 1 - Setup ✅ 2026-11-20', '- [x] Install ✅ 2026-11-20', '', '### Day 2 - Basics', '- [ ] Read chapter 1', '- [ ] Exercise 1', '', '### Day 3 - More', '- [ ] Read chapter 2', ''].join('\n');

/** Each case: the verb's arguments after the file. */
const CASES: [string, string[]][] = [
  ['done a day', ['done', '2']],
  ['done several days', ['done', '2-3']],
  ['undone a day', ['undone', '1']],
  ['toggle a task by its words', ['toggle', 'Exercise 1']],
  ['toggle a task by its line', ['toggle', '4']],
  ['log a session', ['log', '2', '45m', '--from', '19:00']],
];

describe('CLI --dry-run: the diff, nothing written', () => {
  for (const [name, [verb, ...args]] of CASES) {
    it(`${name}: prints the diff the real run writes, and leaves the file byte for byte`, async () => {
      const dir = tempDir('lp-dry-');
      const file = path.join(dir, 'p.md');
      fs.writeFileSync(file, PLAN);
      const dry = await run(verb, file, ...args, '--dry-run');
      assert.strictEqual(dry.code, 0, dry.err);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN, 'nothing written');
      const lines = dry.out.split('\n');
      const summary = lines.at(-2) ?? '';
      assert.match(summary, /\(dry run: nothing written\)$/);
      const diff = lines.slice(0, -2).join('\n') + '\n';
      const real = await run(verb, file, ...args);
      assert.strictEqual(real.code, 0, real.err);
      // The same summary, but for the note; the diff applied to the plan gives what the real run wrote.
      assert.strictEqual(summary.replace(' (dry run: nothing written)', ''), real.out.trim());
      // An absolute path is labelled as git labels it, without its leading slash (`a//tmp/p.md` was printed).
      const label = file.replace(/^\//, '');
      assert.deepStrictEqual(patch(PLAN.split('\n'), diff, [`a/${label}`, `b/${label}`]), fs.readFileSync(file, 'utf8').split('\n'));
    });
  }

  it('keeps a CRLF plan\'s bytes; a refusal, or nothing to change, prints no diff', async () => {
    const dir = tempDir('lp-dry-');
    const file = path.join(dir, 'p.md');
    const crlf = PLAN.replace(/\n/g, '\r\n');
    fs.writeFileSync(file, crlf);
    const dry = await run('done', file, '2', '--dry-run');
    assert.strictEqual(dry.code, 0, dry.err);
    assert.match(dry.out, /^\+### Day 2 - Basics ✅ 2026-11-21$/m);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), crlf);
    // Done already on another date than --date asks: refused, as without --dry-run, and no diff printed.
    const refused = await run('done', file, '1', '--date', '2026-11-21', '--dry-run');
    assert.strictEqual(refused.code, 1);
    assert.strictEqual(refused.out, '');
    assert.match(refused.err, /nothing written/);
    // A day already done, no date asked: nothing to change, said so, and no diff.
    const again = await run('done', file, '1', '--dry-run');
    assert.strictEqual(again.code, 0, again.err);
    assert.doesNotMatch(again.out, /^---/m);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), crlf);
  });

  it('refuses a plan it may not write, as the write does (a review\'s dry run said yes to a read-only plan)', async function () {
    const file = path.join(tempDir('lp-dry-'), 'p.md');
    fs.writeFileSync(file, PLAN);
    // Root may write a mode-444 file: there the file is made immutable instead (where the file system can).
    const asRoot = process.getuid?.() === 0;
    const lock = (on: boolean): boolean => (asRoot ? spawnSync('chattr', [on ? '+i' : '-i', file]).status === 0 : (fs.chmodSync(file, on ? 0o444 : 0o644), true));
    if (!lock(true)) this.skip();
    try {
      const dry = await run('done', file, '2', '--dry-run');
      assert.strictEqual(dry.code, 1);
      assert.strictEqual(dry.out, '');
      assert.match(dry.err, /is read-only \(no permission to write it\); nothing written/);
    } finally {
      lock(false);
    }
  });

  it('prints a diff GNU patch applies from the root (`patch -p1`), an absolute path labelled as git does', async function () {
    const file = path.join(tempDir('lp-dry-'), 'p.md');
    fs.writeFileSync(file, PLAN);
    const dry = await run('done', file, '2', '--dry-run');
    assert.strictEqual(dry.code, 0, dry.err);
    const diff = dry.out.split('\n').slice(0, -2).join('\n') + '\n';
    assert.match(diff, new RegExp(`^--- a/${file.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    const applied = spawnSync('patch', ['-p1', '--dry-run', '-s'], { cwd: '/', input: diff });
    if (applied.error) this.skip(); // no patch on this machine
    assert.strictEqual(applied.status, 0, `${applied.stdout}${applied.stderr}`);
  });

  it('says nothing of a line "just written" (a review\'s `log --dry-run` did)', async () => {
    const file = path.join(tempDir('lp-dry-'), 'p.md');
    fs.writeFileSync(file, PLAN);
    const dry = await run('log', file, '2', '600', '--dry-run');
    assert.strictEqual(dry.code, 0, dry.err);
    assert.match(dry.err, /600 is read as minutes, a session of 10 h\n/);
    assert.doesNotMatch(dry.err, /just written/);
  });
});
