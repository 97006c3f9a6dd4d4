import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir as newTempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 9));
  return { code, out, err };
}

/** The real CLI process, killed after 20 s so that a hang fails the test instead of the suite. */
function cli(args: string[], options: { cwd?: string; node?: string[] } = {}): { code: number | null; out: string; err: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [...(options.node ?? []), CLI, ...args], { encoding: 'utf8', timeout: 20_000, cwd: options.cwd });
  return { code: result.status, out: result.stdout, err: result.stderr, signal: result.signal };
}

/** Characters a terminal would act on: ESC, BEL, C1 controls, bidi overrides; and invisible ones that hide text. */
// eslint-disable-next-line no-control-regex -- the point of the test
const RAW_CONTROLS = /[\x07\x1b\x9b\u202e\u200b\u2060\ufeff]|\udb40[\udc00-\udc7f]/;

describe('CLI: hostile text is shown, never acted on by the terminal (issue 14 item 10)', function () {
  this.timeout(60_000); // real CLI processes on a busy machine
  const dir = newTempDir('lp-hard-');
  const file = path.join(dir, 'evil\x1b[31m.md');
  fs.writeFileSync(file, [
    '### Day 1 - Clip\x1b]52;c;cm0gLXJmIH4=\x07board \x1b[2K erase \x1b]0;pwned\x07 title \u009b31m c1 \u202egnp.exe',
    '- [ ] task\x1b[1A up',
    // Invisible: a zero-width space, a word joiner, a BOM inside text, tag characters (hidden letters: a hostile trial's).
    '- [ ] zero\u200bwidth\u2060joined\ufeffbom \u{E0041}\u{E0042} tags',
    '- [Click \x1b[8m hidden \u202e me](https://example.com/a)',
    '',
  ].join('\n'));

  for (const [verb, args] of [['index', []], ['status', []], ['links', ['1']]] as const) {
    it(`${verb}: every control character is escaped in text output`, async () => {
      const result = await run(verb, file, ...args);
      assert.strictEqual(result.code, 0, result.err);
      assert.ok(!RAW_CONTROLS.test(result.out), JSON.stringify(result.out));
      assert.ok(!RAW_CONTROLS.test(result.err), JSON.stringify(result.err));
      assert.ok(/\\x1b|\\u202e/.test(result.out), result.out);
      if (verb === 'status') assert.ok(result.out.includes('zero\\u200bwidth\\u2060joined bom \\u{e0041}\\u{e0042} tags'), result.out);
    });
  }

  it('--json escapes them too (JSON escapes), and parses back to the exact text', async () => {
    const result = await run('index', file, '--json');
    assert.ok(!RAW_CONTROLS.test(result.out), result.out);
    const { plans } = JSON.parse(result.out);
    // eslint-disable-next-line no-control-regex -- the exact text comes back
    assert.match(plans[0].children[0].title, /^Day 1 - Clip\x1b\]52;c;cm0gLXJmIH4=\x07board/);
    assert.strictEqual(plans[0].file, file);
  });

  it('--json written piece by piece (stdout) and by the real process is escaped the same, and parses back', async () => {
    let out = '';
    const code = await runCli(['index', file, '--json'], { out: (t) => (out += t + '\n'), err: () => undefined, write: (t) => (out += t) }, () => new Date(2026, 10, 21, 9));
    assert.strictEqual(code, 0);
    const real = cli(['index', file, '--json']);
    for (const text of [out, real.out]) {
      assert.ok(!RAW_CONTROLS.test(text), text);
      // eslint-disable-next-line no-control-regex -- the exact text comes back
      assert.match(JSON.parse(text).plans[0].children[0].title, /^Day 1 - Clip\x1b\]52;c;cm0gLXJmIH4=\x07board/);
    }
    assert.strictEqual(real.out, out);
  });
});

