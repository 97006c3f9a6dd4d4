import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { looksBinary } from '../../src/cli/files';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

describe('CLI: learning-plans index', () => {
  it('prints plan by plan as a process does (stdout written in pieces) exactly what it prints at once', async () => {
    for (const argv of [['index', FIXTURES, '--json'], ['index', FIXTURES], ['index', path.join(ROOT, 'test', 'formats'), '--json'], ['index', path.join(ROOT, 'README.md')]]) {
      const once = await run(...argv);
      let out = '';
      let err = '';
      const pieces: string[] = [];
      const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), write: (t) => (pieces.push(t), (out += t)) });
      assert.deepStrictEqual({ code, out, err }, once, argv.join(' '));
      // The JSON's opening goes out with the first plan: a piece per plan, then the closing and the line break.
      if (argv.length === 3 && argv[1] === FIXTURES) assert.ok(pieces.length >= 6, `${pieces.length} pieces: each of the four plans, the closing, the line break`);
      // As the process writes it: `--json` as bytes (planJsonBytes.ts), the outline as text.
      const bytes: Buffer[] = [];
      let text = '';
      const asProcess = await runCli(argv, { out: (t) => (text += t + '\n'), err: () => undefined, write: (t) => bytes.push(Buffer.from(t)), writeBytes: (b) => bytes.push(Buffer.from(b)) });
      assert.strictEqual(asProcess, once.code, argv.join(' '));
      assert.strictEqual(Buffer.concat(bytes).toString('utf8') + text, once.out, argv.join(' '));
    }
  });

  it('prints nothing on stdout for a missing path, even written in pieces (exit 2)', async () => {
    for (const argv of [['index', path.join(FIXTURES, 'missing.md'), '--json'], ['index', FIXTURES, path.join(ROOT, 'no-such-folder')]]) {
      let out = '';
      let err = '';
      const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), write: (t) => (out += t) });
      assert.deepStrictEqual({ code, out }, { code: 2, out: '' }, argv.join(' '));
      assert.match(err, /no such file or folder/);
    }
  });

  it('prints the JSON contract for the fixture plans', async () => {
    const { code, out, err } = (await run('index', FIXTURES, '--json'));
    assert.strictEqual(code, 0);
    assert.strictEqual(err, '');
    const { plans } = JSON.parse(out);
    assert.deepStrictEqual(plans.map((p: { file: string }) => path.basename(p.file)), [
      'days-031-060-lakehouse-for-ai.md', 'days-121-150-delta-iceberg.md', 'learning-journey-tracker.md', 'month-3-batch-etl.md',
    ]);
    const plan = plans[0];
    assert.deepStrictEqual(
      { kind: plan.kind, title: plan.title, line: plan.line, number: plan.number, done: plan.done, doneDate: plan.doneDate, tasks: plan.tasks, links: plan.links },
      { kind: 'plan', title: 'days-031-060-lakehouse-for-ai', line: 1, number: null, done: false, doneDate: null, tasks: { total: 24, done: 0 }, links: [] },
    );
    const day31 = plan.children[0].children[1].children[0];
    assert.deepStrictEqual(
      { kind: day31.kind, title: day31.title, line: day31.line, number: day31.number, links: day31.links, children: day31.children },
      {
        kind: 'day', title: 'Day 31 - Lakehouse vs Data Warehouse for AI', line: 13, number: 31, children: [],
        links: [{ text: 'Lakehouse vs Data Warehouse for ML', target: 'https://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html', line: 16 }],
      },
    );
  });

  it('gives every node exactly the contract fields with the right types', async () => {
    const { plans } = JSON.parse((await run('index', FIXTURES, '--json')).out);
    const check = (node: Record<string, unknown>): void => {
      assert.ok(['plan', 'cycle', 'module', 'day', 'section'].includes(node.kind as string));
      assert.strictEqual(typeof node.title, 'string');
      assert.ok(Number.isInteger(node.line) && (node.line as number) >= 1);
      assert.ok(node.number === null || Number.isInteger(node.number));
      assert.strictEqual(typeof node.done, 'boolean');
      assert.ok(node.doneDate === null || /^\d{4}-\d{2}-\d{2}$/.test(node.doneDate as string));
      assert.deepStrictEqual(Object.keys(node.tasks as object), ['total', 'done']);
      for (const link of node.links as Record<string, unknown>[]) assert.deepStrictEqual(Object.keys(link), ['text', 'target', 'line']);
      (node.children as Record<string, unknown>[]).forEach(check);
    };
    for (const plan of plans) {
      assert.strictEqual(typeof plan.file, 'string');
      check(plan);
    }
  });

  it('prints an indented outline with progress', async () => {
    const { code, out } = (await run('index', path.join(FIXTURES, 'month-3-batch-etl.md')));
    assert.strictEqual(code, 0);
    const lines = out.split('\n');
    assert.match(lines[0], /month-3-batch-etl\.md {2}0\/28 days$/);
    assert.strictEqual(lines[1], '  [ ] cycle: Month 3: Advanced Batch ETL for AI/ML, Multi-Format Lakehouse & Feature Engineering (Adrian Brudaru Style)  (0/28 days)');
    assert.strictEqual(lines[2], '    [ ] module: Week 1: Streaming Sprint - Kafka & Spark Structured Streaming  (0/7 days)');
    assert.strictEqual(lines[3], '      [ ] day: Day 1');
  });

  it('says the date an open day is planned on when the plan has a schedule, as the tree does (a learner saw none)', async () => {
    const file = path.join(tempDir('lp-cli-'), 'plan.md');
    fs.writeFileSync(file, '---\nstart: 2026-11-20\nrest: sat, sun\n---\n### Day 1 \u2705 2026-11-20\n### Day 2 \u23ed\n### Day 3\n- [ ] a\n### Day 4\n');
    const { code, out } = await run('index', file);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(out.split('\n').slice(1), [
      '  [x] day: Day 1  (\u2713 2026-11-20)',
      '  [-] day: Day 2  (skipped)',
      '  [ ] day: Day 3  (0/1 tasks; planned 2026-11-23)',
      '  [ ] day: Day 4  (planned 2026-11-24)',
      '',
    ]);
    // --json says the same, on the open days only (the text had the dates, the JSON none).
    const days = JSON.parse((await run('index', file, '--json')).out).plans[0].children;
    assert.deepStrictEqual(days.map((d: { title: string; planned?: string }) => [d.title, d.planned ?? null]), [['Day 1', null], ['Day 2', null], ['Day 3', '2026-11-23'], ['Day 4', '2026-11-24']]);
    assert.deepStrictEqual(JSON.parse((await run('index', file, '--json', '--pretty')).out).plans[0].children.map((d: { planned?: string }) => d.planned ?? null), [null, null, '2026-11-23', '2026-11-24']);
  });

  it('skips non-plan files, excluded folders, and binary files with a warning', async () => {
    const dir = tempDir('lp-cli-');
    fs.writeFileSync(path.join(dir, 'README.md'), '# Read me\n\nNo plan here.\n');
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n- [x] a\n');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x00]));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'dep.md'), '### Day 9\n');
    const { code, out, err } = (await run('index', dir, '--json'));
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out).plans.map((p: { file: string }) => path.basename(p.file)), ['plan.md']);
    assert.match(err, /warning: skipping .*binary\.md: it looks like a binary file/);
  });

  it('calls a file binary by a NUL byte in its first 8 KB, of the view it is given', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    assert.strictEqual(looksBinary(bytes), false);
    bytes[8191] = 0;
    assert.strictEqual(looksBinary(bytes), true);
    assert.strictEqual(looksBinary(bytes.subarray(1)), true, 'the NUL is at 8190 of the view');
    assert.strictEqual(looksBinary(bytes.subarray(8192)), false, 'the NUL is before the view');
    assert.strictEqual(looksBinary(bytes.subarray(0, 8191)), false, 'the NUL is past the view');
    bytes[8191] = 0x61;
    bytes[8192] = 0;
    assert.strictEqual(looksBinary(bytes), false, 'the NUL is past the first 8 KB');
    assert.strictEqual(looksBinary(new Uint8Array(0)), false);
  });

  it('exits 2 with a clear message for a missing path', async () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'index', 'no/such/dir'], { encoding: 'utf8' });
    assert.strictEqual(result.status, 2);
    assert.match(result.stderr, /no such file or folder: no\/such\/dir/);
    assert.strictEqual(result.stdout, '');
  });

  it('exits 2 with usage for a bad command line', async () => {
    assert.strictEqual((await run()).code, 2);
    assert.strictEqual((await run('index', '.', '--yaml')).code, 2);
    assert.strictEqual((await run('--help')).code, 0);
  });
});

