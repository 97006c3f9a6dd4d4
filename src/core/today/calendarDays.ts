/**
 * Calendar arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01 in UTC).
 * Dates are already local calendar dates when they are stamped, so no time zone or DST shift can
 * move them; only "today" comes from a clock, converted once with `localIsoDate`.
 */
import { isValidIsoDate } from '../stamps';

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Monday of the week holding `iso` (weeks run Monday to Sunday). */
export function weekStart(iso: string): string {
  const day = dayNumber(iso);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
  return isoFromDayNumber(day - weekday);
}

export { isValidIsoDate };
