// The marks a day's lines carry (src/core/grammar/dayMarks.ts) as tables of inputs and readings: session
// lines, pause lines and the planned/skip marks at a heading's end. Written from the grammar part's mutation
// survivors (issue 15): the edges of the date shape, of time ranges and of the marks' order were reached only
// by the common forms.
import * as assert from 'assert';
import { readPauseMark, readSessionMark, readTitleMarks, sessionText, pauseText, withoutTitleMarks, timeOfDay } from '../../../src/core/grammar/dayMarks';

describe('day marks: session lines', () => {
  it('reads the date, the time range and the minutes; refuses what is no session', () => {
    const cases: [string, [string, string | null, string | null, number] | null][] = [
      ['\u23F1 2026-11-22 19:05-19:50 (45 min)', ['2026-11-22', '19:05', '19:50', 45]],
      ['\u23F1\uFE0F 2026-11-22 (45 min)', ['2026-11-22', null, null, 45]],
      ['\u23F1 2026-11-22 19:05 \u2013 19:50', ['2026-11-22', '19:05', '19:50', 45]],
      ['\u23F1 2026-11-22\t19:05-19:50', ['2026-11-22', '19:05', '19:50', 45]],
      ['\u23F1 2026-11-22 23:30-00:15', ['2026-11-22', '23:30', '00:15', 45]],
      ['\u23F1 2026-11-22 19:05-19:50 (1 h)', ['2026-11-22', '19:05', '19:50', 60]],
      ['\u23F1 2026-11-22 1h 30m', ['2026-11-22', null, null, 90]],
      ['\u23F1 2026-11-22 19:05-19:050', null],
      ['\u23F1 2026-11-22 25:00-26:00', null],
      ['\u23F1 2026-11-22 19:05-19:05', null],
      ['\u23F1 2026-11-22 (0 min)', null],
      ['\u23F1 2026-11-22 (1441 min)', null],
      ['\u23F1 2026-11-22 (1440 min)', ['2026-11-22', null, null, 1440]],
      ['\u23F1 2026-11-22', null],
      ['\u23F1 2026-02-30 (45 min)', null],
      ['\u23F1 2026-11-222 (45 min)', null],
      ['\u23F1 2026-11-2 (45 min)', null],
      ['\u23F1 2026/11/22 (45 min)', null],
      ['\u23F12026-11-22 (45 min)', ['2026-11-22', null, null, 45]],
      ['x \u23F1 2026-11-22 (45 min)', null],
      ['\u23F1 12026-11-22 (45 min)', null],
      ['', null],
    ];
    for (const [content, expected] of cases) {
      const read = readSessionMark(content);
      assert.deepStrictEqual(read && [read.date, read.from, read.to, read.minutes], expected, JSON.stringify(content));
    }
  });

  it('writes a session with its range only when it has both ends', () => {
    const format = (minutes: number): string => `${minutes} min`;
    assert.strictEqual(sessionText({ date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 }, format), '\u23F1 2026-11-22 19:05-19:50 (45 min)');
    assert.strictEqual(sessionText({ date: '2026-11-22', from: '19:05', to: null, minutes: 45 }, format), '\u23F1 2026-11-22 (45 min)');
    assert.strictEqual(sessionText({ date: '2026-11-22', from: null, to: '19:50', minutes: 45 }, format), '\u23F1 2026-11-22 (45 min)');
  });

  it('timeOfDay: minutes since midnight, -1 for no time', () => {
    assert.deepStrictEqual(['00:00', '19:05', '23:59', '24:00', '12:60', '9:05', 'ab:cd'].map(timeOfDay), [0, 1145, 1439, -1, -1, -1, -1]);
  });
});

