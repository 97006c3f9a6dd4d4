import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { NodeFileSystem, writeAll } from '../../src/cli/nodeFileSystem';
import { refuseLeavingLink } from '../../src/cli/pathSafety';
import { rewriteFile, updateReadmeFile, writeGeneratedFile } from '../../src/core';
import { tempDir as newTempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const STAMP = ' \u2705 2026-11-21';

interface Exit {
  code: number | null;
  out: string;
  err: string;
}

/** The real CLI as its own process (what a git hook or a second terminal runs). */
function cli(args: string[], shell?: string): Promise<Exit> {
  return new Promise((resolve) => {
    const child = shell
      ? spawn('bash', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, CLI, ...args])
      : spawn(process.execPath, [CLI, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A 64 KB tmpfs to fill (root only: the test is skipped where it cannot mount one); umount it when done. */
function smallDisk(test: Mocha.Context): string {
  const mount = newTempDir('lp-safe-');
  const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status === 0;
  if (!mounted) test.skip();
  return mount;
}

/** Files the CLI must never leave behind: temporary files and locks. */
function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => /\.learning-plans\.(tmp|lock)$/.test(name));
}

async function run(argv: string[], files?: NodeFileSystem): Promise<Exit> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 9), files);
  return { code, out, err };
}

