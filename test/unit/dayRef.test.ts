import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describeDaySpec, lookupDay, parseDaySpec, type DaySpec } from '../../src/core';
import { runCli } from '../../src/cli/main';
import { lines, parse } from './helpers';
import { tempDir } from './tempDir';

const TWO_WEEKS = lines('# Plan A', '## Week 1', '### Day 1', '- [ ] a', '### Day 2', '## Week 2', '### Day 1', '- [ ] b', '');
const JOURNAL = lines('---', 'start: 2026-11-02', '---', '# Journal', '## Monday: Fresh Start', 'text', '## Tuesday', '## 2026-11-21', '- [ ] dated', '## Monday: Again', '');

describe('DAY forms: a number, line:N, a weekday, an ISO date', () => {
  const table: [string, DaySpec | null][] = [
    ['31', { kind: 'number', number: 31 }],
    ['0', { kind: 'number', number: 0 }],
    ['line:7', { kind: 'line', line: 7 }],
    ['LINE:7', { kind: 'line', line: 7 }],
    ['monday', { kind: 'weekday', weekday: 0 }],
    ['Sun', { kind: 'weekday', weekday: 6 }],
    ['thurs', { kind: 'weekday', weekday: 3 }],
    ['2026-11-21', { kind: 'date', date: '2026-11-21' }],
    ['2026-02-30', null],
    ['line:0', null],
    ['mo', { kind: 'weekday', weekday: 0 }], // German's two letters (an English prefix needs three)
    ['tu', null],
    ['day', null],
    ['-1', null],
    ['3.5', null],
    ['', null],
    // A day as the plan's language heads it (a learner's `Tag 2` was refused); the word and number alone.
    ['Tag 2', { kind: 'number', number: 2 }],
    ['día 5', { kind: 'number', number: 5 }],
    ['День 4', { kind: 'number', number: 4 }],
    ['\u7b2c3\u5929', { kind: 'number', number: 3 }],
    // As headings write them (a learner pasted `第 3 天` from a heading and was refused).
    ['\u7b2c 3 \u5929', { kind: 'number', number: 3 }],
    ['\u7b2c\u4e8c\u5929', { kind: 'number', number: 2 }],
    ['\u7b2c\u5341\u4e8c\u5929', { kind: 'number', number: 12 }],
    ['3. Tag', { kind: 'number', number: 3 }],
    ['3. Tag: Weiter', null],
    ['\u7b2c\u4e8c\u5929\uff1a\u5faa\u73af', null],
    ['Tag 2: Weiter', null],
    ['Day 3b', null],
    ['Day 3.', null],
    ['Tag 2x', null],
    ['Day 3-', null],
    ['Week 2', null],
    // A day of a week as its heading or row names it (a trial's `show c25k.md "Week 2, Day 1"` was a usage error).
    ['Week 2, Day 1', { kind: 'weekDay', week: 2, day: 1, written: 'Week 2, Day 1' }],
    ['week 2 day 1', { kind: 'weekDay', week: 2, day: 1, written: 'week 2 day 1' }],
    ['W2D1', { kind: 'weekDay', week: 2, day: 1, written: 'W2D1' }],
    ['R1D3', { kind: 'roundDay', round: 1, day: 3, written: 'R1D3' }],
    ['r2-d14', { kind: 'roundDay', round: 2, day: 14, written: 'r2-d14' }],
    ['Semana 1, D\u00eda 3', { kind: 'weekDay', week: 1, day: 3, written: 'Semana 1, D\u00eda 3' }],
    ['Week 2, Day 1 - Jog', null],
    ['Week 1 (Day 1-7)', null],
    // A weekday in a plan's language, as its journal heads days (`## Freitag`).
    ['freitag', { kind: 'weekday', weekday: 4 }],
    ['Viernes', { kind: 'weekday', weekday: 4 }],
    ['星期五', { kind: 'weekday', weekday: 4 }],
    ['freitagabend', null],
    ['Fr', { kind: 'weekday', weekday: 4 }], // German's abbreviation, alone as a DAY
    ['mo.', { kind: 'weekday', weekday: 0 }],
    // A date as a plan writes it, read one way only (a US learner's `show f.md 11/20/2026` was refused).
    ['11/20/2026', { kind: 'date', date: '2026-11-20' }],
    ['11/20/26', { kind: 'date', date: '2026-11-20' }],
    ['20.11.2026', { kind: 'date', date: '2026-11-20' }],
    ['Nov 20, 2026', { kind: 'date', date: '2026-11-20' }],
    ['11/05/2026', null], // reads two ways: the CLI says both
    ['3/4', null],
  ];
  for (const [text, spec] of table) it(`${JSON.stringify(text)} -> ${spec ? describeDaySpec(spec) : 'not a DAY'}`, () => assert.deepStrictEqual(parseDaySpec(text), spec));

  it('refuses a number that matches several days, listing each as line:N  title (with its module); days of numbered weeks by their week too', () => {
    const found = lookupDay(parse(TWO_WEEKS), { kind: 'number', number: 1 }, 'w.md');
    assert.deepStrictEqual(found, {
      ok: false,
      message: 'Day 1 matches 2 days in w.md; name one by its week (as Week 2, Day 1) or its line:',
      candidates: ['line:3  Day 1  (Week 1)', 'line:7  Day 1  (Week 2)'],
    });
    // Two tracks are no weeks: the line alone.
    const tracks = lookupDay(parse(lines('# Plan', '## Track A', '### Day 1', '## Track B', '### Day 1', '')), { kind: 'number', number: 1 }, 't.md');
    assert.strictEqual(!tracks.ok && tracks.message, 'Day 1 matches 2 days in t.md; name one by its line:');
  });

  it('reaches each of them by line:N, and says what a line inside a day is', () => {
    const plan = parse(TWO_WEEKS);
    const second = lookupDay(plan, { kind: 'line', line: 7 }, 'w.md');
    assert.ok(second.ok && second.day.line === 6);
    const inside = lookupDay(plan, { kind: 'line', line: 8 }, 'w.md');
    assert.deepStrictEqual(inside, { ok: false, message: 'line 8 of w.md is not a day; it is inside line:7  Day 1  (Week 2)', candidates: [] });
    // The days it has are said (a learner typed `done plan 1` on a Days 31-60 plan).
    assert.match((lookupDay(plan, { kind: 'number', number: 9 }, 'w.md') as { message: string }).message, /^w\.md has no Day 9 \(its days are numbered from 1 to 2\)$/);
    assert.strictEqual((lookupDay(parse(lines('# Plan', '### Day 2', '### Days 3-10', '### Day 11', '')), { kind: 'number', number: 1 }, 'r.md') as { message: string }).message, 'r.md has no Day 1 (its days are numbered from 2 to 11)');
    assert.strictEqual((lookupDay(parse(lines('### Monday', '- [ ] a', '')), { kind: 'number', number: 1 }, 'j.md') as { message: string }).message, 'j.md has no Day 1');
    assert.strictEqual((lookupDay(parse(lines('### Day 5', '')), { kind: 'number', number: 1 }, 'o.md') as { message: string }).message, 'o.md has no Day 1 (its only numbered day is Day 5)');
  });

  it('finds a day of a week by its name, in headings and in a table numbering its days again each week; the number alone lists them', () => {
    const table = parse('# C25K\n\n| Week | Day | Workout | Done |\n|---|---|---|---|\n| 1 | 1 | Walk | |\n| | 2 | Walk | |\n| 2 | 1 | Jog | |\n| | 2 | Jog | |\n');
    const found = lookupDay(table, parseDaySpec('Week 2, Day 1')!, 'c25k.md');
    assert.ok(found.ok && found.day.title === 'Week 2, Day 1: Jog', JSON.stringify(found));
    // `R1D3`, as `index` lists a #100DaysOfCode round's days (a trial's `done r.md R1D3` was a usage error).
    const rounds = parse('# 100 Days Of Code\n\n**R1D1** Started.\n\n**R1D2** Loops.\n\n**R2D1** Again.\n');
    const r2 = lookupDay(rounds, parseDaySpec('R2D1')!, 'r.md');
    assert.ok(r2.ok && r2.day.title.startsWith('R2D1'), JSON.stringify(r2));
    assert.deepStrictEqual(lookupDay(rounds, parseDaySpec('R3D1')!, 'r.md'), { ok: false, message: 'r.md has no day named R3D1', candidates: [] });
    const headings = parse('# Bootcamp\n## W1D1 - Intro\n## W1D2 - Loops\n## W2D1 - Arrays\n');
    const short = lookupDay(headings, parseDaySpec('w2d1')!, 'b.md');
    assert.ok(short.ok && short.day.title === 'W2D1 - Arrays');
    const long = lookupDay(parse(TWO_WEEKS.replace('### Day 1\n- [ ] b', '### Week 2, Day 1\n- [ ] b')), parseDaySpec('Week 2, Day 1')!, 'p.md');
    assert.ok(long.ok && long.day.title === 'Week 2, Day 1');
    assert.deepStrictEqual(lookupDay(table, parseDaySpec('Week 3, Day 1')!, 'c25k.md'), { ok: false, message: 'c25k.md has no day named Week 3, Day 1', candidates: [] });
    // `### Day 1` under `## Week 2`: the week is its module's (a trial's `show sql.md "Week 2, Day 1"` found nothing).
    const nested = parse(lines('# SQL', '## Week 1', '### Day 1 - Select', '### Day 2 - Where', '## Week 2: Windows', '### Day 1 - Over', '## Semana 3', '### Day 1 - Joins', ''));
    const titleOf = (text: string): string | false => { const day = lookupDay(nested, parseDaySpec(text)!, 's.md'); return day.ok && day.day.title; };
    assert.deepStrictEqual(['Week 2, Day 1', 'W2D1', 'week 1 day 2', 'Week 1, Day 1', 'Week 3, Day 1'].map(titleOf), ['Day 1 - Over', 'Day 1 - Over', 'Day 2 - Where', 'Day 1 - Select', 'Day 1 - Joins']);
    assert.deepStrictEqual(lookupDay(nested, parseDaySpec('Week 2, Day 2')!, 's.md'), { ok: false, message: 's.md has no day named Week 2, Day 2', candidates: [] });
    // Days numbered on through the weeks (Week 2 over Days 4-7): the week's Nth day by number, as a learner counts (a
    // trial's `done month-3.md "Week 2, Day 1"` meant Day 8); a range day holds two; both readings, both days to pick.
    const onward = parse(lines('# ETL', '## Week 1', '### Day 1 - a', '### Day 2 - b', '### Day 3 - c', '## Week 2', '### Day 4 - d', '### Days 5-6 - e', '### Day 7 - f', ''));
    const onwardTitleOf = (plan: ReturnType<typeof parse>, text: string): string | false => { const day = lookupDay(plan, parseDaySpec(text)!, 'm.md'); return day.ok && day.day.title; };
    const onwardTitle = (text: string): string | false => onwardTitleOf(onward, text);
    assert.deepStrictEqual(['Week 2, Day 1', 'W2D2', 'W2D3', 'W2D5', 'W2D9', 'W1D2'].map(onwardTitle), ['Day 4 - d', 'Days 5-6 - e', 'Days 5-6 - e', 'Days 5-6 - e', false, 'Day 2 - b']);
    const both = lookupDay(onward, parseDaySpec('W2D4')!, 'm.md');
    assert.ok(!both.ok && both.candidates.length === 2, JSON.stringify(both));
    // Not where the week's days are not all numbered, or do not go on from the week before (a review's wrong day).
    const opened = parse(lines('# RS', '## Week 1', '### Day 1 - a', '### Day 2 - b', '## Week 2', '### 2026-11-20 - Review', '### Day 3 - c', ''));
    assert.strictEqual(lookupDay(opened, parseDaySpec('W2D1')!, 'r.md').ok, false);
    // A section that is no day (`### Overview`) is no day of the week: Week 2's first day goes on from Week 1's.
    const overview = parse(lines('# RS', '## Week 1', '### Day 1 - a', '### Day 2 - b', '## Week 2', '### Overview', '### Day 3 - c', ''));
    assert.strictEqual(onwardTitleOf(overview, 'W2D1'), 'Day 3 - c');
    const gap = parse(lines('# G', '## Week 1', '### Day 1 - a', '## Week 2', '### Day 8 - h', ''));
    assert.strictEqual(lookupDay(gap, parseDaySpec('W2D1')!, 'g.md').ok, false);
    // Weeks hold sessions that hold days: the innermost week is the day's; a span of weeks is none.
    const sessions = parse(lines('# Course', '## Week 1', '### Session 1', '#### Day 1 - A', '## Week 2', '### Session 1', '#### Day 1 - B', '## Week 3-4', '### Day 1 - C', ''));
    const inSession = lookupDay(sessions, parseDaySpec('W2D1')!, 'c.md');
    assert.ok(inSession.ok && inSession.day.title === 'Day 1 - B', JSON.stringify(inSession));
    assert.strictEqual(lookupDay(sessions, parseDaySpec('W3D1')!, 'c.md').ok, false);
    // A day named by its own week is that week's only: `Week 1, Day 1 (recap)` under Week 2 is no Week 2, Day 1.
    const recap = parse(lines('# SQL', '## Week 2', '### Week 1, Day 1 (recap)', '### Day 1 - New', ''));
    const week2 = lookupDay(recap, parseDaySpec('Week 2, Day 1')!, 'r.md');
    assert.ok(week2.ok && week2.day.title === 'Day 1 - New', JSON.stringify(week2));
    // A number found in range days suggests no `Week 2, Day 4`, which would name none.
    const ranges = lookupDay(parse(lines('# Plan', '## Week 1', '### Day 1', '### Days 2-4: Review', '## Week 2', '### Day 1', '### Days 2-4: Review', '')), { kind: 'number', number: 4 }, 'g.md');
    assert.strictEqual(!ranges.ok && ranges.message, 'Day 4 matches 2 days in g.md; name one by its line:');
    // A day that names its own week is found by that name first.
    const own = parse(lines('# SQL', '## Week 1', '### Week 2, Day 1 - Early', '## Week 2', '### Day 1 - Over', ''));
    const early = lookupDay(own, parseDaySpec('Week 2, Day 1')!, 's.md');
    assert.ok(early.ok && early.day.title === 'Week 2, Day 1 - Early');
    assert.strictEqual(lookupDay(table, parseDaySpec('1')!, 'c25k.md').ok, false, 'Day 1 of which week: listed');
  });

  it('finds a number inside a range day (Day 4 of `### Days 3-4`), a day of its own number first', () => {
    const plan = parse(lines('# Plan', '### Day 1', '### Days 2-4: Review', '### Day 5', '### Days 6-7', '### Day 7', ''));
    const titleOf = (n: number): string | false => { const found = lookupDay(plan, { kind: 'number', number: n }, 'r.md'); return found.ok && found.day.title; };
    assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7].map(titleOf), ['Day 1', 'Days 2-4: Review', 'Days 2-4: Review', 'Days 2-4: Review', 'Day 5', 'Days 6-7', 'Day 7']);
    assert.ok(!lookupDay(plan, { kind: 'number', number: 8 }, 'r.md').ok);
  });

  it('finds journal days by weekday and by date (headed, or scheduled from start:)', () => {
    const plan = parse(JOURNAL);
    const tuesday = lookupDay(plan, { kind: 'weekday', weekday: 1 }, 'j.md');
    assert.ok(tuesday.ok && tuesday.day.title === 'Tuesday');
    const monday = lookupDay(plan, { kind: 'weekday', weekday: 0 }, 'j.md');
    assert.deepStrictEqual(!monday.ok && monday.candidates, ['line:5  Monday: Fresh Start', 'line:10  Monday: Again']);
    const headed = lookupDay(plan, { kind: 'date', date: '2026-11-21' }, 'j.md');
    assert.ok(headed.ok && headed.day.line === 7);
    const scheduled = lookupDay(plan, { kind: 'date', date: '2026-11-03' }, 'j.md'); // start + 1: the second day
    assert.ok(scheduled.ok && scheduled.day.title === 'Tuesday', JSON.stringify(scheduled));
    assert.ok(!lookupDay(plan, { kind: 'date', date: '2027-01-01' }, 'j.md').ok);
  });

  it('finds a skipped day by the date it carries, which the schedule gives it no more (a trial\'s `show plan.md "Nov 3"`)', () => {
    const plan = parse(lines('# Days 1-3: TS', '### Day 1 - Setup (Nov 2, 2026)', '### Day 2 - Types (Nov 3, 2026) \u23ED 2026-11-07', '### Day 3 - Narrowing (Nov 4, 2026)'));
    for (const spec of [{ kind: 'date', date: '2026-11-03' }, { kind: 'monthDay', month: 11, day: 3 }] as DaySpec[]) {
      const found = lookupDay(plan, spec, 'p.md');
      assert.ok(found.ok && found.day.number === 2, JSON.stringify(found));
    }
  });

  it('says a missing number as the plan heads its days (`has no Tag 9`), English and forms around the number as Day', () => {
    const german = parse(lines('# Plan', '### Tag 1 - Ownership', '### Tag 2 - Borrowing'));
    const missing = lookupDay(german, { kind: 'number', number: 9 }, 'p.md');
    assert.ok(!missing.ok && missing.message === 'p.md has no Tag 9 (its days are numbered from 1 to 2)', JSON.stringify(missing));
    const chinese = lookupDay(parse(lines('### \u7b2c1\u5929', '### \u7b2c2\u5929')), { kind: 'number', number: 9 }, 'p.md');
    assert.ok(!chinese.ok && /^p\.md has no Day 9/.test(chinese.message), JSON.stringify(chinese));
  });

  it('finds a weekday headed in another language, or the day dated on it (`## 2026-11-27 Friday`: "has no day headed Friday")', () => {
    const german = parse(lines('# Wochenjournal', '## Montag', '- [ ] Vokabeln', '## Freitag', '- [ ] Test'));
    const freitag = lookupDay(german, parseDaySpec('freitag')!, 'w.md');
    assert.ok(freitag.ok && freitag.day.title === 'Freitag');
    const dated = parse(lines('# Journal', '## 2026-11-23 Monday', '- [ ] a', '## 2026-11-27 Friday', '- [ ] b', '## 2026-11-30', '- [ ] c'));
    const friday = lookupDay(dated, parseDaySpec('friday')!, 'j.md');
    assert.ok(friday.ok && friday.day.title === '2026-11-27 Friday');
    // A numbered day headed by its weekday first (it was found so before weekdays were read in every language).
    const numbered = parse(lines('# Week', '## Monday: Day 1 SELECT', '## Tuesday: Day 2 JOINs'));
    const tuesday = lookupDay(numbered, parseDaySpec('tuesday')!, 'w.md');
    assert.ok(tuesday.ok && tuesday.day.number === 2, JSON.stringify(tuesday));
    const monday = lookupDay(dated, parseDaySpec('monday')!, 'j.md');
    assert.deepStrictEqual(!monday.ok && monday.candidates, ['line:2  2026-11-23 Monday', 'line:6  2026-11-30']);
  });
});

