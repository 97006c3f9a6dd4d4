// Dates in headings (grammar/dates.ts), read at a position: each form the module's header names, its edges
// (a real calendar date, a year of four digits, nothing glued after it, an ambiguous day/month read as
// neither) and a weekday written before it. Before/after rows: text, position, then [date, end, weekday] or null.
import * as assert from 'assert';
import { dateAt, slashedDateOrder } from '../../../src/core/grammar/dates';

describe('grammar: a date at a position', () => {
  const rows: [string, number, [string, number, number | null] | null][] = [
    ['2024-01-05', 0, ['2024-01-05', 10, null]],
    ['2024/01/05', 0, ['2024-01-05', 10, null]],
    ['2024.01.05', 0, ['2024-01-05', 10, null]],
    ['2024-1-5', 0, ['2024-01-05', 8, null]],
    ['2024-01/05', 0, null],
    ['2024-13-05', 0, null],
    ['2024-02-30', 0, null],
    ['2024-02-29', 0, ['2024-02-29', 10, null]],
    ['2023-02-29', 0, null],
    ['0999-01-05', 0, null],
    ['1000-01-05', 0, ['1000-01-05', 10, null]],
    ['2023\u5e741\u67087\u65e5', 0, ['2023-01-07', 9, null]],
    ['2023\u5e74 1\u6708 7\u65e5', 0, ['2023-01-07', 11, null]],
    ['2023\ub144 1\uc6d4 7\uc77c', 0, ['2023-01-07', 11, null]],
    ['2023\u5e741\u67087', 0, ['2023-01-07', 8, null]],
    ['2023\u5e7413\u67087\u65e5', 0, null],
    ['2023\u5e741\u6708', 0, null],
    ['2023 \u5e741\u67087\u65e5', 0, ['2023-01-07', 10, null]],
    ['05.01.2024', 0, ['2024-01-05', 10, null]],
    ['31.02.2024', 0, null],
    ['13/01/2024', 0, ['2024-01-13', 10, null]],
    ['01/13/2024', 0, ['2024-01-13', 10, null]],
    ['05/01/2024', 0, null],
    ['05/05/2024', 0, ['2024-05-05', 10, null]],
    ['05-01-2024', 0, null],
    ['13-01-2024', 0, ['2024-01-13', 10, null]],
    ['05.01.24', 0, null],
    ['5.1.2024', 0, ['2024-01-05', 8, null]],
    ['123.01.2024', 0, null],
    ['05.01/2024', 0, null],
    ['15MAY2020', 0, ['2020-05-15', 9, null]],
    ['15May2020', 0, ['2020-05-15', 9, null]],
    ['32MAY2020', 0, null],
    ['15MAY20', 0, null],
    ['7 Jan 2023', 0, ['2023-01-07', 10, null]],
    ['7th of January, 2023', 0, ['2023-01-07', 20, null]],
    ['7 de enero de 2023', 0, ['2023-01-07', 18, null]],
    ['7. Januar 2023', 0, ['2023-01-07', 14, null]],
    ['7 \u044f\u043d\u0432\u0430\u0440\u044f 2023', 0, ['2023-01-07', 13, null]],
    ['ng\u00e0y 7 th\u00e1ng 1 n\u0103m 2023', 0, ['2023-01-07', 23, null]],
    ['7 Foo 2023', 0, null],
    ['7 Jan 23', 0, null],
    ['January 7, 2023', 0, ['2023-01-07', 15, null]],
    ['Jan 7th 2023', 0, ['2023-01-07', 12, null]],
    ['Sept. 7, 2023', 0, ['2023-09-07', 13, null]],
    ['Sept 7 2023', 0, ['2023-09-07', 11, null]],
    ['January 7 2023x', 0, null],
    ['January 7 20231', 0, null],
    ['January 2023', 0, null],
    ['January x 2023', 0, null],
    ['2024-01-05 notes', 0, ['2024-01-05', 10, null]],
    ['2024-01-051', 0, null],
    ['2024-01-05x', 0, null],
    ['Mon 05.01.2024', 0, ['2024-01-05', 14, 1]],
    ['Monday, January 7, 2023', 0, ['2023-01-07', 23, 1]],
    ['Monday2024-01-05', 0, null],
    ['Friday', 0, null],
    ['Sun, 2024-01-07', 0, ['2024-01-07', 15, 7]],
    ['Tue. 2024-01-02', 0, ['2024-01-02', 15, 2]],
    ['Day 1 - 2024-01-05', 8, ['2024-01-05', 18, null]],
    ['Foo 2024-01-05', 0, null],
    ['Wednesday, 7 de septiembre de 2023', 0, ['2023-09-07', 34, 3]],
    ['1st January 2023', 0, ['2023-01-01', 16, null]],
    ['2nd Jan 2023', 0, ['2023-01-02', 12, null]],
    ['3rd Jan 2023', 0, ['2023-01-03', 12, null]],
    ['4th Jan 2023', 0, ['2023-01-04', 12, null]],
    ['1er janvier 2023', 0, ['2023-01-01', 16, null]],
    ['1\u00ba de enero de 2023', 0, ['2023-01-01', 19, null]],
    ['1\u00aa Jan 2023', 0, ['2023-01-01', 11, null]],
    ['Jan 1st, 2023', 0, ['2023-01-01', 13, null]],
    ['1sta January 2023', 0, null],
    ['1 st January 2023', 0, null],
    ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx2024-01-05', 0, null],
    ['Monday,                                   2024-01-05', 0, null],
  ];
  for (const [text, at, expected] of rows) {
    it(`${JSON.stringify(text)} at ${at} -> ${expected ? expected.join(' ') : 'none'}`, () => {
      const found = dateAt(text, at);
      assert.deepStrictEqual(found && [found.date, found.end, found.weekday], expected);
    });
  }
});

describe('slashed dates in a text\'s own order (slashedDateOrder)', () => {
  const cases: [string[], 'dmy' | 'mdy' | null][] = [
    [['11/20/2026', '11/05/2026'], 'mdy'],
    [['20/11/2026', '05/11/2026'], 'dmy'],
    [['| 1 | a | 20-11-2026 |'], 'dmy'],
    [['11/05/2026', '12/01/2026'], null],
    [['11/20/2026', '25/11/2026'], null],
    [['2026/11/20', '20.11.2026', 'v1.2/3.4'], null],
    [['111/20/2026', '11/200/2026'], null],
    [[], null],
  ];
  for (const [texts, order] of cases) it(JSON.stringify(texts), () => assert.strictEqual(slashedDateOrder(texts), order));

  it('dateAt reads a date either order could read in the order given, and only then', () => {
    assert.strictEqual(dateAt('11/05/2026', 0), null);
    assert.strictEqual(dateAt('11/05/2026', 0, 'mdy')?.date, '2026-11-05');
    assert.strictEqual(dateAt('11/05/2026', 0, 'dmy')?.date, '2026-05-11');
    // An unambiguous date keeps its one reading whatever the order; a dotted one is day first.
    assert.strictEqual(dateAt('11/20/2026', 0, 'dmy')?.date, '2026-11-20');
    assert.strictEqual(dateAt('05.11.2026', 0, 'mdy')?.date, '2026-11-05');
  });
});
