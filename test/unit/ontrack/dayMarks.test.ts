import * as assert from 'assert';
import { readPauseMark, readSessionMark, readTitleMarks, sessionText, formatMinutes } from '../../../src/core';
import { mayHaveLineMarks, mayHaveTitleMarks, pauseText, plannedText, skipText, timeOfDay, withoutTitleMarks } from '../../../src/core/grammar/dayMarks';
import { fixtureNames, lines, parse } from '../helpers';
import { readSample } from './ontrackHelpers';
import { assertLinear } from '../linearTime';

describe('schedule marks on day headings (📅 planned, ⏭ skipped)', () => {
  const cases: [string, string | null, boolean, string][] = [
    // heading text, planned, skipped, title text left
    ['Day 3 - Iceberg \u{1F4C5} 2026-11-25', '2026-11-25', false, 'Day 3 - Iceberg'],
    ['Day 3 \u{1F4C5}\uFE0F 2026-11-25 \u2705 2026-11-26', '2026-11-25', false, 'Day 3'],
    ['Day 3 \u2705 2026-11-26 \u{1F4C5} 2026-11-25', '2026-11-25', false, 'Day 3'],
    ['Day 3 \u{1F4C6}2026-11-25', '2026-11-25', false, 'Day 3'],
    ['Day 3 \u23ED', null, true, 'Day 3'],
    ['Day 3 \u23ED\uFE0F 2026-11-22', null, true, 'Day 3'],
    ['Day 3 \u{1F4C5} 2026-11-25 \u23ED 2026-11-22', '2026-11-25', true, 'Day 3'],
    ['Day 3 \u{1F4C5} 2026-02-30', null, false, 'Day 3'], // a mark with an impossible date plans nothing
    ['\u{1F4C5} 2024-01-05', null, false, '\u{1F4C5} 2024-01-05'], // a dated heading: no title before the mark
    ['Day 3 \u{1F4C5} 2026-11-255', null, false, 'Day 3 \u{1F4C5} 2026-11-255'],
    ['Plan \u{1F4C5} for 2026-11-25', null, false, 'Plan \u{1F4C5} for 2026-11-25'],
    ['Day 3 - Iceberg', null, false, 'Day 3 - Iceberg'],
  ];
  for (const [text, planned, skipped, title] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const marks = readTitleMarks(text);
      assert.deepStrictEqual([marks.planned, marks.skipped, text.slice(0, marks.titleEnd)], [planned, skipped, title]);
    });
  }

  it('reads them in the parser: the title is left without them, a done day keeps its stamp', () => {
    const plan = parse(lines(
      '### **Day 31 - Lakehouse** \u{1F4C5} 2026-11-25',
      '### Day 32 \u23ED 2026-11-22',
      '### Day 33 \u{1F4C5} 2026-11-26 \u2705 2026-11-26',
      '### [ ] Day 34 \u{1F4C5} 2026-11-27',
      '### [-] Day 35',
      '## Notes \u{1F4C5} 2026-11-25',
      '## \u{1F4C5} 2026-01-05',
    ));
    assert.deepStrictEqual(plan.days.map((d) => [d.title, d.planned, d.skipped, d.done]), [
      ['Day 31 - Lakehouse', '2026-11-25', false, false],
      ['Day 32', null, true, false],
      ['Day 33', '2026-11-26', false, true],
      ['Day 34', '2026-11-27', false, false],
      ['Day 35', null, true, false],
      ['\u{1F4C5} 2026-01-05', null, false, false], // a dated entry, not a planned day
    ]);
    assert.strictEqual(plan.days[5].date, '2026-01-05');
    assert.strictEqual(plan.days[2].doneDate, '2026-11-26');
    // A section keeps its mark in its title; a skipped day counts neither as open nor as done.
    assert.deepStrictEqual(plan.root.children[5].title, 'Notes \u{1F4C5} 2026-11-25');
    assert.deepStrictEqual([plan.root.progress.daysTotal, plan.root.progress.daysDone], [4, 1]);
  });

  it('leaves the four shared plans as they were read', () => {
    for (const name of fixtureNames) {
      const plan = parse(readSample(name), `file:///ws/${name}`);
      assert.ok(plan.days.every((d) => d.planned === null && !d.skipped && d.sessions.length === 0 && d.pauses.length === 0), name);
    }
  });

  it('reads a long heading of marks in linear time', function () {
    this.timeout(120_000);
    assertLinear('marks glued to a title', (n) => `Day 3 ${'\u{1F4C5} 2026-11-25 \u2705 '.repeat(n * 200)}x`, (text) => readTitleMarks(text));
    assertLinear('spaces before a mark', (n) => `Day 3${' '.repeat(n * 2000)}\u{1F4C5}`, (text) => readTitleMarks(text));
    assertLinear('session lines', (n) => `\u23F1 2026-11-22 ${'1'.repeat(n * 2000)}`, (text) => readSessionMark(text));
  });
});