describe('DAY forms: edges and messages', () => {
  const table: [string, DaySpec | null][] = [
    ['line:1', { kind: 'line', line: 1 }],
    [' line:12 ', { kind: 'line', line: 12 }],
    ['xline:7', null],
    ['line:7x', null],
    ['line:', null],
    ['1mon', null],
    ['mon1', null],
    ['Wednesday', { kind: 'weekday', weekday: 2 }],
    ['satur', { kind: 'weekday', weekday: 5 }],
    ['mondays', null],
    // A day as its heading names it.
    ['Day 33', { kind: 'number', number: 33 }],
    ['day33', { kind: 'number', number: 33 }],
    ['Days 33', null],
  ];
  for (const [text, spec] of table) it(JSON.stringify(text), () => assert.deepStrictEqual(parseDaySpec(text), spec));

  it('describes each form as a message names it', () => {
    const specs: DaySpec[] = [{ kind: 'number', number: 31 }, { kind: 'line', line: 7 }, { kind: 'weekday', weekday: 6 }, { kind: 'date', date: '2026-11-21' }];
    assert.deepStrictEqual(specs.map(describeDaySpec), ['Day 31', 'line 7', 'Sunday', '2026-11-21']);
  });

  it('says why no day matched, form by form', () => {
    const plan = parse(TWO_WEEKS);
    const message = (spec: DaySpec) => {
      const found = lookupDay(plan, spec, 'w.md');
      assert.ok(!found.ok && found.candidates.length === 0);
      return found.ok ? '' : found.message;
    };
    assert.deepStrictEqual([
      message({ kind: 'line', line: 6 }),
      message({ kind: 'line', line: 1 }),
      message({ kind: 'line', line: 99 }),
      message({ kind: 'weekday', weekday: 0 }),
      message({ kind: 'date', date: '2026-11-21' }),
    ], [
      'w.md has no day heading on line 6',
      'w.md has no day heading on line 1',
      'w.md has no day heading on line 99',
      'w.md has no day headed Monday',
      'w.md has no day dated, scheduled or marked complete on 2026-11-21',
    ]);
    // A weekday that heads an entry of a journal beside numbered days (its notes: a trial's `show plan.md monday`).
    const journal = parse(lines('# P', '### Day 1', '- [ ] a', '### Day 2', '- [ ] b', '## Weekly journal', '### Monday', 'Good.', ''));
    assert.strictEqual((lookupDay(journal, { kind: 'weekday', weekday: 0 }, 'p.md') as { message: string }).message, 'p.md has no day headed Monday: "Monday" (line 7) is an entry of "Weekly journal", a journal beside its numbered days (notes, not days of the plan)');
    assert.strictEqual((lookupDay(journal, { kind: 'weekday', weekday: 1 }, 'p.md') as { message: string }).message, 'p.md has no day headed Tuesday');
    // A date the schedule rests on says so; a day marked complete on a date is found by it (a learner's `links plan 2026-11-23`).
    const rests = parse(lines('---', 'start: 2026-11-16', 'rest: sat,sun', '---', '### Day 1', '### Day 2 \u2705 2026-11-19', '### Day 3', '### Day 4', '### Day 5', '### Day 6', ''));
    assert.strictEqual((lookupDay(rests, { kind: 'date', date: '2026-11-21' }, 'r.md') as { message: string }).message, 'r.md plans no day on 2026-11-21: it is a rest day of its schedule');
    assert.strictEqual((lookupDay(rests, { kind: 'date', date: '2026-11-15' }, 'r.md') as { message: string }).message, 'r.md has no day dated, scheduled or marked complete on 2026-11-15; the nearest: Day 1 (2026-11-16)', 'a Sunday before its start is no rest day of it');
    // A weekend in a plan dated Monday to Friday with no rest set (too short to read its rest from): the days around
    // it are named (a trial's was told only that no day was there).
    const weekdays = parse(lines('# SQL', '### Day 1 - Joins (2026-11-26)', '### Day 2 - Windows (2026-11-27)', '### Day 3 - CTEs (2026-11-30)', ''));
    assert.strictEqual((lookupDay(weekdays, { kind: 'date', date: '2026-11-28' }, 's.md') as { message: string }).message,
      's.md has no day dated, scheduled or marked complete on 2026-11-28; the nearest: Day 2 - Windows (2026-11-27), Day 3 - CTEs (2026-11-30)');
    assert.strictEqual((lookupDay(weekdays, { kind: 'date', date: '2026-12-05' }, 's.md') as { message: string }).message,
      's.md has no day dated, scheduled or marked complete on 2026-12-05; the nearest: Day 3 - CTEs (2026-11-30)');
    const unscheduled = parse(lines('### Day 1 \u2705 2026-11-18', '### Day 2 \u2705 2026-11-23', ''));
    const done = lookupDay(unscheduled, { kind: 'date', date: '2026-11-23' }, 'u.md');
    assert.ok(done.ok && done.day.title === 'Day 2', JSON.stringify(done));
    assert.strictEqual(message({ kind: 'line', line: 4 }), 'line 4 of w.md is not a day; it is inside line:3  Day 1  (Week 1)');
  });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 9));
  return { code, out, err };
}

