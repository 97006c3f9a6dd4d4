import * as assert from 'assert';
import fc from 'fast-check';
import {
  addDays, catchUp, dayNumber, frontMatterRestProblem, frontMatterStartEdit, frontMatterStartProblem, Lines, parseDaySpec, daysMatching, parseWeekdays, RestDays, scheduleFor, scheduleStatus, unifiedDiff,
  applyTextEdits, catchUpAdvice, plannedDateEdit, spreadDoubles, type CatchUpChoice, type ParsedPlan,
} from '../../../src/core';
import { applied } from '../edits/applyBytes';
import { namedDateLike } from '../../../src/core/edits/cellDates';
import { lines, parse } from '../helpers';
import { readSample } from './ontrackHelpers';

const dates = (plan: ParsedPlan, options: Parameters<typeof scheduleFor>[1] = null): (string | null)[] => {
  const schedule = scheduleFor(plan, options)!;
  return plan.days.map((_, i) => schedule.dateOf(i));
};

describe('schedule: read back from start, rest days, pauses and planned dates', () => {
  it('lays days on consecutive dates from the start (as before) and says where it ends', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', '---', '### Day 1', '### Day 2', '### Day 3'));
    assert.deepStrictEqual(dates(plan), ['2026-11-01', '2026-11-02', '2026-11-03']);
    assert.strictEqual(scheduleFor(plan, null)!.end, '2026-11-03');
    assert.strictEqual(scheduleFor(plan, null)!.startFrom, 'frontMatter');
  });

  it('skips rest weekdays (front matter rest:, else the setting) and pauses', () => {
    // 2026-11-06 is a Friday.
    const text = lines('---', 'start: 2026-11-06', 'rest: [sat, sun]', '---', '### Day 1', '- \u23F8 2026-11-10', '### Day 2', '### Day 3');
    assert.deepStrictEqual(dates(parse(text)), ['2026-11-06', '2026-11-09', '2026-11-11']);
    const noRest = text.replace('rest: [sat, sun]\n', '');
    assert.deepStrictEqual(dates(parse(noRest)), ['2026-11-06', '2026-11-07', '2026-11-08']);
    assert.deepStrictEqual(dates(parse(noRest), { configuredRest: [6, 7] }), ['2026-11-06', '2026-11-09', '2026-11-11']);
    assert.deepStrictEqual(dates(parse(text.replace('[sat, sun]', '[]')), { configuredRest: [6, 7] }), ['2026-11-06', '2026-11-07', '2026-11-08'], 'rest: [] says none');
  });

  it('says what is wrong with a rest: it cannot read whole (a learner\'s was passed over without a word)', () => {
    const problem = (rest: string): string | null => frontMatterRestProblem(parse(lines('---', 'start: 2026-11-02', rest, '---', '### Day 1', '')));
    assert.deepStrictEqual(
      ['rest: [sat, sun]', 'rest: Sonntag', 'rest: weekend', 'rest: []', 'rest:', 'rest: none', 'rest: [sat, funday]', 'rest: 9', 'rest: {sat: true}', 'Rest: [sat]', 'rest: mon tue wed thu fri sat sun', 'rest: [funday, blursday]'].map(problem),
      [null, null, null, null, null, null, 'rest: "funday" is no weekday (write sat, sun, weekday names or weekend): left out', 'rest: 9 is no weekday (write sat, sun, weekday names or weekend): left out',
        'rest: {"sat":true} is no weekday (write sat, sun, weekday names or weekend): left out', '"Rest:" in the front matter is not read (the key is rest:, in lower case)', 'rest: names all seven weekdays: none is taken as a rest day',
        'rest: "funday", "blursday" are no weekdays (write sat, sun, weekday names or weekend): left out'],
    );
  });

  it('reads rest days in words of any language, lists or strings, and ignores rest on all seven days', () => {
    assert.deepStrictEqual(parseWeekdays(['sat', 'Sunday']), [6, 7]);
    assert.deepStrictEqual(parseWeekdays('weekend, wed'), [3, 6, 7]);
    assert.deepStrictEqual(parseWeekdays(['samedi', 'domingo', 'Sonntag', 7, 'soon']), [6, 7]);
    const all = new RestDays([1, 2, 3, 4, 5, 6, 7]);
    assert.strictEqual(all.isEmpty, true);
  });

  it('plans a day on its 📅 date, the days after it follow, a skipped day holds no place', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', '---', '### Day 1', '### Day 2 \u{1F4C5} 2026-11-10', '### Day 3 \u23ED', '### Day 4', '### Day 5 \u{1F4C5} 2026-11-11', '### Day 6 \u{1F4C5} 2026-11-11', '### Day 7'));
    assert.deepStrictEqual(dates(plan), ['2026-11-01', '2026-11-10', null, '2026-11-11', '2026-11-11', '2026-11-11', '2026-11-12']);
    assert.strictEqual(scheduleFor(plan, null)!.end, '2026-11-12');
  });

  it('has a schedule from planned dates alone; days before the first have no date', () => {
    const plan = parse(lines('### Day 1', '### Day 2 \u{1F4C5} 2026-11-10', '### Day 3'));
    assert.deepStrictEqual(dates(plan), [null, '2026-11-10', '2026-11-11']);
    assert.strictEqual(scheduleFor(parse('### Day 1\n### Day 2'), null), null);
  });

  it('a table of planned dates done early is ahead, as the same plan in headings is (a learner\'s said "on schedule")', () => {
    const rows = ['| 1 | a | 2026-11-20 | \u2705 2026-11-20 |', '| 2 | b | 2026-11-21 | \u2705 2026-11-20 |', '| 3 | c | 2026-11-22 | \u2705 2026-11-20 |', '| 4 | d | 2026-11-23 | \u2B1C |'];
    const table = parse(lines('| Day | Topic | Date | Status |', '|---|---|---|---|', ...rows));
    assert.deepStrictEqual(table.days.map((d) => [d.done, d.planned]), [[true, '2026-11-20'], [true, '2026-11-21'], [true, '2026-11-22'], [false, '2026-11-23']], rows.join('\n'));
    const headings = parse(lines('### Day 1 \u{1F4C5} 2026-11-20 \u2705 2026-11-20', '### Day 2 \u{1F4C5} 2026-11-21 \u2705 2026-11-20', '### Day 3 \u{1F4C5} 2026-11-22 \u2705 2026-11-20', '### Day 4 \u{1F4C5} 2026-11-23'));
    for (const plan of [table, headings]) assert.strictEqual(scheduleFor(plan, null)!.behind(plan.days[3], '2026-11-20'), -2);
  });

  it('counts behind as the days planned before today less the days before the current one', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', '---', '### Day 1 \u2705', '### Day 2', '### Day 3', '### Day 4'));
    const schedule = scheduleFor(plan, null)!;
    assert.strictEqual(schedule.behind(plan.days[1], '2026-11-04'), 2, 'Nov 1-3 planned, one day before the current one');
    assert.strictEqual(schedule.behind(plan.days[1], '2026-11-02'), 0);
    assert.strictEqual(schedule.behind(plan.days[1], '2026-11-01'), 0, "today's day done on the day: on schedule, not a day ahead (a learner's report)");
    assert.strictEqual(schedule.behind(plan.days[1], '2026-10-31'), -1, 'a day ahead: the day planned for tomorrow is done');
    assert.strictEqual(schedule.behind(plan.days[2], '2026-10-31'), -2);
    assert.strictEqual(schedule.behind(plan.days[0], '2026-11-01'), 0, "today's day still open: on schedule");
    assert.strictEqual(schedule.behind(plan.days[1], '2027-01-01'), 3, 'never more than the days left');
  });

  it('finds a DAY given as a date among the planned days (two on one date are both candidates)', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', '---', '### Day 1', '### Day 2 \u{1F4C5} 2026-11-01', '### Day 3'));
    assert.deepStrictEqual(daysMatching(plan, parseDaySpec('2026-11-01')!).map((d) => d.number), [1, 2]);
    assert.deepStrictEqual(daysMatching(plan, parseDaySpec('2026-11-02')!).map((d) => d.number), [3]);
  });

  it('is built once per plan and options (the tree asks for every day it draws)', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', '---', '### Day 1'));
    assert.strictEqual(scheduleFor(plan, null), scheduleFor(plan, { configuredStart: null }));
    assert.notStrictEqual(scheduleFor(plan, null), scheduleFor(plan, { configuredRest: [6] }));
  });
});

