// Dates written into table cells in the table's own form (src/core/edits/cellDates.ts): before / after.
import * as assert from 'assert';
import { dateLike } from '../../../src/core/edits/cellDates';

describe('table cells: a date written as the column writes its dates', () => {
  const rows: [like: string | null, iso: string, written: string][] = [
    ['29.11.2026', '2026-12-01', '01.12.2026'],
    ['9.1.2026', '2026-12-01', '1.12.2026'],
    ['9.11.2026', '2026-12-05', '5.12.2026'],
    ['2026/11/29', '2026-12-01', '2026/12/01'],
    ['2026.11.29', '2026-01-05', '2026.01.05'],
    ['29/11/2026', '2026-12-01', '01/12/2026'],
    ['11/29/2026', '2026-12-01', '12/01/2026'],
    ['29-11-2026', '2026-12-01', '01-12-2026'],
    ['2026-11-29', '2026-12-01', '2026-12-01'],
    // Month names, no example, or no date: ISO, which reads the same everywhere.
    ['Nov 29, 2026', '2026-12-01', '2026-12-01'],
    [null, '2026-12-01', '2026-12-01'],
    ['TBD', '2026-12-01', '2026-12-01'],
    ['05/01/2026', '2026-12-01', '2026-12-01'],
  ];
  for (const [like, iso, written] of rows) it(`${JSON.stringify(like)} + ${iso}`, () => assert.strictEqual(dateLike(like, iso), written));
});
