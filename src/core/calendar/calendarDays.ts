/**
 * Calendar arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01 in UTC).
 * Dates are already local calendar dates when they are stamped, so no time zone or DST shift can
 * move them; only "today" comes from a clock, converted once with `localIsoDate`.
 */
import { digitsAt, isCalendarDate, isValidIsoDate } from '../stamps';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic (Howard Hinnant's
 * days_from_civil): the streak calls this for every stamp, and `Date.UTC` is several times slower.
 */
export function dayNumber(iso: string): number {
  return civilDayNumber(digitsAt(iso, 0, 4), digitsAt(iso, 5, 7), digitsAt(iso, 8, 10));
}

/**
 * The day number of a real `YYYY-MM-DD` date, NaN for anything else (`2026-02-30`, `2026-1-5`): isValidIsoDate and
 * dayNumber with one read of the digits, for the streak's thousands of stamps.
 */
export function validDayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  return isCalendarDate(year, month, day) ? civilDayNumber(year, month, day) : NaN;
}

function civilDayNumber(civilYear: number, month: number, day: number): number {
  const year = civilYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/**
 * Days since the Monday of the week holding a day number: 0 for Monday ... 6 for Sunday. 1970-01-01
 * was a Thursday; the modulo is taken so that days before it (negative numbers) count the same way.
 */
export function daysSinceMonday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Monday of the week holding `iso` (weeks run Monday to Sunday). */
export function weekStart(iso: string): string {
  const day = dayNumber(iso);
  return isoFromDayNumber(day - daysSinceMonday(day));
}

export { isValidIsoDate };
