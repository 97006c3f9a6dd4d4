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
    ['every Monday', { every: 1, unit: 'week', whenDone: false, on: { weekdays: [0] } }],
    ['every weekday', { every: 1, unit: 'week', whenDone: false, on: { weekdays: [0, 1, 2, 3, 4] } }],
    ['every Sunday, Tue and thurs when done', { every: 1, unit: 'week', whenDone: true, on: { weekdays: [1, 3, 6] } }],
    ['every 2 weeks on Monday, Friday', { every: 2, unit: 'week', whenDone: false, on: { weekdays: [0, 4] } }],
    ['every month on the 1st', { every: 1, unit: 'month', whenDone: false, on: { monthDay: 1 } }],
    ['every 3 months on the last', { every: 3, unit: 'month', whenDone: false, on: { monthDay: -1 } }],
    ['every month on the last day', { every: 1, unit: 'month', whenDone: false, on: { monthDay: -1 } }],
    ['every month on the 2nd Wednesday', { every: 1, unit: 'month', whenDone: false, on: { nth: 2, weekday: 2 } }],
    ['every month on the last Friday when done', { every: 1, unit: 'month', whenDone: true, on: { nth: -1, weekday: 4 } }],
    ['every January on the 15th', null],
    ['every year on the 1st', null],
    ['every month on the 32nd', null],
    ['every month on the 6th Monday', null],
    ['every Funday', null],
    ['every week on', null],
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

  it('a rule naming days: the first date after the base it falls on, in a period a whole number of intervals on', () => {
    const next = (base: string, text: string) => advance(base, parseRecurrence(text)!);
    const table: [string, string, string | null][] = [
      // Obsidian Tasks' own example: every Sunday from Sunday 2021-04-25 is 2021-05-02.
      ['2021-04-25', 'every Sunday', '2021-05-02'],
      ['2026-11-27', 'every weekday', '2026-11-30'], // a Friday: Monday next
      ['2026-11-25', 'every Monday, Friday', '2026-11-27'],
      ['2026-11-25', 'every 2 weeks on Friday', '2026-11-27'], // the base's own week is the first period
      ['2026-11-27', 'every 2 weeks on Monday', '2026-12-07'], // the week after is passed over
      ['2026-11-27', 'every month on the 1st', '2026-12-01'],
      ['2026-01-31', 'every month on the 31st', '2026-03-31'], // no 31 February: passed over, as Obsidian Tasks does
      ['2026-01-31', 'every month on the last', '2026-02-28'],
      ['2026-11-30', 'every 2 months on the last', '2027-01-31'], ['2026-11-27', 'every 2 months on the last', '2026-11-30'],
      ['2026-11-11', 'every month on the 2nd Wednesday', '2026-12-09'],
      ['2026-11-27', 'every month on the last Friday', '2026-12-25'],
      ['2026-11-01', 'every month on the last Friday', '2026-11-27'],
      ['2025-02-10', 'every 12 months on the 29th', '2028-02-29'],
      ['2026-02-10', 'every 12 months on the 30th', null], // a February has none
      ['2097-02-10', 'every 12 months on the 29th', '2104-02-29'], // 2100 is no leap year (from a review)
    ];
    assert.deepStrictEqual(table.map(([base, text]) => [base, text, next(base, text)]), table);
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
    const outcome = toggleTasks(text, [plan.root.tasks[0]], date, plan);
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
    ['a rule naming a weekday, the other dates at their distance', '- [ ] Gym \u23F3 2026-11-22 \u{1F4C5} 2026-11-23 \u{1F501} every Monday\n',
      '- [ ] Gym \u23F3 2026-11-29 \u{1F4C5} 2026-11-30 \u{1F501} every Monday\n- [x] Gym \u23F3 2026-11-22 \u{1F4C5} 2026-11-23 \u{1F501} every Monday \u2705 2026-11-27\n'],
    ['a weekday rule when done counts from the day done', '- [ ] Review \u{1F4C5} 2026-11-20 \u{1F501} every weekday when done\n',
      '- [ ] Review \u{1F4C5} 2026-11-30 \u{1F501} every weekday when done\n- [x] Review \u{1F4C5} 2026-11-20 \u{1F501} every weekday when done \u2705 2026-11-27\n'],
    ['a rule this does not read: checked alone', '- [ ] Tax \u{1F501} every January on the 15th\n', '- [x] Tax \u{1F501} every January on the 15th \u2705 2026-11-27\n'],
    ['unchecked: no next one', '- [x] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n', '- [ ] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day\n'],
    ['inside code: no task', '```\n- [ ] Flashcards \u{1F501} every day\n```\n- [ ] Other\n', '```\n- [ ] Flashcards \u{1F501} every day\n```\n- [x] Other \u2705 2026-11-27\n'],
  ];
  for (const [what, before, after] of table) it(what, () => assert.strictEqual(toggled(before), after));

  it('says what it wrote, or why it wrote none', () => {
    const say = (text: string, date: string | null = DONE): string => {
      const plan = parse(text);
      const outcome = toggleTasks(text, [plan.root.tasks[0]], date, plan);
      return outcome.ok ? outcome.summary : outcome.message;
    };
    assert.strictEqual(say('- [ ] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day\n'), 'Checked "Flashcards"; its next one (2026-11-28) is written above it');
    assert.strictEqual(say('- [ ] Tax \u{1F501} every January on the 15th\n'), 'Checked "Tax"; "\u{1F501} every January on the 15th" is a rule Obsidian Tasks reads and this does not: add the next "Tax" by hand');
    assert.strictEqual(say('- [ ] Rent \u{1F4C5} 2026-02-10 \u{1F501} every 12 months on the 30th\n'), 'Checked "Rent"; "Rent": "\u{1F501} every 12 months on the 30th" falls on no date after its last: add its next one by hand');
    assert.strictEqual(say('- [ ] Gym \u{1F4C5} 2026-11-23 \u{1F501} every Monday\n'), 'Checked "Gym"; its next one (2026-11-30) is written above it');
    // Unchecked (by mistake): the next one its check wrote stays, and is said to (a learner found two open copies).
    const next = '- [ ] Flashcards \u{1F4C5} 2026-11-28 \u{1F501} every day\n- [x] Flashcards \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n';
    const plan = parse(next);
    const undo = toggleTasks(next, [plan.root.tasks[1]], DONE, plan);
    assert.strictEqual(undo.ok && undo.summary, 'Unchecked "Flashcards" (it was done 2026-11-27); its next one (line 1) stays: delete it if checking this one was a mistake');
    // ...and checked again, it writes no second one (a learner's went in twice).
    const unchecked = applyTextEdits(next, undo.ok ? undo.edits : []);
    const again = parse(unchecked);
    const redo = toggleTasks(unchecked, [again.root.tasks[1]], DONE, again);
    assert.ok(redo.ok);
    assert.strictEqual(redo.summary, 'Checked "Flashcards"; its next one is above it already (line 1)');
    assert.strictEqual(applyTextEdits(unchecked, redo.edits), next);
    // A next one below it (Obsidian Tasks can be set to write it there) is named too.
    const below = '- [x] Gym \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n- [ ] Gym \u{1F4C5} 2026-11-28 \u{1F501} every day\n';
    const belowPlan = parse(below);
    const off = toggleTasks(below, [belowPlan.root.tasks[0]], DONE, belowPlan);
    assert.match(off.ok ? off.summary : '', /its next one \(line 2\) stays/);
    assert.strictEqual(say('- [ ] Review \u{1F501} every week when done\n', null), 'Checked "Review"; "Review" recurs when done, and date stamps are off: add its next one by hand');
  });

  it('a day written as a task does not recur, nor a task inside a day (each check wrote another: the day was never done)', () => {
    const week = '## Week 1\n- [ ] Day 1: SELECT \u{1F501} every week\n- [ ] Day 2: JOINs\n';
    const items = parse(week);
    const own = toggleTasks(week, [dayMark(items.days[0])!], DONE, items);
    assert.ok(own.ok);
    assert.strictEqual(applyTextEdits(week, own.edits), week.replace('- [ ] Day 1: SELECT \u{1F501} every week', '- [x] Day 1: SELECT \u{1F501} every week \u2705 2026-11-27'));
    assert.strictEqual(own.summary, 'Checked "Day 1: SELECT"');
    const day = '## Day 1\n- [ ] Read chapter 1\n- [ ] Anki review \u{1F4C5} 2026-11-27 \u{1F501} every day\n## Day 2\n- [ ] b\n';
    const plan = parse(day);
    const inside = toggleTasks(day, [plan.days[0].tasks[1]], DONE, plan);
    assert.ok(inside.ok);
    assert.strictEqual(applyTextEdits(day, inside.edits), day.replace('- [ ] Anki review \u{1F4C5} 2026-11-27 \u{1F501} every day\n', '- [x] Anki review \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n'));
    assert.strictEqual(inside.ok && inside.summary, 'Checked "Anki review"; no next one is written for a task inside a day (the day would never be done)');
    // A task named like a day outside any day recurs (it was taken for a day by its words).
    const daily = '## Daily\n- [ ] Day 1 review \u{1F4C5} 2026-11-27 \u{1F501} every day\n';
    const notes = parse(daily);
    const review = toggleTasks(daily, [notes.root.children[0].tasks[0]], DONE, notes);
    assert.ok(review.ok);
    assert.strictEqual(applyTextEdits(daily, review.edits), '## Daily\n- [ ] Day 1 review \u{1F4C5} 2026-11-28 \u{1F501} every day\n- [x] Day 1 review \u{1F4C5} 2026-11-27 \u{1F501} every day \u2705 2026-11-27\n');
  });

  it('the next one leaves off what is the done one\'s alone: its created date, id and block link; a date that is none is said', () => {
    const text = '- [ ] Gym \u2795 2024-02-01 \u{1F194} gym1 \u{1F4C5} 2026-11-27 \u{1F501} every week when done ^gym\n';
    const plan = parse(text);
    const outcome = toggleTasks(text, [plan.root.tasks[0]], DONE, plan);
    assert.ok(outcome.ok);
    assert.strictEqual(applyTextEdits(text, outcome.edits).split('\n')[0], '- [ ] Gym \u{1F4C5} 2026-12-04 \u{1F501} every week when done');
    const bad = '- [ ] Rent \u{1F4C5} 2026-02-30 \u{1F501} every month\n';
    const badPlan = parse(bad);
    const refused = toggleTasks(bad, [badPlan.root.tasks[0]], DONE, badPlan);
    assert.strictEqual(refused.ok && refused.summary, 'Checked "Rent"; "Rent" has 2026-02-30 for a date: add its next one by hand');
  });

  it('the tree\'s checkbox writes it too (given the plan); Mark Day Complete does not', () => {
    const text = '# Habits\n- [ ] Flashcards \u{1F501} every day\n### Day 1\n- [ ] Stretch \u{1F501} every day\n';
    const plan = parse(text);
    const box = setTasksChecked(text, [plan.root.children[0].tasks[0]], true, DONE, plan);
    assert.ok(box.ok && applyTextEdits(text, box.edits).startsWith('# Habits\n- [ ] Flashcards \u{1F501} every day\n- [x] Flashcards \u{1F501} every day \u2705 2026-11-27\n'));
    const day = markDayComplete(text, plan.days[0], { date: DONE, checkTasks: true, journal: false });
    assert.ok(day.ok && applyTextEdits(text, day.edits).endsWith('### Day 1 \u2705 2026-11-27\n- [x] Stretch \u{1F501} every day \u2705 2026-11-27\n'));
    // ...and says so, as Toggle Task does (a learner's habit ended without a word).
    assert.strictEqual(day.ok && day.summary, 'Marked Day 1 complete (\u2705 2026-11-27), 1 task checked; no next one is written for a task inside a day (the day would never be done)');
  });
});