describe('session (⏱) and pause (⏸) lines', () => {
  const sessions: [string, object | null][] = [
    ['\u23F1 2026-11-22 19:05-19:50 (45 min)', { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 }],
    ['\u23F1\uFE0F 2026-11-22 (1 h 5 min)', { date: '2026-11-22', from: null, to: null, minutes: 65 }],
    ['\u23F1 2026-11-22 20 min reading', { date: '2026-11-22', from: null, to: null, minutes: 20 }],
    ['\u23F1 2026-11-22 23:30\u201300:15', { date: '2026-11-22', from: '23:30', to: '00:15', minutes: 45 }],
    ['\u23F1 2026-11-22 19:05-19:50 (30 min) paused once', { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 30, day: 'paused once' }],
    // The words after the duration: the row below a table it was logged for (see planBuilder's lineMarks).
    ['\u23F1 2026-11-22 (30 min) \u00b7 Day 3', { date: '2026-11-22', from: null, to: null, minutes: 30, day: 'Day 3' }],
    ['\u23F1 2026-11-22 (30 min) (pomodoro)', { date: '2026-11-22', from: null, to: null, minutes: 30 }],
    ['\u23F1 2026-11-31 (45 min)', null],
    ['\u23F1 2026-11-22', null],
    ['\u23F1 2026-11-22 (3000 min)', null],
    ['Read \u23F1 2026-11-22 (45 min)', null],
  ];
  for (const [content, expected] of sessions) {
    it(`reads ${JSON.stringify(content)}`, () => assert.deepStrictEqual(readSessionMark(content), expected));
  }

  it('writes what it reads', () => {
    const session = { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 };
    assert.strictEqual(sessionText(session, formatMinutes), '\u23F1 2026-11-22 19:05-19:50 (45 min)');
    assert.deepStrictEqual(readSessionMark(sessionText(session, formatMinutes)), session);
    const long = { date: '2026-11-22', from: null, to: null, minutes: 95 };
    assert.deepStrictEqual(readSessionMark(sessionText(long, formatMinutes)), long);
  });

  it('reads times of day and writes the marks it reads back', () => {
    const times: [string, number][] = [['00:00', 0], ['09:05', 545], ['23:59', 1439], ['24:00', -1], ['19:60', -1], ['9:05', -1], ['09:05 ', -1], ['', -1]];
    for (const [text, minutes] of times) assert.strictEqual(timeOfDay(text), minutes, text);
    assert.strictEqual(plannedText('2026-11-25'), ' \u{1F4C5} 2026-11-25');
    assert.strictEqual(skipText('2026-11-25'), ' \u23ED 2026-11-25');
    assert.strictEqual(skipText(null), ' \u23ED');
    assert.strictEqual(pauseText({ from: '2026-12-24', to: '2026-12-24' }), '\u23F8 2026-12-24');
    assert.strictEqual(pauseText({ from: '2026-12-24', to: '2026-12-26' }), '\u23F8 2026-12-24..2026-12-26');
    for (const pause of [{ from: '2026-12-24', to: '2026-12-24' }, { from: '2026-12-24', to: '2026-12-26' }]) assert.deepStrictEqual(readPauseMark(pauseText(pause)), pause);
    assert.strictEqual(withoutTitleMarks(`Day 3${plannedText('2026-11-25')}${skipText(null)}`), 'Day 3');
    assert.strictEqual(withoutTitleMarks('Day 3'), 'Day 3');
    assert.deepStrictEqual(['\u23F1 x', '\u23F8 x', 'x \u23F1', 'x'].map(mayHaveLineMarks), [true, true, true, false]);
    assert.deepStrictEqual(['\u{1F4C5}', '\u{1F4C6}', '\u{1F5D3}', '\u23ED', '\u23F1', 'x'].map(mayHaveTitleMarks), [true, true, true, true, false, false]);
  });

  it('reads pauses and ranges', () => {
    assert.deepStrictEqual(readPauseMark('\u23F8 2026-11-28'), { from: '2026-11-28', to: '2026-11-28' });
    assert.deepStrictEqual(readPauseMark('\u23F8\uFE0F 2026-12-24..2026-12-26 holidays'), { from: '2026-12-24', to: '2026-12-26' });
    assert.deepStrictEqual(readPauseMark('\u23F8 2026-12-24 \u2013 2026-12-26'), { from: '2026-12-24', to: '2026-12-26' });
    assert.deepStrictEqual(readPauseMark('\u23F8 2026-12-26..2026-12-24'), { from: '2026-12-26', to: '2026-12-26' });
    assert.strictEqual(readPauseMark('\u23F8 someday'), null);
  });

  it('puts sessions and pauses in the node that holds them, never inside code', () => {
    const plan = parse(lines(
      '- \u23F8 2026-11-20 travel',
      '### Day 1',
      '- [ ] read',
      '- \u23F1 2026-11-21 19:05-19:50 (45 min)',
      '> \u23F1 2026-11-22 (15 min)',
      '```',
      '- \u23F1 2026-11-23 (15 min)',
      '```',
      '#### Notes',
      '\u23F1 2026-11-24 (10 min)',
      '\u23F8 2026-11-25',
      '### Day 2',
      '- [ ] \u23F1 2026-11-26 (5 min)',
    ));
    assert.deepStrictEqual(plan.root.pauses, [{ line: 0, from: '2026-11-20', to: '2026-11-20' }]);
    assert.deepStrictEqual(plan.days[0].sessions.map((s) => [s.line, s.minutes]), [[3, 45], [4, 15]]);
    const notes = plan.days[0].children[0];
    assert.deepStrictEqual(notes.sessions.map((s) => [s.line, s.minutes]), [[9, 10]]);
    assert.deepStrictEqual(notes.pauses, [{ line: 10, from: '2026-11-25', to: '2026-11-25' }]);
    assert.deepStrictEqual(plan.days[1].sessions, [], 'a task is no session');
  });
});
