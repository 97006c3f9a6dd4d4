// Catch Up's refusals and summaries, word for word (src/core/schedule/replan.ts): what the learner reads in
// the notification and the CLI. Written from the mutation run's survivor list (test/mutation/schedule.json).
import * as assert from 'assert';
import { applyTextEdits, catchUp, frontMatterStartEdit, Lines, plannedDateEdit, scheduleFor, scheduleStatus, skipDayEdit, type CatchUpChoice, type TextEdit } from '../../../src/core';
import { lines, parse } from '../helpers';
import { applied } from '../edits/applyBytes';
import { assertLinear } from '../linearTime';
import { describe as describeChoice } from '../../../src/core/schedule/replanSummary';

const base = lines('---', 'start: 2026-11-01', '---', '# Plan', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3', '### Day 4', '### Day 5', '');
const context = { today: '2026-11-04', options: {} };

function outcome(choice: CatchUpChoice, text = base, ctx = context): string {
  const result = catchUp(text, parse(text), choice, ctx);
  return result.ok ? `ok: ${result.summary} [${result.edits.length} edits]` : `refused: ${result.message}`;
}

describe('catch up: what it says', () => {
  const table: [string, CatchUpChoice, string][] = [
    ['shift by one day', { kind: 'shift', days: 1 }, 'ok: Moved the rest of the plan 1 day later (ends 2026-11-06, was 2026-11-05; still 1 day behind) [1 edits]'],
    ['shift by two days', { kind: 'shift', days: 2 }, 'ok: Moved the rest of the plan 2 days later (ends 2026-11-07, was 2026-11-05; on schedule) [1 edits]'],
    ['shift by zero', { kind: 'shift', days: 0 }, 'refused: shift by a whole number of days other than 0'],
    ['shift by half a day', { kind: 'shift', days: 1.5 }, 'refused: shift by a whole number of days other than 0'],
    ['shift onto the date of the day before', { kind: 'shift', days: -1 }, 'refused: the rest of the plan cannot start before 2026-11-02: the day before it is planned on 2026-11-01'],
    // The plan ends inside the 3 days: its 4 days left take two on one of them, not on two (one date of 3 left empty).
    ['spread', { kind: 'spread', over: 3 }, 'ok: Spread 2 missed days over the next 3 days (ends 2026-11-06, was 2026-11-05; on schedule) [3 edits]'],
    ['spread on too few days', { kind: 'spread', over: 1 }, 'refused: 2 missed days need at least 2 days to spread over (two a day at most, counting the days already planned on them)'],
    ['spread on a chosen date outside the window', { kind: 'spread', over: 3, doubleOn: ['2026-11-04', '2027-01-01'] }, 'refused: choose 1 of the next 3 study days to take two days each (2026-11-04, 2026-11-05, 2026-11-06); 2027-01-01 is not one of them'],
    ['spread with more dates than take two', { kind: 'spread', over: 3, doubleOn: ['2026-11-04', '2026-11-05'] }, 'refused: choose 1 of the next 3 study days to take two days each (2026-11-04, 2026-11-05, 2026-11-06); 2 given'],
    ['skip a missed day: the days after it keep their dates', { kind: 'skip', days: [{ line: 6, title: 'Day 3' }] }, 'ok: Skipped 1 day (ends 2026-11-05, unchanged; still 1 day behind) [2 edits]'],
    ['skip a done day and an open one', { kind: 'skip', days: [{ line: 4, title: 'Day 1' }, { line: 7, title: 'Day 4' }] }, 'ok: Skipped 1 day (ends 2026-11-04, was 2026-11-05; still 2 days behind) [1 edits]'],
    ['skip a missed day and today\'s: the next day is today\'s', { kind: 'skip', days: [{ line: 6, title: 'Day 3' }, { line: 7, title: 'Day 4' }] }, 'ok: Skipped 2 days (ends 2026-11-04, was 2026-11-05; still 1 day behind) [3 edits]'],
    ['skip a day gone from the plan', { kind: 'skip', days: [{ line: 40, title: 'Day 40' }] }, 'refused: "Day 40" is no longer in the plan'],
    // It said "Skipped 0 days", exit 0 (a learner's).
    ['skip a done day alone', { kind: 'skip', days: [{ line: 4, title: 'Day 1' }] }, 'refused: nothing to skip: the days named are done or skipped already'],
    ['spread over more days than need a double, with days to double', { kind: 'spread', over: 5, doubleOn: ['2026-11-05'] }, 'refused: no day takes two over the next 5 study days (one a day fills them): leave out the days to double'],
  ];
  for (const [what, choice, expected] of table) {
    it(what, () => assert.strictEqual(outcome(choice), expected));
  }

  it('a double on a rest day or after the window is named (a trial\'s three dates were refused unnamed)', () => {
    const rested = base.replace('start: 2026-11-01', 'start: 2026-11-01\nrest: Sun');
    // 2026-11-08 is a Sunday.
    assert.strictEqual(outcome({ kind: 'spread', over: 3, doubleOn: ['2026-11-08'] }, rested, { today: '2026-11-06', options: {} }).replace(/\(2026[^)]*\)/, '(...)'),
      'refused: choose 1 of the next 3 study days to take two days each (...); 2026-11-08 (a rest day) is not one of them');
    assert.match(outcome({ kind: 'spread', over: 3, doubleOn: ['2027-01-01', '2027-01-02'] }), /; 2027-01-01, 2027-01-02 are not among them$/);
  });

  it('says where the plan stands after it: on schedule, behind (still, now, or newly), ahead, no open day left', () => {
    // On 2026-11-02 Day 2 is today's: on schedule; a day later, today has nothing planned.
    const early = { today: '2026-11-02', options: {} };
    assert.strictEqual(outcome({ kind: 'shift', days: 1 }, base, early), 'ok: Moved the rest of the plan 1 day later (ends 2026-11-06, was 2026-11-05; on schedule; the next day is planned for 2026-11-03) [1 edits]');
    // Two days behind, shifted three: nothing is planned for today.
    assert.strictEqual(outcome({ kind: 'shift', days: 3 }), 'ok: Moved the rest of the plan 3 days later (ends 2026-11-08, was 2026-11-05; on schedule; the next day is planned for 2026-11-05) [1 edits]');
    // Four days behind (Day 2 to Day 5 were planned for October): a day later leaves it so.
    const late = base.replace('start: 2026-11-01', 'start: 2026-10-25').replace('\u2705 2026-11-01', '\u2705 2026-10-25');
    assert.strictEqual(outcome({ kind: 'shift', days: 1 }, late, context), 'ok: Moved the rest of the plan 1 day later (ends 2026-10-30, was 2026-10-29; still 4 days behind) [1 edits]');
    // Day 2 waits on its own date after a gap: moving it earlier puts the plan further behind, or behind at all.
    const gap = lines('---', 'start: 2026-11-01', '---', '# Plan', '### Day 1 \u2705 2026-11-01', '### Day 2 \u{1F4C5} 2026-11-05', '### Day 3', '### Day 4', '');
    assert.strictEqual(outcome({ kind: 'shift', days: -2 }, gap, { today: '2026-11-06', options: {} }), 'ok: Moved the rest of the plan 2 days earlier (ends 2026-11-05, was 2026-11-07; now 3 days behind) [1 edits]');
    // On schedule, it is refused: a shift earlier never plans the current day before today.
    assert.strictEqual(outcome({ kind: 'shift', days: -1 }, gap, { today: '2026-11-05', options: {} }), 'refused: the current day is planned for 2026-11-05: a shift earlier would plan it before today');
    assert.strictEqual(outcome({ kind: 'shift', days: -2 }, gap, { today: '2026-11-05', options: {} }), 'refused: the current day is planned for 2026-11-05: a shift earlier would plan it before today');
    // Day 3, planned for 2026-11-03, done on the 2nd: a day ahead, and a shift of the rest keeps it so.
    const ahead = base.replace('### Day 2', '### Day 2 \u2705 2026-11-02').replace('### Day 3', '### Day 3 \u2705 2026-11-02');
    assert.strictEqual(outcome({ kind: 'shift', days: 1 }, ahead, early), 'ok: Moved the rest of the plan 1 day later (ends 2026-11-06, was 2026-11-05; 1 day ahead) [1 edits]');
    assert.strictEqual(outcome({ kind: 'shift', days: 2 }, lines('---', 'start: 2026-11-06', '---', '### Day 1', '### Day 2', ''), context), 'ok: Moved the rest of the plan 2 days later (ends 2026-11-09, was 2026-11-07; on schedule; the next day is planned for 2026-11-08) [1 edits]');
    const all = [{ line: 5, title: 'Day 2' }, { line: 6, title: 'Day 3' }, { line: 7, title: 'Day 4' }, { line: 8, title: 'Day 5' }];
    assert.strictEqual(outcome({ kind: 'skip', days: all }), 'ok: Skipped 4 days (was to end 2026-11-05; no open day left) [4 edits]');
  });

  it('a skip keeps the open day after the missed ones on its date, past a day done early, or after a dated day ahead; a day named twice is one', () => {
    // Found by a review: the done Day 5 moved up into the freed slot, and the skip caught up nothing. A day done
    // early takes no date of its own (a learner's report: it was dated anew and counted missed), so the pin is on
    // Day 6, the first open day after the skipped one.
    const doneBetween = lines('---', 'start: 2026-11-01', '---', '# Plan', '### Day 1 - A', '### Day 2 - B', '### Day 3 - C', '### Day 4 - D', '### Day 5 - E \u2705 2026-11-04', '### Day 6 - F', '### Day 7 - G', '');
    const on5 = { today: '2026-11-05', options: {} };
    const skipped = catchUp(doneBetween, parse(doneBetween), { kind: 'skip', days: [{ line: 7, title: 'Day 4 - D' }] }, on5);
    assert.ok(skipped.ok, skipped.ok ? '' : skipped.message);
    assert.deepStrictEqual(applyTextEdits(doneBetween, skipped.edits).split('\n').slice(8, 10), ['### Day 5 - E \u2705 2026-11-04', '### Day 6 - F \u{1F4C5} 2026-11-06']);
    assert.strictEqual(skipped.summary, 'Skipped 1 day (ends 2026-11-07, unchanged; still 3 days behind)');
    // Day 6 carries its own far date: the missed Day 4 skipped with it leaves Day 7 where the days ahead put it.
    const gap = lines('---', 'start: 2026-11-01', '---', '# Plan', '### Day 1 - A', '### Day 2 - B', '### Day 3 - C', '### Day 4 - D', '### Day 5 - E', '### Day 6 - F \u{1F4C5} 2026-11-20', '### Day 7 - G', '### Day 8 - H', '');
    const refs = (...titles: string[]) => titles.map((title) => ({ line: parse(gap).days.find((d) => d.title === title)!.line, title }));
    const aheadOnly = catchUp(gap, parse(gap), { kind: 'skip', days: refs('Day 5 - E', 'Day 6 - F') }, on5);
    const withMissed = catchUp(gap, parse(gap), { kind: 'skip', days: refs('Day 4 - D', 'Day 5 - E', 'Day 6 - F') }, on5);
    assert.ok(aheadOnly.ok && withMissed.ok);
    assert.strictEqual(parse(applyTextEdits(gap, aheadOnly.edits)).days[6].planned, null);
    assert.match(applyTextEdits(gap, withMissed.edits), /\n### Day 7 - G \u{1F4C5} 2026-11-05\n/u);
    // ...and Day 8 takes the date Day 6 leaves, as the days ahead skipped alone give it (it followed Day 7 instead).
    assert.match(applyTextEdits(gap, withMissed.edits), /\n### Day 8 - H \u{1F4C5} 2026-11-20\n/u);
    assert.strictEqual(applyTextEdits(gap, withMissed.edits).split('\n### Day 7')[1], applyTextEdits(gap, aheadOnly.edits).split('\n### Day 7')[1].replace(' - G', ' - G \u{1F4C5} 2026-11-05'));
    assert.strictEqual(withMissed.summary, 'Skipped 3 days (ends 2026-11-20, was 2026-11-22; still 3 days behind)');
    const twice = catchUp(gap, parse(gap), { kind: 'skip', days: [...refs('Day 2 - B', 'Day 3 - C'), ...refs('Day 3 - C')] }, on5);
    assert.ok(twice.ok && /^Skipped 2 days /.test(twice.summary));
    assert.strictEqual(applyTextEdits(gap, twice.edits).split('\u23ED').length - 1, 2, 'one mark a day');
  });

  it('a spread over one day says it so (it said "over the next 1 days")', () => {
    const short = lines('---', 'start: 2026-11-01', '---', '# Plan', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3', '');
    assert.strictEqual(outcome({ kind: 'spread', over: 1 }, short), 'ok: Spread 2 missed days over the next day (ends 2026-11-04, was 2026-11-03; on schedule) [2 edits]');
  });

  it('nothing to spread when no day is behind; no schedule without a start', () => {
    assert.strictEqual(outcome({ kind: 'spread', over: 3 }, base, { today: '2026-11-02', options: {} }), 'refused: no day is behind schedule: there is nothing to spread');
    const unscheduled = base.replace('start: 2026-11-01\n', 'title: Iceberg\n');
    assert.strictEqual(outcome({ kind: 'shift', days: 1 }, unscheduled), 'refused: Iceberg has no schedule to catch up on: give it a start date (front matter start: YYYY-MM-DD) and an open day');
    const journal = lines('# Journal', '## 2026-11-23', 'Read.', '## 2026-11-24', '- [ ] Practice', '');
    assert.strictEqual(outcome({ kind: 'shift', days: 1 }, journal), 'refused: plan is a journal: its entries are records of their dates, with no schedule to catch up on');
  });

  it('a catch-up that leaves the end where it was says so', () => {
    // Day 5 has its own date: skipping today's Day 4 moves nothing after it up.
    const pinned = base.replace('### Day 5', '### Day 5 \u{1F4C5} 2026-11-09');
    assert.strictEqual(outcome({ kind: 'skip', days: [{ line: 7, title: 'Day 4' }] }, pinned), 'ok: Skipped 1 day (ends 2026-11-09, unchanged; still 2 days behind) [1 edits]');
    // A missed day and today's skipped: Day 5 keeps the date its author wrote (no pin moves it).
    assert.strictEqual(outcome({ kind: 'skip', days: [{ line: 6, title: 'Day 3' }, { line: 7, title: 'Day 4' }] }, pinned), 'ok: Skipped 2 days (ends 2026-11-09, unchanged; still 1 day behind) [2 edits]');
  });

  it('a skipped day ahead that carried a 📅 hands it to the day after it (a learner was "1 day behind" after skipping today\'s and tomorrow\'s days)', () => {
    // A spread dated Day 4 today and paired Days 7 and 8 on 11-30.
    const spread = lines('---', 'start: 2026-11-23', '---', '### Day 1 \u2705 2026-11-23', '### Day 2 \u2705 2026-11-24', '### Day 3 \u2705 2026-11-25',
      '### Day 4 \u{1F4C5} 2026-11-27', '### Day 5', '### Day 6', '### Day 7 \u{1F4C5} 2026-11-30', '### Day 8 \u{1F4C5} 2026-11-30', '### Day 9', '');
    const ctx = { today: '2026-11-27', options: {} };
    const outcome = catchUp(spread, parse(spread), { kind: 'skip', days: [{ line: 7, title: 'Day 4' }, { line: 8, title: 'Day 5' }] }, ctx);
    assert.ok(outcome.ok && outcome.behindAfter === 0 && outcome.endAfter === '2026-12-01', outcome.ok ? outcome.summary : outcome.message);
    const after = applied(spread, outcome);
    assert.strictEqual(after, spread.replace('### Day 4 \u{1F4C5}', '### Day 4 \u23ED 2026-11-27 \u{1F4C5}').replace('### Day 5\n', '### Day 5 \u23ED 2026-11-27\n').replace('### Day 6\n', '### Day 6 \u{1F4C5} 2026-11-27\n'));
    // A day skipped past the next dated day moves the days of its own run up too (a review: --skip 3,5 ignored the 5).
    const two = lines('---', 'start: 2026-11-23', '---', '### Day 1 \u2705 2026-11-23', '### Day 2', '### Day 3', '### Day 4 \u{1F4C5} 2026-11-30', '### Day 5', '### Day 6', '### Day 7', '');
    const both = catchUp(two, parse(two), { kind: 'skip', days: [{ line: 5, title: 'Day 3' }, { line: 7, title: 'Day 5' }] }, { today: '2026-11-24', options: {} });
    assert.ok(both.ok && both.endAfter === '2026-12-02' && both.edits.length === 2, both.ok ? both.summary : both.message);
    // A day done early among them gives its place up too: no empty date, nothing more written (a review: 11-28 stood empty).
    const early = lines('---', 'start: 2026-11-23', '---', '### Day 1 \u2705 2026-11-23', '### Day 2 \u2705 2026-11-24', '### Day 3 \u2705 2026-11-25',
      '### Day 4 \u{1F4C5} 2026-11-27', '### Day 5 \u2705 2026-11-26', '### Day 6', '### Day 7', '### Day 8 \u{1F4C5} 2026-12-05', '');
    const gap = catchUp(early, parse(early), { kind: 'skip', days: [{ line: 7, title: 'Day 4' }] }, ctx);
    assert.ok(gap.ok && gap.edits.length === 1, gap.ok ? gap.summary : gap.message);
    const gapDates = scheduleFor(parse(applied(early, gap)), null)!;
    assert.deepStrictEqual([5, 6].map((i) => gapDates.dateOf(i)), ['2026-11-27', '2026-11-28']);
    // Without dates of their own, the days after a skipped one move up as the schedule reads them: nothing more is written.
    const plain = spread.replace(' \u{1F4C5} 2026-11-27', '');
    const moved = catchUp(plain, parse(plain), { kind: 'skip', days: [{ line: 7, title: 'Day 4' }] }, { today: '2026-11-26', options: {} });
    assert.ok(moved.ok && moved.edits.length === 1, moved.ok ? moved.summary : moved.message);
  });

  it('a skip of a missed day and a dated day ahead keeps the days after the missed one, and moves those after the one ahead up (they fell into the past)', () => {
    const mixed = lines('---', 'start: 2026-11-20', '---', '### Day 1 \u2705 2026-11-20', '### Day 2', '### Day 3', '### Day 4 \u{1F4C5} 2026-11-25', '### Day 5', '### Day 6', '');
    const ctx = { today: '2026-11-24', options: {} };
    const outcome = catchUp(mixed, parse(mixed), { kind: 'skip', days: [{ line: 4, title: 'Day 2' }, { line: 6, title: 'Day 4' }] }, ctx);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const dates = scheduleFor(parse(applied(mixed, outcome)), null)!;
    // Day 3 stays where it was (the learner is still a day behind on it); Day 5 takes Day 4's date, Day 6 the next.
    assert.deepStrictEqual([2, 4, 5].map((i) => dates.dateOf(i)), ['2026-11-22', '2026-11-25', '2026-11-26']);
    assert.strictEqual(outcome.endAfter, '2026-11-26');
  });

  it('a shift earlier never plans the current day before today: it says the most it may move (a table plan was left behind)', () => {
    const ctx = { today: '2026-11-25', options: {} };
    const ahead = lines('---', 'start: 2026-11-27', '---', '### Day 1', '### Day 2', '');
    assert.strictEqual(outcome({ kind: 'shift', days: -3 }, ahead, ctx), 'refused: the current day is planned for 2026-11-27: a shift of more than 2 days earlier would plan it before today');
    assert.match(outcome({ kind: 'shift', days: -2 }, ahead, ctx), /^ok: Moved the rest of the plan 2 days earlier \(ends 2026-11-26, was 2026-11-28; on schedule\)/);
    const table = lines('---', 'start: 2026-11-26', '---', '| Day | Topic | Done |', '|---|---|---|', '| 1 | a | \u2705 2026-11-24 |', '| 2 | b | |', '| 3 | c | |', '');
    assert.strictEqual(outcome({ kind: 'shift', days: -3 }, table, ctx), 'refused: the current day is planned for 2026-11-27: a shift of more than 2 days earlier would plan it before today');
    const today = lines('---', 'start: 2026-11-25', '---', '### Day 1', '### Day 2', '');
    assert.strictEqual(outcome({ kind: 'shift', days: -1 }, today, ctx), 'refused: the current day is planned for 2026-11-25: a shift earlier would plan it before today');
  });

  it('a table of dated rows is replanned in linear time (each row asked the whole table for its date order: 4.7 s on 1,500 rows)', () => {
    const table = (rows: number): string => {
      const out = ['---', 'start: 2026-11-02', '---', '| Day | Topic | Date | Done |', '|---|---|---|---|'];
      for (let i = 1; i <= rows; i++) out.push(`| ${i} | Topic ${i} | ${new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10)} | |`);
      return out.join('\n') + '\n';
    };
    assertLinear('a shift of a dated table', (scale) => {
      const text = table(15 * scale);
      return { text, plan: parse(text) };
    }, ({ text, plan }) => {
      const result = catchUp(text, plan, { kind: 'shift', days: 3 }, { today: '2026-11-27', options: {} });
      assert.ok(result.ok);
    });
  });

  it('a table whose Date column dates its open days is replanned in that column, byte for byte around it (it could not be at all)', () => {
    const ctx = { today: '2026-11-27', options: {} };
    const table = lines('# SQL', '', '| Day | Topic | Done | Date       |', '|-----|-------|------|------------|', '| 1 | SELECT | \u2705 2026-11-24 | 2026-11-24 |', '| 2 | WHERE | | 2026-11-25 |', '| 3 | JOIN | |            |', '| 4 | GROUP BY | | 2026-11-27 |', '');
    const result = catchUp(table, parse(table), { kind: 'shift', days: 2 }, ctx);
    assert.ok(result.ok, result.ok ? '' : result.message);
    // A day with no date of its own follows the one before it, as a heading without a 📅 does: its cell stays empty.
    assert.strictEqual(applied(table, result), table.replace('| WHERE | | 2026-11-25 |', '| WHERE | | 2026-11-27 |').replace('| GROUP BY | | 2026-11-27 |', '| GROUP BY | | 2026-11-29 |'));
    const dates = scheduleFor(parse(applied(table, result)), null)!;
    assert.deepStrictEqual([1, 2, 3].map((i) => dates.dateOf(i)), ['2026-11-27', '2026-11-28', '2026-11-29']);
    // A cell holding other text is not written over (a spread dates every day it moves): said, nothing written.
    const noted = table.replace('| JOIN | |            |', '| JOIN | | soon       |');
    assert.match(outcome({ kind: 'spread', over: 2 }, noted, ctx), /^refused: Day 3: its date cell holds "soon", not a date/);
    // A placeholder is written over, as done writes over it (a review).
    const placeheld = table.replace('| JOIN | |            |', '| JOIN | | TBD        |');
    const spread = catchUp(placeheld, parse(placeheld), { kind: 'spread', over: 2 }, ctx);
    assert.ok(spread.ok, spread.ok ? '' : spread.message);
    assert.doesNotMatch(applied(placeheld, spread), /TBD/);
  });

  it('one missed day, or one day to spread over, is said as one (a learner read "Spread 1 missed days")', () => {
    assert.deepStrictEqual([[1, 7], [1, 1], [2, 3]].map(([missed, over]) => describeChoice({ kind: 'spread', over }, missed, 0)),
      ['Spread 1 missed day over the next 7 days', 'Spread 1 missed day over the next day', 'Spread 2 missed days over the next 3 days']);
  });

  it('a plan all done has no schedule status', () => {
    const done = lines('---', 'start: 2026-11-01', '---', '### Day 1 \u2705 2026-11-01', '### Day 2 \u2705 2026-11-02', '');
    assert.strictEqual(scheduleStatus(parse(done), context), null);
  });
});

describe('catch up: the marks it writes on a day', () => {
  const edit = (text: string, write: (lines: Lines, plan: ReturnType<typeof parse>) => TextEdit | TextEdit[] | string | null): string => {
    const result = write(new Lines(text), parse(text));
    return typeof result === 'string' || result === null ? `refused: ${result}` : applyTextEdits(text, Array.isArray(result) ? result : [result]);
  };

  it('a date goes before a skip mark and before stamps, after a setext title\'s own hashes', () => {
    assert.strictEqual(edit('### Day 2 \u23ED 2026-11-03\n', (l, p) => plannedDateEdit(l, p.days[0], '2026-11-09')), '### Day 2 \u{1F4C5} 2026-11-09 \u23ED 2026-11-03\n');
    assert.strictEqual(edit('Day 3 - C #\n---\n', (l, p) => plannedDateEdit(l, p.days[0], '2026-11-09')), 'Day 3 - C # \u{1F4C5} 2026-11-09\n---\n');
    assert.strictEqual(edit('### Day 3 - C ###\n', (l, p) => plannedDateEdit(l, p.days[0], '2026-11-09')), '### Day 3 - C \u{1F4C5} 2026-11-09 ###\n');
  });

  it('a day written as a task is skipped by cancelling it as Obsidian Tasks does: [-] and its ❌ date', () => {
    assert.strictEqual(edit('### [ ] Day 3 - Learning Theory\n', (l, p) => skipDayEdit(l, p.days[0], '2026-11-04')), '### [-] Day 3 - Learning Theory \u274C 2026-11-04\n');
    const week = '## Week 1\n- [ ] Day 1: SELECT\n- [ ] Day 2: JOINs \u{1F4C5} 2026-11-21 #sql\n';
    assert.strictEqual(edit(week, (l, p) => skipDayEdit(l, p.days[1], '2026-11-22')), week.replace('- [ ] Day 2: JOINs', '- [-] Day 2: JOINs').replace('#sql', '#sql \u274C 2026-11-22'));
    assert.strictEqual(edit('### [ ] Day 3\n', (l, p) => skipDayEdit(l, p.days[0], null)), '### [-] Day 3\n', 'no date: no field');
    // Before a block link, as a ✅ goes (after it, the link no longer links: a review).
    const linked = '- [ ] Day 1: a\n- [ ] Day 2: JOINs ^d2\n';
    assert.strictEqual(edit(linked, (l, p) => skipDayEdit(l, p.days[1], '2026-11-27')), '- [ ] Day 1: a\n- [-] Day 2: JOINs \u274C 2026-11-27 ^d2\n');
  });

  it('only a heading can carry a mark', () => {
    const paragraph = lines('**Day 1:** a', '', '**Day 2:** b', '', '**Day 3:** c', '');
    assert.strictEqual(
      edit(paragraph, (l, p) => plannedDateEdit(l, p.days[1], '2026-11-09')),
      'refused: Day 2 is not written as a heading, so it cannot carry a planned date; give it a heading (### Day 2: b) or replan by its start date',
    );
    const table = lines('| Day | Topic |', '|---|---|', '| 1 | a |', '| 2 | b |', '');
    // A day without a number is named by its title, in quotes.
    const day = { ...parse(table).days[0], number: null };
    assert.strictEqual(edit(table, (l) => plannedDateEdit(l, day, '2026-11-09')), 'refused: "Day 1: a" is a row of a table with no Date column to plan it by (a table takes planned dates in a Date column beside its days); shift the plan by its start date instead');
    // A Date column of done dates alone is no schedule: said so (a learner with one was told the table had none).
    const doneDates = lines('| Day | Topic | Done | Date |', '|---|---|---|---|', '| 1 | a | \u2705 | 2026-11-02 |', '| 2 | b | | |', '');
    assert.strictEqual(edit(doneDates, (l, p) => plannedDateEdit(l, p.days[1], '2026-11-09')), 'refused: Day 2 is a row of a table whose Date column holds the dates days were done, not planned ones (a table takes planned dates in a Date column that holds them on open rows); shift the plan by its start date instead');
    // A row takes a skip: in its title cell, as a heading does, in a table without a status column.
    assert.strictEqual(edit(table, (l) => skipDayEdit(l, day, null)), table.replace('| 1 | a |', '| 1 | a \u23ED |'));
  });

  it('the start line is edited only in a front matter that opens on the first line', () => {
    const start = (text: string) => edit(text, (l) => frontMatterStartEdit(l, '2026-11-09'));
    assert.strictEqual(start('---\nstart: 2026-11-01\n---\n'), '---\nstart: 2026-11-09\n---\n');
    assert.strictEqual(start('\ufeff--- \nstart: 2026-11-01\n---\n'), '\ufeff--- \nstart: 2026-11-09\n---\n');
    assert.strictEqual(start('--- x\nstart: 2026-11-01\n---\n'), 'refused: null');
    assert.strictEqual(start('x---\nstart: 2026-11-01\n---\n'), 'refused: null');
    assert.strictEqual(start('---x\nstart: 2026-11-01\n---\n'), 'refused: null');
  });
});
