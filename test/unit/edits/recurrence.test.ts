// Recurring tasks (src/core/edits/recurrence.ts), as Obsidian Tasks completes them: before/after tables, a fixed
// date. A learner's `toggle` checked `🔁 every day` flashcards and wrote no next one: the habit stopped.
import * as assert from 'assert';
import { advance, nextDates, parseRecurrence } from '../../../src/core/edits/recurrence';
import { applyTextEdits, dayMark, markDayComplete, setTasksChecked, toggleTasks } from '../../../src/core';
import { parse } from '../helpers';

const DONE = '2026-11-27';

describe('recurrence: the rules read', () => {
  const table: [string, ReturnType<typeof parseRecurrence>][] = [
    ['every day', { every: 1, unit: 'day', whenDone: false }],
    ['every 3 days', { every: 3, unit: 'day', whenDone: false }],
    ['Every Week', { every: 1, unit: 'week', whenDone: false }],
    ['every 2 weeks when done', { every: 2, unit: 'week', whenDone: true }],
    ['every  month', { every: 1, unit: 'month', whenDone: false }],
    ['every year when done', { every: 1, unit: 'year', whenDone: true }],
    ['every 0 days', null],
    ['every Monday', null],
    ['every month on the 1st', null],
    ['daily', null],
  ];
  for (const [rule, expected] of table) it(JSON.stringify(rule), () => assert.deepStrictEqual(parseRecurrence(rule), expected));

  it('moves a date by the rule; a month past its last day ends on it', () => {
    const rule = (text: string) => parseRecurrence(text)!;
    assert.deepStrictEqual(
      [advance('2026-11-27', rule('every day')), advance('2026-12-30', rule('every 3 days')), advance('2026-11-27', rule('every 2 weeks')),
        advance('2026-01-31', rule('every month')), advance('2028-01-31', rule('every month')), advance('2026-11-30', rule('every 3 months')), advance('2028-02-29', rule('every year'))],
      ['2026-11-28', '2027-01-02', '2026-12-11', '2026-02-28', '2028-02-29', '2027-02-28', '2029-02-28'],
    );
  });

  it('moves the reference date (due, else scheduled, else start) and keeps the others at their distance; when done, from the day done', () => {
    const week = parseRecurrence('every week')!;
    assert.deepStrictEqual(nextDates({ due: '2026-11-27', scheduled: '2026-11-25', start: null }, week, DONE), { due: '2026-12-04', scheduled: '2026-12-02' });
    assert.deepStrictEqual(nextDates({ due: null, scheduled: '2026-11-20', start: '2026-11-18' }, week, DONE), { scheduled: '2026-11-27', start: '2026-11-25' });
    assert.deepStrictEqual(nextDates({ due: '2026-11-20', scheduled: null, start: null }, parseRecurrence('every week when done')!, DONE), { due: '2026-12-04' });
    assert.deepStrictEqual(nextDates({ due: null, scheduled: null, start: null }, week, DONE), {});
  });
});

