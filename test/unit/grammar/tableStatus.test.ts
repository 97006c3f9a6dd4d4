// When a day table's status cell says done (src/core/grammar/tableStatus.ts): the one rule the parser and
// the edits share, as a table of cells.
import * as assert from 'assert';
import { cellDateOf, cellDisplay, isSkipValue, rawCellStatus } from '../../../src/core/grammar/tableStatus';

describe('table status: a cell that says done', () => {
  const table: [string, boolean, string | null][] = [
    ['\u2705 2026-11-02', true, '2026-11-02'],
    ['\u2705', true, null],
    ['\u2714', true, null],
    ['\u2713', true, null],
    ['\u2611', true, null],
    ['[x]', true, null],
    ['[X]', true, null],
    ['\u{1F7E2}', true, null],
    ['Done', true, null],
    ['**Done**', true, null],
    ['[Done](log.md)', true, null],
    ['`done`', true, null],
    ['  completed  ', true, null],
    ['Yes', true, null],
    ['s\u00ed', true, null],
    ['termin\u00e9', true, null],
    ['x', true, null],
    ['', false, null],
    ['[ ]', false, null],
    ['not done', false, null],
    ['in progress', false, null],
    ['\u274c', false, null],
    // The date a day was done, alone or after a done sign or word (a learner's `| Completed |` dates read every day open).
    ['2026-11-20', true, '2026-11-20'],
    [' 2026-11-20 ', true, '2026-11-20'],
    ['**2026-11-20**', true, '2026-11-20'],
    ['Done 2026-11-20', true, '2026-11-20'],
    ['done, 2026-11-20', true, '2026-11-20'],
    ['\u2714 (2026-11-20)', true, '2026-11-20'],
    ['[x] 2026-01-02', true, '2026-01-02'],
    ['\u2705 2026-11-02 2026-11-03', true, '2026-11-02'],
    // Not done: an open sign or other words before the date, or no date at all.
    ['\u274c 2026-11-20', false, null],
    ['\u23ed 2026-11-27', false, null],
    ['due 2026-11-20', false, null],
    ['2026-02-30', false, null],
    // ...and as the plan's language writes a date, alone (a German table's done dates went unread).
    ['20.11.2026', true, '2026-11-20'],
    ['2026/11/20', true, '2026-11-20'],
    ['Nov 20, 2026', true, '2026-11-20'],
    ['31.02.2026', false, null],
    // A date with a note after it, or after a done word or sign (a trial's read open: Today stayed on day 1).
    ['2026-11-26 (45 min)', true, '2026-11-26'],
    ['2026-11-27 Fri', true, '2026-11-27'],
    ['2026-11-20 - done', true, '2026-11-20'],
    ['2026-11-20 \u2705', true, '2026-11-20'],
    ['done on 2026-11-20', true, '2026-11-20'],
    ['Yes - 2026-11-20', true, '2026-11-20'],
    ['Done 20/11/2026', true, '2026-11-20'],
    ['\u2714 26/11/2026', true, '2026-11-26'],
    ['\u2705 20.11.2026', true, '2026-11-20'],
    ['erledigt am 20.11.2026', true, '2026-11-20'],
    ['see 2026-11-20', false, null],
    // After the date, a word or sign that the day is not done (a review's read done, and undone cleared the ❌).
    ['2026-11-29 (planned)', false, null],
    ['2026-11-30 - todo', false, null],
    ['2026-11-20 started', false, null],
    ['2026-11-26 \u23ed', false, null],
    ['2026-11-20 \u274c', false, null],
    // A done word, then a note; signs and words together (a trial's `done, 45 min` read open, `✅ Done (…)` lost its date).
    ['done, 45 min', true, null],
    ['Done - easy', true, null],
    ['Finished part 1 of 3', false, null],
    ['\u2705 Done (2026-11-20)', true, '2026-11-20'],
    ['<span>2026-11-21</span>', true, '2026-11-21'],
    ['Week 2', false, null],
    ['20.11.', false, null],
  ];
  for (const [raw, marked, date] of table) {
    it(JSON.stringify(raw), () => assert.deepStrictEqual(rawCellStatus(raw), { marked, date }));
  }

  it('a cell saying the day was skipped, in the plans\' languages (languages.json\'s skipValues)', () => {
    for (const cell of ['skipped', 'Skipped', '**Skipped**', '\u23ED skipped', 'cancelled', '\u00fcbersprungen', 'saltado', '\u8df3\u8fc7', '\u30b9\u30ad\u30c3\u30d7']) assert.strictEqual(isSkipValue(cell), true, cell);
    for (const cell of ['', 'skipped the video', 'done', 'not skipped', '\u23ED', 'skip list']) assert.strictEqual(isSkipValue(cell), false, cell);
  });

  it('a cell holding a date alone, as ISO: one rule for the parser and the edits', () => {
    const cells: [string, string | null][] = [
      ['2026-11-20', '2026-11-20'], [' 20.11.2026 ', '2026-11-20'], ['9.1.2026', '2026-01-09'], ['2026/11/20', '2026-11-20'],
      ['11/29/2026', '2026-11-29'], ['20. November 2026', '2026-11-20'], ['Mo, 23.11.2026', '2026-11-23'],
      // Ambiguous, partial, or more than a date: none.
      ['05/01/2026', null], ['20.11.', null], ['29.11.26', null], ['2026-11-20 (late)', null], ['TBD', null], ['', null], ['Day 12', null],
    ];
    for (const [cell, date] of cells) assert.strictEqual(cellDateOf(cell), date, cell);
  });

  it('reads a cell\'s text as the parser shows it: links to their text, marks dropped', () => {
    assert.deepStrictEqual(
      ['[Done](log.md)', '![img](a.png) ok', '**bold** _it_ ~~s~~ `c`', '[a](b) and [c](d)', '[unclosed](x'].map(cellDisplay),
      ['Done', 'img ok', 'bold it s c', 'a and c', '[unclosed](x'],
    );
  });
});