/** A port whose writes stop after half the bytes with ENOSPC, like a disk that fills up mid-write. */
class FullDisk extends NodeFileSystem {
  protected override write = async (handle: fs.promises.FileHandle, bytes: Uint8Array): Promise<void> => {
    await writeAll(handle, bytes.subarray(0, bytes.length >> 1));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
}

describe('CLI: writes are atomic and change-checked (issue 14 item 1)', function () {
  this.timeout(180_000);

  it('20 concurrent toggles of 20 tasks in a 21-line plan: every one lands', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    const tasks = Array.from({ length: 20 }, (_, i) => `- [ ] task ${i + 1}`);
    fs.writeFileSync(plan, ['# Plan', ...tasks].join('\n') + '\n');
    const exits = await Promise.all(tasks.map((_, i) => cli(['toggle', plan, String(i + 2), '--date', '2026-11-21'])));
    const lines = fs.readFileSync(plan, 'utf8').split('\n');
    assert.strictEqual(lines.length, 22, 'no line lost or added');
    exits.forEach((exit, i) => {
      if (exit.code === 0) assert.strictEqual(lines[i + 1], `- [x] task ${i + 1}${STAMP}`, `task ${i + 1} landed`);
      else {
        // Allowed by the contract, but then it must say so and leave the line as it was.
        assert.strictEqual(exit.code, 1, exit.err);
        assert.strictEqual(exit.err.trim().split('\n').length, 1, exit.err);
        assert.strictEqual(lines[i + 1], tasks[i]);
      }
    });
    assert.deepStrictEqual(exits.map((e) => e.code), tasks.map(() => 0), exits.map((e) => e.err).join(''));
    assert.deepStrictEqual(leftovers(dir), []);
  });

  // The case: 18 MB, each process reading, checking and renaming all of it. Days carry one long
  // paragraph each (46,000 lines), so that the parse each process needs (they take turns) stays near 1 s;
  // the in-place write that lost lines did not depend on their number. LEARNING_PLANS_BIG_PLAN_MB resizes it.
  const bigMb = Number(process.env.LEARNING_PLANS_BIG_PLAN_MB || 18);
  it(`8 processes toggling different lines of an ${bigMb} MB plan: no line lost (--max-size)`, async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'big.md');
    const prose = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. '.repeat(20);
    const day = (n: number): string => `### Day ${n} - Reading\n- [ ] read chapter ${n}\n\n${prose}\n\n`;
    const parts: string[] = [];
    let size = 0;
    for (let n = 1; size < bigMb * 1024 * 1024; n++) {
      parts.push(day(n));
      size += parts[parts.length - 1].length;
    }
    const original = parts.join('');
    fs.writeFileSync(plan, original);
    const lineCount = original.split('\n').length;
    const targets = [2, 7, 12, 17, 10_002, 20_002, 40_002, lineCount - 4]; // task lines (1-based): 2 + 5k
    const exits = await Promise.all(targets.map((line) => cli(['toggle', plan, String(line), '--date', '2026-11-21', '--max-size', '32MB'])));
    assert.deepStrictEqual(exits.map((e) => e.code), targets.map(() => 0), exits.map((e) => e.err).join(''));
    const lines = fs.readFileSync(plan, 'utf8').split('\n');
    assert.strictEqual(lines.length, lineCount, 'no line lost');
    const expected = original.split('\n');
    for (const line of targets) expected[line - 1] = expected[line - 1].replace('- [ ]', '- [x]') + STAMP;
    assert.ok(lines.every((line, i) => line === expected[i]), 'every other line byte for byte');
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('over the default 5 MB limit, an edit is refused without reading the plan', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'big.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n' + 'x'.repeat(6 * 1024 * 1024));
    const exit = await run(['toggle', plan, '2']);
    assert.strictEqual(exit.code, 1);
    assert.match(exit.err, /larger than 5 MB.*nothing written/);
  });

  it('keeps a line another process appends during a toggle of a large plan', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    const body = Array.from({ length: 60_000 }, (_, i) => `- [ ] task ${i + 1} with some words to make the plan large`).join('\n');
    fs.writeFileSync(plan, `# Plan\n${body}\n`);
    const toggle = cli(['toggle', plan, '30001', '--date', '2026-11-21']);
    // Append while the toggle reads, parses and writes (whenever that lands, the line must survive).
    const appended: string[] = [];
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      const line = `- [ ] appended ${i}`;
      fs.appendFileSync(plan, `${line}\n`);
      appended.push(line);
    }
    const exit = await toggle;
    const text = fs.readFileSync(plan, 'utf8');
    for (const line of appended) assert.ok(text.includes(`${line}\n`), `${line} was kept`);
    if (exit.code === 0) assert.ok(text.includes(`- [x] task 30000 with some words to make the plan large${STAMP}\n`));
    else assert.match(exit.err, /kept changing.*nothing written/);
    assert.strictEqual(text.split('\n').length, 60_000 + 2 + appended.length);
  });

  it('a write that fails (disk full, simulated by the port) leaves the plan intact: one line on stderr, exit 1', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    const original = '### Day 1\n- [ ] a\n';
    fs.writeFileSync(plan, original);
    const exit = await run(['done', plan, '1'], new FullDisk());
    assert.strictEqual(exit.code, 1);
    assert.strictEqual(exit.err, `learning-plans: cannot write ${fs.realpathSync(plan)}: no space left on the device (ENOSPC); ${plan} is unchanged\n`);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), original);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('a real file size limit (ulimit -f) leaves the plan intact, with one line and no stack trace', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    const original = `### Day 1\n- [ ] a\n${'filler line\n'.repeat(4000)}`; // 48 KB
    fs.writeFileSync(plan, original);
    const exit = await cli(['done', plan, '1'], 'ulimit -f 16'); // 16 KB: the new file cannot be written
    assert.strictEqual(exit.code, 1, exit.err);
    assert.match(exit.err, /^learning-plans: cannot write .*plan\.md: .*\(EFBIG\); .*plan\.md is unchanged\n$/);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), original);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('a real full disk (a 64 KB tmpfs, when the test may mount one) leaves the plan intact', async function () {
    const mount = smallDisk(this);
    try {
      const plan = path.join(mount, 'plan.md');
      const original = `### Day 1\n- [ ] a\n${'filler line\n'.repeat(3500)}`; // 42 KB of 64 KB
      fs.writeFileSync(plan, original);
      const exit = await cli(['done', plan, '1']);
      assert.strictEqual(exit.code, 1, exit.err);
      assert.match(exit.err, /^learning-plans: cannot write .*\(ENOSPC\); .* is unchanged\n$/);
      assert.strictEqual(fs.readFileSync(plan, 'utf8'), original);
      assert.deepStrictEqual(leftovers(mount), []);
    } finally {
      spawnSync('umount', [mount]);
    }
  });

  it('refuses a plan no one may write, even as root, as rm asks first (a trial\'s done as root edited a mode-444 plan)', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n');
    fs.chmodSync(plan, 0o444);
    const result = await run(['done', plan, '1']);
    assert.deepStrictEqual([result.code, result.err], [1, `learning-plans: ${plan} is read-only (no permission to write it); nothing written\n`]);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), '### Day 1\n- [ ] a\n');
    fs.chmodSync(plan, 0o644);
    assert.strictEqual((await run(['done', plan, '1'])).code, 0, 'writable again');
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('refuses a read-only plan, as writing it in place would be refused (a rename went around its permissions)', async function () {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n');
    fs.chmodSync(plan, 0o444);
    // Root may write any file: the learner is played by `nobody` (owning the plan, in a folder anyone may write).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      if (spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0) this.skip();
      fs.chmodSync(dir, 0o777);
      fs.chownSync(plan, 65534, 65534);
    }
    // ...running a copy of the CLI it can read (a clone in a private folder, as CI's, is out of its reach).
    let cli = CLI;
    if (asRoot) {
      const copy = path.join(dir, 'cli');
      fs.mkdirSync(copy);
      for (const name of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(path.dirname(CLI), name), path.join(copy, name));
      fs.chmodSync(copy, 0o755);
      cli = path.join(copy, 'cli.js');
    }
    const done = asRoot ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, cli, 'done', plan, '1'], { encoding: 'utf8' }) : null;
    const result = done ? { code: done.status, err: done.stderr } : await run(['done', plan, '1']);
    assert.strictEqual(result.code, 1, result.err);
    assert.strictEqual(result.err, `learning-plans: ${plan} is read-only (no permission to write it); nothing written\n`);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), '### Day 1\n- [ ] a\n');
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('edits a symbolically linked plan in its target, keeping the link and the file\'s mode', async () => {
    const dir = newTempDir('lp-safe-');
    const real = path.join(dir, 'real.md');
    fs.writeFileSync(real, '### Day 1\n- [ ] a\n');
    fs.chmodSync(real, 0o664);
    const link = path.join(dir, 'plan.md');
    fs.symlinkSync('real.md', link);
    assert.strictEqual((await run(['done', link, '1'])).code, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(real, 'utf8'), `### Day 1${STAMP}\n- [x] a${STAMP}\n`);
    assert.strictEqual(fs.statSync(real).mode & 0o777, 0o664);
    fs.chmodSync(real, 0o600);
    assert.strictEqual((await run(['undone', link, '1'])).code, 0);
    assert.strictEqual(fs.statSync(real).mode & 0o777, 0o600);
  });

  it('refuses to edit a plan a symbolic link leads out of its repository (a trial\'s `done` stamped a file outside)', async () => {
    const dir = newTempDir('lp-safe-');
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'plans'));
    fs.mkdirSync(path.join(dir, 'outside'));
    const outside = path.join(dir, 'outside', 'secret.md');
    const PLAN = '---\nstart: 2026-11-16\n---\n### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n';
    fs.writeFileSync(outside, PLAN);
    fs.symlinkSync('../../outside/secret.md', path.join(repo, 'plans', 'link.md'));
    fs.symlinkSync('../outside', path.join(repo, 'outdir'));
    for (const file of [path.join(repo, 'plans', 'link.md'), path.join(repo, 'outdir', 'secret.md')]) {
      for (const argv of [['done', file, '1'], ['toggle', file, 'a'], ['log', file, '1', '30m'], ['replan', file, '--shift', '1'], ['lab', file, '1'], ['repair', file]]) {
        const result = await run(argv);
        assert.strictEqual(result.code, 1, `${argv.join(' ')}: ${result.err}`);
        assert.ok(result.err.includes(`leads out of ${repo} through a symbolic link: the file is ${fs.realpathSync(outside)}: name it to edit it there; nothing written`), result.err);
      }
    }
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), PLAN);
    assert.deepStrictEqual(fs.readdirSync(repo).sort(), ['.git', 'outdir', 'plans'], 'no lab folder made');
    // `lab --no-link` writes no plan, but its lab folder is found from the plan's: refused too (a review's made one
    // in the repository a folder link led to).
    fs.mkdirSync(path.join(dir, 'outside', '.git'));
    assert.strictEqual((await run(['lab', path.join(repo, 'outdir', 'secret.md'), '1', '--no-link'])).code, 1);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'outside')).sort(), ['.git', 'secret.md']);
    // Named where it is, it is edited there; a link that stays inside the repository is followed.
    assert.strictEqual((await run(['done', outside, '1'])).code, 0);
    fs.writeFileSync(path.join(repo, 'plans', 'real.md'), PLAN);
    fs.symlinkSync('real.md', path.join(repo, 'plans', 'inner.md'));
    assert.strictEqual((await run(['done', path.join(repo, 'plans', 'inner.md'), '1'])).code, 0);
    assert.match(fs.readFileSync(path.join(repo, 'plans', 'real.md'), 'utf8'), /### Day 1 \u2705/);
  });

  it('a link swapped in after the check is refused, not followed out (a trial\'s loop had 19 of 150 `done`s land outside)', async () => {
    const dir = newTempDir('lp-safe-');
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'outside'));
    const victim = path.join(dir, 'outside', 'victim.md');
    const PLAN = '### Day 1\n- [ ] a\n';
    fs.writeFileSync(victim, PLAN);
    const plan = path.join(repo, 'sw.md');
    fs.writeFileSync(plan, PLAN);
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      // The check names the real file; the write goes there, and refuses when it leads elsewhere by then.
      const real = refuseLeavingLink('sw.md');
      assert.strictEqual(real, fs.realpathSync(plan));
      fs.unlinkSync(plan);
      fs.symlinkSync('../outside/victim.md', plan);
      const written = await rewriteFile(new NodeFileSystem(), real, (bytes) => ({ kind: 'write', bytes, summary: 'x' }), { maxBytes: 1 << 20, resolved: true });
      assert.deepStrictEqual(written, { ok: false, reason: 'refused', message: `${real} became a symbolic link while it was being edited` });
      // Through the README's and an SVG's writers too.
      const svg = path.join(repo, 'h.svg');
      fs.symlinkSync('../outside/v.svg', svg);
      fs.writeFileSync(path.join(dir, 'outside', 'v.svg'), '<svg/>');
      assert.strictEqual((await writeGeneratedFile(new NodeFileSystem(), svg, new TextEncoder().encode('<svg>x</svg>'), 1 << 20, { resolved: true })).ok, false);
      assert.strictEqual((await updateReadmeFile(new NodeFileSystem(), plan, ['x'], 1 << 20, false, true)).ok, false);
    } finally {
      process.chdir(cwd);
    }
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), PLAN);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'outside', 'v.svg'), 'utf8'), '<svg/>');
  });

  it('a chain of links that stays in the repository is followed (nine were refused as too many levels: a review\'s)', () => {
    const dir = newTempDir('lp-safe-');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'l0.md'), '### Day 1\n- [ ] a\n');
    for (let i = 1; i <= 9; i++) fs.symlinkSync(`l${i - 1}.md`, path.join(dir, `l${i}.md`));
    const result = spawnSync(process.execPath, [CLI, 'toggle', 'l9.md', 'a'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'l0.md'), 'utf8'), /- \[x\] a/);
  });

  it('follows a link to the repository worked in, given whole (`$PWD/plan.md` from a project folder that is a link)', () => {
    const dir = newTempDir('lp-safe-');
    const repo = path.join(dir, 'a', 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'plan.md'), '### Day 1\n- [ ] Read A\n');
    fs.mkdirSync(path.join(dir, 'c'));
    fs.symlinkSync(repo, path.join(dir, 'c', 'project'));
    const result = spawnSync(process.execPath, [CLI, 'toggle', path.join(dir, 'c', 'project', 'plan.md'), 'Read A'], { cwd: repo, encoding: 'utf8', timeout: 20_000 });
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(fs.readFileSync(path.join(repo, 'plan.md'), 'utf8'), /- \[x\] Read A/);
  });

  it('walks a path as the system does: `..` after a link, a link run into from a folder of no repository, a loop (a review\'s)', () => {
    const dir = newTempDir('lp-safe-');
    const PLAN = '### Day 1\n- [ ] a\n';
    const cli = (cwd: string, ...args: string[]): { status: number | null; stderr: string } => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
    // `plans/L.md -> d/../x.md` with `d -> ../../outside/deep`: the system goes up from `deep`, to outside.
    fs.mkdirSync(path.join(dir, 't1', 'repo', '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 't1', 'repo', 'plans'));
    fs.mkdirSync(path.join(dir, 't1', 'outside', 'deep'), { recursive: true });
    fs.writeFileSync(path.join(dir, 't1', 'outside', 'x.md'), PLAN);
    fs.symlinkSync('../../outside/deep', path.join(dir, 't1', 'repo', 'plans', 'd'));
    fs.symlinkSync('d/../x.md', path.join(dir, 't1', 'repo', 'plans', 'L.md'));
    assert.strictEqual(cli(path.join(dir, 't1', 'repo'), 'done', 'plans/L.md', '1').status, 1);
    assert.strictEqual(fs.readFileSync(path.join(dir, 't1', 'outside', 'x.md'), 'utf8'), PLAN);
    // Run from a home folder of no repository: a cloned repository's link is judged by that repository.
    const home = path.join(dir, 't2', 'home');
    fs.mkdirSync(path.join(home, 'Downloads', 'evil', '.git'), { recursive: true });
    fs.mkdirSync(path.join(home, 'Downloads', 'evil', 'plans'));
    fs.writeFileSync(path.join(home, 'notes.md'), PLAN);
    fs.symlinkSync('../../../notes.md', path.join(home, 'Downloads', 'evil', 'plans', 'today.md'));
    assert.strictEqual(cli(home, 'done', 'Downloads/evil/plans/today.md', '1').status, 1);
    assert.strictEqual(fs.readFileSync(path.join(home, 'notes.md'), 'utf8'), PLAN);
    // A link of the user's above the repository worked in (`~/code -> /data/code`), the file given through it: followed.
    const proj = path.join(dir, 't3', 'data', 'code', 'proj');
    fs.mkdirSync(path.join(proj, '.git'), { recursive: true });
    fs.writeFileSync(path.join(proj, 'plan.md'), PLAN);
    fs.mkdirSync(path.join(dir, 't3', 'home'));
    fs.symlinkSync('../data/code', path.join(dir, 't3', 'home', 'code'));
    const through = cli(proj, 'done', path.join(dir, 't3', 'home', 'code', 'proj', 'plan.md'), '1');
    assert.strictEqual(through.status, 0, through.stderr);
    // A loop of links: refused in a line, no stack trace.
    fs.mkdirSync(path.join(dir, 't4', '.git'), { recursive: true });
    fs.writeFileSync(path.join(dir, 't4', 'plan.md'), PLAN);
    fs.symlinkSync('b', path.join(dir, 't4', 'a'));
    fs.symlinkSync('a', path.join(dir, 't4', 'b'));
    fs.symlinkSync('a/x.svg', path.join(dir, 't4', 'L.svg'));
    const loop = cli(path.join(dir, 't4'), 'heatmap', 'plan.md', '--svg', 'L.svg');
    assert.deepStrictEqual([loop.status, /too many levels of symbolic links; nothing written\n$/.test(loop.stderr)], [1, true], loop.stderr);
  });

  it('waits for another CLI process\'s lock, takes over a lock its dead owner left, and refuses when it stays busy', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '- [ ] a\n');
    const lock = path.join(dir, '.plan.md.learning-plans.lock');
    fs.writeFileSync(lock, `${process.pid} ${os.hostname()} ${Date.now()} live`); // this test process: alive
    const busy = await run(['toggle', plan, '1'], new NodeFileSystem({ lockTimeoutMs: 300 }));
    assert.strictEqual(busy.code, 1);
    assert.match(busy.err, /is being edited by another learning-plans process .*; .*plan\.md is unchanged\n$/);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), '- [ ] a\n');
    fs.writeFileSync(lock, `999999999 ${os.hostname()} ${Date.now()} dead`); // no such process
    assert.strictEqual((await run(['toggle', plan, '1'])).code, 0);
    assert.match(fs.readFileSync(plan, 'utf8'), /^- \[x\] a/);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('a disk too full for the lock itself leaves no lock behind: the next edit, once there is room, goes through at once', async function () {
    const mount = smallDisk(this);
    try {
      const plan = path.join(mount, 'plan.md');
      fs.writeFileSync(plan, '### Day 1\n- [ ] a\n');
      const filler = path.join(mount, 'filler');
      // Fill every page left: even the lock's few bytes cannot be written.
      spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1k', 'count=200']);
      const full = await cli(['done', plan, '1']);
      assert.strictEqual(full.code, 1, full.err);
      assert.match(full.err, /^learning-plans: cannot lock .*\(ENOSPC\)/);
      assert.deepStrictEqual(leftovers(mount), []);
      fs.rmSync(filler);
      const started = Date.now();
      const room = await cli(['done', plan, '1']);
      assert.strictEqual(room.code, 0, room.err);
      assert.ok(Date.now() - started < 20_000, 'no wait for a lock');
      assert.match(fs.readFileSync(plan, 'utf8'), /^### Day 1 \u2705/);
    } finally {
      spawnSync('umount', [mount]);
    }
  });

  it('takes over an empty lock half a minute old (its process died before writing its name), never a live one', async () => {
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '- [ ] a\n');
    const lock = path.join(dir, '.plan.md.learning-plans.lock');
    const old = new Date(Date.now() - 60_000);
    // A live process's lock a minute old: still its (only staleLockMs, 10 minutes, or its death frees it).
    fs.writeFileSync(lock, `${process.pid} ${os.hostname()} ${Date.now()} live`);
    fs.utimesSync(lock, old, old);
    assert.strictEqual((await run(['toggle', plan, '1'], new NodeFileSystem({ lockTimeoutMs: 300 }))).code, 1, 'a live lock is respected');
    fs.writeFileSync(lock, '');
    const busy = await run(['toggle', plan, '1'], new NodeFileSystem({ lockTimeoutMs: 300 }));
    assert.strictEqual(busy.code, 1, 'a lock just made may be being written');
    fs.utimesSync(lock, old, old);
    assert.strictEqual((await run(['toggle', plan, '1'], new NodeFileSystem({ lockTimeoutMs: 300 }))).code, 0);
    assert.match(fs.readFileSync(plan, 'utf8'), /^- \[x\] a/);
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('keeps a plan\'s owner and group when it is edited by root (sudo, a container on a mounted repository)', async function () {
    if (process.getuid?.() !== 0) this.skip();
    const dir = newTempDir('lp-safe-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n');
    fs.chmodSync(plan, 0o664);
    fs.chownSync(plan, 65534, 65534);
    assert.strictEqual((await run(['done', plan, '1'])).code, 0);
    const stat = fs.statSync(plan);
    assert.deepStrictEqual([stat.uid, stat.gid, stat.mode & 0o777], [65534, 65534, 0o664]);
    assert.match(fs.readFileSync(plan, 'utf8'), /\u2705/);
  });

  it('edits plans whose names take 221 to 255 bytes (the lock and the temporary copy get shorter names)', async () => {
    const dir = newTempDir('lp-safe-');
    for (const name of [`${'p'.repeat(218)}.md`, `${'p'.repeat(252)}.md`, `${'\u8ba1'.repeat(83)}.md`]) {
      const plan = path.join(dir, name);
      fs.writeFileSync(plan, '### Day 1\n- [ ] a\n');
      const exit = await run(['done', plan, '1']);
      assert.strictEqual(exit.code, 0, `${Buffer.byteLength(name)} bytes: ${exit.err}`);
      assert.match(fs.readFileSync(plan, 'utf8'), /\u2705/);
    }
    assert.deepStrictEqual(leftovers(dir), []);
  });

  it('lab notes and notebooks appear whole or not at all: a full disk leaves no partial file, nor the folders made for them', async () => {
    const dir = newTempDir('lp-safe-');
    fs.mkdirSync(path.join(dir, '.git'));
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '### Day 1 - Intro\n- [ ] a\n');
    const exit = await run(['lab', plan, '1'], new FullDisk());
    assert.strictEqual(exit.code, 1);
    assert.match(exit.err, /^learning-plans: cannot write .*day-001\.ipynb: no space left on the device \(ENOSPC\)/);
    // No partial notebook, no temporary file: the folders made for them went with the failure.
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['.git', 'plan.md']);
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), '### Day 1 - Intro\n- [ ] a\n');
  });
});
