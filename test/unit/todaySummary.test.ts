import * as assert from 'assert';
import { nextPlan, planStreak, programStart, restOf, summarizeToday, type ParsedPlan, type TodaySummary } from '../../src/core';
import { RestDays } from '../../src/core/schedule/restDays';
import { lines, parse } from './helpers';

// Every field of the today summary, for three learners (a fixed clock: Saturday 2026-11-21).
const TODAY = '2026-11-21';
const scheduled = parse(lines('---', 'start: 2026-11-16', 'rest: [sat, sun]', '---', '# A', '### Day 1 \u2705 2026-11-17', '### Day 2 \u2705 2026-11-18', '### Day 3', '- [ ] read'), 'file:///ws/a.md');
const paused = parse(lines('# B', '### Day 1 \u2705 2026-11-19', '\u23F8 2026-11-20', '### Day 2'), 'file:///ws/b.md');
const finished = parse(lines('# C', '### Day 1 \u2705 2026-11-10'), 'file:///ws/c.md');

function fields(summary: TodaySummary): Record<string, unknown> {
  const { streak } = summary;
  return {
    today: summary.today,
    active: summary.activePlan?.uri,
    reason: summary.activeReason,
    current: summary.currentDay?.title,
    finished: summary.planFinished,
    next: summary.nextPlan?.uri,
    schedule: summary.schedule && { start: summary.schedule.start, from: summary.schedule.startFrom, end: summary.schedule.end, rest: summary.schedule.rest.weekdays },
    streak: [streak.current, streak.longest, streak.activeDays, streak.doneToday, streak.doneThisWeek, streak.activeToday, streak.restToday, streak.restDays],
    daysDone: summary.daysDone,
  };
}

describe('summarizeToday: every field, for a fixed clock', () => {
  it('the plan with the latest activity is active; its schedule, the pauses of every plan, the days done everywhere', () => {
    assert.deepStrictEqual(fields(summarizeToday([scheduled, paused, finished], { today: TODAY })), {
      today: TODAY,
      active: 'file:///ws/b.md',
      reason: { kind: 'activity', date: '2026-11-19' },
      current: 'Day 2',
      finished: false,
      next: undefined,
      schedule: null,
      // 17, 18, 19 studied, 20 paused (B's pause counts though B is not the plan with weekly rest); 21, a Saturday,
      // A's rest: every open plan's rest is passed over, whichever is active (the active one's alone changed the streak
      // with it), but today is no rest day to say: B, studied today, has none.
      streak: [3, 3, 4, 0, 3, false, false, ['2026-11-20', '2026-11-21']],
      daysDone: 4,
    });
  });

  it('a chosen plan that is finished offers the next; settings give its start and its weekly rest', () => {
    const summary = summarizeToday([scheduled, paused, finished], { today: TODAY, chosenPlanUri: 'file:///ws/c.md', configuredStart: () => '2026-11-01', configuredRest: () => [3] });
    assert.deepStrictEqual(fields(summary), {
      today: TODAY,
      active: 'file:///ws/c.md',
      reason: { kind: 'chosen' },
      current: undefined,
      finished: true,
      next: 'file:///ws/a.md',
      schedule: { start: '2026-11-01', from: 'settings', end: '2026-11-01', rest: [3] },
      // Wednesday 18 is a rest day from the setting, and was studied: it counts, as any day, and is not passed over;
      // today, a Saturday, is A's rest, not C's.
      streak: [3, 3, 4, 0, 3, false, false, ['2026-11-20', '2026-11-21']],
      daysDone: 4,
    });
  });

  it('the scheduled plan, chosen: its own start and rest days (today, a Saturday, is rest)', () => {
    const summary = summarizeToday([scheduled, paused], { today: TODAY, chosenPlanUri: 'file:///ws/a.md', configuredStart: () => '2026-01-01' });
    const view = fields(summary);
    assert.deepStrictEqual(view.schedule, { start: '2026-11-16', from: 'frontMatter', end: '2026-11-18', rest: [6, 7] });
    assert.deepStrictEqual([view.current, view.finished, view.next], ['Day 3', false, undefined]);
    // 17, 18, 19 studied; 20 paused, 21 (today) a Saturday: the streak holds at 3.
    assert.deepStrictEqual(view.streak, [3, 3, 3, 0, 3, false, true, ['2026-11-20', '2026-11-21']]);
  });

  it('no plans: nothing active, nothing finished, an empty streak', () => {
    assert.deepStrictEqual(fields(summarizeToday([], { today: TODAY })), {
      today: TODAY, active: undefined, reason: undefined, current: undefined, finished: false, next: undefined, schedule: null,
      streak: [0, 0, 0, 0, 0, false, false, []], daysDone: 0,
    });
  });
});