describe('CLI: help and typos', () => {
  it('suggests the verb a typo meant, without the whole help', async () => {
    const typo = await run('stauts', '.');
    assert.strictEqual(typo.code, 2);
    assert.strictEqual(typo.err, "learning-plans: unknown command 'stauts'; did you mean 'status'?\nRun 'learning-plans --help' for the commands.\n");
    assert.match((await run('Done', 'plan.md', '1')).err, /did you mean 'done'\?/);
    assert.doesNotMatch((await run('frobnicate')).err, /did you mean/);
    assert.doesNotMatch((await run('lob')).err, /did you mean/, 'as near to lab as to log: no guess');
    // With --help too: an unknown word is said to be no command (a learner's `skip --help` printed the whole help, exit 0).
    for (const argv of [['skip', '--help'], ['help', 'skip'], ['stauts', '-h']]) {
      const asked = await run(...argv);
      assert.deepStrictEqual([asked.code, asked.out], [2, ''], argv.join(' '));
      assert.match(asked.err, /^learning-plans: unknown command '(?:skip|stauts)'/);
    }
    assert.strictEqual((await run('--help')).code, 0);
    // `-v` alone is the version, as node's (a learner's was an unknown command); beside a command it is no option.
    for (const flag of ['--version', '-v', '-V']) assert.deepStrictEqual([(await run(flag)).code, /\S/.test((await run(flag)).out)], [0, true], flag);
    assert.strictEqual((await run('status', '-v')).code, 2);
    assert.strictEqual((await run('help')).code, 0);
    assert.match((await run('help', 'status')).out, /^Usage: learning-plans status/);
  });

  it('shows one verb\'s help for `VERB --help` and `help VERB`', async () => {
    const help = await run('status', '--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /^Usage: learning-plans status \[<file-or-folder>/);
    assert.doesNotMatch(help.out, /learning-plans done/);
    assert.strictEqual((await run('help', 'status')).out, help.out);
    assert.match((await run('help')).out, /\n {2}done {7}Mark a day complete/);
  });
});

describe('CLI: what a first session tripped on (a learner\'s report)', () => {
  it('done on a day already done says when, and how to date it again', async () => {
    const file = path.join(tempDir('lp-redate-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1 - A\n- [ ] a\n');
    assert.strictEqual((await run('done', file, '1', '--date', '2026-11-20')).code, 0);
    const again = await run('done', file, '1', '--date', '2026-11-21');
    assert.strictEqual(again.code, 1, 'nothing written, and not dated as asked: a refusal (a trial met exit 0 with nothing written)');
    assert.strictEqual(again.err, `learning-plans: ${file}: Day 1 is already complete (2026-11-20); to date it 2026-11-21: learning-plans undone ${file} 1, then done again with --date 2026-11-21; nothing written\n`);
    const same = await run('done', file, '1', '--date', '2026-11-20');
    assert.deepStrictEqual([same.code, same.out], [0, `${file}: Day 1 is already complete (2026-11-20)\n`], 'the same date: nothing to add, and so it is');
    // A list, the same way (a review's: exit 0 and no hint).
    fs.appendFileSync(file, '### Day 2 - B \u2705 2026-11-20\n');
    const list = await run('done', file, '1-2', '--date', '2026-11-21');
    assert.deepStrictEqual([list.code, list.err], [1, `learning-plans: ${file}: Day 1 is already complete (2026-11-20); Day 2 is already complete (2026-11-20); to date them 2026-11-21: learning-plans undone ${file} 1-2, then done again with --date 2026-11-21; nothing written\n`]);
    // Only the days dated otherwise are named (a trial's hint named days marked on that date too).
    fs.appendFileSync(file, '### Day 3 - C \u2705 2026-11-21\n');
    assert.match((await run('done', file, '2-3', '--date', '2026-11-21')).err, /; to date Day 2 2026-11-21: learning-plans undone \S+ 2, then done again with --date 2026-11-21; nothing written\n$/);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('### Day 2 - B \u2705 2026-11-20\n', '').replace('### Day 3 - C \u2705 2026-11-21\n', ''));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 1 - A \u2705 2026-11-20\n- [x] a \u2705 2026-11-20\n');
  });

  it('--pretty without --json is a usage error, not ignored', async () => {
    for (const verb of ['index', 'status']) {
      const result = await run(verb, FIXTURES, '--pretty');
      assert.strictEqual(result.code, 2, verb);
      assert.match(result.err, /--pretty indents the output of --json; add --json/);
    }
  });

  it('status reads the repository around the working folder when no path is given', async () => {
    const dir = tempDir('lp-cwd-');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n- [ ] a\n');
    const cwd = process.cwd();
    try {
      process.chdir(path.join(dir, 'notes'));
      const result = await run('status', '--today', '2026-11-21');
      assert.strictEqual(result.code, 0, result.err);
      assert.match(result.out, /Current day: Day 1 \(\.\.\/plan\.md:1\)/);
      // From the folder the plans are in, they are named from there (`week.md`, not `../notes/week.md`).
      fs.writeFileSync(path.join(dir, 'notes', 'week.md'), '### Day 1\n- [x] a \u2705 2026-11-21\n### Day 2\n');
      const here = await run('status', '--today', '2026-11-21');
      assert.match(here.out, /Current day: Day 2 \(week\.md:3\)/);
      assert.match(here.out, /\n {2}\.\.\/plan\.md {2}0\/1 days/);
      assert.match(here.out, /\n {2}week\.md {2}1\/2 days/);
      // From a folder two down, a plan in a sibling folder is named the short way (`../other/x.md`, not
      // `../../content/other/x.md`: a trial's).
      fs.mkdirSync(path.join(dir, 'notes', 'deep'));
      fs.mkdirSync(path.join(dir, 'notes', 'other'));
      fs.writeFileSync(path.join(dir, 'notes', 'other', 'x.md'), '### Day 1\n- [ ] x\n');
      process.chdir(path.join(dir, 'notes', 'deep'));
      assert.match((await run('status', '--today', '2026-11-21')).out, /\n {2}\.\.\/other\/x\.md {2}0\/1 days/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('says what is wrong with a DAY given twice or a line past the end', async () => {
    const file = path.join(tempDir('lp-args-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1\n- [ ] a\n');
    assert.match((await run('done', file, '1', '2')).err, /done takes a file and one DAY \(or several: 3,4 or 3-5\), not 3 arguments/);
    assert.match((await run('toggle', file, '99')).err, /has 2 lines: there is no line 99/);
    // A day's heading is marked with done (a trial's read only "is not a task"); a blank line is no task.
    assert.match((await run('toggle', file, '1')).err, /line 1 of .*plan\.md is Day 1, a day, not a task: mark it with learning-plans done .*plan\.md line:1; nothing written/);
    fs.writeFileSync(file, '### Day 1 \u2705\n\n- [ ] a\n');
    assert.match((await run('toggle', file, '1')).err, /is Day 1, a day, not a task: mark it with learning-plans undone /);
    assert.match((await run('toggle', file, '2')).err, /line 2 of .* is not a task; nothing written/);
    fs.writeFileSync(file, '# Journal\n## 2026-11-20 Friday\n- notes\n## 2026-11-21 Saturday\n- more\n');
    assert.match((await run('toggle', file, '2')).err, /line 2 of .* is "?2026-11-20 Friday"?, a journal's entry, not a task; nothing written/);
  });

  it('toggle names a task by its words, which still name it after a line was added above it (a learner checked the task above)', async () => {
    const file = path.join(tempDir('lp-toggle-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1\r\n- [ ] read ch2\r\n- [ ] Exercise 2\r\n- [ ] exercise 2b\r\n');
    // The line `status` showed for Exercise 2 was 3; a lab link (or a note) above the tasks moves it to 4.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('### Day 1\r\n', '### Day 1\r\n- **Lab:** [notes](labs/day-001/notes.md)\r\n'));
    const checked = await run('toggle', file, 'exercise  2', '--date', '2026-11-21');
    assert.strictEqual(checked.code, 0, checked.err);
    // It read exactly the words; `exercise 2b` also holds them: said, with the line changed.
    assert.match(checked.out, /Checked "Exercise 2" \(line 4; 1 other task also holds 'exercise {2}2'\)\n$/);
    assert.match(fs.readFileSync(file, 'utf8'), /- \[ \] read ch2\r\n- \[x\] Exercise 2 \u2705 2026-11-21\r\n- \[ \] exercise 2b\r\n$/);
    const two = await run('toggle', file, 'exercise');
    assert.strictEqual(two.code, 1);
    assert.strictEqual(two.err, `learning-plans: 2 tasks of ${file} read 'exercise'; name one by its line:\n  line 4: [x] Exercise 2\n  line 5: [ ] exercise 2b\nnothing written\n`);
    // Under different days, each says its day (a trial's two "Performance tuning" tasks were told apart by lines alone).
    const apart = path.join(path.dirname(file), 'apart.md');
    fs.writeFileSync(apart, '# Plan\n### Day 1 - Iceberg \u2705 2026-11-19\n- [x] Exercise A \u2705 2026-11-19\n### Day 2 - Delta \u2705 2026-11-20\n- [ ] Exercise B\n### Day 3 - Hudi\n- [ ] Read\n');
    assert.strictEqual((await run('toggle', apart, 'exercise')).err, `learning-plans: 2 tasks of ${apart} read 'exercise'; name one by its line:\n  line 3: [x] Exercise A (Day 1 - Iceberg)\n  line 5: [ ] Exercise B (Day 2 - Delta)\nnothing written\n`);
    // Days of one name (`Day 1` of Week 1 and of Week 2) say the week too.
    fs.writeFileSync(apart, '# Plan\n## Week 1\n### Day 1 \u2705 2026-11-19\n- [x] Exercise A \u2705 2026-11-19\n## Week 2\n### Day 1 \u2705 2026-11-20\n- [ ] Exercise B\n### Day 2\n- [ ] Read\n');
    assert.match((await run('toggle', apart, 'exercise')).err, /\n {2}line 4: \[x\] Exercise A \(Week 1 \u203A Day 1\)\n {2}line 7: \[ \] Exercise B \(Week 2 \u203A Day 1\)\n/);
    // A recurring task, checked on two days by its words: the one open of those that read the same is meant.
    const habits = path.join(path.dirname(file), 'habits.md');
    fs.writeFileSync(habits, '# Habits\n- [ ] Flashcards \u{1F4C5} 2026-11-20 \u{1F501} every day\n');
    assert.match((await run('toggle', habits, 'flashcards', '--date', '2026-11-20')).out, /Checked "Flashcards"; its next one \(2026-11-21\) is written above it\n$/);
    assert.match((await run('toggle', habits, 'flashcards', '--date', '2026-11-21')).out, /Checked "Flashcards"; its next one \(2026-11-22\) is written above it \(line 2, the one open of 2\)\n$/);
    assert.strictEqual(fs.readFileSync(habits, 'utf8'), '# Habits\n- [ ] Flashcards \u{1F4C5} 2026-11-22 \u{1F501} every day\n- [x] Flashcards \u{1F4C5} 2026-11-21 \u{1F501} every day \u2705 2026-11-21\n- [x] Flashcards \u{1F4C5} 2026-11-20 \u{1F501} every day \u2705 2026-11-20\n');
    // A dated journal: `today` with --date is the section headed by that date (it marked Friday's for 11-25).
    const journal = path.join(path.dirname(file), 'journal.md');
    fs.writeFileSync(journal, '# Study journal\n## 2026-11-19 Thursday\n- [ ] a\n## 2026-11-20 Friday\n- [ ] b\n## 2026-11-21 Saturday\n- [ ] c\n');
    assert.match((await run('done', journal, 'today', '--date', '2026-11-20')).out, /Marked "2026-11-20 Friday" complete \(\u2705 2026-11-20\)/);
    // A week by weekday: `today --date` and a date name the date's own section, as status names it (from a trial:
    // the first open section was marked, and `done week.md 2026-11-24` was refused).
    const weekdays = path.join(path.dirname(file), 'weekdays.md');
    fs.writeFileSync(weekdays, '# Week 1\n## Monday: Fresh Start\n- [ ] a\n## Tuesday: Practice\n- [ ] b\n## Wednesday: Review\n- [ ] c\n');
    assert.match((await run('done', weekdays, 'today', '--date', '2026-11-25')).out, /Marked "Wednesday: Review" complete \(\u2705 2026-11-25\)/);
    assert.match((await run('done', weekdays, '2026-11-24', '--date', '2026-11-24')).out, /Marked "Tuesday: Practice" complete \(\u2705 2026-11-24\)/);
    assert.match((await run('log', weekdays, 'today', '30m', '--date', '2026-11-23')).out, /Logged 30 min on "Monday: Fresh Start"/);
    // Several days at once, in one write (a learner catching up was refused `3-4` and `3,4`); a bad one writes none.
    const week = path.join(path.dirname(file), 'week.md');
    const WEEK = '### Tag 1\n- [ ] a\n### Tag 2\n- [ ] b\n### Tag 3\n- [ ] c\n';
    fs.writeFileSync(week, WEEK);
    assert.match((await run('done', week, '1-2', '--date', '2026-11-20')).out, /: Marked Tag 1 complete \(\u2705 2026-11-20\), 1 task checked; Marked Tag 2 complete \(\u2705 2026-11-20\), 1 task checked\n$/);
    assert.strictEqual((await run('done', week, '3,9')).code, 1);
    assert.match(fs.readFileSync(week, 'utf8'), /### Tag 3\n- \[ \] c\n$/, 'nothing written when one of them is no day');
    assert.strictEqual((await run('undone', week, '2,1')).code, 0);
    assert.strictEqual(fs.readFileSync(week, 'utf8'), WEEK);
    assert.strictEqual((await run('done', week, '3-1')).code, 2);
    const none = await run('toggle', file, 'chapter 3');
    assert.strictEqual(none.code, 1);
    assert.match(none.err, /^learning-plans: no task of .*plan\.md reads 'chapter 3'/);
    assert.strictEqual((await run('toggle', file, ' ')).code, 2, 'no words: a usage error');
    // A typo: the task it most likely meant is named, nothing is toggled on the guess (a trial's was only refused).
    const typo = path.join(path.dirname(file), 'typo.md');
    const TYPO = '### Day 1\n- [ ] Hidden partitioning\n- [ ] Merge-on-read vs Copy-on-write\n- [ ] Read chapter 1\n- [ ] Read chapter 2\n';
    fs.writeFileSync(typo, TYPO);
    const meant = await run('toggle', typo, 'Hiden partitioning');
    assert.deepStrictEqual([meant.code, meant.err], [1, `learning-plans: no task of ${typo} reads 'Hiden partitioning'; did you mean line 2, 'Hidden partitioning'?; nothing written\n`]);
    assert.match((await run('toggle', typo, 'read chaptr')).err, /reads 'read chaptr'; the nearest:\n {2}line 4: \[ \] Read chapter 1\n {2}line 5: \[ \] Read chapter 2\nnothing written\n$/);
    assert.strictEqual(fs.readFileSync(typo, 'utf8'), TYPO);
    // Typed without accents (a trial's Spanish task on a US keyboard): found when nothing holds the words as typed;
    // a kana's dakuten is no accent (か is not が).
    fs.writeFileSync(typo, '### Día 1\n- [ ] Examen de práctica\n- [ ] がくしゅう\n- [ ] ひらがな を よむ\n- [ ] 공부한 것 복습\n- [ ] Мой проект\n');
    assert.match((await run('toggle', typo, 'examen de practica')).out, /Checked "Examen de práctica"/);
    // ...or without the punctuation between the words (a trial's `flashcards etre`).
    fs.writeFileSync(typo, '### Jour 1\n- [ ] Flashcards: être\n- [ ] Merge-on-read vs Copy-on-write\n');
    assert.match((await run('toggle', typo, 'flashcards etre')).out, /Checked "Flashcards: être"/);
    assert.match((await run('toggle', typo, 'merge on read')).out, /Checked "Merge-on-read vs Copy-on-write"/);
    fs.writeFileSync(typo, '### Día 1\n- [ ] Examen de práctica\n- [ ] がくしゅう\n- [ ] ひらがな を よむ\n- [ ] 공부한 것 복습\n- [ ] Мой проект\n');
    for (const words of ['かくしゅう', 'ひらか', '공부하', 'мои проект']) assert.strictEqual((await run('toggle', typo, words)).code, 1, words);
    // A word's start typed without accents still names it; punctuation typed is meant (`C++` is no `C#`, a review's).
    assert.match((await run('toggle', typo, 'examen de pract')).out, /Checked "Examen de práctica"/);
    fs.writeFileSync(typo, '### Day 1\n- [ ] Learn C# basics\n- [ ] Read\n');
    assert.strictEqual((await run('toggle', typo, 'C++')).code, 1);
    // A straight apostrophe for a curly one; one left out, a dot inside a word too (a trial's).
    fs.writeFileSync(typo, '### Day 1\n- [ ] Study Spark\u2019s shuffle\n- [ ] Don\'t forget retention\n- [ ] Node.js streams\n');
    for (const [words, task] of [["spark's shuffle", 'Study Spark\u2019s shuffle'], ['dont forget', "Don't forget retention"], ['nodejs', 'Node.js streams']]) {
      assert.match((await run('toggle', typo, words)).out, new RegExp(`Checked "${task.replace('.', '\\.')}"`), words);
    }
    // The split form too; punctuation typed where the task has none; never digits joined (`v12` is no `v1.2`).
    fs.writeFileSync(typo, '### Day 1\n- [ ] Next.js app\n- [ ] Learn merge on read tables\n- [ ] Upgrade to v1.2\n');
    assert.match((await run('toggle', typo, 'next js app')).out, /Checked "Next\.js app"/);
    assert.match((await run('toggle', typo, 'merge-on-read')).out, /Checked "Learn merge on read tables"/);
    assert.strictEqual((await run('toggle', typo, 'v12')).code, 1);
    // `ß` is `ss`, in either case (a trial's `GRÖSSE` and `grösse` named no `Größe`).
    fs.writeFileSync(typo, '### Tag 1\n- [ ] Größe der Endpoints prüfen\n- [ ] Straße\n');
    for (const words of ['GRÖSSE', 'grösse', 'Grosse der Endpoints']) assert.match((await run('toggle', typo, words)).out, /"Größe der Endpoints prüfen"/, words);
    assert.match((await run('toggle', typo, 'strasse')).out, /Checked "Straße"/);
    // Whole words first: `for day 1` is no `for day 10`, `learn c` no `learn c++` (a trial's matched 22 tasks); words
    // inside a word still name the one task holding them.
    fs.writeFileSync(typo, '### Day 1\n- [ ] Exercise for day 1\n- [ ] Exercise for day 10\n- [ ] Learn C basics\n- [ ] Learn C++ basics\n- [ ] Learn C# basics\n');
    assert.match((await run('toggle', typo, 'for day 1')).out, /Checked "Exercise for day 1" \(line 2; 1 other task also holds 'for day 1'\)/);
    assert.match((await run('toggle', typo, 'learn c')).out, /Checked "Learn C basics" \(line 4; 2 other tasks also hold 'learn c'\)/);
    assert.match((await run('toggle', typo, 'ercise for day 10')).out, /Checked "Exercise for day 10"/);
    assert.match((await run('toggle', typo, 'for day')).err, /2 tasks of .* read 'for day'; name one by its line/);
    // Of several tasks holding the words, the current day's one is meant, said with its line (a trial's was refused).
    fs.writeFileSync(typo, '### Day 1\n- [x] Exercise 1: temp \u2705 2026-03-05\n### Day 2\n- [ ] Exercise 1: FizzBuzz\n- [ ] Exercise 10: defer\n### Day 3\n- [ ] Exercise 1: maps\n');
    assert.match((await run('toggle', typo, 'exercise 1', '--date', '2026-03-06')).out, /Checked "Exercise 1: FizzBuzz" \(line 4, the current day's; 2 other tasks also hold 'exercise 1'\)/);
    assert.match((await run('toggle', typo, 'exercise 1: m', '--date', '2026-03-06')).out, /Checked "Exercise 1: maps"/);
    // The current day's one done: no guess (it was unchecked while Day 3's was open: a review's).
    assert.match((await run('toggle', typo, 'exercise 1', '--date', '2026-03-06')).err, /3 tasks of .* read 'exercise 1'; name one by its line/);
    // A letter or two inside a word name no task (`x`, meant for a `- [ ] x` in a code block, checked "syntax highlighting").
    fs.writeFileSync(typo, '### Day 1\n- [ ] syntax highlighting\n```\n- [ ] x\n```\n- [ ] Go\n');
    const letter = await run('toggle', typo, 'x');
    assert.strictEqual(letter.code, 1);
    assert.match(letter.err, /no task of .* reads 'x' as a word \(a letter or two name a task only as a whole word\)/);
    assert.match((await run('toggle', typo, 'go')).out, /Checked "Go"/);
    assert.match((await run('toggle', typo, 'tax')).out, /Checked "syntax highlighting"/);
    // By code points, and in scripts written without spaces a word ends anywhere (a review's: `第1` was `第10` too).
    fs.writeFileSync(typo, '### Day 1\n- [ ] 复习第1课\n- [ ] 复习第10课\n- [ ] Read \u{1D400} notes\n- [ ] Read \u{1D400}\u{1D401} notes\n');
    assert.match((await run('toggle', typo, '第1')).out, /Checked "复习第1课" \(line 2; 1 other task also holds '第1'\)/);
    assert.match((await run('toggle', typo, 'read \u{1D400}')).out, /Checked "Read \u{1D400} notes" \(line 4;/u);
    // A task line pasted whole, box and stamp with it (a learner's was refused).
    const pasted = path.join(path.dirname(file), 'pasted.md');
    fs.writeFileSync(pasted, '### Tag 1\n- [x] Kapitel 1 lesen (30 Minuten) \u2705 2026-11-27\n- [ ] b\n');
    assert.match((await run('toggle', pasted, '- [x] Kapitel 1 lesen (30 Minuten) \u2705 2026-11-27')).out, /Unchecked "Kapitel 1 lesen \(30 Minuten\)"/);
    // Pasted with its fields, links, markup or quote; and words alone are taken as they are (`Print ✅` is a task's text).
    fs.writeFileSync(pasted, '### Tag 1\n- [ ] Flashcards \u{1F4C5} 2026-11-27 #review\n- [ ] Read [chapter 2](https://x.org/c2)\n- [ ] Use **bold** words\n> - [ ] Quoted task\n- [ ] Print\n- [ ] Print `\u2705`\n');
    for (const [line, text] of [['- [ ] Flashcards \u{1F4C5} 2026-11-27 #review', 'Flashcards'], ['- [ ] Read [chapter 2](https://x.org/c2)', 'Read chapter 2'], ['- [ ] Use **bold** words', 'Use bold words'], ['> - [ ] Quoted task', 'Quoted task'], ['Print \u2705', 'Print \u2705']]) {
      assert.match((await run('toggle', pasted, line)).out, new RegExp(`Checked "${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), line);
    }
    // Pieces of a line copied with their markup, when no task holds them as typed (a trial's were refused).
    fs.writeFileSync(pasted, '### Tag 1\n- [ ] Write `hello.rs`\n- [ ] **Read** the [Rust book](https://x.org)\n- [ ] Install rustup \u2705 2026-11-25\n- [x] Already did this\n');
    for (const [words, text] of [['Write `hello.rs`', 'Write hello.rs'], ['**Read** the [Rust book](https://x.org)', 'Read the Rust book'], ['Install rustup \u2705 2026-11-25', 'Install rustup'], ['[x] Already did this', 'Already did this']]) {
      assert.match((await run('toggle', pasted, words)).out, new RegExp(`hecked "${text}"`), words);
    }
    // A task of a megabyte is not echoed whole.
    fs.writeFileSync(pasted, `### Tag 1\n- [ ] t ${'x'.repeat(300)}\n`);
    const long = await run('toggle', pasted, 't xxx');
    assert.match(long.out, /Checked "t x{117}\u2026"/);
    assert.strictEqual((await run('toggle', file, 'line:4')).code, 0, 'a line still names one');
    assert.match(fs.readFileSync(file, 'utf8'), /- \[ \] Exercise 2\r\n/);
  });

  it('names a plan by its file and the title its front matter gives it (the tree shows the title), in index and status', async () => {
    const file = path.join(tempDir('lp-titled-'), 'plan.md');
    fs.writeFileSync(file, '---\ntitle: SQL in 30 days\n---\n# Days 1-30\n### Day 1 - Select\n- [ ] read\n');
    const index = await run('index', file);
    assert.strictEqual(index.out.split('\n')[0], `${file} \u2014 SQL in 30 days  0/1 days`);
    const status = await run('status', file, '--today', '2026-11-27');
    assert.ok(status.out.split('\n').includes(`  ${file} \u2014 SQL in 30 days  0/1 days  (active)`), status.out);
    const untitled = path.join(tempDir('lp-untitled-'), 'plan.md');
    fs.writeFileSync(untitled, '---\nstart: 2026-11-01\n---\n### Day 1\n- [ ] read\n');
    assert.strictEqual((await run('index', untitled)).out.split('\n')[0], `${untitled}  0/1 days`);
  });

  it('draws no box beside a section with nothing to do', async () => {
    const file = path.join(tempDir('lp-outline-'), 'plan.md');
    fs.writeFileSync(file, '## Key Learnings\n- one\n## Week 1\n### Day 1\n- [ ] a\n');
    const lines = (await run('index', file)).out.split('\n');
    assert.ok(lines.includes('  -   section: Key Learnings'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('  [ ] module: Week 1')), lines.join('\n'));
  });
});
