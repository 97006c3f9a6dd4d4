/**
 * Dates written into table cells in the table's own form: a German table's `| Geplant |` of `29.11.2026` gets
 * `01.12.2026` from a replan, not `2026-12-01` beside its other rows (and `2026/11/29` stays slashed, `9.1.2026`
 * unpadded). Forms with month names, and none to follow, get ISO: a date that reads the same everywhere.
 */
import { cellDateOf } from '../grammar/tableStatus';

/** Day, month and year as digits between one separator: `29.11.2026`, `2026/11/29`, `11-29-2026`, `9.1.2026`. */
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/** `iso` written as `like` writes its date (see the file's comment); `like` null or of another form: `iso`. */
export function dateLike(like: string | null, iso: string): string {
  const text = like?.trim() ?? '';
  const form = NUMERIC.exec(text);
  const read = form ? cellDateOf(text) : null;
  if (!form || read === null) return iso;
  const [year, month, day] = iso.split('-');
  const [, first, separator, second, third] = form;
  const pad = (value: string, as: string): string => (as.length >= 2 ? value : String(Number(value)));
  if (first.length === 4) return [year, pad(month, second), pad(day, third)].join(separator);
  // Day first or month first, as the example reads: its first number is its day, or its month.
  const [, readMonth, readDay] = read.split('-');
  const dayFirst = Number(first) === Number(readDay) && (Number(second) === Number(readMonth));
  return dayFirst ? [pad(day, first), pad(month, second), year].join(separator) : [pad(month, first), pad(day, second), year].join(separator);
}
