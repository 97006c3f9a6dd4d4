import * as assert from 'assert';
import fc from 'fast-check';
import { addDays, computeStreak, dayNumber, isValidIsoDate, planStreak, RestDays, summarizeToday, weekdayOf } from '../../../src/core';
import { stampDaysByMap, stampDaysOf } from '../../../src/core/today/streak';
import { lines, parse } from '../helpers';

const TODAY = '2026-11-21'; // a Saturday
const weekend = new RestDays([6, 7]);

describe('streak with rest days and pauses', () => {
  it('a weekend of rest neither breaks the streak nor counts in it', () => {
    // Thu 19, Fri 20 studied; Sat 21 (today) and Sun are rest.
    const s = computeStreak(['2026-11-19', '2026-11-20'], TODAY, weekend);
    assert.deepStrictEqual([s.current, s.restToday, s.restDays], [2, true, ['2026-11-21']]);
    // Mon 23: Fri studied, the weekend passed over, nothing yet on Monday: alive until midnight.
    const monday = computeStreak(['2026-11-19', '2026-11-20'], '2026-11-23', weekend);
    assert.deepStrictEqual([monday.current, monday.restToday, monday.restDays], [2, false, ['2026-11-21', '2026-11-22']]);
    // Tue 24 with nothing on Monday: broken.
    assert.strictEqual(computeStreak(['2026-11-19', '2026-11-20'], '2026-11-24', weekend).current, 0);
  });

  it('a rest day studied counts, as any day (a learner\'s Sunday session earned nothing); one not studied is passed over', () => {
    const s = computeStreak(['2026-11-20', '2026-11-21'], TODAY, weekend);
    assert.deepStrictEqual([s.current, s.activeToday, s.doneToday, s.activeDays, s.restDays], [2, true, 1, 2, []]);
    // Fri 20, Sat 21 studied, Sun 22 rested, Mon 23 studied: four days, one rest day passed over.
    const monday = computeStreak(['2026-11-20', '2026-11-21', '2026-11-23'], '2026-11-23', weekend);
    assert.deepStrictEqual([monday.current, monday.longest, monday.restDays], [3, 3, ['2026-11-22']]);
  });

  it('the longest streak does not change with the active plan\'s rest weekdays (a learner\'s longest went 7, 6, 7)', () => {
    // a rests on Sundays, b on weekends; Fri 6, Sat 7 (a), Mon 9 (a and b), Tue 10 (b).
    const a = parse(lines('---', 'rest: [sun]', '---', '### Day 1 \u2705 2026-11-06', '### Day 2 \u2705 2026-11-07', '### Day 3 \u2705 2026-11-09', '### Day 4'), 'file:///ws/a.md');
    const b = parse(lines('---', 'rest: [sat, sun]', '---', '### Day 1 \u2705 2026-11-09', '### Day 2 \u2705 2026-11-10', '### Day 3'), 'file:///ws/b.md');
    for (const chosenPlanUri of [a.uri, b.uri]) {
      const { streak } = summarizeToday([a, b], { today: '2026-11-10', chosenPlanUri });
      assert.deepStrictEqual([streak.current, streak.longest], [4, 4], chosenPlanUri);
    }
  });

  it('a pause keeps the streak over a day that is not a weekly rest day', () => {
    const paused = new RestDays([], Int32Array.from([dayNumber('2026-11-19')]));
    assert.strictEqual(computeStreak(['2026-11-18', '2026-11-20'], TODAY, paused).current, 2);
    assert.strictEqual(computeStreak(['2026-11-18', '2026-11-20'], TODAY).current, 1, 'without the pause the gap breaks it');
  });

  it('reads pauses from any plan and rest days from the active plan (else the setting)', () => {
    const a = parse(lines('---', 'rest: [sun]', '---', '### Day 1 \u2705 2026-11-14', '### Day 2 \u2705 2026-11-16', '### Day 3'), 'file:///ws/a.md');
    const b = parse(lines('# Notes', '- \u23F8 2026-11-17..2026-11-20', '- [ ] x'), 'file:///ws/b.md');
    // Sat 14, (Sun 15 rest), Mon 16, (Tue 17 - Fri 20 paused), today Sat 21 nothing yet.
    const summary = summarizeToday([a, b], { today: TODAY });
    assert.deepStrictEqual([summary.streak.current, summary.streak.restDays.length], [2, 5]);
    const withSetting = summarizeToday([a.frontMatter ? parse(lines('### Day 1 \u2705 2026-11-14', '### Day 2 \u2705 2026-11-16', '### Day 3'), 'file:///ws/a.md') : a, b], { today: TODAY, configuredRest: () => [7] });
    assert.strictEqual(withSetting.streak.current, 2);
    assert.strictEqual(summarizeToday([b, parse(lines('### Day 1 \u2705 2026-11-14', '### Day 2 \u2705 2026-11-16', '### Day 3'), 'file:///ws/c.md')], { today: TODAY }).streak.current, 1);
  });

  it('a logged study session is a day of activity, with no stamp to count', () => {
    const plan = parse(lines('### Day 1 \u2705 2026-11-19', '- \u23F1 2026-11-20 (30 min)', '### Day 2', '- \u23F1 2026-11-21 19:00-19:45 (45 min)'));
    const s = planStreak([plan], TODAY);
    assert.deepStrictEqual([s.current, s.activeToday, s.doneToday, s.countOn('2026-11-20'), s.activeOn('2026-11-20')], [3, true, 0, 0, true]);
  });

  it('the packed sort and the map agree with activity-only dates too', () => {
    const date = fc.oneof(fc.integer({ min: -300, max: 300 }).map((o) => addDays(TODAY, o)), fc.constantFrom('2026-02-30', 'x'));
    fc.assert(fc.property(fc.array(date, { maxLength: 40 }), fc.array(date, { maxLength: 20 }), (stamps, sessions) => {
      assert.deepStrictEqual(stampDaysOf(stamps, sessions), stampDaysByMap(stamps, sessions));
    }), { seed: 8, numRuns: 300 });
  });
});