describe('restOf: the learner\'s rest', () => {
  it('is every plan\'s weekly rest together and every plan\'s pauses; none at all is RestDays.NONE', () => {
    const both = restOf([scheduled, paused], {});
    assert.deepStrictEqual([both.weekdays, both.isRestDate('2026-11-20'), both.isRestDate('2026-11-21'), both.isRestDate('2026-11-19')], [[6, 7], true, true, false]);
    const none = restOf([finished], {});
    assert.deepStrictEqual([none.weekdays, none.isRestDate('2026-11-21')], [[], false]);
    // A finished plan's rest is over the days it was studied (C: 2026-11-10 alone, a Tuesday), not weekly.
    const setting = restOf([finished], { configuredRest: () => [2] });
    assert.deepStrictEqual([setting.weekdays, setting.isRestDate('2026-11-10'), setting.isRestDate('2026-11-17')], [[], true, false]);
    assert.deepStrictEqual(restOf([], { configuredRest: () => [7] }).weekdays, [7]);
    assert.deepStrictEqual(restOf([paused], {}).weekdays, []);
    assert.strictEqual(restOf([paused], {}).isRestDate('2026-11-20'), true, 'a pause alone is rest');
  });

  it('a day of another plan studied never shortens the streak: the rest is every plan\'s, not the active one\'s (a trial\'s 3 -> 2)', () => {
    const rust = parse(['---', 'start: 2026-11-19', 'rest: [sat, sun]', '---', '# Rust', '### Day 1 - A \u2705 2026-11-19', '### Day 2 - B \u2705 2026-11-20', '### Day 3 - C \u2705 2026-11-23', '### Day 4 - D', ''].join('\n'), 'file:///rust.md');
    const sql = (stamp: string): ParsedPlan => parse(`# SQL\n### Day 1 - X${stamp}\n### Day 2 - Y\n`, 'file:///sql.md');
    const before = summarizeToday([rust, sql('')], { today: '2026-11-24' }).streak;
    const after = summarizeToday([rust, sql(' \u2705 2026-11-24')], { today: '2026-11-24' });
    assert.strictEqual(after.activePlan?.uri, 'file:///sql.md', 'worked on last');
    assert.deepStrictEqual([before.current, before.longest, after.streak.current, after.streak.longest], [3, 3, 4, 4]);
    // A finished plan's rest holds over the days it was studied (leaving it out rewrote a streak when a plan was
    // finished: a trial's 7 -> 6; for good, it made an old plan's weekends rest for a new plan: a review's); today is
    // rest only if the plan being studied rests (a review's read "rest day today" beside "planned for today").
    const old = parse(['---', 'rest: [sat, sun]', '---', '# Old', '### Day 1 \u2705 2026-10-01', '### Day 2 \u2705 2026-10-05', ''].join('\n'), 'file:///old.md');
    const go = parse('# Go\n### Day 1 \u2705 2026-11-27\n### Day 2\n', 'file:///go.md');
    const saturday = summarizeToday([old, go], { today: '2026-11-28' }).streak;
    assert.deepStrictEqual([saturday.rest.weekdays, saturday.restToday, saturday.rest.isRestDate('2026-11-28')], [[], false, false]);
    assert.deepStrictEqual([saturday.rest.isRestDate('2026-10-03'), saturday.rest.isRestDate('2026-10-04'), saturday.rest.isRestDate('2026-10-10')], [true, true, false]);
    // The trial's: finishing a plan keeps the rest its streak passed over.
    const b = (last: string): ParsedPlan => parse(['---', 'rest: [sun]', '---', '# B', '### Day 1 \u2705 2026-11-21', `### Day 2${last}`, ''].join('\n'), 'file:///b.md');
    const daily = parse(['# A', ...['20', '21', '23', '24'].map((d, i) => `### Day ${i + 1} \u2705 2026-11-${d}`), '### Day 5', ''].join('\n'), 'file:///a.md');
    const open = summarizeToday([daily, b('')], { today: '2026-11-24' }).streak;
    const finished = summarizeToday([daily, b(' \u2705 2026-11-24')], { today: '2026-11-24' }).streak;
    assert.deepStrictEqual([open.current, finished.current], [4, 4]);
  });
});

