// Rest weekdays, pauses and the study-day arithmetic (src/core/schedule/restDays.ts, currentDay.ts) as tables,
// written from the mutation run's survivor list (test/mutation/schedule.json). 2026-11-06 is a Friday.
import * as assert from 'assert';
import { dayNumber, scheduleFor, frontMatterRest, frontMatterStart, isoFromDayNumber, parseWeekdays, planPauseDays, RestDays, restWeekdaysOf } from '../../../src/core';
import { lines, parse } from '../helpers';

const fm = (...rows: string[]) => parse(lines('---', ...rows, '---', '### Day 1', ''));

describe('rest days: reading them', () => {
  const table: [unknown, number[]][] = [
    [['Sat.'], [6]],
    [' mon ', [1]],
    ['Monday', [1]],
    ['sat,;  sun', [6, 7]],
    ['weekends', [6, 7]],
    [[0, 8, 1.5, 7], [7]],
    [['7'], []],
    [[1, 'mon'], [1]],
    [42, []],
    [null, []],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} -> ${JSON.stringify(expected)}`, () => assert.deepStrictEqual(parseWeekdays(value), expected));
  }

  it('a plan\'s own rest: wins over the setting; rest: with no value says none', () => {
    assert.deepStrictEqual(frontMatterRest(fm('title: a', 'rest: sat')), [6]);
    assert.deepStrictEqual(frontMatterRest(fm('rest:')), []);
    assert.strictEqual(frontMatterRest(fm('interest: sat')), null);
    assert.strictEqual(frontMatterRest(fm('rest: [sat')), null, 'not YAML: says nothing');
    assert.strictEqual(frontMatterRest(parse('### Day 1\n')), null);
    assert.deepStrictEqual(restWeekdaysOf(undefined), []);
    assert.deepStrictEqual(restWeekdaysOf(undefined, [6]), [6]);
    assert.deepStrictEqual(restWeekdaysOf(fm('rest:'), [6]), []);
    assert.deepStrictEqual(restWeekdaysOf(fm('title: a'), [6]), [6]);
  });

  it('reads the start date as written, quoted or padded; anything else is no start', () => {
    assert.strictEqual(frontMatterStart(fm('start: 2026-11-01')), '2026-11-01');
    assert.strictEqual(frontMatterStart(fm('start: " 2026-11-01 "')), '2026-11-01');
    assert.strictEqual(frontMatterStart(fm('start: 2026-02-30')), null);
    assert.strictEqual(frontMatterStart(fm('start: [')), null);
    assert.strictEqual(frontMatterStart(fm('- a list')), null);
    assert.strictEqual(frontMatterStart(parse('### Day 1\n')), null);
  });

  it('pauses: sorted, distinct, invalid ones left out, a long one cut at a year', () => {
    const plan = parse(lines('### Day 1', '- \u23F8 2026-11-12', '- \u23F8 2026-11-10..2026-11-11', '- \u23F8 2026-11-11', '- \u23F8 2026-13-01', '### Day 2', '- \u23F8 2020-01-01..2030-01-01', ''));
    const days = [...planPauseDays(plan)];
    assert.deepStrictEqual(days.slice(0, 3).map(isoFromDayNumber), ['2020-01-01', '2020-01-02', '2020-01-03']);
    assert.strictEqual(days.length, 366 + 3);
    assert.deepStrictEqual(days.slice(366).map(isoFromDayNumber), ['2026-11-10', '2026-11-11', '2026-11-12']);
    for (let i = 1; i < days.length; i++) assert.ok(days[i - 1] < days[i]);
  });
});

describe('rest days: counting study days', () => {
  const weekend = new RestDays([6, 7], Int32Array.from([dayNumber('2026-11-10')]));
  const d = dayNumber;

  it('moves to study days over weekends and pauses, both ways', () => {
    assert.strictEqual(isoFromDayNumber(weekend.studyDayFrom(d('2026-11-07'))), '2026-11-09');
    assert.strictEqual(isoFromDayNumber(weekend.studyDayFrom(d('2026-11-09'))), '2026-11-09');
    assert.strictEqual(isoFromDayNumber(weekend.nextStudyDay(d('2026-11-09'))), '2026-11-11', 'the pause on the 10th');
    assert.strictEqual(isoFromDayNumber(weekend.nextStudyDay(d('2026-11-09'), -1)), '2026-11-06');
    assert.strictEqual(isoFromDayNumber(weekend.advance(d('2026-11-06'), 2)), '2026-11-11');
    assert.strictEqual(isoFromDayNumber(weekend.advance(d('2026-11-11'), -2)), '2026-11-06');
    assert.strictEqual(isoFromDayNumber(weekend.advance(d('2026-11-08'), 0)), '2026-11-09');
  });

  it('counts study days in a range, none in an empty one', () => {
    assert.strictEqual(weekend.studyDaysBetween(d('2026-11-06'), d('2026-11-13')), 5);
    assert.strictEqual(weekend.studyDaysBetween(d('2026-11-07'), d('2026-11-08')), 0);
    assert.strictEqual(weekend.studyDaysBetween(d('2026-11-09'), d('2026-11-09')), 1);
    assert.strictEqual(weekend.studyDaysBetween(d('2026-11-13'), d('2026-11-06')), 0);
    assert.strictEqual(new RestDays([3]).studyDaysBetween(d('2026-11-09'), d('2026-11-10')), 2, 'no Wednesday in range');
    assert.deepStrictEqual(weekend.datesBetween(d('2026-11-06'), d('2026-11-10')), ['2026-11-07', '2026-11-08', '2026-11-10']);
    assert.ok(weekend.isRestDate('2026-11-10') && !weekend.isRestDate('2026-11-11') && !weekend.isRestDate('2026-11-31'));
  });
});

describe('schedule: edges', () => {
  it('has no date outside its days, and ends on its latest date whatever the order', () => {
    const plan = parse(lines('---', 'start: 2026-11-02', '---', '### Day 1 \u{1F4C5} 2026-11-20', '### Day 2 \u{1F4C5} 2026-11-05', '### Day 3', ''));
    const schedule = scheduleFor(plan, null)!;
    assert.deepStrictEqual([-1, 0, 1, 2, 3].map((i) => schedule.dateOf(i)), [null, '2026-11-20', '2026-11-05', '2026-11-06', null]);
    assert.strictEqual(schedule.end, '2026-11-20');
    assert.strictEqual(schedule.startFrom, 'frontMatter');
    assert.strictEqual(scheduleFor(parse('### Day 1\n'), { configuredStart: '2026-11-02' })!.startFrom, 'settings');
  });

  it('is read again when the configured start or rest days change', () => {
    const plan = parse(lines('### Day 1', '### Day 2', ''));
    const a = scheduleFor(plan, { configuredStart: '2026-11-06' })!;
    const b = scheduleFor(plan, { configuredStart: '2026-11-06', configuredRest: [6, 7] })!;
    const c = scheduleFor(plan, { configuredStart: '2026-11-09' })!;
    assert.deepStrictEqual([a.dateOf(1), b.dateOf(1), c.dateOf(1)], ['2026-11-07', '2026-11-09', '2026-11-10']);
  });
});
