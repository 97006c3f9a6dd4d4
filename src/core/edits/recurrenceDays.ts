/**
 * The days a recurrence rule falls on, as Obsidian Tasks reads them (RFC 5545's rules, in its English):
 * `every weekday`, `every Monday, Thursday`, `every 2 weeks on Sunday`, `every month on the 1st`,
 * `every month on the last`, `every 3 months on the 2nd Tuesday`, `every month on the last Friday`.
 *
 * The next date is the first one after the base (the reference date, or the day done) that falls on the rule's
 * days, in a period (week, Monday to Sunday; month) a whole number of intervals after the base's own. A month
 * without the day (`on the 31st` in April) is passed over, as Obsidian Tasks passes it over: `on the last` is
 * the rule for a month's end.
 */
import { dayNumber, daysSinceMonday, isoFromDayNumber } from '../calendar/calendarDays';

/** 0 Monday ... 6 Sunday. */
export type Weekday = number;

export type RecurrenceDays =
  | { readonly weekdays: readonly Weekday[] }
  /** A day of the month, 1-31, or -1 for its last. */
  | { readonly monthDay: number }
  /** The nth (1-5, or -1 for the last) given weekday of the month. */
  | { readonly nth: number; readonly weekday: Weekday };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `monday`, `mon`, `tues`, `thurs`: the weekday, or -1. */
function weekdayOf(word: string): Weekday {
  return WEEKDAYS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
}

/** `Monday, Thursday and Saturday`: the weekdays in the order of the week, or null when a word is none. */
function weekdaysOf(list: string): Weekday[] | null {
  const days = list.split(/\s*(?:,\s*and|,|\band)\s*/).map((word) => weekdayOf(word.trim()));
  return days.length > 0 && days.every((day) => day >= 0) ? [...new Set(days)].sort((a, b) => a - b) : null;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** `1st`, `22nd`, `second`, `last`: the number (-1 for last), or 0. */
function ordinalOf(word: string): number {
  if (word === 'last') return -1;
  const spelled = ORDINAL_WORDS.indexOf(word);
  if (spelled >= 0) return spelled + 1;
  const match = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return match ? Number(match[1]) : 0;
}

/**
 * What follows `every [N] week(s)`/`month(s)` (or `every` alone for weekdays): the days, or null when it reads
 * as none. `unit` null: the rule named no unit (`every Monday`, `every weekday`).
 */
export function parseRecurrenceDays(unit: 'week' | 'month' | null, rest: string): { readonly unit: 'week' | 'month'; readonly on: RecurrenceDays } | null {
  if (unit === null) {
    if (rest === 'weekday') return { unit: 'week', on: { weekdays: [0, 1, 2, 3, 4] } };
    const weekdays = weekdaysOf(rest);
    return weekdays ? { unit: 'week', on: { weekdays } } : null;
  }
  const on = /^on (?:the )?(.+)$/.exec(rest);
  if (!on) return null;
  if (unit === 'week') {
    const weekdays = weekdaysOf(on[1]);
    return weekdays ? { unit, on: { weekdays } } : null;
  }
  const words = on[1].split(' ');
  const nth = ordinalOf(words[0]);
  if (words.length === 1 || (words.length === 2 && words[1] === 'day')) {
    return nth === -1 || (nth >= 1 && nth <= 31) ? { unit, on: { monthDay: nth } } : null;
  }
  const weekday = words.length === 2 ? weekdayOf(words[1]) : -1;
  return weekday >= 0 && (nth === -1 || (nth >= 1 && nth <= 5)) ? { unit, on: { nth, weekday } } : null;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function daysInMonth(iso: string): number {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
}

function fallsOn(iso: string, day: number, on: RecurrenceDays): boolean {
  if ('weekdays' in on) return on.weekdays.includes(daysSinceMonday(day));
  const date = Number(iso.slice(8, 10));
  const last = daysInMonth(iso);
  if ('monthDay' in on) return on.monthDay === -1 ? date === last : date === on.monthDay;
  if (daysSinceMonday(day) !== on.weekday) return false;
  return on.nth === -1 ? date + 7 > last : Math.ceil(date / 7) === on.nth;
}

/**
 * The first date after `base` the rule falls on, in a period `every` periods on from the base's; null when none
 * comes within the periods a rule can span (`every 12 months on the 30th` from a February never falls).
 */
export function nextOnDays(base: string, every: number, unit: 'week' | 'month', on: RecurrenceDays): string | null {
  const start = dayNumber(base);
  const baseWeek = start - daysSinceMonday(start);
  const baseMonth = monthIndex(base);
  // Enough periods for any day a rule can name to fall: weeks, a few intervals; months, eight years as well (a
  // 29 February in every twelfth month may be eight years off: 2096, then 2104).
  const horizon = unit === 'week' ? 4 * (every + 1) * 7 + 366 : 9 * (every + 1) * 31 + 8 * 366;
  for (let day = start + 1; day <= start + horizon; day++) {
    const iso = isoFromDayNumber(day);
    const periods = unit === 'week' ? (day - daysSinceMonday(day) - baseWeek) / 7 : monthIndex(iso) - baseMonth;
    if (periods % every === 0 && fallsOn(iso, day, on)) return iso;
  }
  return null;
}