describe('programStart: where a plan starts in the learner\'s program', () => {
  const table: [string, number | null][] = [
    ['# Month 3\n### Day 1\n', 61],
    ['# Month 1\n### Day 1\n', 1],
    ['# Quarter 2\n### Day 1\n', 92],
    ['# Week 3\n### Day 1\n', 15],
    ['# Week 3\n### Day 15\n', 15],
    ['# Days 31-60\n### Day 31\n', 31],
    ['# Days 31-60\n### Day 45\n', 45], // its days say more than its title: it starts where they do
    ['# Days 31-60\n### Day 1\n### Day 2\n', 31], // its days count from 1 again: the title says where it starts
    ['# Notes\n### Monday\n### Day 5\n', 5], // the first day with a number, not the first day
    ['## Module 1 (Days 8-14)\n### Day 8\n', 8],
    ['# Notes\n## Week 2\n### Day 20\n', 20],
    ['# Notes\n## Week 2\n### Day 1\n', 8],
    ['# Month 3: Advanced\n## Week 1\n### Day 1\n', 61],
    ['# Cycle 2\n### Day 3\n', 3],
    ['### Day 5\n### Day 6\n', 5],
    ['## Monday\n## Tuesday\n', null],
  ];
  for (const [text, start] of table) it(`${JSON.stringify(text)} starts at ${start}`, () => assert.strictEqual(programStart(parse(text)), start));
});

describe('nextPlan: what to study after a plan is finished', () => {
  const plan = (text: string, name: string): ParsedPlan => parse(text, `file:///ws/${name}.md`);
  const done31 = plan('# Days 31-60\n### Day 31 \u2705\n', 'a');
  const month3 = plan('# Month 3\n### Day 1\n', 'b');
  const early = plan('### Day 1\n### Day 2\n', 'c');
  const finishedLater = plan('# Month 4\n### Day 1 \u2705\n', 'd');
  it('the first open plan that starts where it starts or later, in program order; else any open plan', () => {
    assert.strictEqual(nextPlan([early, month3, done31, finishedLater], done31)?.uri, 'file:///ws/b.md');
    assert.strictEqual(nextPlan([early, done31, finishedLater], done31)?.uri, 'file:///ws/c.md', 'nothing later: the earliest open one');
    assert.strictEqual(nextPlan([done31, finishedLater], done31), undefined);
  });

  it('after a plan with no place in the program (weekday days), the first open plan in program order', () => {
    const week = plan('## Monday \u2705\n## Tuesday \u2705\n', 'w');
    const weekdaysOpen = plan('## Monday\n## Tuesday\n', 'x');
    const numbered = plan('### Day 5\n### Day 6\n', 'y');
    assert.strictEqual(programStart(week), null);
    assert.strictEqual(nextPlan([week, weekdaysOpen, numbered], week)?.uri, 'file:///ws/y.md');
  });
});