describe('catch up: shift, spread and skip as the fewest edits, read back by the schedule', () => {
  const today = '2026-11-10';
  const context = { today, options: {} };
  const base = lines('---', 'title: Iceberg', 'start: 2026-11-01 # first day', '---', '# Plan', '### Day 1 \u2705 2026-11-01', '### Day 2', '- [ ] read', '### Day 3', '### Day 4', '### Day 5', '### Day 6', '### Day 7', '### Day 8', '### Day 9', '### Day 10', '### Day 11', '### Day 12', '');
  const plan = parse(base);

  function run(text: string, choice: CatchUpChoice, ctx = context): { text: string; outcome: ReturnType<typeof catchUp> } {
    const outcome = catchUp(text, parse(text), choice, ctx);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    return { text: applied(text, outcome), outcome };
  }

  it('tells where the plan stands', () => {
    const status = scheduleStatus(plan, context)!;
    assert.deepStrictEqual([status.behind, status.missed, status.currentDate, status.shiftToToday, status.end], [8, 8, '2026-11-02', 8, '2026-11-12']);
  });

  it('shifts the rest of the plan by N days: one 📅 on the current day (done days keep their dates)', () => {
    const { text, outcome } = run(base, { kind: 'shift', days: 8 });
    assert.strictEqual(text, base.replace('### Day 2\n', '### Day 2 \u{1F4C5} 2026-11-10\n'));
    assert.ok(outcome.ok && outcome.endAfter === '2026-11-20' && outcome.behindAfter === 0);
    assert.match(outcome.ok ? outcome.summary : '', /Moved the rest of the plan 8 days later \(ends 2026-11-20, was 2026-11-12; on schedule\)/);
    const after = parse(text);
    assert.deepStrictEqual(dates(after).slice(0, 3), ['2026-11-01', '2026-11-10', '2026-11-11']);
    // Shifting again moves the date that is there (one date edited, nothing added).
    const again = run(text, { kind: 'shift', days: 2 });
    assert.strictEqual(again.text, base.replace('### Day 2\n', '### Day 2 \u{1F4C5} 2026-11-12\n'));
  });

  it('a shift taken back by the opposite shift restores the text byte for byte (a trial\'s left a 📅 it never wrote)', () => {
    const { text: later } = run(base, { kind: 'shift', days: 2 });
    assert.strictEqual(run(later, { kind: 'shift', days: -2 }).text, base);
    // A plan dated day by day keeps its dates both ways (a review's lost three of them).
    const calendar = lines('---', 'start: 2026-11-20', '---', '## Day 1 \u{1F4C5} 2026-11-20 \u2705 2026-11-20', '## Day 2 \u{1F4C5} 2026-11-21', '## Day 3 \u{1F4C5} 2026-11-22', '## Day 4 \u{1F4C5} 2026-11-23', '');
    const ctx = { today: '2026-11-21', options: {} };
    const moved = run(calendar, { kind: 'shift', days: 2 }, ctx).text;
    assert.deepStrictEqual(dates(parse(moved)), ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25']);
    assert.strictEqual((moved.match(/\u{1F4C5}/gu) ?? []).length, 4);
    assert.strictEqual(run(moved, { kind: 'shift', days: -2 }, ctx).text, calendar);
    // On generated plans with rest days, CRLF and days done on their dates: N then -N is the identity.
    let back = 0;
    // Days the learner dated on the dates they have anyway (every open day, or some) keep their 📅 both ways (a
    // review's plan dated day by day lost its pins).
    const pinsOf = fc.oneof(fc.constant<'all' | number[]>('all'), fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }));
    fc.assert(fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 6 }), fc.subarray([6, 7]), fc.boolean(), pinsOf, (days, done, shift, rest, crlf, pins) => {
      const start = '2026-11-02';
      const eol = crlf ? '\r\n' : '\n';
      const heading = (i: number, pin = ''): string => `### Day ${i + 1}${pin}${i < done ? ` \u2705 ${addDays(start, i)}` : ''}`;
      const head = ['---', `start: ${start}`, `rest: [${rest.map((d) => ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][d]).join(', ')}]`, '---'];
      const plain = [...head, ...Array.from({ length: days }, (_, i) => heading(i)), ''].join(eol);
      const own = scheduleFor(parse(plain), null)!;
      const pinned = (i: number): boolean => i >= done && (pins === 'all' || pins.includes(i));
      const text = [...head, ...Array.from({ length: days }, (_, i) => heading(i, pinned(i) ? ` \u{1F4C5} ${own.dateOf(i)}` : '')), ''].join(eol);
      // The texts that cannot tell: a shift writes its 📅 on the current day, so a learner's there reads the same once
      // shifted: taken away on the way back where most days after it have none, kept where most have one (and so is
      // a shift's). A plan dated day by day, or here and there further on, comes back byte for byte.
      const after = Array.from({ length: days - done - 1 }, (_, k) => done + 1 + k);
      const mostPinned = after.length > 0 && after.filter(pinned).length * 2 >= after.length;
      if (pinned(done) !== mostPinned) return;
      const ctx = { today: addDays(start, 10), options: {} };
      const there = catchUp(text, parse(text), { kind: 'shift', days: shift }, ctx);
      if (!there.ok) return;
      const moved = applyTextEdits(text, there.edits);
      const undo = catchUp(moved, parse(moved), { kind: 'shift', days: -shift }, ctx);
      if (!undo.ok) return;
      back++;
      assert.strictEqual(applyTextEdits(moved, undo.edits), text);
    }), { seed: 7, numRuns: 200 });
    assert.ok(back > 100, `most shifts are taken back (${back} of 200)`);
  });


  it('a day dated at the end of its title is dated anew there, in its own form (a 📅 beside it left the title\'s date untrue)', () => {
    const ctx = { today: '2026-01-06', options: {} };
    const german = lines('# Tage 1-4: K8s', '## Tag 1 \u2013 Images (05.01.2026) \u2705 2026-01-05', '## Tag 2 \u2013 Netz (06.01.2026)', '- [ ] a', '## Tag 3 \u2013 Vol (07.01.2026)', '## Tag 4 \u2013 Helm \u2014 2026-01-08', '');
    const moved = run(german, { kind: 'shift', days: 2 }, ctx).text;
    assert.strictEqual(moved, german.replace('06.01.2026', '08.01.2026').replace('07.01.2026', '09.01.2026').replace('2026-01-08', '2026-01-10'));
    assert.deepStrictEqual(dates(parse(moved)), ['2026-01-05', '2026-01-08', '2026-01-09', '2026-01-10']);
    // Taken back: the text as it was; written with a month's name, in its language, form and case, an ordinal as one
    // (it became ISO, and a shift and its opposite lost the learner's form: a trial's).
    assert.strictEqual(run(moved, { kind: 'shift', days: -2 }, ctx).text, german);
    const named = lines('# Days 1-4: Go', '### Day 1 - Setup (Jan 6, 2026)', '### Day 2 - Types (January 30th, 2026)', '### Day 3 - Maps (31. Januar 2026)', '### Day 4 - End (FEB 1, 2026)', '');
    const later = run(named, { kind: 'shift', days: 1 }, ctx).text;
    assert.strictEqual(later, named.replace('Jan 6, 2026', 'Jan 7, 2026').replace('January 30th', 'January 31st').replace('31. Januar', '1. Februar').replace('FEB 1', 'FEB 2'));
    assert.strictEqual(run(later, { kind: 'shift', days: -1 }, ctx).text, named);
    assert.strictEqual(namedDateLike('Dec 31, 2026', '2027-01-01'), 'Jan 1, 2027');
    assert.strictEqual(namedDateLike('2026-01-05', '2026-01-06'), null, 'no month named: the caller writes its own form');
    // Left to ISO (a review's): a weekday would go stale, a name other languages share names the new month otherwise,
    // a form that is not written back as it is.
    assert.strictEqual(namedDateLike('Wed, Nov 25, 2026', '2026-11-28'), null);
    assert.strictEqual(namedDateLike('30. November 2026', '2026-12-01'), null, 'December or Dezember');
    assert.strictEqual(namedDateLike('31. Mai 2026', '2026-06-01'), null, 'Juni, juin or junho');
    assert.strictEqual(namedDateLike('Sept 29, 2026', '2026-10-02'), null);
    assert.strictEqual(namedDateLike('1er décembre 2026', '2026-12-02'), null);
    assert.strictEqual(namedDateLike('30. November 2026', '2026-11-28'), '28. November 2026', 'the same month: no language to choose');
    // The languages the text around it is written in settle a shared name; the short form is the short one, not the
    // name's next spelling (a review's `Feb` gave `Maerz`, `nov.` gave `decembre`).
    assert.strictEqual(namedDateLike('30. November 2026', '2026-12-01', ['de']), '1. Dezember 2026');
    assert.strictEqual(namedDateLike('22. Feb 2026', '2026-03-01', ['de']), '1. Mär 2026');
    assert.strictEqual(namedDateLike('29 nov. 2026', '2026-12-06', ['fr']), '6 déc. 2026');
    assert.strictEqual(namedDateLike('Feb 22, 2026', '2026-03-01'), null, 'Mar, Mär or Mrt');
    assert.strictEqual(namedDateLike('Feb 22, 2026', '2026-03-01', ['en', 'nl']), 'Mar 1, 2026', 'the first language');
    assert.strictEqual(namedDateLike('Feb 22, 2026', '2026-03-01', ['en']), 'Mar 1, 2026');
    assert.strictEqual(namedDateLike('26. Jänner 2026', '2026-02-02', ['de']), null, 'a spelling with no counterpart');
  });
  it('a title\'s slashed date is dated anew in the file\'s order, and as ISO where the new dates would leave that order unsaid (a trial\'s Spanish plan got a 📅 beside each (02/12/2026))', () => {
    const ctx = { today: '2026-11-29', options: {} };
    const spanish = lines('# Plan con fechas', '### D\u00eda 1 - \u00cdndices (01/12/2026)', '- [ ] Leer', '### D\u00eda 2 - Vistas (02/12/2026)', '- [ ] Crear', '### D\u00eda 3 - Final (13/12/2026)', '- [ ] Final', '');
    const later = run(spanish, { kind: 'shift', days: 3 }, ctx).text;
    assert.strictEqual(later, spanish.replace('01/12', '04/12').replace('02/12', '05/12').replace('13/12', '16/12'));
    assert.deepStrictEqual(dates(parse(later)), ['2026-12-04', '2026-12-05', '2026-12-16']);
    assert.strictEqual(run(later, { kind: 'shift', days: -3 }, ctx).text, spanish);
    // A US plan, month first: `(12/01/2026)` beside `(12/13/2026)`.
    const us = lines('# Plan', '### Day 1 - A (12/01/2026)', '### Day 2 - B (12/13/2026)', '');
    assert.strictEqual(run(us, { kind: 'shift', days: 2 }, ctx).text, us.replace('12/01', '12/03').replace('12/13', '12/15'));
    // The one date that said the order moves to one that reads two ways, and nothing else says it: ISO, read alike.
    const far = lines('# Plan', '### D\u00eda 1 - A (13/11/2026)', '### D\u00eda 2 - B (05/01/2027)', '');
    const earlier = run(far, { kind: 'shift', days: -3 }, { today: '2026-11-01', options: {} }).text;
    assert.strictEqual(earlier, far.replace('13/11/2026', '2026-11-10').replace('05/01/2027', '2027-01-02'));
    assert.deepStrictEqual(dates(parse(earlier)), ['2026-11-10', '2027-01-02']);
  });

  it('a skip taken back leaves a 📅 on the date the day had anyway: a shift then closes up over a day done early as before (a trial\'s left the dates empty)', () => {
    const text = lines('---', 'start: 2026-11-20', '---', '### Day 1 - A \u2705', '### Day 2 - B', '### Day 3 - C \u2705', '### Day 4 - D', '### Day 5 - E', '### Day 6 - F', '');
    const ctx = { today: '2026-11-28', options: {} };
    const plain = run(text, { kind: 'shift', days: 7 }, ctx);
    // What Skip and then Mark Incomplete of Day 2 leave: the pin on Day 4, on its own date.
    const pinned = text.replace('### Day 4 - D\n', '### Day 4 - D \u{1F4C5} 2026-11-23\n');
    assert.deepStrictEqual(dates(parse(pinned)), dates(parse(text)));
    const shifted = run(pinned, { kind: 'shift', days: 7 }, ctx);
    assert.deepStrictEqual(dates(parse(shifted.text)), dates(parse(plain.text)));
    assert.ok(plain.outcome.ok && shifted.outcome.ok && shifted.outcome.endAfter === plain.outcome.endAfter && plain.outcome.endAfter === '2026-12-01');
  });

  it('shifts by moving start: when nothing was studied yet, keeping the YAML as written', () => {
    const fresh = base.replace(' \u2705 2026-11-01', '');
    const { text, outcome } = run(fresh, { kind: 'shift', days: 9 });
    assert.strictEqual(text, fresh.replace('start: 2026-11-01 # first day', 'start: 2026-11-10 # first day'));
    assert.ok(outcome.ok && outcome.edits.length === 1 && outcome.behindAfter === 0);
    const quoted = fresh.replace('start: 2026-11-01', 'start: "2026-11-01"');
    assert.strictEqual(run(quoted, { kind: 'shift', days: 1 }).text, quoted.replace('"2026-11-01"', '"2026-11-02"'));
    // No date past 9999 is written (a spread as of 9999-12-31 wrote `📅 -000002-12`: a hostile trial's).
    const three = lines('---', 'start: 2026-01-05', '---', '### Day 1 - A', '### Day 2 - B', '### Day 3 - C', '');
    const far = catchUp(three, parse(three), { kind: 'spread', over: 2 }, { today: '9999-12-31', options: {} });
    assert.deepStrictEqual(far.ok ? null : far.message, 'the new dates would pass the end of year 9999');
    const late = three.replace('2026-01-05', '9999-12-25');
    const shifted = catchUp(late, parse(late), { kind: 'shift', days: 10 }, { today: '9999-12-25', options: {} });
    assert.deepStrictEqual(shifted.ok ? null : shifted.message, 'the new dates would pass the end of year 9999');
    // TOML's `start =` as well (never a table's key of the same name).
    const toml = fresh.replace('---\ntitle: Iceberg\nstart: 2026-11-01 # first day\n---', '+++\ntitle = "Iceberg"\nnote = """\nstart = 2020-01-01\n"""\nstart = 2026-11-01 # first day\n[params]\nstart = 2026-01-01\n+++');
    assert.strictEqual(run(toml, { kind: 'shift', days: 9 }).text, toml.replace('start = 2026-11-01', 'start = 2026-11-10'));
    // What the reader reads is what is edited: a `'''` inside a `"""` string ends nothing (a review's).
    const quoted3 = toml.replace('note = """\n', 'note = """ don\'t \'\'\'\n');
    assert.strictEqual(run(quoted3, { kind: 'shift', days: 9 }).text, quoted3.replace('start = 2026-11-01', 'start = 2026-11-10'));
  });

  it('uses a 📅 instead when the start is a setting (the file is the database, settings are not edited)', () => {
    const noStart = base.replace('start: 2026-11-01 # first day\n', '').replace(' \u2705 2026-11-01', '');
    const ctx = { today, options: { configuredStart: '2026-11-01' } };
    assert.strictEqual(run(noStart, { kind: 'shift', days: 9 }, ctx).text, noStart.replace('### Day 1\n', '### Day 1 \u{1F4C5} 2026-11-10\n'));
  });

  it('spreads the missed days over the next K days, two on M of them, and ends when it would have', () => {
    // Nov 5: Day 2 is current (planned Nov 2); Days 2-4 were missed. Over 5 days: two a day on three of them.
    const ctx = { today: '2026-11-05', options: {} };
    assert.strictEqual(scheduleStatus(plan, ctx)!.missed, 3);
    const { text, outcome } = run(base, { kind: 'spread', over: 5 }, ctx);
    assert.ok(outcome.ok);
    assert.deepStrictEqual([outcome.endAfter, outcome.endBefore, outcome.behindAfter], ['2026-11-12', '2026-11-12', 0], 'the end does not move');
    const after = parse(text);
    assert.deepStrictEqual(dates(after).slice(1, 10), ['2026-11-05', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-09', '2026-11-10']);
    // Only where the dates change is a date written, and on both days of a date that takes two (the second's
    // date alone read, in the markdown, as if the first were a day earlier: a learner's report).
    assert.deepStrictEqual(after.days.filter((d) => d.planned).map((d) => [d.number, d.planned]), [
      [2, '2026-11-05'], [3, '2026-11-05'], [5, '2026-11-07'], [6, '2026-11-07'], [8, '2026-11-09'], [9, '2026-11-09'],
    ]);
    // More days than the plan has left: its 11 open days go over the 10 days, one double (a learner's 10 over 10
    // were doubled into 6 days, 7 over 7 into 5: "over the next 7 days"); the earliest end is the shortest spread.
    const long = run(base, { kind: 'spread', over: 10 });
    assert.ok(long.outcome.ok && long.outcome.endAfter === '2026-11-19');
    assert.deepStrictEqual(dates(parse(long.text)).slice(1), ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']);
    const shortest = run(base, { kind: 'spread', over: 6 }).outcome;
    assert.ok(shortest.ok && shortest.endAfter === '2026-11-15' && /Spread 8 missed days over the next 6 days/.test(shortest.summary), shortest.ok ? shortest.summary : '');
  });

  it('a plan that ends inside the window fills it: a learner\'s 10 days, 7 of them missed', () => {
    const text = lines('---', 'start: 2026-11-20', '---', '# Spread test', ...Array.from({ length: 10 }, (_, i) => `## Day ${i + 1} - Topic ${i + 1}\n- [ ] read`), '');
    const ctx = { today: '2026-11-27', options: {} };
    const over = (k: number): (string | null)[] => dates(parse(run(text, { kind: 'spread', over: k }, ctx).text));
    // Over 7: 10 days in 7, three take two (it put two on every day and ended in 5, "over the next 7 days").
    assert.deepStrictEqual(over(7), ['2026-11-27', '2026-11-28', '2026-11-28', '2026-11-29', '2026-11-30', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-02', '2026-12-03']);
    // Over 10: one a day (it doubled four and left dates of the window empty).
    assert.deepStrictEqual(over(10), ['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    // Over 5: two a day, the earliest end; 4 is too few (it said 7).
    assert.deepStrictEqual(over(5), ['2026-11-27', '2026-11-27', '2026-11-28', '2026-11-28', '2026-11-29', '2026-11-29', '2026-11-30', '2026-11-30', '2026-12-01', '2026-12-01']);
    // One a day over 10 doubles none: said, as it is a shift.
    const tenSaid = catchUp(text, parse(text), { kind: 'spread', over: 10 }, ctx);
    assert.ok(tenSaid.ok && /^Spread 7 missed days over the next 10 days, one a day \(no day takes two\) \(ends 2026-12-06/.test(tenSaid.summary), tenSaid.ok ? tenSaid.summary : '');
    const four = catchUp(text, parse(text), { kind: 'spread', over: 4 }, ctx);
    assert.ok(!four.ok && four.message === '7 missed days need at least 5 days to spread over (two a day at most, counting the days already planned on them)', four.ok ? four.summary : four.message);
  });

  it('the shortest spread counts dates that hold two already; the one suggested keeps the end (a review: 3 was refused with "at least 3", and 7 was suggested where 6 kept the end)', () => {
    const text = lines('---', 'start: 2026-11-24', '---', '### Day 1', '### Day 2', '### Day 3', '### Day 4 \u{1F4C5} 2026-11-27', '### Day 5 \u{1F4C5} 2026-11-28', '### Day 6 \u{1F4C5} 2026-11-28', '### Day 7 \u{1F4C5} 2026-11-29', '### Day 8', '### Day 9', '### Day 10', '');
    const ctx = { today: '2026-11-27', options: {} };
    const three = catchUp(text, parse(text), { kind: 'spread', over: 3 }, ctx);
    assert.strictEqual(three.ok ? three.summary : three.message, '3 missed days need at least 4 days to spread over (two a day at most, counting the days already planned on them)');
    const advice = catchUpAdvice(text, parse(text), ctx)!;
    assert.deepStrictEqual(advice.spread, { over: 6, end: '2026-12-02', doubles: 3 });
  });

  it('a spread keeps the dates a learner wrote ahead (📅 today or later) where the days before them leave room (a learner\'s were moved earlier)', () => {
    const text = lines('---', 'start: 2026-11-20', '---', '# Spark', '### Day 1 \u2705 2026-11-20', '### Day 2', '### Day 3', '### Day 4',
      '### Day 5 \u{1F4C5} 2026-12-01', '### Day 6', '### Day 7', '### Day 8', '### Day 9 \u{1F4C5} 2026-12-10', '### Day 10', '');
    const ctx = { today: '2026-11-27', options: {} };
    for (const over of [3, 7, 20]) {
      const after = parse(run(text, { kind: 'spread', over }, ctx).text);
      const planned = dates(after);
      assert.deepStrictEqual([planned[1], planned[4], planned[8]], ['2026-11-27', '2026-12-01', '2026-12-10'], `--spread ${over}`);
    }
    // A pin the missed days must pass is moved (two a day at most: 3 missed and Day 5 in 2 days).
    const tight = parse(run(text.replace('2026-12-01', '2026-11-28'), { kind: 'spread', over: 3 }, ctx).text);
    assert.ok(dates(tight)[4]! > '2026-11-28', String(dates(tight)[4]));
  });

  it('a day done today counts in today\'s two: a spread puts one more on today, none when two are done (a learner was given three)', () => {
    // Nov 5: Day 1 done today, late; Days 2-4 missed, Days 5-12 ahead.
    const ctx = { today: '2026-11-05', options: {} };
    const late = base.replace('Day 1 \u2705 2026-11-01', 'Day 1 \u2705 2026-11-05');
    const { text, outcome } = run(late, { kind: 'spread', over: 5 }, ctx);
    assert.ok(outcome.ok && outcome.endAfter === '2026-11-12', outcome.ok ? outcome.endAfter ?? '' : '');
    // Today takes one more (two in all); the doubles go to the days after it (the day done took today's): the end holds.
    assert.deepStrictEqual(dates(parse(text)).slice(1, 6), ['2026-11-05', '2026-11-06', '2026-11-06', '2026-11-07', '2026-11-08']);
    // A double on today would be lost to the day done: refused, as is a window only as long as the days missed
    // (a review: both were taken, and the plan ended a day late without a word).
    const onToday = catchUp(late, parse(late), { kind: 'spread', over: 5, doubleOn: ['2026-11-05', '2026-11-06', '2026-11-07'] }, ctx);
    assert.ok(!onToday.ok && /2026-11-05 already holds the day done today/.test(onToday.message), onToday.ok ? onToday.summary : onToday.message);
    const tight = catchUp(late, parse(late), { kind: 'spread', over: 3 }, ctx);
    assert.ok(!tight.ok && tight.message === '3 missed days need at least 4 days to spread over: today holds the day done today and one more at most', tight.ok ? tight.summary : tight.message);
    // Two done today (Day 2 too): today takes none, the missed days start tomorrow.
    const two = late.replace('### Day 2\n', '### Day 2 \u2705 2026-11-05\n');
    const { text: after } = run(two, { kind: 'spread', over: 5 }, ctx);
    assert.deepStrictEqual(dates(parse(after)).slice(2, 5), ['2026-11-06', '2026-11-07', '2026-11-07']);
  });

  it('a second spread keeps the pairs an earlier one wrote after its window (a learner saw the end move 11 days)', () => {
    const text = lines('---', 'start: 2026-11-01', '---', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3',
      '### Day 4 \u{1F4C5} 2026-11-06', '### Day 5 \u{1F4C5} 2026-11-06', '### Day 6', '### Day 7 \u{1F4C5} 2026-11-08', '### Day 8 \u{1F4C5} 2026-11-08', '### Day 9', '');
    const { text: after, outcome } = run(text, { kind: 'spread', over: 2 }, { today: '2026-11-04', options: {} });
    assert.ok(outcome.ok);
    assert.deepStrictEqual([outcome.endBefore, outcome.endAfter], ['2026-11-09', '2026-11-09']);
    // The two missed days take the window's two empty dates: nothing doubles, the earlier pairs keep their dates.
    assert.deepStrictEqual(dates(parse(after)).slice(1), ['2026-11-04', '2026-11-05', '2026-11-06', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-08', '2026-11-09']);
    // Pairs inside the window: a date holding two keeps two, the missed days double up elsewhere (two a day at most).
    const packed = lines('---', 'start: 2026-11-01', '---', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3 \u{1F4C5} 2026-11-02',
      '### Day 4 \u{1F4C5} 2026-11-03', '### Day 5 \u{1F4C5} 2026-11-03', '### Day 6', '### Day 7', '');
    const again = run(packed, { kind: 'spread', over: 3 }, { today: '2026-11-03', options: {} });
    assert.ok(again.outcome.ok);
    assert.deepStrictEqual([again.outcome.endBefore, again.outcome.endAfter], ['2026-11-05', '2026-11-05']);
    assert.deepStrictEqual(dates(parse(again.text)).slice(1), ['2026-11-03', '2026-11-03', '2026-11-04', '2026-11-04', '2026-11-05', '2026-11-05']);
    assert.deepStrictEqual(spreadDoubles(parse(packed), scheduleStatus(parse(packed), { today: '2026-11-03', options: {} })!, ['2026-11-03', '2026-11-04', '2026-11-05'], '2026-11-03'), ['2026-11-04', '2026-11-05']);
  });

  it('spreads on the days the learner chose, and refuses too few days or a wrong choice', () => {
    const text = base;
    // 8 missed and 3 more days in 8 days: three take two.
    const { outcome } = run(text, { kind: 'spread', over: 8, doubleOn: ['2026-11-10', '2026-11-13', '2026-11-17'] });
    assert.ok(outcome.ok && outcome.endAfter === '2026-11-17');
    const short = catchUp(text, plan, { kind: 'spread', over: 3 }, context);
    assert.ok(!short.ok && short.message === '8 missed days need at least 6 days to spread over (two a day at most, counting the days already planned on them)', short.ok ? '' : short.message);
    const wrong = catchUp(text, plan, { kind: 'spread', over: 8, doubleOn: ['2026-11-10'] }, context);
    assert.ok(!wrong.ok && /choose 3 of the next 8 study days/.test(wrong.message));
  });

  it('skips chosen days: ⏭ with the date; missed days skipped catch up, days ahead skipped end the plan sooner', () => {
    // Day 5 and Day 6 were planned before today: skipped, the days after them keep their dates (one 📅 on Day 7),
    // so the learner is two days less behind. Moving them up instead left the learner as far behind as before.
    const { text, outcome } = run(base, { kind: 'skip', days: [{ line: 9, title: 'Day 5' }, { line: 10, title: 'Day 6' }] });
    assert.strictEqual(text, base.replace('### Day 5\n', '### Day 5 \u23ED 2026-11-10\n').replace('### Day 6\n', '### Day 6 \u23ED 2026-11-10\n').replace('### Day 7\n', '### Day 7 \u{1F4C5} 2026-11-07\n'));
    assert.ok(outcome.ok && outcome.endAfter === '2026-11-12' && outcome.behindAfter === 6, outcome.ok ? outcome.summary : '');
    assert.ok(outcome.ok && /^Skipped 2 days \(ends 2026-11-12, unchanged; still 6 days behind\)$/.test(outcome.summary));
    assert.strictEqual(parse(text).root.progress.daysTotal, 10);
    // Day 11 is ahead (planned for 2026-11-11): skipped, Day 12 moves up and the plan ends a day sooner.
    const ahead = run(base, { kind: 'skip', days: [{ line: 16, title: 'Day 11' }] });
    assert.strictEqual(ahead.text, base.replace('### Day 11\n', '### Day 11 \u23ED 2026-11-10\n'));
    assert.ok(ahead.outcome.ok && /^Skipped 1 day \(ends 2026-11-11, was 2026-11-12; still 8 days behind\)$/.test(ahead.outcome.summary));
    // Every missed day skipped and nothing studied before them: the start moves to the first day left's date.
    const fresh = lines('---', 'start: 2026-11-01', '---', '### Day 1', '### Day 2', '### Day 3', '### Day 4', '');
    const all = run(fresh, { kind: 'skip', days: [{ line: 3, title: 'Day 1' }, { line: 4, title: 'Day 2' }] }, { today: '2026-11-03', options: {} });
    assert.strictEqual(all.text, fresh.replace('start: 2026-11-01', 'start: 2026-11-03').replace('### Day 1\n', '### Day 1 \u23ED 2026-11-03\n').replace('### Day 2\n', '### Day 2 \u23ED 2026-11-03\n'));
    assert.ok(all.outcome.ok && /^Skipped 2 days \(ends 2026-11-04, unchanged; on schedule\)$/.test(all.outcome.summary));
  });

  it('puts a date before a done day\'s stamp, so Mark Day Incomplete still finds the stamp at the end', () => {
    const text = lines('---', 'start: 2026-11-01', '---', '### Day 1 \u2705 2026-11-01', '### Day 2', '### Day 3 \u2705 2026-11-02', '### Day 4');
    const edit = plannedDateEdit(new Lines(text), parse(text).days[2], '2026-11-04');
    assert.ok(typeof edit !== 'string');
    assert.match(applyTextEdits(text, [edit]), /### Day 3 \u{1F4C5} 2026-11-04 \u2705 2026-11-02/u);
  });

  it('rewrites the due date of a day written as a task where it stands among its fields (a second 📅 at the end did not count)', () => {
    const text = lines('---', 'start: 2026-11-01', '---', '- [ ] Day 1: a \u23EB \u{1F4C5} 2026-11-20 #sql', '- [ ] Day 2: b', '');
    const plan = parse(text);
    const [item, plain] = plan.days;
    const heading = parse(lines('### [ ] Day 3 \u{1F4C5} 2026-11-22 \u{1F53C}', '### Day 4', '')).days[0];
    const edit = (day: typeof item, t: string): string => {
      const e = plannedDateEdit(new Lines(t), day, '2026-12-01');
      assert.ok(typeof e !== 'string', String(e));
      return applyTextEdits(t, [e]);
    };
    assert.strictEqual(edit(item, text).split('\n')[3], '- [ ] Day 1: a \u23EB \u{1F4C5} 2026-12-01 #sql');
    assert.strictEqual(edit(plain, text).split('\n')[4], '- [ ] Day 2: b \u{1F4C5} 2026-12-01');
    assert.strictEqual(edit(heading, '### [ ] Day 3 \u{1F4C5} 2026-11-22 \u{1F53C}\n### Day 4\n'), '### [ ] Day 3 \u{1F4C5} 2026-12-01 \u{1F53C}\n### Day 4\n');
    assert.strictEqual(parse(edit(item, text)).days[0].planned, '2026-12-01');
  });

  describe('a day done early, out of order (a learner did Day 2 before Day 1: it was counted missed and dated anew)', () => {
    // Nov 4: Day 1 (Nov 1) and Day 3 (Nov 3) were missed; Day 2 (Nov 2) was done early, on Nov 1.
    const early = lines('---', 'start: 2026-11-01', '---', '### Day 1', '### Day 2 \u2705 2026-11-01', '### Day 3', '### Day 4', '### Day 5', '### Day 6', '');
    const ctx = { today: '2026-11-04', options: {} };

    it('is not behind and not missed', () => {
      const plan = parse(early);
      const schedule = scheduleFor(plan, null)!;
      assert.strictEqual(schedule.behind(plan.days[0], '2026-11-04'), 2, 'Days 1 and 3, not Day 2');
      assert.strictEqual(schedule.behind(plan.days[0], '2026-11-03'), 1);
      assert.strictEqual(schedule.behind(plan.days[0], '2026-11-01'), 0);
      assert.deepStrictEqual([scheduleStatus(plan, ctx)!.behind, scheduleStatus(plan, ctx)!.missed], [2, 2]);
    });

    it('spread: only the open days take the new dates; nothing is written on the done day', () => {
      const { text, outcome } = run(early, { kind: 'spread', over: 2 }, ctx);
      assert.ok(outcome.ok && outcome.behindAfter === 0 && outcome.endAfter === '2026-11-06', outcome.ok ? outcome.summary : '');
      assert.match(text, /### Day 2 \u2705 2026-11-01\n/u, 'the done day as it was');
      const after = parse(text);
      const open = after.days.map((day, i) => [day.number, scheduleFor(after, null)!.dateOf(i)]).filter((_, i) => !after.days[i].done);
      assert.deepStrictEqual(open, [[1, '2026-11-04'], [3, '2026-11-04'], [4, '2026-11-05'], [5, '2026-11-05'], [6, '2026-11-06']]);
      // Both open days of a date carry it, the done day between them or not.
      assert.deepStrictEqual(after.days.filter((d) => d.planned).map((d) => [d.number, d.planned]), [[1, '2026-11-04'], [3, '2026-11-04'], [4, '2026-11-05'], [5, '2026-11-05']]);
    });

    it('shift: the open days close up over the done day\'s slot (it was left empty)', () => {
      const { text, outcome } = run(early, { kind: 'shift', days: 3 }, ctx);
      assert.ok(outcome.ok && outcome.behindAfter === 0, outcome.ok ? outcome.summary : '');
      assert.match(text, /### Day 2 \u2705 2026-11-01\n/u);
      const after = parse(text);
      const schedule = scheduleFor(after, null)!;
      assert.deepStrictEqual(after.days.map((d, i) => (d.done ? null : schedule.dateOf(i))), ['2026-11-04', null, '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    });

    it('shift: the open days after days done early close up over their dates, a 📅 on a done day too (a review, a learner)', () => {
      const two = lines('---', 'start: 2026-11-20', '---', '## Day 1', '## Day 2 \u2705 2026-11-19', '## Day 3 \u2705 2026-11-19', '## Day 4', '## Day 5', '');
      const openDates = (text: string): (string | null)[] => {
        const after = parse(text);
        return after.days.map((d, i) => (d.done ? null : scheduleFor(after, null)!.dateOf(i)));
      };
      // A shift later never moves a day before its old date (closing up into the past left a reviewer further behind).
      const { text, outcome } = run(two, { kind: 'shift', days: 1 }, { today: '2026-11-20', options: {} });
      assert.deepStrictEqual(openDates(text), ['2026-11-21', null, null, '2026-11-23', '2026-11-24']);
      assert.ok(outcome.ok && /^Moved the rest of the plan 1 day later, closing up over 2 days done early \(ends 2026-11-24, unchanged; on schedule/.test(outcome.summary), outcome.ok ? outcome.summary : '');
      // A shift far enough closes up over them, and says so.
      const far3 = run(two, { kind: 'shift', days: 4 }, { today: '2026-11-24', options: {} });
      assert.deepStrictEqual(openDates(far3.text), ['2026-11-24', null, null, '2026-11-25', '2026-11-26']);
      assert.ok(far3.outcome.ok && /^Moved the rest of the plan 4 days later, closing up over 2 days done early \(ends 2026-11-26, was 2026-11-24/.test(far3.outcome.summary), far3.outcome.ok ? far3.outcome.summary : '');
      // A done day's own 📅 made a gap: a shift closes it as far as it reaches, never moving a day before its date
      // (here the days after it are weeks later: they keep their dates)...
      const far = lines('---', 'start: 2026-11-20', '---', '## Day 1', '## Day 2 \u{1F4C5} 2026-12-31 \u2705 2026-11-19', '## Day 3', '## Day 4', '');
      assert.deepStrictEqual(openDates(run(far, { kind: 'shift', days: 3 }, { today: '2026-11-20', options: {} }).text), ['2026-11-23', null, '2027-01-01', '2027-01-02']);
      // ...and a learner's (Day 3 pinned on 11-25, done early; the suggested --shift 6 left 11-28 to 12-01 empty).
      const gap = lines('---', 'start: 2026-11-20', '---', '### Day 1 \u2705 2026-11-20', '### Day 2', '### Day 3 \u{1F4C5} 2026-11-25 \u2705 2026-11-21', '### Day 4', '### Day 5', '### Day 6', '');
      assert.deepStrictEqual(openDates(run(gap, { kind: 'shift', days: 6 }, { today: '2026-11-27', options: {} }).text), [null, '2026-11-27', null, '2026-11-28', '2026-11-29', '2026-11-30']);
      // A shift earlier moves each open day by the shift, no further (a review: it closed up too).
      const earlier = run(two, { kind: 'shift', days: -1 }, { today: '2026-11-18', options: {} });
      assert.deepStrictEqual(openDates(earlier.text), ['2026-11-19', null, null, '2026-11-22', '2026-11-23']);
      // Pinned open days around done ones stay in order, each moved by the shift (a learner's second shift).
      const pinned = lines('---', 'start: 2026-11-20', '---', '### Day 1 \u{1F4C5} 2026-11-27', '### Day 2 \u2705 2026-11-21', '### Day 3 \u2705 2026-11-22', '### Day 4 \u{1F4C5} 2026-11-28', '### Day 5', '### Day 6', '');
      assert.deepStrictEqual(openDates(run(pinned, { kind: 'shift', days: 2 }, { today: '2026-11-29', options: {} }).text), ['2026-11-29', null, null, '2026-11-30', '2026-12-01', '2026-12-02']);
    });

    it('a table plan: a shift moves start: (a row cannot carry a 📅; status suggested a shift that was refused)', () => {
      const table = lines('---', 'start: 2026-11-20', '---', '| Day | Topic | Done |', '|---|---|---|', '| 1 | Select | \u2705 2026-11-20 |', '| 2 | Where | |', '| 3 | Joins | |', '');
      const { text, outcome } = run(table, { kind: 'shift', days: 6 }, { today: '2026-11-27', options: {} });
      assert.strictEqual(text, table.replace('start: 2026-11-20', 'start: 2026-11-26'));
      // A row done early moves with the start: nothing is closed up over, and the summary does not say so (a review).
      const early = run(table.replace('| 3 | Joins | |', '| 3 | Joins | \u2705 2026-11-20 |\n| 4 | Views | |'), { kind: 'shift', days: 6 }, { today: '2026-11-27', options: {} });
      assert.ok(early.outcome.ok && /^Moved the rest of the plan 6 days later \(/.test(early.outcome.summary), early.outcome.ok ? early.outcome.summary : '');
      assert.ok(outcome.ok && outcome.behindAfter === 0 && outcome.endAfter === '2026-11-28', outcome.ok ? outcome.summary : '');
      // Ahead, a shift earlier moves the start too: the day before moves with it, so it does not refuse (it did, by
      // the rule of the day before that holds where the done days keep their dates).
      const ahead = lines('---', 'start: 2026-11-24', '---', '| Day | Topic | Done |', '|---|---|---|', '| 1 | Select | \u2705 2026-11-24 |', '| 2 | Where | \u2705 2026-11-25 |', '| 3 | Joins | \u2705 2026-11-26 |', '| 4 | Views | |', '');
      const back = run(ahead, { kind: 'shift', days: -1 }, { today: '2026-11-26', options: {} });
      assert.strictEqual(back.text, ahead.replace('start: 2026-11-24', 'start: 2026-11-23'));
      assert.ok(back.outcome.ok && back.outcome.behindAfter === 0, back.outcome.ok ? back.outcome.summary : '');
      // A spread cannot be written as a start: refused, as before, saying why.
      const spread = catchUp(table, parse(table), { kind: 'spread', over: 7 }, { today: '2026-11-27', options: {} });
      assert.ok(!spread.ok && /is a row of a table with no Date column to plan it by/.test(spread.message), spread.ok ? '' : spread.message);
    });

    it('the plan ends on its last open day, not on the place of a day done early after it', () => {
      const last = lines('---', 'start: 2026-11-01', '---', '## Day 1', '## Day 2', '## Day 3 \u2705 2026-11-01', '');
      assert.strictEqual(scheduleFor(parse(last), null)!.end, '2026-11-02');
      assert.strictEqual(scheduleFor(parse(last.replace('## Day 1', '## Day 1 \u2705 2026-11-01').replace('## Day 2', '## Day 2 \u2705 2026-11-01')), null)!.end, '2026-11-03', 'all done: the last day');
    });

    it('skip: the open day after the missed one skipped keeps its date, not the done day', () => {
      const { text, outcome } = run(early, { kind: 'skip', days: [{ line: 3, title: 'Day 1' }] }, ctx);
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
      assert.match(text, /### Day 2 \u2705 2026-11-01\n### Day 3 \u{1F4C5} 2026-11-03\n/u);
    });
  });

  it('keeps CRLF, a BOM, closing hashes and bold titles byte for byte', () => {
    const text = '\uFEFF---\r\nstart: 2026-11-01\r\n---\r\n### Day 1 \u2705 2026-11-01\r\n### **Day 2** ###\r\n### Day 3\r\n### Day 4\r\n';
    const { text: after } = run(text, { kind: 'spread', over: 2 }, { today: '2026-11-04', options: {} });
    assert.strictEqual(after, '\uFEFF---\r\nstart: 2026-11-01\r\n---\r\n### Day 1 \u2705 2026-11-01\r\n### **Day 2** \u{1F4C5} 2026-11-04 ###\r\n### Day 3 \u{1F4C5} 2026-11-05\r\n### Day 4 \u{1F4C5} 2026-11-05\r\n');
    const fresh = '\uFEFF---\r\nstart: 2026-11-01\r\n---\r\n### Day 1\r\n';
    assert.strictEqual(run(fresh, { kind: 'shift', days: 2 }).text, fresh.replace('11-01', '11-03'));
  });

  it('refuses what it cannot write: no schedule, or a day that is not a heading', () => {
    const none = catchUp('### Day 1', parse('### Day 1'), { kind: 'shift', days: 1 }, context);
    assert.ok(!none.ok && /no schedule/.test(none.message));
    // A skip needs no schedule: its marks alone (a learner could skip only by hand); done days are no skip.
    const plain = lines('### Day 1', '- [ ] a', '### Day 2 \u2705', '### Day 3', '');
    const skipped = catchUp(plain, parse(plain), { kind: 'skip', days: [{ line: 0, title: 'Day 1' }] }, context);
    assert.ok(skipped.ok, skipped.ok ? '' : skipped.message);
    assert.deepStrictEqual([applyTextEdits(plain, skipped.edits), skipped.summary, skipped.endBefore], [plain.replace('### Day 1', `### Day 1 \u23ED ${context.today}`), 'Skipped 1 day (the plan has no schedule; next: Day 3)', null]);
    const nothing = catchUp(plain, parse(plain), { kind: 'skip', days: [{ line: 2, title: 'Day 2' }] }, context);
    assert.ok(!nothing.ok && /nothing to skip/.test(nothing.message));
    // A missed row of a table planned by its start: no place for a 📅, so the next row keeps its date by a new start:
    // when every row before it is done or skipped (a trial's skip of the first open row moved the rows up instead;
    // before that it was refused, naming the next row: from a review), the done rows keeping their places.
    const rows = lines('---', 'start: 2026-11-01', '---', '| Day | Topic |', '|---|---|', '| 1 | a \u2705 2026-11-01 |', '| 2 | b |', '| 3 | c |', '| 4 | d |', '');
    const missed = catchUp(rows, parse(rows), { kind: 'skip', days: [{ line: 6, title: 'Day 2: b' }] }, { today: '2026-11-05', options: {} });
    assert.ok(missed.ok, missed.ok ? '' : missed.message);
    assert.deepStrictEqual([applyTextEdits(rows, missed.edits), missed.standing], [rows.replace('| 2 | b |', '| 2 | b \u23ED 2026-11-05 |').replace('start: 2026-11-01', 'start: 2026-11-02'), 'still 2 days behind']);
    // A later row has open rows before it: the mark alone, the rows after it move up, and the plan still behind, said.
    const later = catchUp(rows, parse(rows), { kind: 'skip', days: [{ line: 7, title: 'Day 3: c' }] }, { today: '2026-11-05', options: {} });
    assert.ok(later.ok, later.ok ? '' : later.message);
    assert.deepStrictEqual([applyTextEdits(rows, later.edits), later.standing], [rows.replace('| 3 | c |', '| 3 | c \u23ED 2026-11-05 |'), 'still 2 days behind']);
    // A journal's entries are records: nothing to skip.
    const journal = lines('# Journal', '## 2026-11-20 Friday', '- notes', '## 2026-11-21 Saturday', '- more', '');
    const entry = catchUp(journal, parse(journal), { kind: 'skip', days: [{ line: 1, title: '2026-11-20 Friday' }] }, { ...context, name: 'j.md' });
    assert.deepStrictEqual(entry, { ok: false, message: 'j.md is a journal: its entries are records, with nothing to skip' });
    const table = lines('---', 'start: 2026-11-01', '---', '| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |', '| 3 | c |');
    const tablePlan = parse(table);
    assert.ok(tablePlan.days.length === 3);
    // A table plan can still move its start (nothing studied yet)...
    assert.ok(catchUp(table, tablePlan, { kind: 'shift', days: 2 }, context).ok);
    // ...but not put two days on one date.
    const spread = catchUp(table, tablePlan, { kind: 'spread', over: 2 }, { today: '2026-11-03', options: {} });
    assert.ok(!spread.ok && /is a row of a table with no Date column to plan it by/.test(spread.message));
  });

  it('finds the start line only inside the front matter', () => {
    assert.strictEqual(frontMatterStartEdit(new Lines('# Plan\nstart: 2026-11-01\n'), '2026-11-02'), null);
    assert.strictEqual(frontMatterStartEdit(new Lines('---\ntitle: x\n---\nstart: 2026-11-01\n'), '2026-11-02'), null);
  });

  it('on generated plans: the schedule read back gives every day its new date, and only headings change', () => {
    const arb = fc.record({
      days: fc.integer({ min: 2, max: 14 }),
      done: fc.integer({ min: 0, max: 3 }),
      // Days done early, out of order (after an open day).
      early: fc.array(fc.integer({ min: 1, max: 13 }), { maxLength: 2 }),
      planned: fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 20 })), { maxLength: 3 }),
      skipped: fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 2 }),
      rest: fc.subarray([6, 7]),
      late: fc.integer({ min: 1, max: 20 }),
      choice: fc.oneof(
        fc.integer({ min: -3, max: 9 }).filter((n) => n !== 0).map((days): CatchUpChoice => ({ kind: 'shift', days })),
        fc.integer({ min: 1, max: 25 }).map((over): CatchUpChoice => ({ kind: 'spread', over })),
      ),
      crlf: fc.boolean(),
    });
    let written = 0;
    fc.assert(fc.property(arb, ({ days, done, early, planned, skipped, rest, late, choice, crlf }) => {
      const start = '2026-11-02';
      const heading = (i: number): string => {
        const plan = planned.find(([at]) => at === i);
        const date = plan ? ` \u{1F4C5} ${addDays(start, plan[1] + i)}` : '';
        const skip = skipped.includes(i) && i >= done && !early.includes(i) ? ' \u23ED' : '';
        const stamp = i < done || early.includes(i) ? ` \u2705 ${addDays(start, i)}` : '';
        return `### Day ${i + 1}${date}${skip}${stamp}`;
      };
      const eol = crlf ? '\r\n' : '\n';
      const text = ['---', `start: ${start}`, `rest: [${rest.map((d) => ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][d]).join(', ')}]`, '---', ...Array.from({ length: days }, (_, i) => heading(i)), ''].join(eol);
      const ctx = { today: addDays(start, late), options: {} };
      const before = parse(text);
      const status = scheduleStatus(before, ctx);
      const outcome = catchUp(text, before, choice, ctx);
      if (status && outcome.ok) written++;
      if (!status || !outcome.ok) return; // no open day, nothing missed, or too few days: refused, nothing written
      const after = applyTextEdits(text, outcome.edits);
      assert.strictEqual(outcome.text, after);
      const oldLines = text.split(eol);
      const newLines = after.split(eol);
      assert.strictEqual(newLines.length, oldLines.length);
      newLines.forEach((line, i) => {
        if (line !== oldLines[i]) assert.ok((line.startsWith('### Day') && !line.includes('\u2705')) || line.startsWith('start:'), `only open days' headings and start: change: ${line}`);
      });
      const replanned = parse(after);
      const schedule = scheduleFor(replanned, null)!;
      assert.strictEqual(schedule.end, outcome.endAfter);
      // Days before the current one keep their dates.
      const oldSchedule = scheduleFor(before, null)!;
      for (let i = 0; i < status.currentIndex; i++) assert.strictEqual(schedule.dateOf(i), oldSchedule.dateOf(i));
      // Dates never go backwards (a day done early has a place, no date to keep), and a spread never puts more
      // than two days on a date.
      const inOrder = (dates: (string | null)[]): boolean => dates.filter((d) => d !== null).every((d, i, all) => i === 0 || d! >= all[i - 1]!);
      const open = (i: number): boolean => i < status.currentIndex || !before.days[i].done;
      const got = replanned.days.map((_, i) => (open(i) ? schedule.dateOf(i) : null));
      if (inOrder(before.days.map((_, i) => (open(i) ? oldSchedule.dateOf(i) : null)))) assert.ok(inOrder(got), `in order: ${got.join(' ')}`);
      const doneEarly = before.days.some((day, i) => i > status.currentIndex && day.done);
      if (choice.kind === 'shift') {
        for (let i = status.currentIndex; i < before.days.length; i++) {
          const old = oldSchedule.dateOf(i);
          const shifted: string | null = old && addDays('1970-01-01', schedule.rest.advance(dayNumber(old), choice.days));
          // Each day by the shift; with days done early, the open days after them close up (the current day still moves by the shift).
          if (old && (!doneEarly || i === status.currentIndex)) assert.strictEqual(schedule.dateOf(i), shifted);
          else if (old && open(i)) assert.ok(schedule.dateOf(i)! <= shifted!, `${schedule.dateOf(i)} after ${shifted}`);
        }
      } else {
        assert.strictEqual(outcome.behindAfter, Math.min(0, outcome.behindAfter ?? 0), 'nothing is behind after a spread');
        const perDate = new Map<string, number>();
        for (let i = status.currentIndex; i < replanned.days.length; i++) {
          const date = open(i) ? schedule.dateOf(i) : null;
          if (date && date < addDays(ctx.today, (choice.kind === 'spread' ? choice.over : 0) + 7)) perDate.set(date, (perDate.get(date) ?? 0) + 1);
        }
        assert.ok([...perDate.values()].every((n) => n <= 2), JSON.stringify([...perDate]));
      }
    }), { seed: 20, numRuns: 300 });
    assert.ok(written > 150, `most generated cases are replanned (${written} of 300), not refused`);
  });
});

describe('unified diff of edits', () => {
  it('prints the changed lines with three lines of context, as diff -u', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].join('\n');
    const edits = [
      { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, newText: '!' },
      { range: { start: { line: 10, character: 1 }, end: { line: 10, character: 1 } }, newText: '\nnew' },
    ];
    assert.strictEqual(unifiedDiff(text, edits, { fromLabel: 'a/p.md', toLabel: 'b/p.md' }), [
      '--- a/p.md', '+++ b/p.md',
      '@@ -1,5 +1,5 @@', ' a', '-b', '+b!', ' c', ' d', ' e',
      // A line added at the end of line k is a + line alone, as diff -u prints it (it printed k as - and + again).
      '@@ -9,4 +9,5 @@', ' i', ' j', ' k', '+new', ' l', '',
    ].join('\n'));
    assert.strictEqual(unifiedDiff(text, [], { fromLabel: 'x', toLabel: 'y' }), '');
  });

  it('prints lines an edit leaves as they were at its start or end as context (log --dry-run showed the line above its session as changed)', () => {
    const text = ['a', 'b', 'c', 'd'].join('\n');
    // A line inserted before b, written as an edit from the end of a over the line break.
    const before = { range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, newText: '\nnew\n' };
    assert.strictEqual(unifiedDiff(text, [before], { fromLabel: 'x', toLabel: 'y' }), ['--- x', '+++ y', '@@ -1,4 +1,5 @@', ' a', '+new', ' b', ' c', ' d', ''].join('\n'));
    // Two lines rewritten as one edit whose first and last lines stay: only the middle one is a change.
    const middle = { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 1 } }, newText: 'a\nB\nc' };
    assert.strictEqual(unifiedDiff(text, [middle], { fromLabel: 'x', toLabel: 'y' }), ['--- x', '+++ y', '@@ -1,4 +1,4 @@', ' a', '-b', '+B', ' c', ' d', ''].join('\n'));
  });

  it('joins changes whose context touches into one hunk', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const at = (line: number) => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, newText: 'X' });
    const diff = unifiedDiff(text, [at(0), at(7)], { fromLabel: 'x', toLabel: 'y', context: 3 });
    assert.strictEqual(diff.split('\n').filter((l) => l.startsWith('@@')).length, 1);
    assert.match(diff, /@@ -1,8 \+1,8 @@/);
  });

  it('prints a run of changed lines as its - lines, then its + lines, as diff -u (a replan of table rows alternated them)', () => {
    const text = ['| a |', '| b |', '| c |', 'd'].join('\n');
    const at = (line: number) => ({ range: { start: { line, character: 2 }, end: { line, character: 3 } }, newText: 'X' });
    assert.strictEqual(unifiedDiff(text, [at(1), at(0), at(2)], { fromLabel: 'x', toLabel: 'y' }), [
      '--- x', '+++ y', '@@ -1,4 +1,4 @@', '-| a |', '-| b |', '-| c |', '+| X |', '+| X |', '+| X |', ' d', '',
    ].join('\n'));
  });

  it('prints a line an edit wrote back as it was as context, not as a change', () => {
    const text = ['| a |', '| b |', 'c'].join('\n');
    const edits = [
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, newText: 'a' },
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, newText: 'X' },
    ];
    assert.strictEqual(unifiedDiff(text, edits, { fromLabel: 'x', toLabel: 'y' }), ['--- x', '+++ y', '@@ -1,3 +1,3 @@', ' | a |', '-| b |', '+| X |', ' c', ''].join('\n'));
  });

  it('previews a replan of the shared plan', () => {
    const name = 'days-031-060-lakehouse-for-ai.md';
    const text = `---\nstart: 2026-11-01\n---\n${readSample(name)}`;
    const plan = parse(text, `file:///ws/${name}`);
    const outcome = catchUp(text, plan, { kind: 'shift', days: 3 }, { today: '2026-11-04', options: {} });
    assert.ok(outcome.ok);
    assert.strictEqual(unifiedDiff(text, outcome.edits, { fromLabel: 'a', toLabel: 'b' }).split('\n').slice(2, 6).join('\n'), '@@ -1,5 +1,5 @@\n ---\n-start: 2026-11-01\n+start: 2026-11-04');
  });
});

describe("a front matter start that is not read is said, not ignored (a learner's report: a mistyped start: left the plan without a schedule and nothing said why)", () => {
  const rows: [frontMatter: string, problem: string | null][] = [
    ['start: 2026-11-20', null],
    ['start: "2026-11-20"', null],
    ['start:', null], // a plan not started yet
    ['start: ""', null],
    ['title: x', null],
    ['start: 20/11/2026', 'start: "20/11/2026" in the front matter is not a date as YYYY-MM-DD'],
    ['start: 2026-11-20T00:00', 'start: "2026-11-20T00:00" in the front matter is not a date as YYYY-MM-DD'],
    ['start: 2026-02-30', 'start: "2026-02-30" in the front matter is not a date as YYYY-MM-DD'],
    ['start: 42', 'start: "42" in the front matter is not a date as YYYY-MM-DD'],
    ['Start: 2026-11-20', '"Start:" in the front matter is not read (the key is start:, in lower case)'],
    ['START: 2026-11-20', '"START:" in the front matter is not read (the key is start:, in lower case)'],
    // Keys meant as a start, holding a date (a trial's Spanish `inicio:`): said, not read; other dates are no start.
    ['inicio: 2026-12-01', '"inicio:" in the front matter is not read (the key is start:)'],
    ['start_date: 2026-12-01', '"start_date:" in the front matter is not read (the key is start:)'],
    ['startDate: "2026-12-01"', '"startDate:" in the front matter is not read (the key is start:)'],
    ['Beginn: 01.12.2026', '"Beginn:" in the front matter is not read (the key is start:)'],
    ['date: 2026-12-01', null],
    ['inicio: pronto', null],
    ['start: [unclosed', null], // not YAML: the user's business
  ];
  it('a plan whose days carry their dates: a started: beside them is no slip', () => {
    const plan = parse('---\nstarted: 2026-11-01\n---\n### Day 1 \u{1F4C5} 2026-11-20\n- [ ] a\n');
    assert.strictEqual(frontMatterStartProblem(plan), null);
    assert.strictEqual(frontMatterStartProblem(parse('---\nstarted: 2026-11-01\n---\n### Day 1\n- [ ] a\n')), '"started:" in the front matter is not read (the key is start:)');
  });
  for (const [frontMatter, problem] of rows) {
    it(frontMatter, () => {
      const text = `---\n${frontMatter}\n---\n# P\n### Day 1\n- [ ] a\n`;
      const plan = parse(text);
      assert.strictEqual(frontMatterStartProblem(plan), problem);
      const outcome = catchUp(text, plan, { kind: 'shift', days: 1 }, { today: '2026-11-26', options: {} });
      if (problem) assert.strictEqual(outcome.ok ? 'caught up' : outcome.message, `${plan.root.title} has no schedule to catch up on: ${problem}`);
    });
  }
});

