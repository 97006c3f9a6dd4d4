/**
 * Rest: days a learner does not study, planned or not, that neither break a streak nor hold a plan day.
 *
 * - Weekly rest days: front matter `rest: [sat, sun]` (a list or `sat, sun`; weekday names and abbreviations
 *   of any language in languages.json, `weekend`), else the `learningPlans.restDays` setting (`--rest`), else
 *   the weekdays the plan's planned dates leave out (plannedRest).
 * - Pauses: `⏸ 2026-11-28` lines (ranges `⏸ 2026-12-24..2026-12-26`) anywhere in a plan.
 *
 * Weekdays are numbered as everywhere in the model: 1 (Monday) .. 7 (Sunday).
 */
import * as l10n from '@vscode/l10n';
import { frontMatterRecord, keyInOtherCase } from './frontMatterData';
import { normalizeKey, vocabularyOf } from '../grammar/keywords';
import { MAX_PAUSE_DAYS } from '../grammar/dayMarks';
import type { ParsedPlan } from '../model';
import { planDates } from '../planDates';
import { dayNumber, daysSinceMonday, isoFromDayNumber, isValidIsoDate, validDayNumber } from '../calendar/calendarDays';

export const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 1 (Monday) .. 7 (Sunday) of a day number. */
export function weekdayOf(day: number): number {
  return daysSinceMonday(day) + 1;
}

/** One weekday name (`sat`, `Saturday`, `sábado`, `土曜日`, `Sa`), or the weekend; [] when it is none. */
function weekdaysNamed(name: string): number[] {
  const key = normalizeKey(name.trim().replace(/[.]$/, ''));
  if (key === 'weekend' || key === 'weekends') return [6, 7];
  // Or its plural (`sundays`, `sonntags`: a trial's `rest: sundays` was left out without a word).
  // Not of a two-letter code (`dos`, `mis`: a review's).
  const found = weekdayKey(key) ?? (key.length > 3 && key.endsWith('s') ? weekdayKey(key.slice(0, -1)) : null);
  return found ? [found] : [];
}

/** The weekday (1-7) a normalized name names, or null. */
function weekdayKey(key: string): number | null {
  const code = WEEKDAY_CODES.indexOf(key as (typeof WEEKDAY_CODES)[number]);
  if (code >= 0) return code + 1;
  const { weekdays, weekdaysShort, weekdaysBeforeDate } = vocabularyOf();
  // In a list of weekdays, German `sa, so` are weekdays too (in prose they are read only before a date).
  return weekdays.get(key) ?? weekdaysShort.get(key) ?? weekdaysBeforeDate.get(key) ?? null;
}

/**
 * Weekdays from a front-matter value or a setting: a list (`[sat, sun]`), a string (`sat, sun`), numbers
 * 1-7 (ISO: 1 is Monday). Sorted, distinct; names that are no weekday are left out.
 */
export function parseWeekdays(value: unknown): number[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\s]+/) : [];
  const found = new Set<number>();
  for (const item of items) {
    if (typeof item === 'number' && Number.isInteger(item) && item >= 1 && item <= 7) found.add(item);
    else if (typeof item === 'string') for (const day of weekdaysNamed(item)) found.add(day);
  }
  return [...found].sort((a, b) => a - b);
}

/** `sat`, `sun`: weekdays as the short codes the setting and `status --json` use. */
export function weekdayCodes(weekdays: readonly number[]): string[] {
  return weekdays.map((day) => WEEKDAY_CODES[day - 1]);
}

const restByPlan = new WeakMap<ParsedPlan, readonly number[] | null>();

/** The plan's own `rest:` weekdays (`rest: []` says none), or null when its front matter has no `rest:`. */
export function frontMatterRest(plan: ParsedPlan): readonly number[] | null {
  if (!plan.frontMatter || !/^rest[ \t]*:/m.test(plan.frontMatter)) return null;
  let rest = restByPlan.get(plan);
  if (rest === undefined) {
    const value = frontMatterRecord(plan)?.rest;
    rest = value === undefined ? null : value === null ? [] : parseWeekdays(value);
    restByPlan.set(plan, rest);
  }
  return rest;
}

/**
 * What is wrong with the plan's `rest:`, said where its schedule is shown (a learner's misspelt or seven-day
 * `rest:` was passed over without a word): names that are no weekday (left out), or every weekday (then none is a
 * rest day: a schedule needs a day to study). Null when it reads well or there is none.
 */