describe('planStreak: what counts, exactly (a fixed clock: Saturday 2026-11-21)', () => {
  type Stats = ReturnType<typeof planStreak>;
  const view = (s: Stats): unknown[] => [s.current, s.longest, s.activeDays, s.doneToday, s.doneThisWeek, s.activeToday, s.restToday, s.restDays, s.futureDates];
  const NONE = RestDays.NONE;

  it('a heading that is a task counts once with its day; cancelled tasks never count', () => {
    const stats = planStreak([parse('### [x] Day 3 \u2705 2026-11-21\n- [x] a \u2705 2026-11-21\n### Day 4\n', 'file:///a.md')], TODAY, NONE);
    assert.deepStrictEqual(view(stats), [1, 1, 1, 2, 2, true, false, [], []]);
    assert.deepStrictEqual([stats.countOn(TODAY), stats.countOn('not a date'), stats.activeOn(TODAY), stats.activeOn('2026-11-19'), stats.activeOn('not a date')], [2, 0, true, false, false]);
    assert.deepStrictEqual(view(planStreak([parse('### Day 1\n- [-] x \u2705 2026-11-21\n- [ ] y\n### Day 2\n', 'file:///b.md')], TODAY, NONE)), [0, 0, 0, 0, 0, false, false, [], []]);
  });

  it('a dated entry counts when the plan is a journal, or when it was done on its own date', () => {
    const journal = parse('## 2026-11-20\ntext\n## 2026-11-21\nmore\n', 'file:///j.md');
    assert.deepStrictEqual(view(planStreak([journal], TODAY, NONE)), [2, 2, 2, 1, 2, true, false, [], []]);
    assert.deepStrictEqual(view(planStreak([parse('### 2026-11-20\n- [ ] a\n### 2026-11-21\n- [ ] b\n', 'file:///d.md')], TODAY, NONE)), [0, 0, 0, 0, 0, false, false, [], []]);
    const done = parse('### 2026-11-20 \u2705 2026-11-20\n- [ ] a\n### 2026-11-21 \u2705 2026-11-22\n- [ ] b\n', 'file:///e.md');
    assert.deepStrictEqual(view(planStreak([done], TODAY, NONE)), [1, 1, 1, 0, 1, false, false, [], ['2026-11-22']]);
  });

  it('a done task counts by its own stamp; a dated day done through its tasks on another date counts only by them', () => {
    const task = planStreak([parse('### Day 1\n- [x] read \u2705 2026-11-20\n', 'file:///t.md')], TODAY, NONE);
    assert.deepStrictEqual([task.activeDays, task.countOn('2026-11-20')], [1, 1]);
    const later = planStreak([parse('### 2026-11-18\n- [x] a \u2705 2026-11-20\n', 'file:///l.md')], TODAY, NONE);
    assert.deepStrictEqual([later.activeDays, later.activeOn('2026-11-18'), later.activeOn('2026-11-20')], [1, false, true]);
    // A module heading written as a task: its stamp is activity too (only a day's title task shares its day's stamp).
    const module = planStreak([parse('## [x] Module 1 \u2705 2026-11-19\n### Day 1\n', 'file:///m.md')], TODAY, NONE);
    assert.deepStrictEqual([module.activeDays, module.activeOn('2026-11-19')], [1, true]);
  });

  it('stamps after today from several plans are listed in date order', () => {
    const a = parse('### Day 1 \u2705 2026-12-25\n', 'file:///a.md');
    const b = parse('### Day 1 \u2705 2026-12-01\n', 'file:///b.md');
    assert.deepStrictEqual(planStreak([a, b], TODAY, NONE).futureDates, ['2026-12-01', '2026-12-25']);
  });

  it('rest days bridge a run and are listed while a streak lasts; stamps after today are listed in order', () => {
    const run = parse('### Day 1 \u2705 2026-11-13\n### Day 2 \u2705 2026-11-16\n### Day 3 \u2705 2026-11-20\n', 'file:///g.md');
    assert.deepStrictEqual(view(planStreak([run], TODAY, new RestDays([6, 7], new Int32Array(0)))), [1, 2, 3, 0, 2, false, true, ['2026-11-21'], []]);
    assert.deepStrictEqual(view(planStreak([run], TODAY, NONE)), [1, 1, 3, 0, 2, false, false, [], []]);
    const old = parse('### Day 1 \u2705 2026-11-01\n### Day 2 \u2705 2026-12-25\n### Day 3 \u2705 2026-12-01\n', 'file:///f.md');
    assert.deepStrictEqual(view(planStreak([old], TODAY, new RestDays([6, 7], new Int32Array(0)))), [0, 1, 1, 0, 0, false, true, [], ['2026-12-01', '2026-12-25']], 'no streak: no rest days listed (Sunday 1 studied: a run of one)');
  });
});
