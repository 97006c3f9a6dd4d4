import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

const FIXED = (): Date => new Date(2026, 10, 21, 9, 30); // 2026-11-21, local time

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, FIXED);
  return { code, out, err };
}

function tempFile(bytes: Uint8Array | string): string {
  const file = path.join(tempDir('lp-cli-edit-'), 'plan.md');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('CLI: done, undone and toggle', () => {
  it('marks a day complete with today\'s local date and checks its tasks', async () => {
    const file = tempFile('# Month 1\n### Day 1\n- [ ] a\n### Day 2\n');
    const { code, out } = (await run('done', file, '1'));
    assert.strictEqual(code, 0);
    assert.match(out, /Marked Day 1 complete \(\u2705 2026-11-21\), 1 task checked/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '# Month 1\n### Day 1 \u2705 2026-11-21\n- [x] a \u2705 2026-11-21\n### Day 2\n');
  });

  it('undone of several days is checked as one edit: the date saying how another row is read may go with that row (a trial\'s `undone 1-2` was refused)', async () => {
    // Months apart either way (`01/03/2026`, `03/05/2026`): only Day 1's date says the order.
    const table = '| Day | Topic | Completed |\n|---|---|---|\n| 1 | SELECT | 11/20/2026 |\n| 2 | JOIN | 01/03/2026 |\n| 3 | CTE | 03/05/2026 |\n';
    const file = tempFile(table);
    const alone = await run('undone', file, '1');
    assert.deepStrictEqual([alone.code, alone.err], [1, 'learning-plans: Day 2 would read open after this, not done on 2026-01-03: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again; nothing written\n']);
    // Day 3's date would read open without Day 1's: refused, whole.
    const some = await run('undone', file, '1-2');
    assert.deepStrictEqual([some.code, some.err], [1, 'learning-plans: Day 3 would read open after this, not done on 2026-03-05: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again; nothing written\n']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), table);
    const all = await run('undone', file, '2,1,3');
    assert.strictEqual(all.code, 0, all.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), table.replace(/ \d\d\/\d\d\/2026 \|/g, ' |'));
  });

  it('takes --date, and undone restores the bytes', async () => {
    const original = '### Day 3\r\n- [ ] a\r\n';
    const file = tempFile(original);
    assert.strictEqual((await run('done', file, '3', '--date', '2026-01-02')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 3 \u2705 2026-01-02\r\n- [x] a \u2705 2026-01-02\r\n');
    assert.strictEqual((await run('undone', file, '3')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
  });

  it('`done today` run again names the next day instead of marking it (a learner\'s second run from history finished a day never studied)', async () => {
    const file = tempFile('# P\n### Day 1 - A\n- [ ] a\n### Day 2 - B\n- [ ] b\n');
    assert.strictEqual((await run('done', file, 'today')).code, 0);
    const again = await run('done', file, 'today');
    assert.strictEqual(again.code, 1);
    assert.strictEqual(again.err, `learning-plans: Day 1 was marked complete on 2026-11-21 already, and today now names Day 2: to mark it as well, name it: learning-plans done ${file} 2; nothing written\n`);
    assert.strictEqual((await run('done', file, '2')).code, 0, 'named, it is marked');
    // A day completed today by its last task's check is the day studied (a trial's `done today` then marked Day 5).
    const tasks = tempFile('# P\n### Day 1 - A\n- [ ] a\n### Day 2 - B\n- [ ] b\n');
    assert.match((await run('toggle', tasks, 'a')).out, /Checked "a"; Day 1 is complete: all its tasks are checked\n$/);
    const after = await run('done', tasks, 'today');
    assert.deepStrictEqual([after.code, after.err], [1, `learning-plans: Day 1 was completed by its tasks on 2026-11-21 already, and today now names Day 2: to mark it as well, name it: learning-plans done ${tasks} 2; nothing written\n`]);
    assert.match((await run('done', tasks, '1')).out, /Day 1 is already complete: all its tasks are checked \(the last on 2026-11-21\)\n$/);
    // A number two weeks share is no name: the line is (from a review).
    const weeks = tempFile('## Week 1\n### Day 1\n### Day 2\n## Week 2\n### Day 1\n### Day 2\n');
    await run('done', weeks, 'today');
    assert.match((await run('done', weeks, 'today')).err, /to mark it as well, name it: learning-plans done \S+ line:3;/);
    // Another date's day done before is no reason: catching up on yesterday's day today is what today is for.
    const other = tempFile('# P\n### Day 1 - A \u2705 2026-11-20\n### Day 2 - B\n');
    assert.strictEqual((await run('done', other, 'today')).code, 0);
  });

  it('a --date years back is written as given, with a warning (2016 for 2026 is one key away)', async () => {
    const file = tempFile('### Day 1\n### Day 2\n');
    const old = await run('done', file, '1', '--date', '2016-11-21');
    assert.strictEqual(old.code, 0);
    assert.strictEqual(old.err, 'learning-plans: warning: --date 2016-11-21 is 10 years before today (2026-11-21): a mistyped year?\n');
    assert.strictEqual((await run('done', file, '2', '--date', '2025-11-22')).err, '', 'less than a year: no word');
  });

  it('toggling a day\'s own box marks the day as done does, its tasks with it, and back byte for byte (its tasks were left open)', async () => {
    const original = '## Week 1\n- [ ] Day 1: SELECT\n  - [ ] read docs\n- [ ] Day 2: JOINs\n  - [ ] drill\n';
    const file = tempFile(original);
    const checked = await run('toggle', file, '2');
    assert.strictEqual(checked.out, `${file}: Marked Day 1 complete (\u2705 2026-11-21), 1 task checked\n`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original.replace('- [ ] Day 1: SELECT', '- [x] Day 1: SELECT \u2705 2026-11-21').replace('- [ ] read docs', '- [x] read docs \u2705 2026-11-21'));
    assert.match((await run('toggle', file, 'Day 1')).out, /Marked Day 1 incomplete, 1 task unchecked/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
    // A skipped day's `[-]` is reopened, as a cancelled task is (from a review: it was marked done, and stayed so).
    const skipped = tempFile('## Week 1\n- [x] Day 1: SELECT \u2705 2026-11-20\n- [-] Day 2: JOINs\n  - [ ] drill\n- [ ] Day 3: GROUP BY\n');
    assert.match((await run('toggle', skipped, '3')).out, /Reopened "Day 2: JOINs"/);
    assert.strictEqual(fs.readFileSync(skipped, 'utf8'), '## Week 1\n- [x] Day 1: SELECT \u2705 2026-11-20\n- [ ] Day 2: JOINs\n  - [ ] drill\n- [ ] Day 3: GROUP BY\n');
  });

  it('toggles the task on a 1-based line', async () => {
    const file = tempFile('## Goals\n- [ ] a\n- [x] b\n');
    assert.strictEqual((await run('toggle', file, '2')).code, 0);
    assert.strictEqual((await run('toggle', file, '3')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '## Goals\n- [x] a \u2705 2026-11-21\n- [ ] b\n');
  });

  it('a line a task\'s text wraps onto names that task: toggled, said, and back byte for byte (it said "is not a task")', async () => {
    const original = '### Day 1\r\n- [ ] read the chapter on\r\n  joins and write notes\r\n- [ ] b\r\n';
    const file = tempFile(original);
    assert.strictEqual((await run('toggle', file, '3')).out, `${file}: Checked "read the chapter on joins and write notes" (the task of line 2, whose text goes on over line 3)\n`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original.replace('- [ ]', '- [x]').replace('write notes', 'write notes \u2705 2026-11-21'));
    assert.match((await run('toggle', file, 'line:3')).out, /Unchecked "read the chapter on joins and write notes" \(it was done 2026-11-21; the task of line 2, whose text goes on over line 3\)\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
    assert.match((await run('toggle', file, '1')).err, /Day 1, a day, not a task/, 'a day\'s heading is still no task');
  });

  it('keeps every other byte, including a BOM and invalid UTF-8 on other lines', async () => {
    const head = Buffer.from('\uFEFF### Day 1\n', 'utf8');
    const broken = Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x0a]); // "- \xff\xfe\n": not UTF-8
    const tail = Buffer.from('- [ ] task \u00f0\u0178\u017d\u00af\n', 'utf8');
    const file = tempFile(Buffer.concat([head, broken, tail]));
    assert.strictEqual((await run('done', file, '1')).code, 0);
    const expected = Buffer.concat([
      Buffer.from('\uFEFF### Day 1 \u2705 2026-11-21\n', 'utf8'),
      broken,
      Buffer.from('- [x] task \u00f0\u0178\u017d\u00af \u2705 2026-11-21\n', 'utf8'),
    ]);
    assert.deepStrictEqual(fs.readFileSync(file), expected);
  });

  it('refuses to edit a line that is not valid UTF-8, writing nothing', async () => {
    const bytes = Buffer.concat([Buffer.from('### Day 1\n- [ ] bad ', 'utf8'), Buffer.from([0xff]), Buffer.from('\n')]);
    const file = tempFile(bytes);
    const { code, err } = (await run('done', file, '1'));
    assert.strictEqual(code, 1);
    // Which file, and what to do (a learner's Latin-1 plan was refused with a line number alone).
    assert.strictEqual(err, `learning-plans: ${file}: line 2 is not valid UTF-8; not editing it (a file saved in another encoding, such as Latin-1 or Windows-1252, can be edited here once saved as UTF-8); nothing written\n`);
    assert.deepStrictEqual(fs.readFileSync(file), bytes);
  });

  it('exits 1 with a clear message for a missing day or task, writing nothing', async () => {
    const file = tempFile('### Day 1\n- [ ] a\n');
    const missingDay = (await run('done', file, '9'));
    assert.deepStrictEqual([missingDay.code, missingDay.out], [1, '']);
    assert.match(missingDay.err, /has no Day 9 \(its only numbered day is Day 1\); nothing written/);
    const notTask = (await run('toggle', file, '1'));
    assert.strictEqual(notTask.code, 1);
    assert.match(notTask.err, /line 1 of .* is Day 1, a day, not a task/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 1\n- [ ] a\n');
  });

  it('exits 2 for a missing file or a bad date', async () => {
    assert.strictEqual((await run('done', '/no/such/plan.md', '1')).code, 2);
    const file = tempFile('### Day 1\n');
    assert.strictEqual((await run('done', file, '1', '--date', '2026-02-30')).code, 2);
    assert.strictEqual((await run('done', file, 'one')).code, 2);
  });

  // A stamp dated after today counts for nothing until then: it is refused, not written (a learner's report).
  it('refuses a --date after today, writing nothing', async () => {
    const text = '### Day 1\n- [ ] a\n';
    const file = tempFile(text);
    for (const argv of [['done', file, '1', '--date', '2026-11-22'], ['toggle', file, '2', '--date', '2030-01-01'], ['log', file, '1', '45m', '--date', '2026-11-22']]) {
      const result = await run(...argv);
      assert.strictEqual(result.code, 1, argv.join(' '));
      assert.doesNotMatch(result.err, /Usage:/);
      assert.match(result.err, /--date 20\d\d-\d\d-\d\d is after today \(2026-11-21\): what is dated after today counts for nothing until then; nothing written/);
    }
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
    assert.strictEqual((await run('done', file, '1', '--date', '2026-11-21')).code, 0, 'today is fine');
  });

  it('says which way a toggle went, and undone keeps a task done before the day was marked', async () => {
    const file = tempFile('### Day 1\n- [x] read \u2705 2026-01-05\n- [ ] ex\n');
    assert.match((await run('toggle', file, '3')).out, /: Checked "ex"; Day 1 is complete: all its tasks are checked\n$/);
    assert.match((await run('toggle', file, '3')).out, /: Unchecked "ex" \(it was done 2026-11-21\); Day 1 is open again: not all its tasks are checked\n$/, 'the date its stamp had, to check it again on that date');
    const unstamped = tempFile('- [x] plain\n');
    // A learner unchecked an old undated tick by mistake; checked again it counted as today's activity: said first.
    assert.match((await run('toggle', unstamped, '1')).out, /: Unchecked "plain" \(it was checked with no date: checking it again stamps it with the date\)\n$/);
    assert.match((await run('done', file, '1')).out, /Marked Day 1 complete \(\u2705 2026-11-21\), 1 task checked/);
    assert.match((await run('undone', file, '1')).out, /Marked Day 1 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 1\n- [x] read \u2705 2026-01-05\n- [ ] ex\n');
  });
});