describe('CLI: size limit, unreadable entries, FIFOs, no stack traces (issue 14 item 13)', function () {
  this.timeout(60_000); // real CLI processes on a busy machine
  it('skips a plan over --max-size (default 5 MB) with a warning, and prints the rest', async () => {
    const dir = newTempDir('lp-hard-');
    fs.writeFileSync(path.join(dir, 'a-small.md'), '### Day 1\n- [ ] a\n');
    fs.writeFileSync(path.join(dir, 'b-big.md'), `### Day 1\n- [ ] a\n${'x'.repeat(6 * 1024 * 1024)}\n`);
    const skipped = await run('index', dir, '--json');
    assert.strictEqual(skipped.code, 0);
    assert.deepStrictEqual(JSON.parse(skipped.out).plans.map((p: { file: string }) => path.basename(p.file)), ['a-small.md']);
    assert.match(skipped.err, /warning: skipping .*b-big\.md: it is larger than 5 MB \(--max-size\)/);
    const raised = await run('index', dir, '--json', '--max-size', '10MB');
    assert.strictEqual(JSON.parse(raised.out).plans.length, 2);
    assert.strictEqual((await run('index', dir, '--max-size', 'lots')).code, 2);
    assert.strictEqual((await run('index', dir, '--max-size', '511MB')).code, 0);
    assert.match((await run('index', dir, '--max-size', '512MB')).err, /^learning-plans: --max-size can be at most 511 MB \(the most text Node\.js holds in one string\), not '512MB'\n/);
  });

  it('skips a folder deeper than the path limit (ENAMETOOLONG) with a warning and prints the rest', () => {
    const dir = newTempDir('lp-hard-');
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n- [ ] a\n');
    const name = 'd'.repeat(200);
    const made = spawnSync('bash', ['-c', `cd "$0" && for i in $(seq 1 25); do mkdir ${name} && cd ${name} || exit 1; done; printf '### Day 9\\n' > deep.md`, dir]);
    assert.strictEqual(made.status, 0, String(made.stderr));
    const result = cli(['index', dir]);
    assert.strictEqual(result.code, 0, result.err);
    assert.match(result.out, /plan\.md {2}0\/1 days/);
    assert.match(result.err, /warning: skipping .*: the name is too long \(ENAMETOOLONG\)/);
    assert.ok(!/\n\s+at /.test(result.err), 'no stack trace');
  });

  it('does not hang on a FIFO named x.md, in a folder or named directly', () => {
    const dir = newTempDir('lp-hard-');
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n');
    assert.strictEqual(spawnSync('mkfifo', [path.join(dir, 'x.md')]).status, 0);
    const folder = cli(['index', dir]);
    assert.deepStrictEqual([folder.signal, folder.code], [null, 0]);
    const direct = cli(['index', path.join(dir, 'x.md'), path.join(dir, 'plan.md')]);
    assert.deepStrictEqual([direct.signal, direct.code], [null, 0], direct.err);
    assert.match(direct.err, /warning: skipping .*x\.md: it is not a regular file/);
    assert.match(direct.out, /plan\.md/);
    const edit = cli(['done', path.join(dir, 'x.md'), '1']);
    assert.deepStrictEqual([edit.signal, edit.code], [null, 1], edit.err);
  });

  it('a lab folder name that exists as a file is one clear line, exit 1 (no EEXIST stack)', () => {
    const dir = newTempDir('lp-hard-');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1 - Intro\n');
    fs.writeFileSync(path.join(dir, 'labs'), 'a file\n');
    const result = cli(['lab', path.join(dir, 'plan.md'), '1']);
    assert.strictEqual(result.code, 1);
    assert.match(result.err, /^learning-plans: .*labs exists and is not a folder; nothing written\n$/);
  });

  it('expected errors are one line with exit 1 or 2, never a stack trace', () => {
    const dir = newTempDir('lp-hard-');
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n');
    const cases: [string[], number][] = [
      [['done', dir, '1'], 2], // a folder, not a plan file
      [['done', path.join(dir, 'none.md'), '1'], 2],
      [['toggle', path.join(dir, 'plan.md'), '1'], 1],
      [['lab', path.join(dir, 'plan.md'), '1', '--root', path.join(dir, 'no-such-root')], 2],
      [['index', path.join(dir, 'plan.md'), '--max-size', '0'], 2],
      [['index', path.join(dir, 'plan.md'), '--max-size', '5GB'], 2], // more than one string holds: it let a 4.5 GB file into ERR_OUT_OF_RANGE
      [['frobnicate'], 2],
    ];
    for (const [args, code] of cases) {
      const result = cli(args);
      assert.strictEqual(result.code, code, `${args.join(' ')}: ${result.err}`);
      assert.ok(!/\n\s+at |Error:/.test(result.err), `${args.join(' ')}: ${result.err}`);
    }
  });

  it('an unexpected error prints a stack trace that names the TypeScript sources (the bundle ships its map), exit 70', () => {
    const dir = newTempDir('lp-hard-');
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n');
    const inject = path.join(dir, 'break-json.js');
    fs.writeFileSync(inject, 'JSON.stringify = () => { throw new Error("injected failure"); };\n');
    // `--pretty`: the compact JSON is written without JSON.stringify (planJsonBytes.ts).
    const result = cli(['index', path.join(dir, 'plan.md'), '--json', '--pretty'], { node: ['--require', inject] });
    assert.strictEqual(result.code, 70, result.err);
    assert.match(result.err, /internal error .*\nError: injected failure\n/);
    assert.match(result.err, /src\/cli\/output\.ts:\d+/);
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli-main.js.map')));
  });

  it('a closed pipe (| head) is not an error', () => {
    for (const json of ['', '--json']) {
      const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" index "${path.join(ROOT, 'test', 'fixtures')}" ${json} | head -c 20; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      assert.strictEqual(result.stderr, '', json);
      assert.strictEqual(result.status, 0, json);
    }
  });

  it('an output that cannot be written (a full disk) is one line on stderr and exit 1, as a failed write', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    for (const args of [['index', path.join(ROOT, 'test', 'fixtures'), '--json'], ['index', path.join(ROOT, 'test', 'fixtures')], ['--help']]) {
      const result = spawnSync('bash', ['-c', `exec "$0" "$@" > /dev/full`, process.execPath, CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
      assert.strictEqual(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /^learning-plans: cannot write the output: .*\(ENOSPC\)\n$/, args.join(' '));
    }
  });
});

describe('CLI: JSON and counts read well (issue 19 item 2, issue 18 item 7)', function () {
  this.timeout(60_000); // real CLI processes on a busy machine
  it('--json is compact by default and indented with --pretty', async () => {
    const fixtures = path.join(ROOT, 'test', 'fixtures');
    const compact = await run('index', fixtures, '--json');
    assert.strictEqual(compact.out.trimEnd().split('\n').length, 1);
    const pretty = await run('index', fixtures, '--json', '--pretty');
    assert.ok(pretty.out.split('\n').length > 1000);
    assert.deepStrictEqual(JSON.parse(pretty.out), JSON.parse(compact.out));
    const status = await run('status', fixtures, '--json');
    assert.strictEqual(status.out.trimEnd().split('\n').length, 1);
  });

  it('status says 1 day, 1 active day, 1 plan day (no "1 active days")', async () => {
    const file = path.join(newTempDir('lp-hard-'), 'p.md');
    fs.writeFileSync(file, '### Day 1 \u2705 2026-11-21\n### Day 2\n');
    const { out } = await run('status', file, '--today', '2026-11-21');
    assert.match(out, /Streak: 1 day; longest 1 day; 1 active day; 1 \u2705 today, 1 this week \(days and tasks\); 1 plan day done/);
    fs.writeFileSync(file, '### Day 1 \u2705 2026-11-20\n### Day 2 \u2705 2026-11-21\n');
    assert.match((await run('status', file, '--today', '2026-11-21')).out, /Streak: 2 days; longest 2 days; 2 active days; .*; 2 plan days done/);
  });
});

describe('CLI: one parse path (issue 15 item 1)', () => {
  it('no CLI module builds a plan itself: every file goes through the PlanCache', () => {
    const cliFolder = path.join(ROOT, 'src', 'cli');
    const sources = fs.readdirSync(cliFolder, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    assert.ok(sources.length > 5);
    for (const source of sources) assert.ok(!/\bbuildPlan\b/.test(fs.readFileSync(path.join(cliFolder, source), 'utf8')), source);
    assert.match(fs.readFileSync(path.join(cliFolder, 'plans.ts'), 'utf8'), /\bcache\.get\(inMemoryDocument\(/);
  });
});

describe('CLI: lab roots, slugs and templates (issue 14 items 7 and 9)', function () {
  this.timeout(60_000); // real CLI processes on a busy machine
  function repo(): string {
    const dir = newTempDir('lp-hard-');
    fs.mkdirSync(path.join(dir, '.git'));
    return dir;
  }

  it('lab --root with a plan outside it links to a path that exists', async () => {
    const base = newTempDir('lp-hard-');
    const planDir = path.join(base, 'plans');
    const root = path.join(base, 'root');
    fs.mkdirSync(planDir);
    fs.mkdirSync(root);
    const plan = path.join(planDir, 'plan.md');
    fs.writeFileSync(plan, '### Day 1 - Intro\n- [ ] a\n');
    const result = await run('lab', plan, '1', '--root', root);
    assert.strictEqual(result.code, 0, result.err);
    const link = /\(([^)]+\.ipynb)\)/.exec(fs.readFileSync(plan, 'utf8'))?.[1];
    // The plan lies outside the root: its `..` is never climbed, its name gets a hash of its path.
    assert.match(link ?? '', /^\.\.\/root\/labs\/plans\/plan-[0-9a-f]{8}\/day-001-intro\/day-001\.ipynb$/);
    assert.ok(fs.existsSync(path.resolve(planDir, decodeURI(link!))), 'the link leads to the notebook');
  });

  it('lab of a day the plan does not have says which days it has and that nothing was written', async () => {
    const dir = repo();
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '### Day 31 - A\n### Day 32 - B\n');
    const result = await run('lab', plan, '99');
    assert.deepStrictEqual([result.code, result.err], [1, `learning-plans: ${plan} has no Day 99 (its days are numbered from 31 to 32); nothing written\n`]);
    assert.ok(!fs.existsSync(path.join(dir, 'labs')));
    // Unquoted, the heading's words are two arguments: said how to give them.
    assert.match((await run('links', plan, 'Day', '31')).err, /^learning-plans: links takes a file and a DAY, not 3 arguments \(a DAY of two words is quoted, 'Day 31', or just 31\)\n/);
    assert.strictEqual((await run('lab', plan, 'Day 31')).code, 0, 'a DAY as the heading names it');
  });

  it('plans named only in non-ASCII (計画.md, 中文.md) get their own labs and link their own notebooks', async () => {
    const dir = repo();
    const links: string[] = [];
    for (const name of ['\u8a08\u753b.md', '\u4e2d\u6587.md']) {
      const plan = path.join(dir, name);
      fs.writeFileSync(plan, '### Day 1\n');
      const result = await run('lab', plan, '1');
      assert.strictEqual(result.code, 0, result.err);
      assert.ok(!/exists/.test(result.out), result.out);
      links.push(/\(([^)]+)\)/.exec(fs.readFileSync(plan, 'utf8'))![1]);
    }
    assert.deepStrictEqual(links.map(decodeURI), ['labs/\u8a08\u753b/day-001/day-001.ipynb', 'labs/\u4e2d\u6587/day-001/day-001.ipynb']);
    for (const link of links) assert.ok(fs.existsSync(path.join(dir, decodeURI(link))));
  });

  for (const [what, make] of [
    ['a symbolic link to /proc/self/environ', (file: string) => fs.symlinkSync('/proc/self/environ', file)],
    ['a symbolic link to ../../.aws/credentials', (file: string) => {
      const home = path.resolve(file, '..', '..', '..', '..', '.aws');
      fs.mkdirSync(home, { recursive: true });
      fs.writeFileSync(path.join(home, 'credentials'), 'aws_secret_access_key = SECRET\n');
      fs.symlinkSync('../../../.aws/credentials', file);
    }],
    ['a link to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file)],
    ['a FIFO', (file: string) => assert.strictEqual(spawnSync('mkfifo', [file]).status, 0)],
  ] as const) {
    it(`a notes template that is ${what} is refused with a warning, the default is used, nothing hangs`, () => {
      const base = newTempDir('lp-hard-');
      const dir = path.join(base, 'home', 'me', 'repo');
      fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
      fs.mkdirSync(path.join(dir, '.learning-plans', 'templates'), { recursive: true });
      make(path.join(dir, '.learning-plans', 'templates', 'notes.md'));
      fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1 - Intro\n');
      const result = cli(['lab', path.join(dir, 'plan.md'), '1'], { cwd: dir });
      assert.deepStrictEqual([result.signal, result.code], [null, 0], result.err);
      assert.match(result.err, /warning: the template \.learning-plans\/templates\/notes\.md was not used: .*; templates must be regular files inside the workspace; the default was used/);
      const notes = fs.readFileSync(path.join(dir, 'labs', 'plan', 'day-001-intro', 'notes.md'), 'utf8');
      assert.match(notes, /^# Lab notes: Intro\n/);
      assert.ok(!/SECRET|PATH=/.test(notes));
    });
  }
});