export function frontMatterRestProblem(plan: ParsedPlan): string | null {
  if (!plan.frontMatter || !/^rest[ \t]*:/im.test(plan.frontMatter)) return null;
  const record = frontMatterRecord(plan);
  if (!record) return null;
  const other = keyInOtherCase(record, 'rest');
  if (other !== null) return l10n.t('{0} in the front matter is not read (the key is rest:, in lower case)', JSON.stringify(`${other}:`));
  if (!('rest' in record)) return null;
  const value = record.rest;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\s]+/).filter(Boolean) : value === undefined || value === null ? [] : [value];
  // `none` says no rest day, as `--rest none` does (it reads as none: nothing to say).
  const unknown = items.filter((item) => parseWeekdays([item]).length === 0 && !(typeof item === 'string' && item.toLowerCase() === 'none'))
    .map((item) => (typeof item === 'string' ? JSON.stringify(item) : JSON.stringify(item) ?? String(item)));
  if (unknown.length === 1) return l10n.t('rest: {0} is no weekday (write sat, sun, weekday names or weekend): left out', unknown[0]);
  if (unknown.length > 1) return l10n.t('rest: {0} are no weekdays (write sat, sun, weekday names or weekend): left out', unknown.join(', '));
  if (parseWeekdays(value).length === 7) return l10n.t('rest: names all seven weekdays: none is taken as a rest day');
  return null;
}

/**
 * The plan's rest weekdays: its front matter's `rest:`, else the configured ones (`--rest`, `learningPlans.restDays`;
 * undefined when the learner configured none, `[]` when they said none), else those its planned dates leave out.
 */
export function restWeekdaysOf(plan: ParsedPlan | undefined, configured?: readonly number[]): readonly number[] {
  return (plan && frontMatterRest(plan)) ?? configured ?? (plan ? plannedRest(plan) : NO_WEEKDAYS);
}

const NO_WEEKDAYS: readonly number[] = Object.freeze([]);
const plannedRestByPlan = new WeakMap<ParsedPlan, readonly number[]>();

/**
 * The weekdays a plan's planned dates leave out when they keep a weekly pattern: a tracker planned Monday to Friday
 * rests at weekends (a trial's replan of one moved its days onto Saturdays and Sundays). Read only where the plan
 * dates its days one by one (nine in ten of its days from the first dated to the last carry a date: a `📅` on each
 * week's first day, or on quiz days, says when those are, not when the undated days between them rest), over ten
 * days or more, each weekday it studies on holding two of its dates and the dates filling those weekdays (three in
 * four): an irregular plan's gaps are no rest. For the schedule alone (dates, replans, days behind): the streak
 * passes over only the rest a learner wrote (see statedRestWeekdays).
 */
export function plannedRest(plan: ParsedPlan): readonly number[] {
  let rest = plannedRestByPlan.get(plan);
  if (rest === undefined) {
    rest = weekdaysLeftOut(plan.days.filter((day) => !day.skipped).map((day) => day.planned));
    plannedRestByPlan.set(plan, rest);
  }
  return rest;
}

function weekdaysLeftOut(planned: readonly (string | null)[]): readonly number[] {
  const days = new Set<number>();
  let firstDated = -1;
  let lastDated = -1;
  let dated = 0;
  let first = Infinity;
  let last = -Infinity;
  planned.forEach((date, i) => {
    if (date === null || !isValidIsoDate(date)) return;
    const day = dayNumber(date);
    days.add(day);
    if (firstDated < 0) firstDated = i;
    lastDated = i;
    dated++;
    first = Math.min(first, day);
    last = Math.max(last, day);
  });
  if (days.size < 3 || last - first < 9 || dated * 10 < (lastDated - firstDated + 1) * 9) return NO_WEEKDAYS;
  const count = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const day of days) count[weekdayOf(day)]++;
  let slots = 0;
  for (let weekday = 1; weekday <= 7; weekday++) {
    // Each weekday's occurrences from the first date to the last: those it studies on, two at least, three in four filled.
    if (count[weekday] === 0) continue;
    if (count[weekday] < 2) return NO_WEEKDAYS;
    const firstOn = first + ((weekday - weekdayOf(first) + 7) % 7);
    slots += firstOn > last ? 0 : Math.floor((last - firstOn) / 7) + 1;
  }
  if (days.size * 4 < slots * 3) return NO_WEEKDAYS;
  const left = [1, 2, 3, 4, 5, 6, 7].filter((weekday) => count[weekday] === 0);
  return left.length === 0 ? NO_WEEKDAYS : left;
}

/** The plan's rest weekdays as the learner wrote or set them (front matter, else configured), never inferred: the streak's. */
export function statedRestWeekdays(plan: ParsedPlan | undefined, configured?: readonly number[]): readonly number[] {
  return (plan && frontMatterRest(plan)) ?? configured ?? NO_WEEKDAYS;
}

