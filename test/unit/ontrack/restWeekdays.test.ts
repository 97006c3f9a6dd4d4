// Rest weekdays as a learner writes them (src/core/schedule/restDays.ts): in front matter or a setting,
// lists, strings, numbers, names of any language. Tables, both sides of each edge.
import * as assert from 'assert';
import { applyTextEdits, catchUp, frontMatterRest, parseWeekdays, restOf, restWeekdaysOf, scheduleFor } from '../../../src/core';
import { lines, parse } from '../helpers';

describe('rest weekdays', () => {
  it('reads lists, strings and ISO numbers 1-7; leaves out what is no weekday', () => {
    const cases: [unknown, number[]][] = [
      [['sat', 'sun'], [6, 7]],
      ['sat, sun', [6, 7]],
      ['sat;sun', [6, 7]],
      ['sat  sun', [6, 7]],
      ['Sat.,Sun.', [6, 7]],
      ['Saturday', [6]],
      ['weekend', [6, 7]],
      ['weekends', [6, 7]],
      ['sundays', [7]], // plurals (a trial's `rest: sundays` was left out without a word)
      ['Saturdays, Sundays', [6, 7]],
      ['sonntags', [7]],
      ['martes', [2]], // Spanish names end in s already
      ['dos', []], // no plural of a two-letter code (a review's)
      ['s\u00e1bado', [6]],
      ['\u571f\u66dc\u65e5', [6]],
      ['sa,so', [6, 7]], // German, as a learner's plan wrote them (refused before)
      ['Sa., So.', [6, 7]],
      [[1, 7], [1, 7]],
      [[0, 8, 1.5, -1, '7'], []], // '7' is a string: no weekday name
      [[7, 'sun', 6, 'sat'], [6, 7]],
      ['mon.tue', []],
      ['someday', []],
      [42, []],
      [null, []],
      [{ sat: true }, []],
    ];
    for (const [value, weekdays] of cases) assert.deepStrictEqual(parseWeekdays(value), weekdays, JSON.stringify(value));
  });

  it('reads rest: from front matter; none when it is missing, empty when it says nothing, none when it is no YAML', () => {
    const rest = (...frontMatter: string[]): readonly number[] | null => frontMatterRest(parse(lines('---', ...frontMatter, '---', '### Day 1')));
    assert.deepStrictEqual(rest('rest: [sat, sun]'), [6, 7]);
    assert.deepStrictEqual(rest('rest  : sun'), [7]);
    assert.deepStrictEqual(rest('rest:'), [], 'rest: with nothing says no rest days');
    assert.deepStrictEqual(rest('rest: []'), []);
    assert.strictEqual(rest('title: x'), null);
    assert.strictEqual(rest('forest: sun'), null, 'only a key named rest');
    assert.strictEqual(rest('restful: sun'), null);
    assert.strictEqual(rest('rest: [sun', 'oops: ]'), null, 'not YAML: says nothing');
    assert.strictEqual(frontMatterRest(parse(lines('### Day 1'))), null, 'no front matter');
  });

  describe('said by the planned dates, when nothing else says them', () => {
    // Weekdays from 2026-11-02 (a Monday), as a tracker plans them.
    const from = (weekdays: readonly number[], count: number): string[] => {
      const dates: string[] = [];
      for (let day = new Date(Date.UTC(2026, 10, 2)); dates.length < count; day = new Date(day.getTime() + 86_400_000)) {
        if (weekdays.includes(((day.getUTCDay() + 6) % 7) + 1)) dates.push(day.toISOString().slice(0, 10));
      }
      return dates;
    };
    const tracker = (dates: readonly string[], done = 0, frontMatter = ''): string =>
      [frontMatter, '# SQL tracker', '', '| Day | Topic | Planned | Done |', '|---|---|---|---|', ...dates.map((d, i) => `| ${i + 1} | Topic ${i + 1} | ${d} | ${i < done ? '\u2705' : ''} |`), ''].join('\n');
    const rest = (text: string, configured?: readonly number[]): readonly number[] => restWeekdaysOf(parse(text), configured);

    it('Monday to Friday over two weeks or more: the weekend', () => {
      assert.deepStrictEqual(rest(tracker(from([1, 2, 3, 4, 5], 10))), [6, 7]);
      assert.deepStrictEqual(rest(tracker(from([1, 3, 5], 6))), [2, 4, 6, 7], 'Monday, Wednesday and Friday');
      assert.deepStrictEqual(rest(tracker(from([6], 3))), [1, 2, 3, 4, 5, 7], 'Saturdays only');
    });

    it('none where the dates cannot say: under two weeks, a weekday planned once, every weekday planned', () => {
      assert.deepStrictEqual(rest(tracker(from([1, 2, 3, 4, 5], 9))), [], 'nine weekdays: under two weeks');
      assert.deepStrictEqual(rest(tracker([...from([1, 2, 3, 4, 5], 10), '2026-11-21'])), [], 'one Saturday: irregular');
      assert.deepStrictEqual(rest(tracker(from([1, 2, 3, 4, 5, 6, 7], 20))), [], 'every day');
      assert.deepStrictEqual(rest('# Plan\n\n### Day 1\n- [ ] a\n'), [], 'no dates');
      assert.deepStrictEqual(rest(tracker(['2026-11-05', '2026-11-06', '2026-11-26', '2026-11-27'])), [], 'Thursdays and Fridays three weeks apart: gaps');
      // A date on each week's first day (a reviewer's and a trial's): the undated days between follow it, no rest.
      const anchored = ['# C25K', ...[0, 1, 2, 3].flatMap((w) => [`## Week ${w + 1}`, `### Week ${w + 1}, Day 1 \u{1F4C5} ${from([1], 4)[w]}`, '- [ ] run', `### Week ${w + 1}, Day 2`, '- [ ] run', `### Week ${w + 1}, Day 3`, '- [ ] run'])].join('\n');
      assert.deepStrictEqual(parse(anchored).days.length, 12);
      assert.deepStrictEqual(rest(anchored), [], 'Mondays dated, the days between not');
      const quizzes = ['---', 'start: 2026-11-02', '---', '# P', ...Array.from({ length: 15 }, (_, i) => `### Day ${i + 1}${i % 5 === 4 ? ` \u{1F4C5} ${from([5], 3)[(i - 4) / 5]}` : ''}\n- [ ] t`)].join('\n');
      assert.deepStrictEqual(rest(quizzes), [], 'three quiz days pinned to Fridays');
      const weeks = from([1, 2, 3, 4, 5], 20);
      assert.deepStrictEqual(rest(tracker([...weeks.slice(0, 5), ...weeks.slice(10)])), [6, 7], 'three weeks of four: three in four');
      assert.deepStrictEqual(rest(tracker([...weeks.slice(0, 5), ...weeks.slice(10, 15)])), [], 'two weeks of three: under three in four');
    });

    it('the front matter and a configured rest (none too) win over the dates', () => {
      const weekdays = from([1, 2, 3, 4, 5], 10);
      assert.deepStrictEqual(rest(tracker(weekdays, 0, '---\nrest: [sun]\n---')), [7]);
      assert.deepStrictEqual(rest(tracker(weekdays, 0, '---\nrest: []\n---')), []);
      assert.deepStrictEqual(rest(tracker(weekdays), [3]), [3]);
      assert.deepStrictEqual(rest(tracker(weekdays), []), [], '--rest none, or the setting set to []');
      const plan = parse(tracker(weekdays));
      assert.notStrictEqual(scheduleFor(plan, { configuredRest: [] }), scheduleFor(plan, {}), 'none said is not none configured');
    });

    it('is the schedule\'s, not the streak\'s: a weekend without study still ends a streak where the learner wrote no rest', () => {
      const text = tracker(from([1, 2, 3, 4, 5], 10), 2);
      const plan = parse(text);
      assert.deepStrictEqual(scheduleFor(plan, {})!.rest.weekdays, [6, 7]);
      assert.deepStrictEqual(restOf([plan], {}).weekdays, []);
      assert.deepStrictEqual(restOf([parse(tracker(from([1, 2, 3, 4, 5], 10), 2, '---\nrest: [sat, sun]\n---'))], {}).weekdays, [6, 7]);
    });

    it('a replan of a Monday-to-Friday tracker keeps its days off the weekend (a trial\'s moved them onto Saturdays)', () => {
      const text = tracker(from([1, 2, 3, 4, 5], 12), 3);
      const outcome = catchUp(text, parse(text), { kind: 'shift', days: 3 }, { today: '2026-11-12', options: {} });
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
      const planned = parse(applyTextEdits(text, outcome.edits)).days.map((day) => day.planned);
      assert.deepStrictEqual(planned.slice(3), ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
      const none = catchUp(text, parse(text), { kind: 'shift', days: 3 }, { today: '2026-11-12', options: { configuredRest: [] } });
      assert.ok(none.ok);
      assert.strictEqual(parse(applyTextEdits(text, none.edits)).days[3].planned, '2026-11-08', '--rest none: a Sunday it is');
    });
  });
});
