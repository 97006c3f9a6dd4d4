/**
 * Dates written into table cells in the table's own form: a German table's `| Geplant |` of `29.11.2026` gets
 * `01.12.2026` from a replan, not `2026-12-01` beside its other rows (and `2026/11/29` stays slashed, `9.1.2026`
 * unpadded). Forms with month names, none to follow, and a date the form would leave ambiguous (`01/11/2026`: the
 * parser reads neither order when both numbers could be a month, unless the table's other dates say which, and those
 * may be taken out) get ISO: a date that reads the same everywhere.
 */
import { cellDateOf } from '../grammar/tableStatus';
import type { DateOrder } from '../grammar/dates';

/** Day, month and year as digits between one separator: `29.11.2026`, `2026/11/29`, `11-29-2026`, `9.1.2026`. */
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/**
 * `iso` written as `like` writes its date (see the file's comment); `like` null or of another form: `iso`. `order`:
 * how the table writes slashed dates (see slashedDateOrder), to read `like` by (`11/05/2026`: month first); what is
 * written never needs it (`11/28/2026`; the 8th is written `2026-11-08`).
 */
export function dateLike(like: string | null, iso: string, order: DateOrder | null = null): string {
  const text = like?.trim() ?? '';
  const form = NUMERIC.exec(text);
  const read = form ? cellDateOf(text, order) : null;
  if (!form || read === null) return iso;
  const [year, month, day] = iso.split('-');
  const [, first, separator, second, third] = form;
  const yearFirst = first.length === 4;
  const [a, b] = yearFirst ? [second, third] : [first, second];
  // Padded when a number is written `09`, or both with two digits (`29.11.2026`); `19.1.2026` is not.
  const padded = a.startsWith('0') || b.startsWith('0') || (a.length === 2 && b.length === 2);
  const pad = (value: string): string => (padded ? value : String(Number(value)));
  let written: string;
  if (yearFirst) written = [year, pad(month), pad(day)].join(separator);
  else {
    // Day first or month first, as the example reads: its first number is its day, or its month. An example that reads
    // the same either way (`11/11/2026`) says neither: the table's order, else ISO (a reviewer's `28/11/2026` beside it
    // made the table's other `11/05/2026` read as the 11th of May).
    const [, readMonth, readDay] = read.split('-');
    const symmetric = Number(first) === Number(second);
    if (symmetric && separator !== '.' && order === null) return iso;
    const dayFirst = symmetric ? separator === '.' || order === 'dmy' : Number(first) === Number(readDay) && Number(second) === Number(readMonth);
    written = dayFirst ? [pad(day), pad(month), year].join(separator) : [pad(month), pad(day), year].join(separator);
  }
  // What the parser cannot read back as this date (both numbers 12 or less) is written as ISO.
  // Read back with no order: a date written is one any reader reads alone (the rows that say the order may go).
  return cellDateOf(written) === iso ? written : iso;
}