const pausesByPlan = new WeakMap<ParsedPlan, Int32Array>();
/** No pause (shared: nothing writes into a plan's pause days). */
const NO_DAYS = new Int32Array(0);

/** The days of a plan's `⏸` pauses, as sorted distinct day numbers (built once per plan model). */
export function planPauseDays(plan: ParsedPlan): Int32Array {
  let days = pausesByPlan.get(plan);
  if (!days) {
    const found: number[] = [];
    for (const pause of planDates(plan).pauses) {
      const from = validDayNumber(pause.from);
      if (Number.isNaN(from)) continue;
      const until = validDayNumber(pause.to);
      const to = Number.isNaN(until) ? from : Math.min(until, from + MAX_PAUSE_DAYS - 1);
      for (let day = from; day <= to; day++) found.push(day);
    }
    // Most plans have no pause: they share one empty array (a typed array is a buffer of its own, 300 of them
    // were a tenth of Today's first summary).
    days = found.length === 0 ? NO_DAYS : Int32Array.from(new Set(found)).sort();
    pausesByPlan.set(plan, days);
  }
  return days;
}

/** Pause days of several plans, merged. */
export function mergeDays(sets: readonly Int32Array[]): Int32Array {
  if (sets.length === 1) return sets[0];
  const all = new Set<number>();
  for (const set of sets) for (const day of set) all.add(day);
  return Int32Array.from(all).sort();
}

/** Which days are rest: a weekly set and dated pauses. */
export class RestDays {
  /** `weekly[w]` for w = 1..7. */
  private readonly weekly: boolean[] = new Array<boolean>(8).fill(false);
  readonly weekdays: readonly number[];
  /** Pause days that do not fall on a weekly rest day, sorted. */
  private readonly extra: Int32Array;

  constructor(weekdays: readonly number[], readonly pauses: Int32Array = new Int32Array(0)) {
    // Rest on every day of the week would leave no day to study: such a setting is ignored.
    this.weekdays = weekdays.length >= 7 ? [] : [...weekdays];
    for (const day of this.weekdays) this.weekly[day] = true;
    this.extra = pauses.filter((day) => !this.weekly[weekdayOf(day)]);
  }

  static readonly NONE = new RestDays([]);

  get isEmpty(): boolean {
    return this.weekdays.length === 0 && this.extra.length === 0;
  }

  isRest(day: number): boolean {
    return this.weekly[weekdayOf(day)] || binaryHas(this.extra, day);
  }

  isRestDate(date: string): boolean {
    return isValidIsoDate(date) && this.isRest(dayNumber(date));
  }

  /** Days in `[from, to]` (inclusive) that are not rest days. O(log pauses), for the streak's gaps. */
  studyDaysBetween(from: number, to: number): number {
    if (to < from) return 0;
    const total = to - from + 1;
    const weekly = this.weekdays.reduce((n, weekday) => n + countWeekday(from, to, weekday), 0);
    return total - weekly - (upperBound(this.extra, to) - lowerBound(this.extra, from));
  }

  /** The first study day on or after `day`. */
  studyDayFrom(day: number): number {
    while (this.isRest(day)) day++;
    return day;
  }

  /** The next study day after `day` (`step` -1: the one before it). */
  nextStudyDay(day: number, step: 1 | -1 = 1): number {
    do day += step;
    while (this.isRest(day));
    return day;
  }

  /** `day` moved by `count` study days (negative: earlier), starting from the study day on or after it. */
  advance(day: number, count: number): number {
    let at = this.studyDayFrom(day);
    for (let i = 0; i < Math.abs(count); i++) at = this.nextStudyDay(at, count > 0 ? 1 : -1);
    return at;
  }

  /** The rest days in `[from, to]`, as dates (for the views). */
  datesBetween(from: number, to: number): string[] {
    const dates: string[] = [];
    for (let day = from; day <= to; day++) if (this.isRest(day)) dates.push(isoFromDayNumber(day));
    return dates;
  }
}

/** How many days in `[from, to]` fall on `weekday` (1..7). */
function countWeekday(from: number, to: number, weekday: number): number {
  const first = from + ((weekday - weekdayOf(from) + 7) % 7);
  return first > to ? 0 : Math.floor((to - first) / 7) + 1;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function upperBound(sorted: Int32Array, value: number): number {
  return lowerBound(sorted, value + 1);
}

function binaryHas(sorted: Int32Array, value: number): boolean {
  const at = lowerBound(sorted, value);
  return at < sorted.length && sorted[at] === value;
}
