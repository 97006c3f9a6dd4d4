import * as assert from 'assert';
import { isValidIsoDate, readStamp, stripTrailingStamps } from '../../src/core';
import { digitsAt, lastTrailingStamp, stampText, stripSourceStamps, trailingStampsStart, writtenStampDate } from '../../src/core/stamps';

describe('stamps: ✅ YYYY-MM-DD', () => {
  const table: [string, boolean, string | null][] = [
    ['Day 1 \u2705 2026-11-21', true, '2026-11-21'],
    ['Day 1 \u2705', true, null],
    ['Day 1 \u2705\uFE0F 2026-11-21', true, '2026-11-21'],
    ['Day 1 \u2705 2026-13-01', true, null],
    ['Day 1', false, null],
    ['read \u2705 2026-11-20 \u2705 2026-11-21', true, '2026-11-21'],
  ];
  for (const [text, marked, date] of table) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(readStamp(text), { marked, date }));
  }

  // A ✅ between two words of a title, undated, after more than a day's label, is a word of it; anything else marks done
  // (the edits append a lab link, an attribute list or a stamp after a bare ✅: it must still read done).
  const words: [string, boolean, string | null][] = [
    ['### Day 1 - Compare \u2705 vs \u274C patterns', false, null],
    ['Day 2 - Done \u2705 markers in Markdown', false, null],
    ['Not \u2705 yet', false, null],
    ['- [x] Compare \u2705 vs \u274C', false, null],
    ['### \u2705 Day 3 - Loops', true, null],
    ['### Day 3 \u2705 - Loops', true, null],
    ['### Day 3 - \u2705 Loops', true, null],
    ['Day 1 \u2705 and more', true, null],
    ['Days 3-4 \u2705 Review', true, null],
    ['\u7B2C2\u5929 \u2705 \u6982\u7387\u8BBA', true, null],
    ['1. \u2705 Day 3', true, null],
    ['> - [x] \u2705 read', true, null],
    ['Day 1 - Loops \u2705', true, null],
    ['Day 1 - Loops \u2705\uFE0F', true, null],
    ['Day 1 - Loops \u2705 (late)', true, null],
    ['Day 1 - Loops \u2705 \u23ED 2026-11-20', true, null],
    ['Day 1 - Compare \u2705 2026-11-01 then more', true, '2026-11-01'],
    ['Day 1 - Compare \u2705 26/11/2026 (late) then more', true, null],
    ['Day 1 - Compare \u2705 vs \u274C \u2705 2026-11-27', true, '2026-11-27'],
    ['### Day 3 \u2705 Loops', true, null],
    ['Day 3/100 \u2705 Loops', true, null],
    ['Week 2, Day 3 \u2705 Loops', true, null],
    ['\u7B2C 2 \u5929 \u2705 \u6982\u7387\u8BBA', true, null],
    ['**R1D1** \u2705 Started', true, null],
    ['Select \u2705 [day-001](labs/day-001.ipynb)', true, null],
    ['Day 2 - Loops \u2705 {#loops}', true, null],
    ['Day 1 - Compare\n\u2705 vs \u274C patterns', true, null],
    ['Day 1 - Python \u2705 3 tips', true, null],
    ['Loops \u2705 \u{20000}', false, null],
    ['\u{20000} \u2705 Loops', false, null],
    ['Day 12: Learn \u2705 emoji', false, null],
    // A legend says what the mark means and marks nothing (a trial's open day read done, and undone then refused its done).
    ['Day 5 - Deployments (\u2705 = done) \uD83D\uDD25', false, null],
    ['Day 5 - Legend: \u2705=done, \u23ED=skipped', false, null],
    ['Day 5 - Deployments (\u2705 = done) \u2705 2026-11-27', true, '2026-11-27'],
    ['Day 5 - Deployments (\u2705 = done) \u2705', true, null],
    ['Day 6 - Next \u2705 => later', true, null],
    ['Day 6 - Next \u2705 == later', true, null],
  ];
  for (const [text, marked, date] of words) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(readStamp(text), { marked, date }));
  }

  it('strips trailing stamps only', () => {
    assert.strictEqual(stripTrailingStamps('Day 1 - A \u2705 2026-11-21'), 'Day 1 - A');
    assert.strictEqual(stripTrailingStamps('\u2705 Done list'), '\u2705 Done list');
    assert.strictEqual(stripTrailingStamps('x \u2705 2026-11-20 \u2705'), 'x');
  });

  // Code is the learner's text: a ✅ in a code span is no stamp, and a display text keeps a ✅ that stood in code.
  const inCode: [string, boolean, string | null][] = [
    ['Day 5 - Print `\'\u2705\'`', false, null],
    ['Day 5 - The `\u2705` marker', false, null],
    ['- [ ] Learn `\u2705 2026-01-01`', false, null],
    ['Day 5 - ``a ` \u2705 2026-01-01``', false, null],
    ['Day 5 - Print `x` \u2705 2026-11-20', true, '2026-11-20'],
    // Code reads as punctuation, as its backticks did: a hand's ✅ before a remark in code still marks.
    ['Day 1 - Joins \u2705 `late`', true, null],
    ['Day 3 - `SELECT` \u2705 `JOIN`', true, null],
    ['Day 5 - `git` \u2705', true, null],
    // A backtick nothing closes is text, so the ✅ after it is not in code; nor after an escaped one.
    ['Day 5 - a ` b \u2705', true, null],
    ['Day 5 - \\`a \u2705 2026-11-20`', true, '2026-11-20'],
    // Nor is a ✅ in an HTML comment a stamp, as a ⏭ there is none (a hostile trial's read done, and undone refused it).
    ['Day 1 - A <!-- \u2705 2026-01-01 -->', false, null], ['- [x] b <!-- \u2705 -->', false, null],
    ['Day 1 <!-- note --> \u2705 2026-01-02', true, '2026-01-02'], ['Day 1 - comments start with <!-- \u2705 2026-01-02', true, '2026-01-02'],
  ];
  for (const [text, marked, date] of inCode) {
    it(`reads ${JSON.stringify(text)} (code spans)`, () => assert.deepStrictEqual(readStamp(text), { marked, date }));
  }

  it('strips from a display text the stamps its source ends with, not a \u2705 that was code', () => {
    assert.strictEqual(stripSourceStamps('Print \u2705', 'Print `\u2705`'), 'Print \u2705');
    assert.strictEqual(stripSourceStamps('Print \u2705 \u2705 2026-11-20', 'Print `\u2705` \u2705 2026-11-20'), 'Print \u2705');
    assert.strictEqual(stripSourceStamps('Print x \u2705 \u2705', 'Print **x** \u2705 \u2705'), 'Print x');
    // Without code in the source, as stripTrailingStamps.
    assert.strictEqual(stripSourceStamps('Loops \u2705 2026-11-20', 'Loops \u2705 2026-11-20'), 'Loops');
  });

  it('knows real calendar dates', () => {
    assert.ok(isValidIsoDate('2028-02-29'));
    assert.ok(!isValidIsoDate('2026-02-29'));
    assert.ok(!isValidIsoDate('2026-1-01'));
  });

  // Written from the mutation run's survivor list (test/mutation/core-root.json).
  const reads: [string, boolean, string | null][] = [
    ['x \u2705 2026-11-21 ', true, '2026-11-21'],
    ['x \u2705 2026-11-21:', true, '2026-11-21'],
    ['x \u2705 2026-11-21x', true, '2026-11-21'],
    ['x \u27052026-11-21', true, '2026-11-21'],
    ['x \u2705\t2026-11-21', true, '2026-11-21'],
    ['x \u2705 \t 2026-11-21', true, '2026-11-21'],
    ['x \u2705\uFE0F2026-11-21', true, '2026-11-21'],
    ['\u2705 2026-11-21', true, '2026-11-21'],
    ['x \u2705 2026-11-215', true, null],
    ['x \u2705 2026/11/21', true, null],
    ['x \u2705 2026-11-2', true, null],
    ['x \u2705 2026-1-021', true, null],
    ['x \u2705 12026-11-21', true, null],
    ['x \u2705 2026-11-21 \u2705 2026-02-30', true, '2026-11-21'],
    ['\u2705', true, null],
  ];
  for (const [text, marked, date] of reads) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(readStamp(text), { marked, date }));
  }

  it('finds where the last trailing stamp starts, its white space included', () => {
    const table: [string, number][] = [
      ['Day 1 \u2705 2026-11-21', 5],
      ['Day 1 \u2705', 5],
      ['Day 1\t\u2705', 5],
      ['Day 1 \u2705\uFE0F 2026-11-21', 5],
      ['Day 1 \u27052026-11-21', 5],
      ['Day 1 \u2705 2026-11-21  \t', 5],
      ['\u2705 2026-11-21', 0],
      ['Day 1 2026-11-21', -1],
      ['Day 1 \u2705 12026-11-21', -1],
      ['Day 1 \u2705 done', -1],
      ['', -1],
    ];
    for (const [text, at] of table) assert.strictEqual(lastTrailingStamp(text), at, JSON.stringify(text));
    // Within [from, end): what lies outside is not looked at.
    const line = 'ab \u2705 2026-11-21 rest';
    assert.strictEqual(lastTrailingStamp(line, 16), 2);
    assert.strictEqual(lastTrailingStamp(line, 16, 4), -1, 'the mark is before from');
    assert.strictEqual(lastTrailingStamp('ab \u2705\uFE0F', 5, 4), -1, 'only the variation selector is inside');
    assert.strictEqual(lastTrailingStamp('ab \u2705 2026-11-21', 15, 6), -1, 'a date cut by from is no date');
  });

  it('finds where a run of trailing stamps starts, or the end', () => {
    const table: [string, number][] = [
      ['x \u2705 2026-11-20 \u2705', 1],
      ['x \u2705 2026-11-20\u2705 2026-11-21', 1],
      ['x', 1],
      ['', 0],
      ['\u2705 a \u2705', 3],
    ];
    for (const [text, at] of table) assert.strictEqual(trailingStampsStart(text), at, JSON.stringify(text));
    assert.strictEqual(trailingStampsStart('x \u2705 2026-11-20 tail', 14), 1);
    assert.strictEqual(trailingStampsStart('x \u2705 y \u2705', 5), 5);
  });

  it('strips the stamps at the end and nothing else', () => {
    const table: [string, string][] = [
      ['A \u2705 2026-11-21 ', 'A'],
      ['A \u2705 2026-11-21 tail', 'A \u2705 2026-11-21 tail'],
      ['\u2705', ''],
      ['no stamp  ', 'no stamp  '],
      ['A \u2705 x  ', 'A \u2705 x  '],
    ];
    for (const [text, stripped] of table) assert.strictEqual(stripTrailingStamps(text), stripped, JSON.stringify(text));
  });

  it('reads a date written another way after a ✅ (at the end or not: status warns of it), as YYYY-MM-DD when it reads one way only', () => {
    const table: [string, { written: string; iso: string | null } | null][] = [
      ['Day 33 \u2705 26/11/2026', { written: '26/11/2026', iso: '2026-11-26' }],
      ['Day 33 \u2705 11/26/2026', { written: '11/26/2026', iso: '2026-11-26' }],
      ['Day 33 \u2705 05.11.2026', { written: '05.11.2026', iso: null }],
      ['Day 33 \u2705\ufe0f 2026/11/26 ', { written: '2026/11/26', iso: '2026-11-26' }],
      ['Day 33 \u2705 31/02/2026', { written: '31/02/2026', iso: null }],
      ['Day 33 \u2705 2026-11-26', null],
      ['Day 33 26/11/2026', null],
      ['Day 33 \u2705 26/11/2026 (late)', { written: '26/11/2026', iso: '2026-11-26' }],
      ['Day 33 \u2705 26/11/20266', null],
      ['Day 33 \u2705 1.2', null],
    ];
    for (const [text, expected] of table) assert.deepStrictEqual(writtenStampDate(text), expected, text);
  });

  it('writes the stamp with or without a date', () => {
    assert.strictEqual(stampText('2026-11-21'), ' \u2705 2026-11-21');
    assert.strictEqual(stampText(null), ' \u2705');
  });

  it('reads digits only', () => {
    assert.deepStrictEqual(
      [digitsAt('2026', 0, 4), digitsAt('x2026y', 1, 5), digitsAt('20a6', 0, 4), digitsAt('/', 0, 1), digitsAt(':', 0, 1), digitsAt('', 0, 0), digitsAt('09', 0, 2)],
      [2026, 2026, -1, -1, -1, 0, 9],
    );
  });

  it('knows the calendar: month lengths, leap years, the shape', () => {
    const valid = ['2026-11-21', '2026-12-31', '2026-01-31', '2026-04-30', '2000-02-29', '2024-02-29', '2026-02-28'];
    const invalid = ['2026-00-10', '2026-13-10', '2026-11-00', '2026-11-31', '2026-04-31', '1900-02-29', '2100-02-29', '2026-02-29', 'abcd-11-21', '2026x11-21', '2026-11x21', '2026-11-211', '2026-11-2', ''];
    for (const date of valid) assert.ok(isValidIsoDate(date), date);
    for (const date of invalid) assert.ok(!isValidIsoDate(date), date);
  });
});