describe('recurrence: checking a recurring task writes the next one above it, byte for byte', () => {
  const toggled = (text: string, date: string | null = DONE): string => {
    const plan = parse(text);
    const outcome = toggleTasks(text, [plan.root.tasks[0] ?? plan.days[0].tasks[0]], date);
    return outcome.ok ? applyTextEdits(text, outcome.edits) : `refused: ${outcome.message}`;
  };
  const table: [string, string, string][] = [
    ['every day, its priority and tag kept', '- [ ] Flashcards \u23EB \u{1F4C5} 2026-11-27 \u{1F501} every day #anki\n',
      '- [ ] Flashcards \u23EB \u{1F4C5} 2026-11-28 \u{1F501} every day #anki\n- [x] Flashcards \u23EB \u{1F4C5} 2026-11-27 \u{1F501} every day #anki \u2705 2026-11-27\n'],
    ['when done, scheduled kept two days before', '* [/] Review \u23F3 2026-11-18 \u{1F4C5} 2026-11-20 \u{1F501} every week when done\n',
      '* [ ] Review \u23F3 2026-12-02 \u{1F4C5} 2026-12-04 \u{1F501} every week when done\n* [x] Review \u23F3 2026-11-18 \u{1F4C5} 2026-11-20 \u{1F501} every week when done \u2705 2026-11-27\n'],
    ['CRLF and indentation', 'Habits\r\n  - [ ] Read \u{1F6EB} 2026-11-27 \u{1F501} every 2 days\r\n',
      'Habits\r\n  - [ ] Read \u{1F6EB} 2026-11-29 \u{1F501} every 2 days\r\n  - [x] Read \u{1F6EB} 2026-11-27 \u{1F501} every 2 days \u2705 2026-11-27\r\n'],
    ['a byte order mark stays first, no line end at the end', '\uFEFF- [ ] Rent \u{1F4C5} 2026-01-31 \u{1F501} every month',
      '\uFEFF- [ ] Rent \u{1F4C5} 2026-02-28 \u{1F501} every month\n- [x] Rent \u{1F4C5} 2026-01-31 \u{1F501} every month \u2705 2026-11-27'],
    ['no dates: the next one has none either', '- [ ] Stretch \u{1F501} every day\n', '- [ ] Stretch \u{1F501} every day\n- [x] Stretch \u{1F501} every day \u2705 2026-11-27\n'],
    ['a rule this does not read: checked alone', '- [ ] Gym \u{1F501} every Monday\n', '- [x] Gym \u{1F501} every Monday \u2705 2026-11-27\n'],
    ['unchecked: no next one', '- [x] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n', '- [ ] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day\n'],
    ['inside code: no task', '```\n- [ ] Flashcards \u{1F501} every day\n```\n- [ ] Other\n', '```\n- [ ] Flashcards \u{1F501} every day\n```\n- [x] Other \u2705 2026-11-27\n'],
  ];
  for (const [what, before, after] of table) it(what, () => assert.strictEqual(toggled(before), after));

  it('says what it wrote, or why it wrote none', () => {
    const say = (text: string, date: string | null = DONE): string => {
      const plan = parse(text);
      const outcome = toggleTasks(text, [plan.root.tasks[0]], date);
      return outcome.ok ? outcome.summary : outcome.message;
    };
    assert.strictEqual(say('- [ ] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day\n'), 'Checked "Flashcards"; its next one (2026-11-28) is written above it');
    assert.strictEqual(say('- [ ] Gym \u{1F501} every Monday\n'), 'Checked "Gym"; "\u{1F501} every Monday" is a rule Obsidian Tasks reads and this does not: add the next "Gym" by hand');
    assert.strictEqual(say('- [ ] Review \u{1F501} every week when done\n', null), 'Checked "Review"; "Review" recurs when done, and date stamps are off: add its next one by hand');
  });

  it('a day written as a task does not recur: it is a day\'s mark', () => {
    const text = '## Week 1\n- [ ] Day 1: SELECT \u{1F501} every week\n- [ ] Day 2: JOINs\n';
    const plan = parse(text);
    const own = dayMark(plan.days[0])!;
    const outcome = toggleTasks(text, [own], DONE);
    assert.ok(outcome.ok && applyTextEdits(text, outcome.edits) === text.replace('- [ ] Day 1: SELECT \u{1F501} every week', '- [x] Day 1: SELECT \u{1F501} every week \u2705 2026-11-27'));
  });

  it('the tree\'s checkbox writes it too; Mark Day Complete does not (a day marked incomplete again would keep it)', () => {
    const text = '### Day 1\n- [ ] Flashcards \u{1F501} every day\n';
    const plan = parse(text);
    const box = setTasksChecked(text, [plan.days[0].tasks[0]], true, DONE);
    assert.ok(box.ok && applyTextEdits(text, box.edits) === '### Day 1\n- [ ] Flashcards \u{1F501} every day\n- [x] Flashcards \u{1F501} every day \u2705 2026-11-27\n');
    const day = markDayComplete(text, plan.days[0], { date: DONE, checkTasks: true, journal: false });
    assert.ok(day.ok && applyTextEdits(text, day.edits) === '### Day 1 \u2705 2026-11-27\n- [x] Flashcards \u{1F501} every day \u2705 2026-11-27\n');
  });
});
