import * as assert from 'assert';
import { planPauseDays } from '../../src/core';
import { isoFromDayNumber } from '../../src/core/calendar/calendarDays';
import { planDates } from '../../src/core/planDates';
import { parse } from './helpers';

/** The one walk behind Today's summary (src/core/planDates.ts): what it collects, in document order, and when it walks again. */
describe('planDates', () => {
  const text = [
    '# Plan',
    '### Day 1 \u2705 2026-11-20',
    '- [x] read \u2705 2026-11-19',
    '- [ ] stale stamp \u2705 2026-11-18',
    '- \u23F1 2026-11-20 18:30-19:15 (45 min)',
    '### Day 2',
    '- [ ] due \u{1F4C5} 2026-11-21',
    '- [/] started \u{1F4C5} 2026-11-22',
    '- [x] done \u{1F4C5} 2026-11-01 \u2705 2026-11-21',
    '- [-] cancelled \u{1F4C5} 2026-11-01',
    '- \u23F8 2026-11-23',
    '### [ ] Day 3 \u{1F4C5} 2026-11-24',
    '- \u23F1 2026-11-24 (1 h)',
    '- \u23F8 2026-02-30',
    '### [-] Day 4 \u{1F4C5} 2026-11-01',
    '### [x] Day 5 \u{1F4C5} 2026-11-01 \u2705 2026-11-25',
  ].join('\n');

  it('collects stamps, sessions, pauses and tasks with a due date, in document order; a day\'s own mark is no such task', () => {
    const dates = planDates(parse(text));
    assert.deepStrictEqual(dates.stamps, ['2026-11-20', '2026-11-19', '2026-11-21', '2026-11-25']);
    assert.deepStrictEqual(dates.sessions, ['2026-11-20', '2026-11-24']);
    // An impossible date is no pause (the parse reads none).
    assert.deepStrictEqual(dates.pauses.map((pause) => [pause.from, pause.to]), [['2026-11-23', '2026-11-23']]);
    assert.deepStrictEqual([...planPauseDays(parse(text))].map(isoFromDayNumber), ['2026-11-23']);
    assert.deepStrictEqual(dates.dueDated.map(({ node, task }) => [node.title, task.text]), [['Day 2', 'due'], ['Day 2', 'started'], ['Day 2', 'done'], ['Day 2', 'cancelled']]);
  });

  it('walks a model once: the same answer for the same model, a new one for an edited model', () => {
    const plan = parse(text);
    assert.strictEqual(planDates(plan), planDates(plan));
    const edited = parse(text.replace('- [ ] due', '- [x] due \u2705 2026-11-22'));
    assert.notStrictEqual(planDates(edited), planDates(plan));
    assert.deepStrictEqual(planDates(edited).stamps, ['2026-11-20', '2026-11-19', '2026-11-22', '2026-11-21', '2026-11-25']);
  });
});
