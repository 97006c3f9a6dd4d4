// The CLI at the edges a learner's machine and a hostile repository reach (found by attacking it, 2026-11-26):
// a file name that is a shell command, arguments and names with line breaks, a deleted working folder, a
// reader that closes stderr, a spread over a hundred million days.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { shellWord } from '../../src/cli/output';
import { defaultFolder } from '../../src/cli/shareFiles';
import { tempDir as newTempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 9));
  return { code, out, err };
}

/** The real CLI, run by bash (`script` gets the CLI as "$0" and its arguments as "$@"); killed after 20 s. */
function bash(script: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync('bash', ['-c', script, process.execPath, CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A plan that started on 2026-11-01 with nothing done: on 2026-11-21 it is behind, and `status` says how to catch up. */
const BEHIND = ['---', 'start: 2026-11-01', '---', '# Days 1-30', ...Array.from({ length: 30 }, (_, i) => `### Day ${i + 1}\n- [ ] task ${i + 1}`), ''].join('\n');

describe('CLI at the edges (an attack on it, 2026-11-26)', function () {
  this.timeout(60_000); // real CLI processes on a busy machine

  it('with no path, reads the repository around the working folder, and refuses the whole disk and the home folder (a trial\'s status from / read /proc)', () => {
    assert.throws(() => defaultFolder('status', '/'), /the working folder \(\/\) is the root of the file system, with no \.git or \.learning-plans in it: name the plans' folder or file \(learning-plans status ~\/plans\)/);
    assert.throws(() => defaultFolder('review', os.homedir()), /is your home folder/);
    const dir = newTempDir('lp-default-');
    assert.strictEqual(defaultFolder('status', dir), path.resolve(dir));
    fs.mkdirSync(path.join(dir, '.learning-plans'));
    fs.mkdirSync(path.join(dir, 'plans', 'sql'), { recursive: true });
    assert.strictEqual(defaultFolder('status', path.join(dir, 'plans', 'sql')), dir);
    const fromRoot = spawnSync(process.execPath, [CLI, 'status'], { cwd: '/', encoding: 'utf8' });
    assert.strictEqual(fromRoot.status, 2);
    assert.strictEqual(fromRoot.stdout, '');
    // index, heatmap and badge read the same folder with no path (a trial's `index` with none was a usage error).
    fs.writeFileSync(path.join(dir, 'plans', 'sql', 'sql.md'), '# SQL\n\n### Day 1 - Select\n- [ ] a\n');
    const inSub = { cwd: path.join(dir, 'plans', 'sql'), encoding: 'utf8' } as const;
    const index = spawnSync(process.execPath, [CLI, 'index'], inSub);
    assert.strictEqual(index.status, 0, index.stderr);
    assert.match(index.stdout, /^sql\.md {2}0\/1 days\n/, 'named as from the working folder');
    const heatmap = spawnSync(process.execPath, [CLI, 'heatmap', '--svg', '-'], inSub);
    assert.ok(heatmap.status === 0 && heatmap.stdout.startsWith('<svg'), heatmap.stderr);
    for (const verb of ['index', 'heatmap', 'badge']) {
      const refused = spawnSync(process.execPath, [CLI, verb, ...(verb === 'index' ? [] : ['--svg', '-'])], { cwd: '/', encoding: 'utf8' });
      assert.deepStrictEqual([refused.status, refused.stdout], [2, ''], verb);
      assert.match(refused.stderr, new RegExp(`name the plans' folder or file \\(learning-plans ${verb} ~/plans\\)`), verb);
    }
  });

  it('quotes a file name in the command it suggests: a name that is a shell command stays a name', async () => {
    const dir = newTempDir('lp-edge-');
    const hostile = path.join(dir, 'plan; rm -rf ~ #.md');
    fs.writeFileSync(hostile, BEHIND);
    const status = await run('status', hostile);
    assert.strictEqual(status.code, 0, status.err);
    assert.ok(status.out.includes(`(catch up: learning-plans replan '${hostile}' --shift `), status.out);
    const table: [string, string][] = [
      ['plans/week-1.md', 'plans/week-1.md'],
      ['plan; rm -rf ~ #.md', "'plan; rm -rf ~ #.md'"],
      ['a$(id).md', "'a$(id).md'"],
      ['-rf.md', './-rf.md'],
      ["it's.md", "'it'\\''s.md'"],
      ['a\nb.md', "'a\\nb.md'"],
      ['=ls.md', "'=ls.md'"],
    ];
    for (const [name, word] of table) assert.strictEqual(shellWord(name, 'linux'), word, name);
    assert.strictEqual(shellWord('C:\\plans\\week-1.md', 'win32'), 'C:\\plans\\week-1.md');
    assert.strictEqual(shellWord('C:\\my plans\\a "b".md', 'win32'), '"C:\\my plans\\a ""b"".md"');
  });

  it('a line break or tab in an argument or a file name never starts a line of its own', async () => {
    const dir = newTempDir('lp-edge-');
    const usage = await run('links', path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), '1\nFAKE LINE');
    assert.strictEqual(usage.code, 2);
    assert.match(usage.err, /^learning-plans: DAY must be .*, not '1\\nFAKE LINE'\nUsage: /);
    assert.ok(!/^FAKE/m.test(usage.err), usage.err);
    const odd = path.join(dir, 'a\nFAKE\tb.md');
    fs.writeFileSync(odd, '### Day 1\n- [ ] a\n');
    const done = await run('done', odd, '1', '--date', '2026-11-20');
    assert.strictEqual(done.code, 0, done.err);
    assert.strictEqual(done.out.split('\n').length, 2, done.out);
    assert.ok(done.out.includes('a\\nFAKE\\tb.md: '), done.out);
    const missing = await run('done', odd, '9');
    assert.strictEqual(missing.code, 1);
    assert.strictEqual(missing.err.split('\n').length, 2, missing.err);
  });

  it('a line break in a plan\'s name cannot forge a header of replan\'s diff, nor split an ambiguous DAY\'s refusal', async () => {
    const dir = newTempDir('lp-edge-');
    const forged = path.join(dir, 'a\n+++ forged.md');
    fs.writeFileSync(forged, BEHIND);
    const diff = await run('replan', forged, '--shift', '1', '--dry-run');
    assert.strictEqual(diff.code, 0, diff.err);
    assert.ok(!/^\+\+\+ forged/m.test(diff.out), diff.out);
    assert.ok(diff.out.includes('+++ b/') && diff.out.includes('a\\n+++ forged.md'), diff.out);
    const ambiguous = path.join(dir, 'x\ny.md');
    fs.writeFileSync(ambiguous, '# Days 1-14\n## Week 1\n### Day 1\n- [ ] a\n## Week 2\n### Day 1\n- [ ] b\n');
    const refused = await run('done', ambiguous, '1');
    assert.strictEqual(refused.code, 1);
    const lines = refused.err.trimEnd().split('\n');
    assert.match(lines[0], /^learning-plans: Day 1 matches 2 days in .*x\\ny\.md; name one by its week \(as Week 2, Day 1\) or its line:$/);
    assert.deepStrictEqual(lines.slice(1).map((line) => line.slice(0, 9)), ['  line:3 ', '  line:6 ', 'nothing w']);
  });

  it('an ambiguous DAY still lists its candidates, each on a line of its own', async () => {
    const dir = newTempDir('lp-edge-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '# Days 1-14\n## Week 1\n### Day 1\n- [ ] a\n## Week 2\n### Day 1\n- [ ] b\n');
    const refused = await run('done', plan, '1');
    assert.strictEqual(refused.code, 1);
    const lines = refused.err.trimEnd().split('\n');
    assert.ok(lines.length >= 3, refused.err);
    assert.match(lines[0], /^learning-plans: /);
    assert.ok(lines.slice(1).some((line) => /^ {2}line:3\b/.test(line)) && lines.slice(1).some((line) => /^ {2}line:6\b/.test(line)), refused.err);
  });

  it('a deleted working folder is one line and exit 2, not a stack trace or an empty success', () => {
    for (const verb of ['status', 'index .', 'review', 'workflow --print']) {
      const gone = path.join(newTempDir('lp-edge-'), 'gone');
      const result = bash(`mkdir -p '${gone}' && cd '${gone}' && rmdir '${gone}' && exec "$0" "$1" ${verb}`);
      assert.strictEqual(result.code, 2, `${verb}: ${result.err}`);
      assert.strictEqual(result.err, 'learning-plans: the working folder cannot be read (it was deleted); cd to a folder that exists\n', verb);
    }
  });

  it('a reader that closes stderr early neither fails the run nor stops it', () => {
    const dir = newTempDir('lp-edge-');
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `binary-${i}.md`), 'x\0y'); // a warning each
    fs.copyFileSync(path.join(FIXTURES, 'month-3-batch-etl.md'), path.join(dir, 'plan.md'));
    const index = bash('"$0" "$1" index "$2" 2>&1 >/dev/null | true; exit "${PIPESTATUS[0]}"', CLI, dir);
    assert.strictEqual(index.code, 0, index.err);
  });

  it('a file or folder whose name is not UTF-8 is skipped with a warning that shows its bytes, not reported missing', () => {
    const dir = newTempDir('lp-edge-');
    const dirBytes = Buffer.from(dir);
    fs.copyFileSync(path.join(FIXTURES, 'month-3-batch-etl.md'), path.join(dir, 'good.md'));
    fs.writeFileSync(Buffer.concat([dirBytes, Buffer.from('/bad'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), '### Day 1\n');
    fs.mkdirSync(Buffer.concat([dirBytes, Buffer.from('/notes'), Buffer.from([0xe9])]));
    fs.writeFileSync(Buffer.concat([dirBytes, Buffer.from('/image'), Buffer.from([0xff]), Buffer.from('.png')]), 'x');
    const index = bash('exec "$0" "$1" index "$2"', dir);
    assert.strictEqual(index.code, 0, index.err);
    assert.ok(index.out.startsWith(`${path.join(dir, 'good.md')}  0/28 days`), index.out);
    assert.strictEqual(index.err, [
      `learning-plans: warning: skipping ${path.join(dir, 'bad\\xff\\xfe.md')}: its name is not UTF-8 (rename it to read it)`,
      `learning-plans: warning: skipping ${path.join(dir, 'notes\\xe9')}: its name is not UTF-8 (rename it to read it)`,
      '',
    ].join('\n'));
  });

  it('undo is no typo of undone: it says what takes back what (a trial was sent to undone)', async () => {
    const undo = await run('undo');
    assert.strictEqual(undo.code, 2);
    assert.match(undo.err, /^learning-plans: unknown command 'undo': no command takes back the last one\. undone takes a day's \u2705 back/);
    assert.doesNotMatch(undo.err, /did you mean/);
  });

  it('an option given twice says so (it was called unknown); one that may repeat is taken each time', async () => {
    const twice = await run('done', 'plan.md', '1', '--date', '2026-11-20', '--date=2026-11-21');
    assert.strictEqual(twice.code, 2);
    assert.match(twice.err, /^learning-plans: --date is given twice\n/);
    assert.match((await run('done', 'plan.md', '1', '--dat', '2026-11-20')).err, /^learning-plans: unknown option '--dat'; did you mean --date\?\n/);
  });

  it('a date option takes a date as plans write it, the one way it reads (a trial\'s --date 07/12/2026 was refused)', async () => {
    const plan = path.join(newTempDir('lp-edge-'), 'plan.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n');
    assert.match((await run('status', plan, '--today', '20.11.2026')).out, /^Today: 2026-11-20\n/);
    assert.match((await run('status', plan, '--today', '11/20/2026')).out, /^Today: 2026-11-20\n/);
    assert.match((await run('done', plan, '1', '--date', '20/11/2026')).out, /Marked Day 1 complete \(\u2705 2026-11-20\)/);
    const both = await run('done', plan, '2', '--date', '05/11/2026');
    assert.deepStrictEqual([both.code, both.err.split('\n')[0]], [2, 'learning-plans: --date 05/11/2026 reads 2026-05-11 (month first) or 2026-11-05 (day first): write the one meant as YYYY-MM-DD']);
    assert.match((await run('status', plan, '--today', '31.02.2026')).err, /--today must be a real date as YYYY-MM-DD \(or today, yesterday\), not '31\.02\.2026'/);
    // The words of a learner catching up (a trial's --date yesterday was refused), as of the command's clock.
    assert.match((await run('status', plan, '--today', 'Yesterday')).out, /^Today: 2026-11-20\n/);
    assert.match((await run('log', plan, '2', '20m', '--date', 'yesterday')).out, /Logged 20 min on Day 2/);
    assert.match(fs.readFileSync(plan, 'utf8'), /- \u23F1 2026-11-20 \(20 min\)/);
    assert.match((await run('status', plan, '--today', 'tomorrow')).err, /--today must be a real date/);
  });

  it('--today and --date are one option under two names (review aside); an unknown option names one a typo away', async () => {
    // A learner who fixes the day with status --today types it for done too (it was refused, then hinted): taken.
    const plan = path.join(newTempDir('lp-edge-'), 'plan.md');
    fs.writeFileSync(plan, '### Day 1\n- [ ] a\n### Day 2\n');
    const today = await run('done', plan, '1', '--today', '2026-11-20');
    assert.deepStrictEqual([today.code, today.err], [0, ''], today.err);
    assert.match(today.out, /Marked Day 1 complete \(\u2705 2026-11-20\)/);
    assert.match((await run('status', plan, '--date=2026-11-20')).out, /^Today: 2026-11-20\n/);
    assert.match((await run('links', plan, 'today', '--date', '2026-11-20')).err, /Day 2 in .* has no links/);
    // undone's today on another day: the day marked complete on it (a trial's was refused as an unknown option).
    assert.match((await run('undone', plan, 'today', '--today', '2026-11-20')).out, /Marked Day 1 incomplete/);
    assert.match((await run('undone', plan, 'today', '--date', '2026-11-20')).err, /no day of .* was marked complete on 2026-11-20; nothing written/);
    // A message names the option given (it said --date for a --today).
    assert.match((await run('done', plan, '1', '--today', '2999-01-05')).err, /^learning-plans: --today 2999-01-05 is after today/);
    const both = await run('done', 'plan.md', '1', '--date', '2026-11-20', '--today', '2026-11-21');
    assert.deepStrictEqual([both.code, both.err.split('\n')[0]], [2, 'learning-plans: --date 2026-11-20 and --today 2026-11-21 name two days; give one']);
    assert.match((await run('replan', 'plan.md', '--shift', '1', '--dryrun')).err, /unknown option '--dryrun'; did you mean --dry-run\?\n/);
    assert.match((await run('index', 'plan.md', '--josn')).err, /unknown option '--josn'; did you mean --json\?\n/);
    assert.match((await run('index', 'plan.md', '-json')).err, /unknown option '-json'; did you mean --json\?\n/);
    // --grade, which review reads itself, is suggested too (`--gade` was taken for --date).
    assert.match((await run('review', 'plan.md', '--gade', 'x', 'good')).err, /unknown option '--gade'; did you mean --grade\?\n/);
    // Without its dashes `dry` is not `due` (review takes --due): no guess.
    assert.match((await run('review', 'plan.md', '--dry')).err, /unknown option '--dry'\n/);
    // Nothing alike: no guess.
    assert.match((await run('index', 'plan.md', '--colour')).err, /unknown option '--colour'\n/);
  });

  it('review never reads its log through a symbolic link (a repository\'s reviews.md -> a file outside) and says why', async () => {
    const dir = newTempDir('lp-edge-');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, '.learning-plans'));
    fs.copyFileSync(path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), path.join(dir, 'plan.md'));
    const outside = path.join(newTempDir('lp-outside-'), 'secret.md');
    fs.writeFileSync(outside, '2026-11-20 not-a-card good\n');
    fs.symlinkSync(outside, path.join(dir, '.learning-plans', 'reviews.md'));
    const listed = await run('review', dir, '--json');
    assert.strictEqual(listed.code, 0, listed.err);
    assert.match(listed.err, /^learning-plans: warning: not reading the review log: .*reviews\.md is a symbolic link, which could lead outside /);
    assert.ok(!listed.err.includes('not-a-card'), 'nothing of the file it points to is read');
    fs.rmSync(path.join(dir, '.learning-plans', 'reviews.md'));
    assert.strictEqual((await run('review', dir, '--json')).err, '', 'a missing log is a new one: nothing to say');
  });

  it('too many arguments say how many were given (a duration written with a space is two)', async () => {
    const plan = path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md');
    assert.match((await run('log', plan, '31', '1h', '30m')).err, /^learning-plans: log takes a file, a DAY and a duration \(one word: 1h30m\), not 4 arguments\n/);
    assert.match((await run('links', plan, '31', '32')).err, /^learning-plans: links takes a file and a DAY, not 3 arguments\n/);
    assert.match((await run('links', plan)).err, /^learning-plans: links needs a file and a DAY\n/);
    assert.match((await run('toggle', plan)).err, /^learning-plans: toggle needs a file and a line or the task's words\n/);
  });

  it('--spread takes 1 to 9999 days: more is a usage error, not an internal error', async () => {
    const dir = newTempDir('lp-edge-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, BEHIND);
    for (const over of ['100000000', '10000', '0', '-3']) {
      const result = await run('replan', plan, '--spread', over, '--today', '2026-11-10', '--dry-run');
      assert.strictEqual(result.code, 2, `${over}: ${result.err}`);
      assert.match(result.err, /^learning-plans: --spread must be a whole number of days from 1 to 9999/);
    }
    assert.strictEqual((await run('replan', plan, '--spread', '9999', '--today', '2026-11-21', '--dry-run')).code, 0);
  });

  it('a path is read as typed: s.md/ (a file named as a folder), s.md/. and missing/../s.md name nothing for every verb, and nothing is written', async () => {
    const dir = newTempDir('lp-edge-');
    const plan = path.join(dir, 's.md');
    fs.copyFileSync(path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), plan);
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, '# Notes\n');
    const before = fs.readFileSync(plan);
    const verbs = (file: string): string[][] => [
      ['done', file, '31'],
      ['undone', file, '31'],
      ['toggle', file, '10'],
      ['links', file, '31'],
      ['log', file, '31', '30m'],
      ['lab', file, '31'],
      ['replan', file, '--shift', '1'],
      ['index', file],
      ['status', file],
      ['review', file],
      ['heatmap', file, '--svg', path.join(dir, 'h.svg')],
      ['readme', readme, file],
    ];
    const slashed = `${plan}/`;
    for (const argv of verbs(slashed)) {
      const result = await run(...argv);
      assert.strictEqual(result.code, 2, `${argv.join(' ')}: ${result.err}`);
      assert.strictEqual(result.err, `learning-plans: ${slashed} ends with a slash, but ${plan} is a file, not a folder\n`, argv.join(' '));
    }
    for (const typed of [`${plan}/.`, path.join(dir, 'missing') + '/../s.md']) {
      for (const argv of verbs(typed)) {
        const result = await run(...argv);
        assert.strictEqual(result.code, 2, `${argv.join(' ')}: ${result.err}`);
        assert.match(result.err, /^learning-plans: no such file( or folder)?: /, argv.join(' '));
        assert.ok(result.err.includes(typed), result.err);
      }
    }
    assert.strictEqual((await run('readme', `${readme}/`, plan)).err, `learning-plans: ${readme}/ ends with a slash, but ${readme} is a file, not a folder\n`);
    assert.deepStrictEqual(fs.readFileSync(plan), before);
    assert.strictEqual(fs.readFileSync(readme, 'utf8'), '# Notes\n');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['README.md', 's.md']);
    assert.match((await run('index', path.join(dir, 'nope/'))).err, /^learning-plans: no such file or folder: .*nope\/\n$/);
    assert.strictEqual((await run('index', `${dir}/`)).code, 0);
  });

  it('a mistyped plan path gets the markdown file it most likely meant (a learner\'s `-for-ia.md`, and a name without .md)', async () => {
    const dir = newTempDir('lp-edge-');
    const plan = path.join(dir, 'days-031-060-lakehouse-for-ai.md');
    fs.copyFileSync(path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), plan);
    fs.mkdirSync(path.join(dir, 'plans'));
    const before = fs.readFileSync(plan);
    const typo = await run('done', path.join(dir, 'days-031-060-lakehouse-for-ia.md'), '35');
    assert.deepStrictEqual([typo.code, typo.err], [2, `learning-plans: no such file: ${path.join(dir, 'days-031-060-lakehouse-for-ia.md')}; did you mean ${plan}?\n`]);
    const bare = await run('show', path.join(dir, 'days-031-060-lakehouse-for-ai'), '35');
    assert.match(bare.err, /; did you mean .*days-031-060-lakehouse-for-ai\.md\?\n$/);
    // A verb that takes folders may mean a folder; nothing near: nothing guessed.
    assert.match((await run('index', path.join(dir, 'plan'))).err, /no such file or folder: .*plan; did you mean .*plans\?\n$/);
    assert.match((await run('status', path.join(dir, 'zzzz.md'))).err, /no such file or folder: .*zzzz\.md\n$/);
    // A Windows path typed here (a trial's `course\cs50.md`): the path it means.
    fs.copyFileSync(plan, path.join(dir, 'plans', 'p.md'));
    const windows = `${dir}\\plans\\p.md`;
    assert.strictEqual((await run('show', windows, '35')).err, `learning-plans: no such file: ${windows}; did you mean ${dir}/plans/p.md? (paths here are written with /)\n`);
    assert.deepStrictEqual(fs.readFileSync(plan), before);
  });

  it('a line number past 2^53 is refused as typed, not rounded into another line', async () => {
    const plan = path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md');
    for (const line of ['99999999999999999999', 'line:9007199254740993']) {
      const result = await run('toggle', plan, line);
      assert.strictEqual(result.code, 2, result.err);
      assert.ok(result.err.startsWith(`learning-plans: the line must be at most 9007199254740991, not '${line.replace('line:', '')}'\n`), result.err);
    }
  });

  it('a date before 1900 (a mistyped year: 0026-11-26) is refused by every option that takes one, and nothing is written', async () => {
    const dir = newTempDir('lp-edge-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, BEHIND);
    const cases: [string[], string, string][] = [
      [['done', plan, '1', '--date', '0026-11-26'], '--date', '0026-11-26'],
      [['log', plan, '1', '45m', '--date', '0026-11-26'], '--date', '0026-11-26'],
      [['status', plan, '--today', '0000-01-01'], '--today', '0000-01-01'],
      [['heatmap', plan, '--svg', path.join(dir, 'h.svg'), '--today', '1899-12-31'], '--today', '1899-12-31'],
      [['replan', plan, '--spread', '3', '--double', '2026-11-22,0026-11-23', '--today', '2026-11-21'], '--double', '0026-11-23'],
      [['toggle', plan, '5', '--date=0026-11-26'], '--date', '0026-11-26'],
      [['review', plan, '--today=0999-12-31'], '--today', '0999-12-31'],
    ];
    for (const [argv, option, value] of cases) {
      const result = await run(...argv);
      assert.strictEqual(result.code, 2, `${argv.join(' ')}: ${result.err}`);
      assert.ok(result.err.startsWith(`learning-plans: ${option} must be a date from 1900 on, not '${value}' (a mistyped year?)\n`), result.err);
    }
    assert.strictEqual(fs.readFileSync(plan, 'utf8'), BEHIND);
    assert.ok(!fs.existsSync(path.join(dir, 'h.svg')));
    assert.strictEqual((await run('status', plan, '--today', '1900-01-01')).code, 0);
  });

  it('reads a file named twice once (`index a.md ./a.md`, a folder and a file in it listed the plan twice)', async () => {
    const dir = newTempDir('lp-twice-');
    fs.writeFileSync(path.join(dir, 'a.md'), BEHIND);
    const twice = await run('index', path.join(dir, 'a.md'), `${dir}/./a.md`, dir, '--json');
    assert.strictEqual(twice.code, 0, twice.err);
    assert.strictEqual(JSON.parse(twice.out).plans.length, 1);
    // ...but two files are two, however alike their names (`docs/../a.md` through a link to another folder).
    const other = newTempDir('lp-twice-other-');
    fs.mkdirSync(path.join(other, 'inner'));
    fs.writeFileSync(path.join(other, 'a.md'), BEHIND.replace('# Days 1-30', '# Other days'));
    fs.symlinkSync(path.join(other, 'inner'), path.join(dir, 'docs'));
    const two = await run('index', path.join(dir, 'a.md'), `${dir}/docs/../a.md`, '--json');
    assert.strictEqual(JSON.parse(two.out).plans.length, 2, two.err);
  });
});