describe('CLI: every verb that takes a DAY accepts every form, and never guesses (issue 14 item 5)', () => {
  function write(text: string): string {
    const dir = tempDir('lp-day-');
    fs.mkdirSync(path.join(dir, '.git'));
    const file = path.join(dir, 'w.md');
    fs.writeFileSync(file, text);
    return file;
  }

  const verbs: [string, (file: string) => string[]][] = [
    ['done', (file) => ['done', file, '1']], ['undone', (file) => ['undone', file, '1']], ['lab', (file) => ['lab', file, '1']], ['links', (file) => ['links', file, '1']],
    ['log', (file) => ['log', file, '1', '30m']], ['replan --skip', (file) => ['replan', file, '--skip', '1']],
  ];
  for (const [verb, argv] of verbs) {
    it(`${verb}: an ambiguous day number exits 1, writes nothing and lists the candidates`, async () => {
      const file = write(TWO_WEEKS.replace('- [ ] a', '- [x] a \u2705 2026-11-20'));
      const before = fs.readFileSync(file);
      const result = await run(...argv(file));
      assert.strictEqual(result.code, 1);
      assert.strictEqual(result.out, '');
      assert.match(result.err, /Day 1 matches 2 days in .*w\.md; name one by its week \(as Week 2, Day 1\) or its line:\n {2}line:3 {2}Day 1 {2}\(Week 1\)\n {2}line:7 {2}Day 1 {2}\(Week 2\)\n/);
      assert.deepStrictEqual(fs.readFileSync(file), before);
      assert.ok(!fs.existsSync(path.join(path.dirname(file), 'labs')), 'no lab written');
    });
  }

  it('done and undone by line:N edit that day only', async () => {
    const file = write(TWO_WEEKS);
    assert.strictEqual((await run('done', file, 'line:7')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TWO_WEEKS.replace('### Day 1\n- [ ] b', '### Day 1 \u2705 2026-11-21\n- [x] b \u2705 2026-11-21'));
    assert.strictEqual((await run('undone', file, 'line:7')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TWO_WEEKS);
  });

  it('done and undone by the week (`Week 2, Day 1`, `W2D1`) edit the Day 1 under Week 2, and say which Day 1 it was (a trial\'s)', async () => {
    const file = write(TWO_WEEKS);
    const done = await run('done', file, 'Week 2, Day 1');
    assert.strictEqual(done.code, 0, done.err);
    assert.match(done.out, /: Marked Day 1 complete \(\u2705 2026-11-21\), 1 task checked; line 7, in Week 2\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TWO_WEEKS.replace('### Day 1\n- [ ] b', '### Day 1 \u2705 2026-11-21\n- [x] b \u2705 2026-11-21'));
    const undone = await run('undone', file, 'W2D1');
    assert.strictEqual(undone.code, 0, undone.err);
    assert.match(undone.out, /: Marked Day 1 incomplete, 1 task unchecked; line 7, in Week 2\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TWO_WEEKS);
    // A day whose number is its own says nothing more.
    assert.match((await run('done', file, '2')).out, /: Marked Day 2 complete \(\u2705 2026-11-21\)\n$/);
  });

  it('Day 0, which `index` lists, is reachable by `done 0` and `undone 0` (issue 14 item 8)', async () => {
    const log = '# 100 Days Of Code\n### Day 0: Setup\n- [ ] install\n### Day 1: Start\n';
    const file = write(log);
    const listed = await run('index', file);
    assert.match(listed.out, /day 0: Day 0: Setup|Day 0/);
    const done = await run('done', file, '0');
    assert.strictEqual(done.code, 0, done.err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), log.replace('### Day 0: Setup\n- [ ] install', '### Day 0: Setup \u2705 2026-11-21\n- [x] install \u2705 2026-11-21'));
    assert.strictEqual((await run('undone', file, '0')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), log);
  });

  it('weekday and date forms reach journal days through done, links and lab', async () => {
    const file = write(JOURNAL.replace('text', '[Notes](https://example.com/n)'));
    assert.strictEqual((await run('done', file, 'tuesday')).code, 0);
    assert.match(fs.readFileSync(file, 'utf8'), /## Tuesday \u2705 2026-11-21\n/);
    assert.strictEqual((await run('done', file, '2026-11-21')).code, 0);
    assert.match(fs.readFileSync(file, 'utf8'), /## 2026-11-21 \u2705 2026-11-21\n- \[x\] dated \u2705 2026-11-21\n/);
    const links = await run('links', file, 'line:5');
    assert.strictEqual(links.out, 'Notes\thttps://example.com/n\n');
    const lab = await run('lab', file, '2026-11-03', '--no-link'); // scheduled: Tuesday
    assert.strictEqual(lab.code, 0, lab.err);
    assert.match(lab.out, /labs\/w\/day-002-tuesday\/day-002\.ipynb/);
  });

  it('toggle takes its line as N or line:N', async () => {
    const file = write(TWO_WEEKS);
    assert.strictEqual((await run('toggle', file, 'line:4')).code, 0);
    assert.strictEqual((await run('toggle', file, '8')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TWO_WEEKS.replace('- [ ] a', '- [x] a \u2705 2026-11-21').replace('- [ ] b', '- [x] b \u2705 2026-11-21'));
  });

  it('a DAY in none of the forms is a usage error (exit 2)', async () => {
    const file = write(TWO_WEEKS);
    const result = await run('done', file, 'first');
    assert.strictEqual(result.code, 2);
    assert.match(result.err, /DAY must be a day number \(31, Day 31, Tag 31\), a day of a week \(Week 2, Day 1, W2D1\), line:N .*, not 'first'\nUsage: learning-plans done <file> <DAY>/);
  });
});
