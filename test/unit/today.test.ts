import * as assert from 'assert';
import {
  activityWeeks, addDays, chooseActive, chooseActivePlan, latestStamp, programStart, computeStreak, currentDayOf, dayNumber, isValidIsoDate, localIsoDate, nextPlan, planStreak, scheduleFor, summarizeToday, weekStart, weekdaySectionOn, daysMatching, notStartedUntil,
} from '../../src/core';
import fc from 'fast-check';
import { stampDaysByMap, stampDaysOf } from '../../src/core/today/streak';
import { isoFromDayNumber, validDayNumber } from '../../src/core/calendar/calendarDays';
import { fixtureNames, lines, parse, readFixture } from './helpers';

describe('computeStreak', () => {
  const today = '2026-11-21'; // a Saturday

  it('counts consecutive days ending today', () => {
    const s = computeStreak(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-15'], today);
    assert.deepStrictEqual([s.current, s.longest, s.activeDays, s.activeToday], [3, 3, 4, true]);
  });

  it('keeps the streak alive until midnight when nothing is done yet today', () => {
    const s = computeStreak(['2026-11-19', '2026-11-20'], today);
    assert.deepStrictEqual([s.current, s.activeToday], [2, false]);
    assert.strictEqual(computeStreak(['2026-11-19'], today).current, 0, 'a gap of a whole day breaks it');
  });

  it('finds the longest run anywhere, across month and year ends', () => {
    const s = computeStreak(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-02-28', '2026-03-01'], today);
    assert.deepStrictEqual([s.current, s.longest], [0, 4]);
    assert.strictEqual(computeStreak(['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01').current, 3, 'leap day');
  });

  it('counts duplicate dates once for the streak and every stamp for done today / this week', () => {
    const s = computeStreak(['2026-11-21', '2026-11-21', '2026-11-17', '2026-11-16', '2026-11-15'], today);
    assert.deepStrictEqual([s.current, s.activeDays, s.doneToday, s.doneThisWeek], [1, 4, 2, 4]);
  });

  it('ignores and reports stamps in the future and invalid dates', () => {
    const s = computeStreak(['2026-11-21', '2026-11-22', '2027-01-01', '2027-01-01', '2026-02-30'], today);
    assert.deepStrictEqual([s.current, s.activeDays], [1, 1]);
    assert.deepStrictEqual(s.futureDates, ['2026-11-22', '2027-01-01']);
  });

  it('is all zero for an empty workspace', () => {
    const s = computeStreak([], today);
    assert.deepStrictEqual([s.current, s.longest, s.activeDays, s.doneToday, s.doneThisWeek, s.futureDates.length], [0, 0, 0, 0, 0, 0]);
  });

  it('handles 10,000 stamps (a long unbroken streak) correctly', () => {
    const dates = Array.from({ length: 10_000 }, (_, i) => addDays(today, -i));
    const s = computeStreak(dates, today);
    assert.deepStrictEqual([s.current, s.longest, s.activeDays], [10_000, 10_000, 10_000]);
  });

  it('is not moved by daylight saving changes (date arithmetic never uses local time)', () => {
    // Europe's 2026 switch back is on 25 October, the US one on 1 November.
    const s = computeStreak(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-31', '2026-11-01', '2026-11-02'], '2026-11-02');
    assert.deepStrictEqual([s.current, s.longest], [3, 3]);
  });
});

describe('computeStreak agrees with the plain definition', () => {
  /** The definition, written the obvious way: a set of valid dates up to today, walked a day at a time. */
  function reference(dates: string[], today: string) {
    const valid = dates.filter((d) => isValidIsoDate(d));
    const past = new Set(valid.filter((d) => d <= today));
    let current = 0;
    for (let d = past.has(today) ? today : addDays(today, -1); past.has(d); d = addDays(d, -1)) current++;
    let longest = 0;
    for (const d of past) {
      let run = 0;
      for (let x = d; past.has(x); x = addDays(x, -1)) run++;
      longest = Math.max(longest, run);
    }
    const monday = weekStart(today);
    return {
      current,
      longest,
      activeDays: past.size,
      doneToday: valid.filter((d) => d === today).length,
      doneThisWeek: valid.filter((d) => d >= monday && d <= today).length,
      futureDates: [...new Set(valid.filter((d) => d > today))].sort(),
    };
  }

  it('on generated stamps: duplicates, gaps, invalid and future dates, before 1970', () => {
    const date = fc.oneof(
      fc.integer({ min: -40, max: 5 }).map((offset) => addDays('2026-11-21', offset)),
      fc.constantFrom('2026-02-30', '1969-12-31', '1970-01-01', '0001-01-01', '9999-12-31', '2026-11-21'),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), (dates) => {
        const s = computeStreak(dates, '2026-11-21');
        const { current, longest, activeDays, doneToday, doneThisWeek, futureDates } = s;
        assert.deepStrictEqual({ current, longest, activeDays, doneToday, doneThisWeek, futureDates }, reference(dates, '2026-11-21'));
        for (const d of dates) assert.strictEqual(s.countOn(d), d <= '2026-11-21' && isValidIsoDate(d) ? dates.filter((x) => x === d).length : 0);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('the packed sort and the map agree on distinct dates and counts (the map takes over past two million stamps)', () => {
    const date = fc.oneof(fc.integer({ min: -3000, max: 3000 }).map((offset) => addDays('2026-11-21', offset)), fc.constantFrom('2026-02-30', 'x', '0001-01-01'));
    fc.assert(fc.property(fc.array(date, { maxLength: 80 }), (dates) => assert.deepStrictEqual(stampDaysOf(dates), stampDaysByMap(dates))), { seed: 3, numRuns: 300 });
    // In order (most plans' stamps: then nothing is sorted), and in order with sessions after the stamps.
    const sorted = fc.array(date, { maxLength: 80 }).map((dates) => [...dates].sort());
    fc.assert(fc.property(sorted, sorted, (stamps, sessions) => assert.deepStrictEqual(stampDaysOf(stamps, sessions), stampDaysByMap(stamps, sessions))), { seed: 4, numRuns: 300 });
  });

  it('validDayNumber is dayNumber for a real date and NaN for anything else', () => {
    const text = fc.oneof(
      fc.integer({ min: -800_000, max: 2_900_000 }).map((day) => isoFromDayNumber(day)),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ maxLength: 11 }),
      fc.constantFrom('2026-1-05', '2026-01-5x', '2026/01/05', '+02026-01-0', '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29'),
    );
    fc.assert(
      fc.property(text, (iso) => {
        const day = validDayNumber(iso);
        if (isValidIsoDate(iso)) assert.strictEqual(day, dayNumber(iso), iso);
        else assert.ok(Number.isNaN(day), iso);
      }),
      { seed: 6, numRuns: 3000 },
    );
  });

  it('the plans\' streak equals the streak of all their stamps', () => {
    const plans = [parse('### Day 1 \u2705 2026-11-20\n- [x] a \u2705 2026-11-21', 'file:///a.md'), parse('### Day 2 \u2705 2026-11-19\n### Day 3 \u2705 2026-11-21', 'file:///b.md')];
    const { current, doneToday, activeDays } = planStreak(plans, '2026-11-21');
    assert.deepStrictEqual([current, doneToday, activeDays], [3, 2, 3]);
  });
});

describe('today from a clock in different time zones', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('uses the local calendar date of the clock', () => {
    const instant = new Date(Date.UTC(2026, 10, 21, 11, 30)); // 11:30 UTC
    process.env.TZ = 'Pacific/Auckland';
    assert.strictEqual(localIsoDate(instant), '2026-11-22');
    process.env.TZ = 'America/Los_Angeles';
    assert.strictEqual(localIsoDate(instant), '2026-11-21');
    process.env.TZ = 'Pacific/Honolulu';
    assert.strictEqual(localIsoDate(new Date(Date.UTC(2026, 10, 21, 9, 0))), '2026-11-20');
  });
});

describe('calendar helpers', () => {
  it('weeks start on Monday', () => {
    assert.strictEqual(weekStart('2026-11-21'), '2026-11-16');
    assert.strictEqual(weekStart('2026-11-16'), '2026-11-16');
    assert.strictEqual(weekStart('2026-11-22'), '2026-11-16');
  });

  it('lays out the last weeks, Monday first, with no cells after today', () => {
    const weeks = activityWeeks(computeStreak(['2026-11-20', '2026-11-20', '2026-11-09'], '2026-11-21').countOn, '2026-11-21', 2);
    assert.deepStrictEqual(weeks.map((w) => w.start), ['2026-11-09', '2026-11-16']);
    assert.deepStrictEqual(weeks[0].days, [1, 0, 0, 0, 0, 0, 0]);
    assert.deepStrictEqual(weeks[1].days, [0, 0, 0, 0, 2, 0, null]);
  });
});

describe('active plan and current day', () => {
  const early = parse(lines('# Days 1-30', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3'), 'file:///ws/a.md');
  const later = parse(lines('# Days 31-60', '### Day 31', '- [x] t \u2705 2026-11-20', '- [ ] u', '### Day 32'), 'file:///ws/b.md');
  const fresh = parse(lines('### Day 61', '### Day 62'), 'file:///ws/c.md');
  const tracker = parse(lines('## Goals', '- [x] g \u2705 2026-11-21'), 'file:///ws/t.md');

  it('is the plan with the most recent stamp', () => {
    assert.strictEqual(chooseActivePlan([early, later, fresh, tracker], '2026-11-21')?.uri, 'file:///ws/b.md');
  });

  it('without any stamps, is the earliest unfinished part of the program; a tie never goes by path', () => {
    const a = parse('### Day 5', 'file:///ws/z.md');
    const b = parse('### Day 5', 'file:///ws/y.md');
    const c = parse('### Day 2', 'file:///ws/x-last.md');
    assert.strictEqual(chooseActivePlan([a, b, c], '2026-11-21')?.uri, 'file:///ws/x-last.md');
    // A tie: the plan open in the editor wins, then the bigger plan, then the title (here the stems).
    assert.strictEqual(chooseActive([a, b], '2026-11-21', undefined, { editorUri: 'file:///ws/z.md' })?.plan.uri, 'file:///ws/z.md');
    const bigger = parse(lines('### Day 5', '### Day 6'), 'file:///ws/a-first-by-path.md');
    const labNote = parse(lines('# Day 5 notes', '### Day 5'), 'file:///ws/0-labs/notes.md');
    const choice = chooseActive([labNote, bigger], '2026-11-21');
    assert.strictEqual(choice?.plan.uri, 'file:///ws/a-first-by-path.md', 'the bigger plan, not the path that sorts first');
    assert.deepStrictEqual(choice?.reason.kind === 'earliest' && choice.reason.tiedWith.map((p) => p.uri), ['file:///ws/0-labs/notes.md']);
  });

  it('without dated activity, a plan begun (a bare ✅, a task checked with no date) comes before one not begun', () => {
    // A learner's: sql.md had Day 1 marked `✅` in its table; rust.md, bigger and untouched, was picked "as nothing done yet".
    const sql = parse(lines('| Day | Topic | Done |', '|---|---|---|', '| 1 | SELECT | \u2705 |', '| 2 | WHERE | |', '| 3 | JOIN | |'), 'file:///ws/sql.md');
    const rust = parse(lines('### Day 1', '### Day 2', '### Day 3', '### Day 4'), 'file:///ws/rust.md');
    assert.deepStrictEqual(chooseActive([rust, sql], '2026-11-27'), { plan: sql, reason: { kind: 'begun', tiedWith: [] } });
    const ticked = parse(lines('### Day 1', '- [x] read', '- [ ] drill', '### Day 2'), 'file:///ws/ticked.md');
    assert.deepStrictEqual(chooseActive([rust, ticked], '2026-11-27')?.plan.uri, 'file:///ws/ticked.md');
    // Dated activity still comes first; with nothing begun the earliest part of the program does.
    assert.strictEqual(chooseActive([sql, parse(lines('### Day 1 \u2705 2026-11-20', '### Day 2'), 'file:///ws/dated.md')], '2026-11-27')?.plan.uri, 'file:///ws/dated.md');
    assert.strictEqual(chooseActive([rust], '2026-11-27')?.reason.kind, 'earliest');
  });

  it('without dated activity, a plan whose dates run through today comes before one begun (a travel note\'s ticked box took Day 1 of a plan due that day)', () => {
    const trip = parse(lines('# Japan trip', '## Days 1-5: Tokyo', '### Day 1 - Arrival', 'Landed.', '### Day 2 - Asakusa', '- [x] Senso-ji', '- [ ] Skytree'), 'file:///ws/trips/japan.md');
    const go = parse(lines('---', 'start: 2026-03-02', '---', '# Days 1-3: Go', '### Day 1 - Toolchain', '- [ ] install', '### Day 2', '### Day 3'), 'file:///ws/study/go.md');
    assert.deepStrictEqual(chooseActive([trip, go], '2026-03-02'), { plan: go, reason: { kind: 'scheduled', start: '2026-03-02', tiedWith: [] } });
    assert.deepStrictEqual(summarizeToday([trip, go], { today: '2026-03-03' }).currentDay?.title, 'Day 1 - Toolchain');
    // Not before its start, nor after its end (a trip dated in the past): the rule before holds.
    assert.deepStrictEqual(chooseActive([trip, go], '2026-03-01')?.reason.kind, 'begun');
    assert.deepStrictEqual(chooseActive([trip, go], '2026-03-05')?.plan.uri, 'file:///ws/trips/japan.md');
    const pastTrip = parse(lines('### Day 1 - Arrival (2025-04-01)', '- [x] a', '### Day 2 - Kyoto (2025-04-02)'), 'file:///ws/trips/past.md');
    assert.deepStrictEqual(chooseActive([pastTrip, go], '2026-03-02')?.plan, go);
    // Of two running, the one begun; a start in settings schedules a plan as its front matter does.
    const begunGo = parse(lines('---', 'start: 2026-02-20', '---', '### Day 1', '- [x] a', '### Day 2', '### Day 3', '### Day 4', '### Day 5', '### Day 6', '### Day 7', '### Day 8', '### Day 9', '### Day 10', '### Day 11', '### Day 12'), 'file:///ws/rust.md');
    // The same each day, whichever is due (it moved between them from one day to the next: a review's).
    for (const day of ['2026-03-02', '2026-03-03']) assert.deepStrictEqual(chooseActive([go, begunGo], day)?.plan, begunGo, day);
    const unscheduled = parse(lines('### Day 1', '### Day 2'), 'file:///ws/z.md');
    const summary = summarizeToday([trip, unscheduled], { today: '2026-03-02', configuredStart: (p) => (p.uri === 'file:///ws/z.md' ? '2026-03-01' : null) });
    assert.strictEqual(summary.activePlan, unscheduled);
  });

  it('orders the shared plans by where they start in the program: Days 31-60, then Month 3 (day 61), then Days 121-150', () => {
    const plans = fixtureNames.map((name) => parse(readFixture(name), `file:///ws/${name}`));
    assert.deepStrictEqual(plans.map((p) => programStart(p)), [31, 121, 1, 61]); // the tracker (`### Week 1-2`) has no days to study
    const summary = summarizeToday(plans, { today: '2026-11-23' });
    assert.strictEqual(summary.activePlan?.uri, 'file:///ws/days-031-060-lakehouse-for-ai.md');
    assert.strictEqual(summary.currentDay?.number, 31);
    // The plan that comes next is named with it (Month 3, day 61: a trial read "from day 31" beside its Day 1).
    assert.deepStrictEqual(summary.activeReason, { kind: 'earliest', startDay: 31, tiedWith: [], next: { uri: 'file:///ws/month-3-batch-etl.md', startDay: 61, heading: readFixture('month-3-batch-etl.md').split('\n')[0].slice(2) } });
    // Activity anywhere wins over the program order.
    const month = readFixture('month-3-batch-etl.md').replace('### Day 1\n', '### Day 1 \u2705 2026-11-20\n');
    const withActivity = [plans[0], plans[1], plans[2], parse(month, 'file:///ws/month-3-batch-etl.md')];
    const active = summarizeToday(withActivity, { today: '2026-11-23' });
    assert.strictEqual(active.activePlan?.uri, 'file:///ws/month-3-batch-etl.md');
    assert.deepStrictEqual(active.activeReason, { kind: 'activity', date: '2026-11-20' });
  });

  it('between plans last active on the same date, the first in program order; with no plan, none', () => {
    const first = parse(lines('# Days 1-30', '### Day 1 \u2705 2026-11-20', '### Day 2'), 'file:///ws/z-first.md');
    const second = parse(lines('# Days 31-60', '### Day 31 \u2705 2026-11-20', '### Day 32'), 'file:///ws/a-second.md');
    assert.deepStrictEqual(chooseActive([second, first], '2026-11-21'), { plan: first, reason: { kind: 'activity', date: '2026-11-20' } });
    assert.strictEqual(chooseActivePlan([], '2026-11-21'), undefined);
  });

  it('finds a plan\'s latest stamp, up to any date when none is given', () => {
    const plan = parse(lines('### Day 1 \u2705 2026-11-01', '### Day 2 \u2705 2030-01-01'), 'file:///ws/s.md');
    assert.deepStrictEqual([latestStamp(plan), latestStamp(plan, '2026-11-21'), latestStamp(plan, '2026-10-01')], ['2030-01-01', '2026-11-01', null]);
  });

  it('follows the user\'s choice, and ignores stamps after today', () => {
    assert.strictEqual(chooseActivePlan([early, later, fresh], '2026-11-21', 'file:///ws/c.md')?.uri, 'file:///ws/c.md');
    assert.strictEqual(chooseActivePlan([early, later], '2026-11-10')?.uri, 'file:///ws/a.md');
  });

  it('makes the first day not done the current day; a finished plan has none and offers the next', () => {
    assert.strictEqual(currentDayOf(early)?.number, 2);
    assert.strictEqual(currentDayOf(later)?.number, 31);
    const finished = parse(lines('### Day 1 \u2705', '### Day 2 \u2705'), 'file:///ws/0.md');
    assert.strictEqual(currentDayOf(finished), undefined);
    assert.strictEqual(nextPlan([finished, early, later], finished)?.uri, 'file:///ws/a.md');
    const summary = summarizeToday([finished], { today: '2026-11-21', chosenPlanUri: 'file:///ws/0.md' });
    assert.deepStrictEqual([summary.planFinished, summary.currentDay], [true, undefined]);
  });

  it('in a journal of dated days, is the open day dated today (or the next dated one), not the oldest left open', () => {
    // A learner's `done journal.md today` marked Monday's section on a Friday.
    const journal = parse(lines('# Journal', '## 2026-11-23 Monday', '- [ ] podcast', '## 2026-11-25', '- [ ] grammar', '## 2026-11-27 Friday', '- [ ] text', '## 2026-11-30', '- [ ] chapter'));
    const title = (today?: string): string | undefined => currentDayOf(journal, today)?.title;
    assert.deepStrictEqual([title('2026-11-27'), title('2026-11-28'), title('2026-11-23'), title('2026-12-05'), title()], ['2026-11-27 Friday', '2026-11-30', '2026-11-23 Monday', '2026-11-23 Monday', '2026-11-23 Monday']);
    assert.strictEqual(summarizeToday([journal], { today: '2026-11-27' }).currentDay?.title, '2026-11-27 Friday');
    const todayDone = parse(lines('## 2026-11-23', '- [ ] a', '## 2026-11-27 \u2705 2026-11-27', '## 2026-11-30', '- [ ] c'));
    assert.strictEqual(currentDayOf(todayDone, '2026-11-27')?.title, '2026-11-30', 'today\'s done: the next dated day');
    // A week's journal by weekday: today's section, or the next open one (Friday 2026-11-27 marked Montag).
    const week = parse(lines('# Woche', '## Montag', '- [ ] a', '## Mittwoch', '- [ ] b', '## Freitag', '- [ ] c', '## Samstag', '- [ ] d'));
    assert.deepStrictEqual([currentDayOf(week, '2026-11-27')?.title, currentDayOf(week, '2026-11-26')?.title, currentDayOf(week, '2026-11-29')?.title], ['Freitag', 'Freitag', 'Montag']);
    // A date names its weekday's section (Friday 2026-11-27 is Freitag; Sunday has none).
    assert.deepStrictEqual([weekdaySectionOn(week, '2026-11-27')?.title, weekdaySectionOn(week, '2026-11-29')], ['Freitag', undefined]);
    assert.deepStrictEqual(daysMatching(week, { kind: 'date', date: '2026-11-25' }).map((day) => day.title), ['Mittwoch']);
    // Sections done on dates say when the week is: a date a week or more from them names none (next Monday named
    // this week's); a section done a day early (Sunday) still dates the week after it.
    const doneWeek = parse(lines('# Woche', '## Montag', '- [x] a \u2705 2026-11-23', '## Mittwoch', '- [ ] b', '## Freitag', '- [ ] c'));
    assert.deepStrictEqual(['2026-11-25', '2026-11-27', '2026-11-30', '2026-11-16'].map((date) => weekdaySectionOn(doneWeek, date)?.title), ['Mittwoch', 'Freitag', undefined, undefined]);
    const early = parse(lines('# Woche', '## Montag', '- [x] a \u2705 2026-11-22', '## Mittwoch', '- [ ] b', '## Freitag', '- [ ] c'));
    assert.deepStrictEqual(['2026-11-25', '2026-11-27'].map((date) => weekdaySectionOn(early, date)?.title), ['Mittwoch', 'Freitag']);
    assert.deepStrictEqual(daysMatching(doneWeek, { kind: 'date', date: '2026-11-30' }), [], 'show j.md 2026-11-30: no day');
    const mixed = parse(lines('### Day 1', '- [ ] a', '### Day 2', '- [ ] b', '### Friday Review', '- [ ] c'));
    assert.deepStrictEqual(mixed.days.map((d) => d.weekday), [null, null, 5], 'not vacuous: the third day is headed by Friday');
    assert.strictEqual(weekdaySectionOn(mixed, '2026-11-20'), undefined, 'numbered days with one weekday among them are a sequence');
    // Weekdays that repeat (two weeks of them) are a sequence.
    const twoWeeks = parse(lines('## Week 1', '### Monday', '- [ ] a', '### Friday', '- [ ] b', '## Week 2', '### Monday', '- [ ] c'));
    assert.strictEqual(currentDayOf(twoWeeks, '2026-11-27')?.line, 1);
    assert.strictEqual(weekdaySectionOn(twoWeeks, '2026-11-27'), undefined, 'no section of its own: which Friday is not said');
    // Numbered days are a sequence: the first open one, whatever the date, also when their headings date them.
    const numbered = parse(lines('### Day 1', '- [ ] a', '### Day 2', '- [ ] b'));
    assert.strictEqual(currentDayOf(numbered, '2026-11-27')?.title, 'Day 1');
    const datedSteps = parse(lines('## Day 1 \u2014 2026-11-23', '- [ ] a', '## Day 2 \u2014 2026-11-27', '- [ ] b'));
    assert.deepStrictEqual([datedSteps.days[0].date, currentDayOf(datedSteps, '2026-11-27')?.number], ['2026-11-23', 1]);
  });
});

describe('schedule', () => {
  it('reads start from YAML front matter and dates each day by its index', () => {
    const plan = parse(lines('---', 'title: Lakehouse', 'start: 2026-11-01', '---', '### Day 31', '### Day 32 \u2705', '### Day 33'));
    const schedule = scheduleFor(plan, null)!;
    assert.strictEqual(schedule.start, '2026-11-01');
    assert.deepStrictEqual(plan.days.map((_, i) => schedule.dateOf(i)), ['2026-11-01', '2026-11-02', '2026-11-03']);
    assert.strictEqual(schedule.behind(plan.days[0], '2026-11-03'), 1, 'on Nov 3 the learner should be on index 2, and Day 32 is done early: one day missed');
    assert.strictEqual(schedule.behind(plan.days[0], '2026-11-04'), 2);
    assert.strictEqual(schedule.behind(plan.days[2], '2026-11-01'), -1, "one day ahead: Nov 2's day is done (Nov 1's is today's)");
    assert.strictEqual(schedule.behind(plan.days[2], '2026-10-31'), -2, 'two days ahead');
  });

  it('falls back to the configured start, and ignores front matter that is not YAML or not a date', () => {
    const plan = parse(lines('---', 'start: [unclosed', '---', '### Day 1'));
    assert.strictEqual(scheduleFor(plan, null), null);
    assert.strictEqual(scheduleFor(plan, '2026-11-10')?.start, '2026-11-10');
    assert.strictEqual(scheduleFor(parse(lines('---', 'start: soon', '---', '### Day 1')), 'bad'), null);
  });
});

describe('dayNumber', () => {
  it('agrees with Date.UTC across four centuries, leap days included', () => {
    for (let day = -40_000; day < 110_000; day += 37) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      assert.strictEqual(dayNumber(iso), day, iso);
    }
    assert.strictEqual(dayNumber('2000-02-29') + 1, dayNumber('2000-03-01'));
    assert.strictEqual(dayNumber('1900-02-28') + 1, dayNumber('1900-03-01'));
  });
});

describe('summarizeToday: the other days planned for today', () => {
  // A spread put Day 2 and Day 3 on 2026-11-04 (Day 3 carries the date; Day 2 follows Day 1's).
  const plan = parse(lines('---', 'start: 2026-11-03', '---', '# Plan', '### Day 1 \u2705 2026-11-03', '### Day 2', '### Day 3 \u{1F4C5} 2026-11-04', '### Day 4', ''), 'file:///ws/spread.md');

  it('names them when the current day is today\'s own', () => {
    const summary = summarizeToday([plan], { today: '2026-11-04' });
    assert.strictEqual(summary.currentDay?.title, 'Day 2');
    assert.deepStrictEqual(summary.alsoToday.map((day) => day.title), ['Day 3']);
  });

  it('names none when the current day is behind (today\'s days are not today\'s work yet) or none shares its date', () => {
    assert.deepStrictEqual(summarizeToday([plan], { today: '2026-11-05' }).alsoToday, []);
    const done = parse(lines('---', 'start: 2026-11-03', '---', '### Day 1 \u2705 2026-11-03', '### Day 2 \u2705 2026-11-04', '### Day 3 \u{1F4C5} 2026-11-04', '### Day 4', ''));
    assert.deepStrictEqual(summarizeToday([done], { today: '2026-11-04' }).alsoToday.map((day) => day.title), [], 'Day 3 is the current day itself');
    const skipped = parse(lines('---', 'start: 2026-11-03', '---', '### Day 1 \u2705 2026-11-03', '### Day 2', '### Day 3 \u{1F4C5} 2026-11-04 \u23ED 2026-11-04', '### Day 4', ''));
    assert.deepStrictEqual(summarizeToday([skipped], { today: '2026-11-04' }).alsoToday, [], 'a skipped day is not today\'s work');
  });
});

describe('notStartedUntil: a plan before its start', () => {
  const plan = (text: string) => parse(`---\nstart: 2026-11-25\n---\n# P\n${text}`);
  const cases: Array<[string, string, string | null, string | null]> = [
    ['nothing done, its day later', '### Day 1\n- [ ] a\n', '2026-11-25', '2026-11-25'],
    ['its day today', '### Day 1\n- [ ] a\n', '2026-11-21', null],
    ['a day done early', '### Day 1 \u2705 2026-11-20\n### Day 2\n', '2026-11-26', null],
    ['a task checked early', '### Day 1\n- [x] a\n- [ ] b\n', '2026-11-25', null],
    ['no date for its day (undated, no start)', '### Day 1\n', null, null],
  ];
  for (const [name, text, planned, expected] of cases) {
    it(name, () => assert.strictEqual(notStartedUntil(plan(text), planned, '2026-11-21'), expected));
  }
});
