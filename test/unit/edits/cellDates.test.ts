// Dates written into table cells in the table's own form (src/core/edits/cellDates.ts): before / after.
import * as assert from 'assert';
import { dateLike } from '../../../src/core/edits/cellDates';
import { cellDateOf } from '../../../src/core/grammar/tableStatus';

describe('table cells: a date written as the column writes its dates', () => {
  const rows: [like: string | null, iso: string, written: string][] = [
    ['29.11.2026', '2026-12-01', '01.12.2026'],
    ['9.1.2026', '2026-12-01', '1.12.2026'],
    ['9.11.2026', '2026-12-05', '5.12.2026'],
    ['2026/11/29', '2026-12-01', '2026/12/01'],
    ['2026.11.29', '2026-01-05', '2026.01.05'],
    ['29/11/2026', '2026-12-13', '13/12/2026'],
    ['11/29/2026', '2026-12-13', '12/13/2026'],
    ['29-11-2026', '2026-12-13', '13-12-2026'],
    // Both numbers 12 or less read as neither order: ISO, which the parser reads back (a review's `01/11/2026` read open).
    ['29/11/2026', '2026-12-01', '2026-12-01'],
    ['11/29/2026', '2026-12-01', '2026-12-01'],
    // Padding as the example writes it: `19.1.2026` has none.
    ['19.1.2026', '2026-12-05', '5.12.2026'],
    ['09.11.2026', '2026-12-05', '05.12.2026'],
    ['2026-11-29', '2026-12-01', '2026-12-01'],
    // Month names, no example, or no date: ISO, which reads the same everywhere.
    ['Nov 29, 2026', '2026-12-01', '2026-12-01'],
    [null, '2026-12-01', '2026-12-01'],
    ['TBD', '2026-12-01', '2026-12-01'],
    ['05/01/2026', '2026-12-01', '2026-12-01'],
  ];
  for (const [like, iso, written] of rows) it(`${JSON.stringify(like)} + ${iso}`, () => assert.strictEqual(dateLike(like, iso), written));

  it('whatever it writes, the parser reads back as the same date (every day of a year, each form)', () => {
    let checked = 0;
    for (const like of ['29.11.2026', '9.1.2026', '2026/11/29', '29/11/2026', '11/29/2026', '29-11-2026', 'Nov 29, 2026']) {
      for (let day = 0; day < 366; day++) {
        const iso = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        assert.strictEqual(cellDateOf(dateLike(like, iso)), iso, `${like} + ${iso}`);
        checked++;
      }
    }
    assert.strictEqual(checked, 7 * 366);
  });
});