describe('the rested streak agrees with the plain definition', () => {
  /**
   * The definition, the obvious way: walk day by day; a day with activity counts (a rest day too), a rest day
   * without it is passed over, a study day without it breaks the streak.
   */
  function reference(dates: string[], today: string, restWeekdays: number[], pauses: string[]) {
    const rest = (d: string): boolean => (restWeekdays.length < 7 && restWeekdays.includes(weekdayOf(dayNumber(d)))) || pauses.includes(d);
    const active = new Set(dates.filter((d) => isValidIsoDate(d) && d <= today));
    let current = 0;
    // Today holds the streak until midnight: counted when studied, else passed over.
    for (let d = today, guard = 0; guard < 2000; guard++, d = addDays(d, -1)) {
      if (active.has(d)) current++;
      else if (!rest(d) && d !== today) break;
    }
    // Longest: over the span of the dates, the runs of active days with only rest days between.
    let longest = 0;
    let run = 0;
    const sorted = [...active].sort();
    if (sorted.length) {
      for (let x = sorted[0]; x <= today; x = addDays(x, 1)) {
        if (active.has(x)) run++;
        else if (!rest(x)) run = 0;
        longest = Math.max(longest, run);
      }
    }
    return { current, longest, restToday: rest(today) };
  }

  it('on generated stamps, weekly rest days and pauses', () => {
    const offset = fc.integer({ min: -45, max: 3 });
    fc.assert(fc.property(
      fc.array(offset, { maxLength: 50 }),
      fc.subarray([1, 2, 3, 4, 5, 6, 7]),
      fc.array(fc.integer({ min: -45, max: 3 }), { maxLength: 6 }),
      (offsets, weekdays, pauseOffsets) => {
        const dates = offsets.map((o) => addDays(TODAY, o));
        const pauses = pauseOffsets.map((o) => addDays(TODAY, o));
        const rest = new RestDays(weekdays, Int32Array.from(new Set(pauses.map(dayNumber))).sort());
        const s = computeStreak(dates, TODAY, rest);
        assert.deepStrictEqual({ current: s.current, longest: s.longest, restToday: s.restToday }, reference(dates, TODAY, weekdays, pauses));
        // The rest days listed are rest days, inside the current streak.
        for (const day of s.restDays) assert.ok(rest.isRestDate(day) && day <= TODAY);
      },
    ), { seed: 11, numRuns: 600 });
  });

  it('without rest days it is the streak it always was (the fast path)', () => {
    const offset = fc.integer({ min: -40, max: 2 });
    fc.assert(fc.property(fc.array(offset, { maxLength: 40 }), (offsets) => {
      const dates = offsets.map((o) => addDays(TODAY, o));
      const plain = computeStreak(dates, TODAY);
      const emptyRest = computeStreak(dates, TODAY, new RestDays([], new Int32Array(0)));
      assert.deepStrictEqual([plain.current, plain.longest], [emptyRest.current, emptyRest.longest]);
      assert.deepStrictEqual(plain.restDays, []);
    }), { seed: 12, numRuns: 200 });
  });

  it('counts a streak of 10,000 study days over weekends of rest', () => {
    const dates: string[] = [];
    for (let i = 0; i < 14_000; i++) {
      const date = addDays(TODAY, -i);
      if (!weekend.isRestDate(date)) dates.push(date);
    }
    const s = computeStreak(dates, TODAY, weekend);
    assert.deepStrictEqual([s.current, s.longest], [dates.length, dates.length]);
  });
});
