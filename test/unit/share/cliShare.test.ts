import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../../src/cli/main';
import { assertSelfContained, assertWellFormed } from './svgChecks';
import { tempDir } from '../tempDir';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const CLI = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 8));
  return { code, out, err };
}

/** A repository with the sample plans, three days done on consecutive dates up to today. */
async function repository(): Promise<{ root: string; plans: string }> {
  const root = tempDir('lp-share-');
  const plans = path.join(root, 'plans');
  fs.mkdirSync(plans);
  for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(plans, name));
  const plan = path.join(plans, 'days-031-060-lakehouse-for-ai.md');
  for (const [day, date] of [['31', '2026-11-19'], ['32', '2026-11-20'], ['33', '2026-11-21']]) assert.strictEqual((await run('done', plan, day, '--date', date)).code, 0);
  return { root, plans };
}

describe('CLI: heatmap and badge', () => {
  it('writes a year heatmap SVG, and a second run leaves the file alone', async () => {
    const { root, plans } = await repository();
    const out = path.join(root, '.learning-plans', 'heatmap.svg');
    const first = (await run('heatmap', plans, '--svg', out));
    assert.strictEqual(first.code, 0, first.err);
    assert.strictEqual(first.out, `${out}: created, in a new folder ${path.dirname(out)}\n`);
    const svg = fs.readFileSync(out, 'utf8');
    assert.match(svg, /<desc id="lp-heatmap-desc">\d+ done, active on 3 days; current streak 3 days, longest 3 days\.<\/desc>/);
    assert.match(svg, /<title>2026-11-21: \d+ done<\/title>/);
    assertWellFormed(svg);
    assertSelfContained(svg);
    const mtime = fs.statSync(out).mtimeMs;
    assert.strictEqual((await run('heatmap', plans, '--svg', out)).out, `${out}: unchanged\n`);
    assert.strictEqual(fs.statSync(out).mtimeMs, mtime);
    assert.match((await run('heatmap', plans, '--svg', '-', '--theme', 'dark')).out, /^<svg xmlns=[^]*#2d333b/);
  });

  it('writes the streak and progress badges', async () => {
    const { root, plans } = await repository();
    const streak = path.join(root, 'streak.svg');
    const progress = path.join(root, 'progress.svg');
    assert.strictEqual((await run('badge', plans, '--svg', streak)).code, 0);
    assert.strictEqual((await run('badge', plans, '--kind', 'progress', '--label', 'days done', '--svg', progress)).code, 0);
    assert.match(fs.readFileSync(streak, 'utf8'), /<title>study streak: 3 days<\/title>/);
    assert.match(fs.readFileSync(progress, 'utf8'), /<title>days done: 3\/88 days \u00b7 3%<\/title>/);
  });

  it('exits 2 on usage errors and missing paths', async () => {
    assert.strictEqual((await run('heatmap', FIXTURES)).code, 2, 'no --svg');
    assert.strictEqual((await run('heatmap', FIXTURES, '--svg', '-', '--theme', 'sepia')).code, 2);
    assert.strictEqual((await run('badge', FIXTURES, '--svg', '-', '--kind', 'stars')).code, 2);
    assert.strictEqual((await run('badge', '/no/such', '--svg', '-')).code, 2);
    const blank = await run('badge', FIXTURES, '--svg', '-', '--label', ' ');
    assert.deepStrictEqual([blank.code, blank.out, blank.err.split('\n')[0]], [2, '', 'learning-plans: --label needs some text (leave it out for the default label)']);
  });

  // A learner typed a plan's name after --svg: the plan became a drawing (a learner's report).
  it('writes only to a name ending in .svg: a plan named by mistake is left alone', async () => {
    const { plans } = await repository();
    const plan = path.join(plans, 'month-3-batch-etl.md');
    const before = fs.readFileSync(plan);
    for (const verb of ['heatmap', 'badge']) {
      const result = await run(verb, plans, '--svg', plan);
      assert.strictEqual(result.code, 2, verb);
      assert.match(result.err, /--svg takes a file name ending in \.svg/);
      assert.deepStrictEqual(fs.readFileSync(plan), before, verb);
    }
    assert.strictEqual((await run('badge', plans, '--svg', path.join(plans, 'STREAK.SVG'))).code, 0, 'the ending in any case');
    const early = await run('heatmap', '/no/such', '--svg', 'out.md');
    assert.deepStrictEqual([early.code, early.err.split('\n')[0]], [2, "learning-plans: --svg takes a file name ending in .svg (or - for standard output), not 'out.md'"], 'told before any plan is read');
  });
});

describe('CLI: readme', () => {
  it('updates the block between the markers, byte for byte outside it, CRLF kept; running it twice changes nothing', async () => {
    const { root, plans } = await repository();
    const readme = path.join(root, 'README.md');
    const head = Buffer.concat([Buffer.from('# Me\r\n\r\nLatin-1 byte: '), Buffer.from([0xe9]), Buffer.from('\r\n\r\n<!-- learning-plans:start -->\r\nold\r\n<!-- learning-plans:end -->\r\n')]);
    const tail = Buffer.from('\r\n## Contact\r\n- [ ] a checkbox in the README is not a plan to list\r\n');
    fs.writeFileSync(readme, Buffer.concat([head, tail]));
    const heatmap = path.join(root, '.learning-plans', 'heatmap.svg');
    const badge = path.join(root, '.learning-plans', 'streak.svg');
    (await run('heatmap', plans, '--svg', heatmap));
    (await run('badge', plans, '--svg', badge));
    const args = ['readme', readme, root, '--heatmap', heatmap, '--badge', badge];
    const first = (await run(...args));
    assert.strictEqual(first.code, 0, first.err);
    assert.strictEqual(first.out, `${readme}: progress block updated\n`);
    assert.strictEqual(first.err, '', 'both images exist; none dropped');
    const after = fs.readFileSync(readme);
    const start = head.indexOf('<!-- learning-plans:start -->\r\n') + '<!-- learning-plans:start -->\r\n'.length;
    assert.deepStrictEqual(after.subarray(0, start), head.subarray(0, start), 'bytes before the block, the invalid one too');
    assert.deepStrictEqual(after.subarray(after.length - tail.length - '<!-- learning-plans:end -->\r\n'.length), Buffer.concat([Buffer.from('<!-- learning-plans:end -->\r\n'), tail]));
    const block = after.subarray(start, after.length - tail.length).toString('utf8');
    assert.ok(!/[^\r]\n/.test(block), 'CRLF throughout the block');
    assert.match(block, /!\[Study activity from 2025-11-17 to 2026-11-21\]\(\.learning-plans\/heatmap\.svg\)/);
    assert.match(block, /!\[study streak: 3 days\]\(\.learning-plans\/streak\.svg\)/);
    assert.match(block, /\*\*Streak:\*\* 3 days \(longest 3 days\) \u00b7 \*\*Active days:\*\* 3 \u00b7 \*\*Plan days done:\*\* 3 \u00b7 \*\*Last studied:\*\* 2026-11-21/);
    assert.match(block, /\| \[Days 31-60: Lakehouse Architecture for AI\/ML at Scale\]\(plans\/days-031-060-lakehouse-for-ai\.md\) \| 3\/30 days \(10%\) \|/);
    assert.ok(!block.includes('README.md'), 'the README is not listed as a plan');

    assert.strictEqual((await run(...args)).out, `${readme}: unchanged\n`);
    assert.deepStrictEqual(fs.readFileSync(readme), after, 'idempotent');
  });

  it('says when a streak badge made on another day says another streak than the block beside it (a trial\'s said 3 days beside "1 day")', async () => {
    const { root, plans } = await repository();
    const readme = path.join(root, 'README.md');
    fs.writeFileSync(readme, '# Me\n');
    const badge = path.join(root, 'streak.svg');
    assert.strictEqual((await run('badge', plans, '--svg', badge)).code, 0);
    assert.strictEqual((await run('readme', readme, plans, '--badge', badge)).err, '', 'made today: current');
    fs.writeFileSync(badge, fs.readFileSync(badge, 'utf8').replace(/3 days/g, '7 days'));
    const stale = await run('readme', readme, plans, '--badge', badge);
    assert.strictEqual(stale.code, 0);
    assert.strictEqual(stale.err, `learning-plans: warning: ${badge} says "study streak: 7 days", the plans "study streak: 3 days" today: make it again first (learning-plans badge ${plans} --svg ${badge})\n`);
    // Kept by a run given no image, the badge says in the README what its SVG says now (a trial's kept its old words),
    // and a stale one is said too.
    const kept = await run('readme', readme, plans);
    assert.match(fs.readFileSync(readme, 'utf8'), /!\[study streak: 7 days\]\(streak\.svg\)/);
    assert.match(kept.err, /streak\.svg says "study streak: 7 days", the plans "study streak: 3 days" today: make it again first/);
    assert.strictEqual((await run('badge', plans, '--svg', badge)).code, 0);
    assert.strictEqual((await run('readme', readme, plans)).err, '');
    assert.match(fs.readFileSync(readme, 'utf8'), /!\[study streak: 3 days\]\(streak\.svg\)/);
    fs.writeFileSync(badge, fs.readFileSync(badge, 'utf8').replace(/3 days/g, '7 days'));
    const labelled = path.join(root, 'mine.svg');
    assert.strictEqual((await run('badge', plans, '--svg', labelled, '--label', 'my streak', '--today', '2026-11-25')).code, 0);
    assert.strictEqual((await run('readme', readme, plans, '--badge', badge, '--badge', labelled)).err, stale.err, 'a label of the learner\'s own is not read');
    // The README's own checkboxes count in the badge as `badge` makes it (a review's warning never went away), and a
    // date given is passed on.
    const own = path.join(root, 'own');
    fs.mkdirSync(own);
    fs.writeFileSync(path.join(own, 'README.md'), '# Me\n- [x] Set up the repository \u2705 2026-11-20\n- [x] Read \u2705 2026-11-21\n');
    fs.copyFileSync(path.join(plans, 'days-031-060-lakehouse-for-ai.md'), path.join(own, 'plan.md'));
    const ownBadge = path.join(own, 's.svg');
    assert.strictEqual((await run('badge', own, '--svg', ownBadge)).code, 0);
    assert.strictEqual((await run('readme', path.join(own, 'README.md'), own, '--badge', ownBadge)).err, '', 'the badge as badge made it: current');
    const later = await run('readme', path.join(own, 'README.md'), own, '--badge', ownBadge, '--today', '2026-11-30');
    assert.match(later.err, /the plans "study streak: 0 days" on 2026-11-30: make it again first \(learning-plans badge .* --svg .*s\.svg --today 2026-11-30\)\n$/);
  });

  it('says when an image would be broken (its SVG missing) or a run drops one the block showed, and keeps them when a run names none (learners\' reports)', async () => {
    const { root, plans } = await repository();
    const readme = path.join(root, 'README.md');
    fs.writeFileSync(readme, '# Me\n');
    const heatmap = path.join(root, 'heat map.svg');
    (await run('heatmap', plans, '--svg', heatmap));
    const missing = path.join(root, 'streak.svg');
    const first = await run('readme', readme, plans, '--heatmap', heatmap, '--badge', missing);
    assert.strictEqual(first.code, 0);
    assert.strictEqual(first.err, `learning-plans: warning: ${missing} does not exist (yet): the README shows a broken image until it does\n`);
    // Given no image, the block keeps its own, as written (a learner refreshing the table lost them).
    const shown = fs.readFileSync(readme, 'utf8');
    const kept = await run('readme', readme, plans);
    assert.strictEqual(kept.err, '');
    assert.strictEqual(fs.readFileSync(readme, 'utf8'), shown, 'nothing else changed: unchanged');
    fs.writeFileSync(path.join(plans, 'more.md'), '# More\n### Day 1\n- [ ] a\n');
    await run('readme', readme, plans);
    assert.strictEqual(fs.readFileSync(readme, 'utf8').match(/!\[[^\n]*/g)?.join('\n'), shown.match(/!\[[^\n]*/g)?.join('\n'), 'the table grew; the images stayed');
    const again = await run('readme', readme, plans, '--heatmap', heatmap);
    assert.strictEqual(again.err, 'learning-plans: note: the block no longer shows streak.svg: give it with the others (--heatmap, --badge) to keep it\n');
    const bare = await run('readme', readme, plans, '--no-images');
    assert.strictEqual(bare.err, 'learning-plans: note: the block no longer shows heat map.svg\n', 'decoded from heat%20map.svg');
    assert.doesNotMatch(fs.readFileSync(readme, 'utf8'), /!\[/);
    assert.strictEqual((await run('readme', readme, plans)).err, '', 'nothing left to drop');
    assert.strictEqual((await run('readme', readme, plans, '--no-images', '--heatmap', heatmap)).code, 2);
  });

  it('adds the block at the end when the README has none, and refuses ambiguous markers (exit 1) or a missing README (exit 2)', async () => {
    const { root, plans } = await repository();
    const readme = path.join(root, 'README.md');
    fs.writeFileSync(readme, '# Me\n');
    assert.strictEqual((await run('readme', readme, plans)).out, `${readme}: progress block added at the end\n`);
    assert.match(fs.readFileSync(readme, 'utf8'), /^# Me\n\n<!-- learning-plans:start -->\n\n\*\*Streak:\*\*[^]*\n<!-- learning-plans:end -->\n$/);
    fs.writeFileSync(readme, '<!-- learning-plans:start -->\n');
    const refused = (await run('readme', readme, plans));
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /without <!-- learning-plans:end -->; nothing written/);
    assert.strictEqual(fs.readFileSync(readme, 'utf8'), '<!-- learning-plans:start -->\n');
    const nope = await run('readme', path.join(root, 'NOPE.md'), plans);
    assert.deepStrictEqual([nope.code, nope.err], [2, `learning-plans: no such file: ${path.join(root, 'NOPE.md')} (create it first: the block is added at its end)\n`]);
    // The plans' folder given first (the README forgotten): called a folder, not a README.
    assert.strictEqual((await run('readme', plans, plans)).err, `learning-plans: ${plans} is a folder, not a README\n`);
    assert.strictEqual((await run('readme', readme)).code, 2, 'no plans given');
  });

  it('refuses a README that is a binary file (an image named by mistake): exit 1, its bytes unchanged', async () => {
    const { root, plans } = await repository();
    const image = path.join(root, 'logo.png');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x0a]);
    fs.writeFileSync(image, bytes);
    const refused = await run('readme', image, plans);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /logo\.png looks like a binary file, not a README; nothing written\n$/);
    assert.ok(fs.readFileSync(image).equals(bytes));
  });
});

describe('CLI: sharing never writes through a symbolic link out of the repository (a hostile repository)', () => {
  /** A repository whose output names are links to files outside it, and the files they point at. */
  async function hostile(): Promise<{ root: string; plans: string; outside: string; victim: string }> {
    const { root, plans } = await repository();
    fs.mkdirSync(path.join(root, '.git'));
    const outside = tempDir('lp-victim-');
    const victim = path.join(outside, 'bashrc');
    fs.writeFileSync(victim, 'export X=1\n');
    return { root, plans, outside, victim };
  }

  it('heatmap and badge refuse an SVG that is a link, or under a folder that is one; nothing is written anywhere', async () => {
    const { root, plans, outside, victim } = await hostile();
    fs.mkdirSync(path.join(root, '.learning-plans'));
    fs.symlinkSync(victim, path.join(root, '.learning-plans', 'heatmap.svg'));
    fs.symlinkSync(outside, path.join(root, 'site'));
    for (const [verb, out] of [['heatmap', path.join(root, '.learning-plans', 'heatmap.svg')], ['badge', path.join(root, 'site', 'streak.svg')]]) {
      const refused = await run(verb, plans, '--svg', out);
      assert.strictEqual(refused.code, 1, `${verb}: ${refused.out}`);
      assert.match(refused.err, /leads out of .* through a symbolic link; nothing written\n$/, verb);
    }
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'export X=1\n');
    assert.deepStrictEqual(fs.readdirSync(outside), ['bashrc']);
  });

  it('the documented commands, run in the repository as the workflow runs them, refuse the same links', async () => {
    const { root, victim } = await hostile();
    fs.mkdirSync(path.join(root, '.learning-plans'));
    fs.symlinkSync(victim, path.join(root, '.learning-plans', 'heatmap.svg'));
    fs.rmSync(path.join(root, 'README.md'), { force: true });
    fs.symlinkSync(victim, path.join(root, 'README.md'));
    for (const args of [['heatmap', 'plans', '--svg', '.learning-plans/heatmap.svg'], ['readme', 'README.md', 'plans']]) {
      const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });
      assert.strictEqual(result.status, 1, `${args[0]}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /leads out of .* through a symbolic link; nothing written\n$/, args[0]);
    }
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'export X=1\n');
  });

  it('readme refuses a README that is a link out of the repository', async () => {
    const { root, plans, victim } = await hostile();
    const readme = path.join(root, 'README.md');
    fs.symlinkSync(victim, readme);
    const refused = await run('readme', readme, plans);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /README\.md leads out of .* through a symbolic link; nothing written\n$/);
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'export X=1\n');
  });

  it('a link to another repository (or to a folder outside any) cannot make itself the root', async () => {
    const { root, plans, outside } = await hostile();
    fs.mkdirSync(path.join(outside, '.git'));
    fs.writeFileSync(path.join(outside, 'heatmap.svg'), 'OTHER');
    fs.symlinkSync(outside, path.join(root, '.learning-plans'));
    const refused = await run('heatmap', plans, '--svg', path.join(root, '.learning-plans', 'heatmap.svg'));
    assert.strictEqual(refused.code, 1, refused.out);
    assert.strictEqual(fs.readFileSync(path.join(outside, 'heatmap.svg'), 'utf8'), 'OTHER');
    // No repository at all (an unpacked archive): a linked folder still leads somewhere else.
    const loose = tempDir('lp-loose-');
    fs.symlinkSync(outside, path.join(loose, 'out'));
    const looseRefused = await run('badge', plans, '--svg', path.join(loose, 'out', 'streak.svg'));
    assert.strictEqual(looseRefused.code, 1, looseRefused.out);
    assert.ok(!fs.existsSync(path.join(outside, 'streak.svg')));
  });

  it('a link that stays inside the repository is followed (README.md -> docs/README.md, .learning-plans -> assets)', async () => {
    const { root, plans } = await hostile();
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(path.join(root, 'docs', 'README.md'), '# Me\n');
    fs.symlinkSync(path.join('docs', 'README.md'), path.join(root, 'README.md'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.symlinkSync('assets', path.join(root, '.learning-plans'));
    assert.strictEqual((await run('readme', path.join(root, 'README.md'), plans)).code, 0);
    assert.match(fs.readFileSync(path.join(root, 'docs', 'README.md'), 'utf8'), /<!-- learning-plans:start -->/);
    assert.ok(fs.lstatSync(path.join(root, 'README.md')).isSymbolicLink(), 'the link stays');
    assert.strictEqual((await run('heatmap', plans, '--svg', path.join(root, '.learning-plans', 'heatmap.svg'))).code, 0);
    assert.ok(fs.existsSync(path.join(root, 'assets', 'heatmap.svg')));
  });
});

describe('CLI: workflow', () => {
  it('creates .github/workflows/learning-plans.yml once and never overwrites it', async () => {
    const root = tempDir('lp-workflow-');
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'plans'));
    fs.writeFileSync(path.join(root, 'README.md'), '# Me\n');
    const file = path.join(root, '.github', 'workflows', 'learning-plans.yml');
    const created = (await run('workflow', root, '--plans', 'plans', '--time-zone', 'Europe/Paris'));
    assert.strictEqual(created.out, `created ${file}\n`);
    assert.strictEqual(created.err.split('\n').length, 2, `one note: ${created.err}`);
    // A new user's report: the workflow's install step failed on its first push, the version not being published.
    assert.match(created.err, /^learning-plans: note: the workflow installs learning-plans@\S+ from the npm registry; `npm view learning-plans@\S+ version` tells whether it is there/);
    const yaml = parseYaml(fs.readFileSync(file, 'utf8'));
    assert.deepStrictEqual(yaml.jobs.progress.env, { TZ: 'Europe/Paris' });
    assert.match(yaml.jobs.progress.steps[2].run, /npm install --global --no-audit --no-fund learning-plans@\d+\.\d+\.\d+/);
    fs.writeFileSync(file, 'mine\n');
    const again = (await run('workflow', root));
    assert.strictEqual(again.code, 1);
    assert.match(again.err, /exists; not overwritten/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'mine\n');
    assert.strictEqual((await run('workflow', root, '--time-zone', 'Mars/Olympus Mons')).code, 2);
    assert.match((await run('workflow', '--print', '--time-zone', 'UTC')).out, /^# Written by Learning Plans\./);
    // --package: a tarball in the repository, installed from there and named in the note.
    fs.mkdirSync(path.join(root, 'tools'));
    fs.writeFileSync(path.join(root, 'tools', 'learning-plans-0.1.0.tgz'), '');
    fs.rmSync(file);
    const packaged = await run('workflow', root, '--package', path.join(root, 'tools', 'learning-plans-0.1.0.tgz'));
    assert.deepStrictEqual([packaged.code, packaged.err.split('\n').filter(Boolean).pop()], [0, 'learning-plans: note: the workflow installs the CLI from tools/learning-plans-0.1.0.tgz: commit it with the workflow (git add -f: *.tgz is often in .gitignore)']);
    assert.match(fs.readFileSync(file, 'utf8'), /npm install --global --no-audit --no-fund '\.\/tools\/learning-plans-0\.1\.0\.tgz'/);
    assert.strictEqual((await run('workflow', root, '--package', 'tools/missing.tgz', '--print')).code, 2);
  });

  it('goes in the repository\'s root, where GitHub runs it (a learner in plans/ wrote one there that never ran)', async () => {
    const root = tempDir('lp-workflow-');
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'plans'));
    fs.writeFileSync(path.join(root, 'plans', 'days.md'), '### Day 1\n');
    const cwd = process.cwd();
    try {
      process.chdir(path.join(root, 'plans'));
      // Run from the subfolder: written at the root; a path typed from here is made relative to the root.
      const created = await run('workflow', '--plans', 'days.md', '--readme', '../README.md');
      assert.strictEqual(created.code, 0, created.err);
      assert.strictEqual(created.out, `created ${path.join(root, '.github', 'workflows', 'learning-plans.yml')}\n`);
      assert.match(created.err, new RegExp(`note: ${path.join(root, 'README.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not exist \\(yet\\): the workflow updates it once it does`));
      const yaml = fs.readFileSync(path.join(root, '.github', 'workflows', 'learning-plans.yml'), 'utf8');
      assert.match(yaml, /learning-plans heatmap 'plans\/days\.md' --svg/);
      assert.match(yaml, /if \[ -f 'README\.md' \]/);
      // `.` from plans/ is plans/, as the shell reads it (a learner's workflow covered the whole repository).
      assert.match((await run('workflow', '--plans', '.', '--print')).out, /learning-plans heatmap 'plans' --svg/);
      assert.ok(!fs.existsSync(path.join(root, 'plans', '.github')));
      assert.match(created.err, /note: the repository's root is .* \(the nearest folder above holding \.git\): the workflow goes there\n/);
      // A folder as the README: refused (its step tests for a file, and would never run).
      fs.rmSync(path.join(root, '.github'), { recursive: true });
      const folder = await run('workflow', '--readme', '.');
      assert.deepStrictEqual([folder.code, folder.err.split('\n').pop() === '' && /the README \(--readme\) is a folder, not a file: \.; nothing written\n$/.test(folder.err)], [2, true]);
      // A folder whose name starts with two dots is a folder like any other.
      fs.mkdirSync(path.join(root, '..notes'));
      assert.strictEqual((await run('workflow', '--plans', '../..notes', '--print')).code, 0);
      // A link to the subfolder is the subfolder: refused as it is.
      const link = path.join(tempDir('lp-workflow-link-'), 'plans');
      fs.symlinkSync(path.join(root, 'plans'), link);
      const linked = await run('workflow', link);
      assert.strictEqual(linked.code, 1, linked.err);
      assert.ok(!fs.existsSync(path.join(root, 'plans', '.github')));
      // The subfolder named: refused, naming the root.
      const named = await run('workflow', '.');
      assert.strictEqual(named.code, 1);
      assert.strictEqual(named.err, `learning-plans: ${path.join(root, 'plans')} is inside the repository ${root}, and GitHub runs only the workflows in its root: learning-plans workflow ${root}; nothing written\n`);
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses a plan path that is not in the repository (the workflow failed on every push), writing nothing', async () => {
    const root = tempDir('lp-workflow-');
    fs.mkdirSync(path.join(root, '.git'));
    const missing = await run('workflow', root, '--plans', 'plan', '--print');
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.err, `learning-plans: no such file or folder in ${root}: plan (a plan path (--plans)); nothing written\n`);
    const outside = await run('workflow', root, '--plans', os.tmpdir());
    assert.strictEqual(outside.code, 2);
    assert.match(outside.err, /a plan path \(--plans\) must be in the repository .*; nothing written\n$/);
    assert.ok(!fs.existsSync(path.join(root, '.github')));
    // Outside any repository: written in the folder given, with a note that GitHub reads a repository's root.
    const plain = tempDir('lp-workflow-');
    const loose = await run('workflow', plain);
    assert.strictEqual(loose.code, 0, loose.err);
    assert.match(loose.err, /is in no git repository \(no \.git\): GitHub runs a workflow from a repository's root \.github\/workflows\n/);
  });
});
