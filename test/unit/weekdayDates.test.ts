/**
 * A weekday heading under a heading that dates its week is that week's day (a trial's `## Week of 2026-11-23`
 * journal: `show j.md 2026-11-27` found Friday, but status named no day missed and its days no date).
 */
import * as assert from 'assert';
import { currentDayOf, missedDatedDays } from '../../src/core';
import { planStampDates } from '../../src/core/today/streak';
import { parse } from './helpers';

const WEEK = '# Journal\n\n## Week of 2026-11-23\n\n### Monday\nRead ch3.\n\n### Tuesday\n- [ ] Rustlings\n\n### Friday\n- [ ] CLI\n';

describe('weekday headings under a dated week', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['a week of its date', WEEK, ['2026-11-23', '2026-11-24', '2026-11-27']],
    ['a week begun on Sunday keeps its Sunday first', '## Week of Sunday, 2026-11-22\n### Sunday\n- [ ] a\n### Saturday\n- [ ] b\n', ['2026-11-22', '2026-11-28']],
    ['a week written as a range with its year once is no full date: any week', '## Week 48 (Nov 23 - 29, 2026)\n### Wednesday\n- [ ] a\n### Thursday\n- [ ] b\n', [null, null]],
    ['a numbered week with a full date', '## Week 48 (from 23.11.2026)\n### Wednesday\n- [ ] a\n### Thursday\n- [ ] b\n', ['2026-11-25', '2026-11-26']],
    ['two weeks, each its own', '## Week of 2026-11-16\n### Monday\n- [ ] a\n## Week of 2026-11-23\n### Monday\n- [ ] b\n', ['2026-11-16', '2026-11-23']],
    ['no date above: any week', '## Week 3\n### Monday\n- [ ] a\n### Tuesday\n- [ ] b\n', [null, null]],
    ['a heading written with its own date keeps it', '## Week of 2026-11-23\n### Monday 2026-11-30\n- [ ] a\n### Tuesday\n- [ ] b\n', ['2026-11-30', '2026-11-24']],
  ];
  for (const [name, text, dates] of cases) {
    it(name, () => assert.deepStrictEqual(parse(text).days.map((day) => day.date), dates));
  }

  it('an entry holding only what is still to do is no study; one written, or a task checked in it, is (a trial\'s streak counted an open task)', () => {
    const plan = parse('# J\n\n## Week of 2026-11-23\n\n### Thursday\nRead chapter.\n\n### Friday\n- [x] Wrote code\n\n### Saturday\n- [ ] Review flashcards\n\n## 2026-11-30\n- [ ] Plan the week\n');
    assert.deepStrictEqual([plan.journal, [...planStampDates(plan)]], [true, ['2026-11-26', '2026-11-27']]);
  });

  it('the trial\'s journal: the days before today left open are missed, and today is past them', () => {
    const plan = parse(WEEK);
    assert.deepStrictEqual(missedDatedDays(plan, '2026-11-28').map((day) => day.title), ['Tuesday', 'Friday']);
    assert.strictEqual(currentDayOf(plan, '2026-11-25')?.title, 'Friday', 'on Wednesday, the next day open dated from today');
  });
});
