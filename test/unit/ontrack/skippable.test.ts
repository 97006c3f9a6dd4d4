// Which days Catch Up offers to skip (src/core/schedule/replan.ts): optional days by their title or fields,
// and the open heading days from the current one on, optional ones first. Tested only through the
// extension's Catch Up before, so their mutants survived the unit run.
import * as assert from 'assert';
import { isOptionalDay, skippableDays } from '../../../src/core';
import { lines, parse } from '../helpers';

describe('catch up: the days a learner may skip', () => {
  it('a day is optional by a word of its title, a field named so, or a Type or Kind field that says so', () => {
    const cases: [string[], boolean][] = [
      [['### Day 5 (Optional)'], true],
      [['### Day 5 - Bonus: graphs'], true],
      [['### Day 5 - Catch-up'], true],
      [['### Day 5 - Catch up'], true],
      [['### Day 5 - Review week'], true],
      [['### Day 5 - Reviewing joins'], false], // a word, not a part of one
      [['### Day 5 - Joins'], false],
      [['### Day 5 - Joins', '- **Stretch goal:** window functions'], true],
      [['### Day 5 - Joins', '- **Type:** review'], true],
      [['### Day 5 - Joins', '- **kind:** buffer day'], true],
      [['### Day 5 - Joins', '- **Type:** lecture'], false],
      [['### Day 5 - Joins', '- **Typeface:** optional serif'], false], // only a field named Type or Kind
      [['### Day 5 - Joins', '- **Subkind:** optional'], false],
      [['### Day 5 - Joins', '- **Task:** review yesterday'], false], // a task's text is no label
    ];
    for (const [rows, optional] of cases) {
      const day = parse(lines('# Days 1-30: SQL', ...rows)).days[0];
      assert.strictEqual(isOptionalDay(day), optional, rows.join(' / '));
    }
  });

  it('offers the open heading days from the current one on, optional ones first, in plan order otherwise', () => {
    const plan = parse(lines(
      '# Days 1-30: SQL',
      '### Day 1 - Basics \u2705 2026-11-01',
      '### Day 2 - Bonus: history',
      '### Day 3 - Joins \u23ed 2026-11-03',
      '### Day 4 - Windows',
      '### Day 5 - Review (optional)',
      '### Day 6 - Indexes \u2705 2026-11-04',
      '### Day 7 - Plans',
    ));
    const offered = skippableDays(plan).map(({ day, optional }) => `${day.title}${optional ? ' (may skip)' : ''}`);
    assert.deepStrictEqual(offered, ['Day 2 - Bonus: history (may skip)', 'Day 5 - Review (optional) (may skip)', 'Day 4 - Windows', 'Day 7 - Plans']);
    const done = parse(lines('# Days 1-30: SQL', '### Day 1 \u2705 2026-11-01'));
    assert.deepStrictEqual(skippableDays(done), [], 'nothing open: nothing to skip');
    const table = parse(lines('# Days 1-30: SQL', '| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |'));
    assert.ok(table.days.length === 2 && skippableDays(table).length === 0, 'table rows cannot be skipped by a heading mark');
  });
});
