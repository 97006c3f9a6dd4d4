import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dayNames } from '../../src/cli/dayNames';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

describe('dayNames: the DAYs of a list (done, undone, replan --skip)', () => {
  const table: Array<[string, string[]]> = [
    ['3', ['3']],
    ['3,4', ['3', '4']],
    [' 3 , 4 ,', ['3', '4']],
    ['3-5', ['3', '4', '5']],
    ['31-33, 35,today', ['31', '32', '33', '35', 'today']],
    // One DAY that holds a comma is itself.
    ['Week 2, Day 1', ['Week 2, Day 1']],
    ['Nov 26, 2026', ['Nov 26, 2026']],
    // Days of a week: a plan that numbers each week's days from 1 (a trial's `Week 2, Day 1-2` read as `Week 2`).
    ['Week 2, Day 1-3', ['Week 2, Day 1', 'Week 2, Day 2', 'Week 2, Day 3']],
    ['Week 2, Days 1-2', ['Week 2, Day 1', 'Week 2, Day 2']],
    ['week 2 day 1 - 2', ['Week 2, Day 1', 'Week 2, Day 2']],
    ['W2D1-3', ['Week 2, Day 1', 'Week 2, Day 2', 'Week 2, Day 3']],
    ['W2D1-D2', ['Week 2, Day 1', 'Week 2, Day 2']],
    ['W2D1-W2D2', ['Week 2, Day 1', 'Week 2, Day 2']],
    ['W2D1,W2D2', ['W2D1', 'W2D2']],
    ['Week 1, Day 2, Week 2, Day 1', ['Week 1, Day 2', 'Week 2, Day 1']],
    ['Week 1, Day 2-3, 9', ['Week 1, Day 2', 'Week 1, Day 3', '9']],
    // Dates' dashes are no range.
    ['2026-11-21,2026-11-22', ['2026-11-21', '2026-11-22']],
    ['2026-11-21', ['2026-11-21']],
  ];
  for (const [list, names] of table) {
    it(`${JSON.stringify(list)} names ${names.join(' | ')}`, () => assert.deepStrictEqual(dayNames(list), names));
  }

  it('refuses a range that runs backwards, one too long, and one across weeks, saying what to write', () => {
    assert.throws(() => dayNames('5-3', '--skip '), /^Error: --skip 5-3: a range of days goes from the lower day number to the higher$/);
    assert.throws(() => dayNames('W2D3-1'), /W2D3-1: a range of days goes from the lower day number to the higher/);
    assert.throws(() => dayNames('1-5000'), /1-5000: at most 1000 days at once/);
    assert.throws(() => dayNames('W1D5-W2D2'), /W1D5-W2D2: a range of the days of a week stays in that week: name each week's days apart \(W1D5-N,W2D1-2, N the last day of week 1\)/);
  });
});

describe('done, undone and replan --skip of a week\'s days (`W2D1-2`) in a plan that numbers each week\'s days from 1', () => {
  const PLAN = ['# SQL', '## Week 1: Basics', '### Day 1 - Select', '- [ ] a', '### Day 2 - Where', '- [ ] b', '', '## Week 2: Joins', '### Day 1 - Inner', '- [ ] c', '### Day 2 - Outer', '- [ ] d', ''].join('\n');
  let dir: string;
  beforeEach(() => (dir = tempDir('lp-day-names-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 11, 1, 19, 30));
    return { code, out, err };
  }

  it('done "Week 2, Day 1-2" marks both days of week 2 and says where; undone W2D1-2 gives the file back byte for byte', async () => {
    const file = path.join(dir, 'sql.md');
    fs.writeFileSync(file, PLAN);
    const done = await run('done', file, 'Week 2, Day 1-2');
    assert.strictEqual(done.code, 0, done.err);
    assert.match(done.out, /: Marked Day 1 complete \(\u2705 2026-12-01\), 1 task checked; Marked Day 2 complete \(\u2705 2026-12-01\), 1 task checked; lines 9, 11, in Week 2: Joins\n$/);
    const marked = PLAN.replace('### Day 1 - Inner\n- [ ] c', '### Day 1 - Inner \u2705 2026-12-01\n- [x] c \u2705 2026-12-01').replace('### Day 2 - Outer\n- [ ] d', '### Day 2 - Outer \u2705 2026-12-01\n- [x] d \u2705 2026-12-01');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), marked);
    const undone = await run('undone', file, 'W2D1-2');
    assert.strictEqual(undone.code, 0, undone.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN);
    // A bare range still names numbers, which this plan has twice: refused, nothing written.
    const ambiguous = await run('done', file, '1-2');
    assert.strictEqual(ambiguous.code, 1);
    assert.match(ambiguous.err, /Day 1 matches 2 days in .*; name one by its week \(as Week 2, Day 1\) or its line:/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), PLAN);
  });

  it('replan --skip W1D1-2 skips week 1\'s days only', async () => {
    const file = path.join(dir, 'sql.md');
    fs.writeFileSync(file, PLAN);
    const skipped = await run('replan', file, '--skip', 'W1D1-2');
    assert.strictEqual(skipped.code, 0, skipped.err);
    const text = fs.readFileSync(file, 'utf8');
    assert.deepStrictEqual(text.split('\n').filter((line) => line.includes('\u23ed')).map((line) => line.replace(/ \u23ed.*/, '')), ['### Day 1 - Select', '### Day 2 - Where']);
  });
});