describe('day marks: pause lines', () => {
  it('reads a day or a range; a reversed or broken end is the first day', () => {
    const cases: [string, [string, string] | null][] = [
      ['\u23F8 2026-11-28', ['2026-11-28', '2026-11-28']],
      ['\u23F8\uFE0F 2026-11-28 rest', ['2026-11-28', '2026-11-28']],
      ['\u23F8 2026-12-24..2026-12-26', ['2026-12-24', '2026-12-26']],
      ['\u23F8 2026-12-24 .. 2026-12-26', ['2026-12-24', '2026-12-26']],
      ['\u23F8 2026-12-24 \u2013 2026-12-26', ['2026-12-24', '2026-12-26']],
      ['\u23F8 2026-12-24..2026-12-24', ['2026-12-24', '2026-12-24']],
      ['\u23F8 2026-12-26..2026-12-24', ['2026-12-26', '2026-12-26']],
      ['\u23F8 2026-12-24..2026-13-01', ['2026-12-24', '2026-12-24']],
      ['\u23F8 2026-12-24..soon', ['2026-12-24', '2026-12-24']],
      ['\u23F8 2026-12-24-2026-12-26', ['2026-12-24', '2026-12-24']],
      ['\u23F8 2026-02-30', null],
      ['\u23F8 20261-12-24', null],
      ['\u23F8 soon', null],
      ['x \u23F8 2026-11-28', null],
    ];
    for (const [content, expected] of cases) {
      const read = readPauseMark(content);
      assert.deepStrictEqual(read && [read.from, read.to], expected, JSON.stringify(content));
    }
    assert.strictEqual(pauseText({ from: '2026-11-28', to: '2026-11-28' }), '\u23F8 2026-11-28');
    assert.strictEqual(pauseText({ from: '2026-12-24', to: '2026-12-26' }), '\u23F8 2026-12-24..2026-12-26');
  });
});

describe('day marks: planned and skip marks at a heading\'s end', () => {
  it('reads them among stamps, in any order, only after a title', () => {
    const cases: [string, string, string | null, boolean][] = [
      // text, the title left, planned, skipped
      ['Day 3 - Joins \u{1F4C5} 2026-11-25', 'Day 3 - Joins', '2026-11-25', false],
      ['Day 3 \u{1F4C5}\uFE0F 2026-11-25  ', 'Day 3', '2026-11-25', false],
      ['Day 3 \u23ED', 'Day 3', null, true],
      ['Day 3 \u23ED 2026-11-22', 'Day 3', null, true],
      ['Day 3 \u23ED\uFE0F 2026-11-22', 'Day 3', null, true],
      ['Day 3 \u{1F4C5} 2026-11-25 \u23ED 2026-11-26', 'Day 3', '2026-11-25', true],
      ['Day 3 \u{1F4C5} 2026-11-20 \u{1F4C5} 2026-11-25', 'Day 3', '2026-11-25', false],
      ['Day 3 \u{1F4C5} 2026-02-30', 'Day 3', null, false],
      ['Day 3 \u{1F4C5} 2026-11-25 \u2705 2026-11-26', 'Day 3', '2026-11-25', false],
      ['Day 3 \u2705 2026-11-26 \u{1F4C5} 2026-11-25', 'Day 3', '2026-11-25', false],
      ['\u{1F4C5} 2026-11-25', '\u{1F4C5} 2026-11-25', null, false],
      ['\u{1F3AF} \u{1F4C5} 2026-11-25', '\u{1F3AF} \u{1F4C5} 2026-11-25', null, false],
      ['Day 3 2026-11-25', 'Day 3 2026-11-25', null, false],
      ['Day 3 \u{1F4C5} 12026-11-25', 'Day 3 \u{1F4C5} 12026-11-25', null, false],
      ['Day 3 \u2705 2026-11-26', 'Day 3 \u2705 2026-11-26', null, false],
      ['Day 3\u{1F4C5}2026-11-25', 'Day 3', '2026-11-25', false],
    ];
    for (const [text, title, planned, skipped] of cases) {
      const marks = readTitleMarks(text);
      assert.deepStrictEqual([text.slice(0, marks.titleEnd), marks.planned, marks.skipped], [title, planned, skipped], JSON.stringify(text));
      assert.strictEqual(withoutTitleMarks(text), title === text ? text : title);
      if (planned !== null) assert.strictEqual(text.slice(marks.plannedAt, marks.plannedAt + 10), planned);
      else assert.strictEqual(marks.plannedAt, -1);
    }
  });

  it('reads within [from, end) only', () => {
    const text = '## Day 3 \u{1F4C5} 2026-11-25 \u23ED | more';
    const end = text.indexOf(' |');
    const marks = readTitleMarks(text, end, 3);
    assert.deepStrictEqual([text.slice(3, marks.titleEnd), marks.planned, marks.skipped, marks.marksStart], ['Day 3', '2026-11-25', true, 8]);
    const none = readTitleMarks(text, 8, 3);
    assert.deepStrictEqual([none.titleEnd, none.marksStart, none.planned], [8, 8, null]);
    assert.strictEqual(readTitleMarks('\u{1F4C5} 2026-11-25', 13, 0).planned, null, 'the date cut by end');
  });
});
