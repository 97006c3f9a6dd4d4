/**
 * How a learner names a day from outside the editor (the CLI's DAY argument, and anywhere else a day is
 * typed): a day number (`31`), the 1-based line of its heading (`line:31`), a weekday (`monday`, `Mon`)
 * for journal days headed by one, or an ISO date (`2026-11-21`) for days headed by that date or, in a
 * plan with a `start:` date, scheduled on it. A name that fits several days is never guessed: the caller
 * gets every candidate to list, so each one stays reachable by its `line:N`. A number is first a day's own
 * number; only when no day has it does it name the range day that holds it (`4` in `### Days 3-4`): a plan
 * with both a `Day 7` and `Days 6-7` means the day that says 7 alone.
 */
import * as l10n from '@vscode/l10n';
import { containerTitle } from './labs/dayContent';
import type { ParsedPlan, PlanNode } from './model';
import { isValidIsoDate } from './stamps';
import { classifyHeading, ownDayName } from './parse/classifyHeading';
import { weekDayOf, weekNumberOf } from './parse/weekHeadings';
import { dayNumber, daysSinceMonday } from './calendar/calendarDays';
import { lookupAt, vocabularyOf } from './grammar/keywords';
import { dateAt } from './grammar/dates';
import { yearlessDateAt } from './grammar/yearlessDates';
import { daysPlannedOn, scheduleFor, type ScheduleOptions } from './schedule/schedule';
import { weekdaySectionOn } from './schedule/currentDay';

export type DaySpec =
  | { readonly kind: 'number'; readonly number: number }
  /** 1-based, as typed. */
  | { readonly kind: 'line'; readonly line: number }
  /** 0 = Monday ... 6 = Sunday. */
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'date'; readonly date: string }
  /** A date without a year (`Nov 27`, `27 November`): the day dated on that month and day, in whatever year. */
  | { readonly kind: 'monthDay'; readonly month: number; readonly day: number; readonly written: string }
  /** A day of a week as its heading or row names it (`Week 2, Day 1`, `W2D1`), in a plan that numbers its days again each week. */
  | { readonly kind: 'weekDay'; readonly week: number; readonly day: number; readonly written: string }
  /** `R1D3`: day 3 of a #100DaysOfCode round, as `index` lists such days (a trial's `done r.md R1D3` was a usage error). */
  | { readonly kind: 'roundDay'; readonly round: number; readonly day: number; readonly written: string };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function weekdayOf(text: string): number {
  const lower = text.toLowerCase();
  // Full names and unambiguous prefixes of at least three letters: `mon`, `tues`, `thu`, `sat`.
  if (lower.length < 3) return -1;
  return WEEKDAYS.findIndex((name) => name.startsWith(lower));
}

/** The weekday (1-7) a title starts with, after its decoration, in any language; 0 when none. */
function weekdayFirst(title: string): number {
  const start = title.search(/[\p{L}\p{N}]/u);
  const found = start < 0 ? null : lookupAt(title, start, vocabularyOf().weekdays);
  return found && !/[\p{L}\p{N}]/u.test(title.charAt(found.end)) ? found.value : 0;
}

/** A day's name alone, as a heading of some language starts: a word and a number, nothing after but a counter. */
const DAY_NAME = /^(?:\D*\d{1,9}\s?[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]{0,2}|\d{1,9}\.\s*\p{L}+|\D*[\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u96F6\u4E24]+\s?[\p{Script=Han}]{1,2})$/u;

/** The DAY forms; null when the text is none of them. */
export function parseDaySpec(text: string): DaySpec | null {
  const trimmed = text.trim();
  if (/^\d{1,9}$/.test(trimmed)) return { kind: 'number', number: Number(trimmed) };
  // `Day 33` as a heading says it (a learner typed it so; `day33` too).
  const numbered = /^day\s*(\d{1,9})$/i.exec(trimmed);
  if (numbered) return { kind: 'number', number: Number(numbered[1]) };
  const line = /^line:(\d{1,9})$/i.exec(trimmed);
  if (line && Number(line[1]) >= 1) return { kind: 'line', line: Number(line[1]) };
  if (isValidIsoDate(trimmed)) return { kind: 'date', date: trimmed };
  // A date as a plan writes it (`11/20/2026`, `20.11.2026`, `Nov 20, 2026`), when it reads one way only (a US learner's
  // `show f.md 11/20/2026` was refused): `11/05/2026` reads two ways and is no DAY.
  const written = /\d/.test(trimmed) ? dateAt(trimmed, 0) : null;
  if (written && written.end === trimmed.length) return { kind: 'date', date: written.date };
  // `Nov 27`, as a journal of such headings writes its dates (a trial's `show log.md 'Nov 27'` was a usage error).
  const yearless = /\d/.test(trimmed) ? yearlessDateAt(trimmed, 0) : null;
  if (yearless && yearless.end === trimmed.length) return { kind: 'monthDay', month: yearless.month, day: yearless.day, written: trimmed };
  // `28.11.`, as a German journal heads its entries (`### Sa 28.11.`): typed alone as a DAY it is a date (a trial's was
  // refused). The dot after the month says so: `3.5` is no DAY.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.$/.exec(trimmed);
  if (dotted && Number(dotted[2]) >= 1 && Number(dotted[2]) <= 12 && Number(dotted[1]) >= 1 && Number(dotted[1]) <= 31) return { kind: 'monthDay', month: Number(dotted[2]), day: Number(dotted[1]), written: trimmed };
  const round = /^r(\d{1,3})[ \t]*[-_.:/]?[ \t]*d(\d{1,4})$/i.exec(trimmed);
  if (round) return { kind: 'roundDay', round: Number(round[1]), day: Number(round[2]), written: trimmed };
  // `Week 2, Day 1` or `W2D1` alone, as the plan labels the day (a trial's was a usage error).
  const ofWeek = trimmed.length <= 40 ? weekDayOf(trimmed) : null;
  if (ofWeek && ofWeek.name.length >= trimmed.replace(/\s+/g, ' ').length) return { kind: 'weekDay', week: ofWeek.week, day: ofWeek.day, written: trimmed };
  const weekday = /^[a-z]+$/i.test(trimmed) ? weekdayOf(trimmed) : -1;
  if (weekday >= 0) return { kind: 'weekday', weekday };
  // A weekday in a plan's language (`freitag`, `viernes`, `星期五`), as the parser reads journal headings.
  // Abbreviations too, alone here (`fr`, `Mo.`: German's two letters, read in prose only before a date).
  const vocabulary = vocabularyOf();
  const bare = trimmed.replace(/\.$/, '');
  for (const map of [vocabulary.weekdays, vocabulary.weekdaysShort, vocabulary.weekdaysBeforeDate]) {
    const named = lookupAt(bare, 0, map);
    if (named && named.end === bare.length) return { kind: 'weekday', weekday: named.value - 1 };
  }
  // A day as a heading of the plan's language says it (`Tag 2`, `Día 5`, `День 4`, `第3天`): a learner's `Tag 2` was refused.
  // The word and the number alone (`Tag 2: Weiter` is no name of a day: its title could be another's).
  // After the number, only a CJK counter (`第3天`, `第 3 天` as a heading spaces it, `3일째`): `Day 3b` or `Day 3.` names no
  // day. Also a German ordinal (`3. Tag`) and Chinese numerals (`第二天`), as headings write them.
  const heading = trimmed.length <= 40 && DAY_NAME.test(trimmed) ? classifyHeading(trimmed) : null;
  if (heading?.kind === 'day' && heading.number !== null && heading.round === null && heading.date === null) return { kind: 'number', number: heading.number };
  return null;
}

/** How the spec reads in a message: `Day 31`, `line 12`, `Monday`, `2026-11-21`. */
export function describeDaySpec(spec: DaySpec): string {
  switch (spec.kind) {
    case 'number':
      return l10n.t('Day {0}', spec.number);
    case 'line':
      return l10n.t('line {0}', spec.line);
    case 'weekday':
      return WEEKDAYS[spec.weekday][0].toUpperCase() + WEEKDAYS[spec.weekday].slice(1);
    case 'date':
      return spec.date;
    case 'monthDay':
    case 'weekDay':
    case 'roundDay':
      return spec.written;
  }
}

/**
 * Every day the spec names, in document order. `schedule`: the start and rest the caller plans by (the CLI's `--rest`),
 * so a date names the day the caller's schedule puts on it (`show --rest none plan.md DATE` looked the date up on the
 * rest read from the plan's dates, and printed the day's date from the other).
 */
export function daysMatching(plan: ParsedPlan, spec: DaySpec, schedule: ScheduleOptions = {}): PlanNode[] {
  switch (spec.kind) {
    case 'number': {
      const exact = plan.days.filter((day) => day.number === spec.number);
      if (exact.length > 0) return exact;
      // Day 4 of a `### Days 3-4` heading is that day (`--skip 2-4` names it; `done 4` finds it).
      return plan.days.filter((day) => day.rangeEnd !== null && day.number !== null && day.number < spec.number && spec.number <= day.rangeEnd);
    }
    case 'line':
      return plan.days.filter((day) => day.line === spec.line - 1);
    case 'weekday': {
      // Headed by the weekday (`## Friday`, `## Freitag`, `## Tuesday: Day 2 JOINs`, a numbered day); else dated on
      // one (`## 2026-11-27 Friday`, `## 2026-11-27`).
      const headed = plan.days.filter((day) => day.weekday === spec.weekday + 1 || weekdayFirst(day.title) === spec.weekday + 1);
      return headed.length > 0 ? headed : plan.days.filter((day) => day.date !== null && daysSinceMonday(dayNumber(day.date)) === spec.weekday);
    }
    case 'date': {
      const headed = plan.days.filter((day) => day.date === spec.date);
      if (headed.length > 0) return headed;
      const dates = scheduleFor(plan, schedule);
      const planned = dates ? daysPlannedOn(plan, dates, spec.date) : [];
      if (planned.length > 0) return planned;
      // A day skipped keeps the date it carries (`Day 2 - Types (Nov 3, 2026) ⏭`): the schedule gives it none (a trial's).
      const skipped = plan.days.filter((day) => day.skipped && day.planned === spec.date);
      if (skipped.length > 0) return skipped;
      // In a week by weekday, the date's own section; else the day marked complete that date (a learner asked for
      // the links of the day done on 11-23).
      const section = weekdaySectionOn(plan, spec.date);
      return section ? [section] : plan.days.filter((day) => day.doneDate === spec.date);
    }
    case 'weekDay': {
      const named = plan.days.filter((day) => {
        const own = weekDayOf(day.title);
        return own !== null && own.week === spec.week && own.day === spec.day;
      });
      if (named.length > 0) return named;
      // `### Day 1` under `## Week 2`, the common shape of a plan that numbers its days again each week (a trial's
      // `show sql.md "Week 2, Day 1"` found nothing, and the days were reachable by line:N alone).
      const weeks = weeksOfDays(plan);
      const numbered = plan.days.filter((day) => day.number === spec.day && weeks.get(day) === spec.week);
      const counted = onThroughWeeks(plan, weeks, spec.week, spec.day);
      // Both readings, and two days (Week 2 over Days 3-6: Day 3, or its third, Day 5): both, for the learner to pick.
      return numbered.length > 0 && counted.length > 0 && counted.some((day) => !numbered.includes(day)) ? [...numbered, ...counted] : numbered.length > 0 ? numbered : counted;
    }
    case 'roundDay':
      return plan.days.filter((day) => day.round === spec.round && day.number === spec.day);
    case 'monthDay': {
      const monthDay = `-${String(spec.month).padStart(2, '0')}-${String(spec.day).padStart(2, '0')}`;
      const headed = plan.days.filter((day) => day.date !== null && day.date.endsWith(monthDay));
      if (headed.length > 0) return headed;
      // As a full date names one: the days planned on it (`show plan.md "Nov 25"` found nothing where 2026-11-25
      // named Tag 3, planned on it: a trial's), else the day marked complete on it.
      const dates = scheduleFor(plan, schedule);
      const planned = dates ? plan.days.filter((_, i) => dates.dateOf(i)?.endsWith(monthDay) ?? false) : [];
      if (planned.length > 0) return planned;
      const skipped = plan.days.filter((day) => day.skipped && (day.planned?.endsWith(monthDay) ?? false));
      return skipped.length > 0 ? skipped : plan.days.filter((day) => day.doneDate?.endsWith(monthDay) ?? false);
    }
  }
}

/**
 * In a plan that numbers its days on through the weeks (`## Week 1` over Days 1-7, `## Week 2` over Days 8-14): the day
 * a learner counts as the Nth of the week, by number (Week 2, Day 1 is Day 8; a range day, `Days 9-10`, holds two),
 * a trial's `done month-3.md "Week 2, Day 1"` meant Day 8. Only where every day of the week is numbered and its first
 * goes on from the day before it; none past the week's last day (an unnumbered day, or a week starting again at Day 1,
 * leaves the question to line:N).
 */
function onThroughWeeks(plan: ParsedPlan, weeks: ReadonlyMap<PlanNode, number>, week: number, nth: number): PlanNode[] {
  const ofWeek = plan.days.filter((day) => weeks.get(day) === week);
  if (ofWeek.length === 0 || nth < 1 || ofWeek.some((day) => day.number === null)) return [];
  const first = ofWeek[0].number!;
  const before = plan.days[plan.days.indexOf(ofWeek[0]) - 1];
  if (first === 1 || before === undefined || before.number === null || (before.rangeEnd ?? before.number) !== first - 1) return [];
  const wanted = first + nth - 1;
  return ofWeek.filter((day) => day.number! <= wanted && wanted <= (day.rangeEnd ?? day.number!));
}

/**
 * The week of each day under a heading that numbers one (`## Week 2`, the innermost where weeks nest: `## Week 2` >
 * `### Session 1` > `#### Day 1` is of week 2). A day whose own title names a week (`### Week 1, Day 1 (recap)`) is
 * that week's alone, and is left out.
 */
function weeksOfDays(plan: ParsedPlan): Map<PlanNode, number> {
  const weeks = new Map<PlanNode, number>();
  const walk = (node: PlanNode, week: number | null): void => {
    for (const child of node.children) {
      if (child.kind === 'day') {
        if (week !== null && weekDayOf(child.title) === null) weeks.set(child, week);
      } else walk(child, weekNumberOf(child.title) ?? week);
    }
  };
  walk(plan.root, null);
  return weeks;
}

/** `line:13  Day 1 - Intro  (Week 2)`: a candidate as the user can name it. */
export function describeCandidate(plan: ParsedPlan, day: PlanNode): string {
  // Which week's `Lunes` (a trial's candidates were three lines of `Lunes` alone): its date and the heading above it.
  const container = containerTitle(plan.root, day, true);
  const date = day.date !== null && !day.title.includes(day.date) && !container.includes(day.date) ? `  ${day.date}` : '';
  return `line:${day.line + 1}  ${day.title}${date}${container ? `  (${container})` : ''}`;
}

/** The word a plan heads its numbered days with when it is not English `Day` (`Tag`, `Día`), else null. */
function planDayWord(plan: ParsedPlan): string | null {
  const first = plan.days.find((day) => day.number !== null);
  const own = first ? ownDayName(first.title) : null;
  // A word then the number (`Tag 3`); a form around it (`第3天`) has no word to put before another number.
  const word = own === null || !/\d$/.test(own) ? '' : own.replace(/[\s#]*[\d\s\-\u2013\u2014]+$/, '');
  return word !== '' && /\p{L}$/u.test(word) ? word : null;
}

export type DayLookup =
  | { readonly ok: true; readonly day: PlanNode }
  | { readonly ok: false; readonly message: string; /** The days to choose from when several match. */ readonly candidates: readonly string[] };

/** Whether the plan's schedule rests on `date`, a date within it (from its start, or its first planned date, to its end). */
function isRestInSchedule(plan: ParsedPlan, date: string, options: ScheduleOptions): boolean {
  const schedule = scheduleFor(plan, options);
  if (schedule === null || !schedule.rest.isRestDate(date) || (schedule.end !== null && date > schedule.end)) return false;
  if (schedule.start !== null) return date >= schedule.start;
  // Dated by its days alone (a tracker's `📅` dates): a date after its first one is within it.
  return plan.days.some((_, i) => { const planned = schedule.dateOf(i); return planned !== null && planned < date; });
}

/** `has no Day 1 (its days are numbered from 31 to 60)`: the numbers a plan has, for one it does not (a learner typed `done plan 1`). */
function numberRange(plan: ParsedPlan, file: string, what: string): string {
  let low = Infinity;
  let high = -Infinity;
  for (const day of plan.days) {
    if (day.number === null) continue;
    low = Math.min(low, day.number);
    high = Math.max(high, day.rangeEnd ?? day.number);
  }
  if (!Number.isFinite(low)) {
    // A tracker's or a journal's days are named by their dates (a trial's `done tracker.md 24` was told no more).
    const dated = plan.days.find((day) => day.date !== null);
    return dated ? l10n.t('{0} has no {1}: its days are named by their dates (as {2}) or line:N', file, what, dated.date!) : l10n.t('{0} has no {1}', file, what);
  }
  if (low === high) return l10n.t('{0} has no {1} (its only numbered day is Day {2})', file, what, low);
  return l10n.t('{0} has no {1} (its days are numbered from {2} to {3})', file, what, low, high);
}

/**
 * Why a weekday names no day where a journal beside the plan's numbered days heads an entry so (`## Weekly journal`,
 * `### Monday`: its notes, no day of the plan, see parse/journalBeside.ts); null when none does. A trial's `show
 * plan.md monday` was told of no Monday under it.
 */
function journalNote(plan: ParsedPlan, spec: DaySpec, file: string, what: string): string | null {
  if (spec.kind !== 'weekday') return null;
  const find = (node: PlanNode, parent: PlanNode): string | null => {
    if (node.kind === 'section' && node !== parent && parent.kind === 'section' && weekdayFirst(node.title) === spec.weekday + 1) {
      return l10n.t('{0} has no day headed {1}: "{2}" (line {3}) is an entry of "{4}", a journal beside its numbered days (notes, not days of the plan)', file, what, node.title, node.line + 1, parent.title);
    }
    for (const child of node.children) {
      const found = find(child, node);
      if (found !== null) return found;
    }
    return null;
  };
  return find(plan.root, plan.root);
}

/**
 * `none` with the days planned nearest before and after `date` (a trial's Saturday in a weekday plan was told only
 * that no day was there): `; the nearest: Day 5 - Plans (2026-11-27), Day 6 - Review (2026-11-30)`.
 */
function nearestNote(plan: ParsedPlan, date: string, schedule: ScheduleOptions, none: string): string {
  const dates = scheduleFor(plan, schedule);
  type Near = { readonly day: PlanNode; readonly date: string };
  let before: Near | null = null;
  let after: Near | null = null;
  for (let i = 0; i < plan.days.length; i++) {
    const day = plan.days[i];
    const on = day.date ?? dates?.dateOf(i) ?? null;
    if (on === null) continue;
    if (on < date && (before === null || on > before.date)) before = { day, date: on };
    if (on > date && (after === null || on < after.date)) after = { day, date: on };
  }
  const named: string[] = [];
  for (const near of [before, after]) {
    if (near !== null) named.push(near.day.title.includes(near.date) ? near.day.title : `${near.day.title} (${near.date})`);
  }
  return named.length === 0 ? none : l10n.t('{0}; the nearest: {1}', none, named.join(', '));
}

/** The one day the spec names in the plan, or why not: none, or several (with each as `line:N  title`). `schedule`: see daysMatching. */
export function lookupDay(plan: ParsedPlan, spec: DaySpec, file: string, schedule: ScheduleOptions = {}): DayLookup {
  const days = daysMatching(plan, spec, schedule);
  if (days.length === 1) return { ok: true, day: days[0] };
  // As the plan heads its days (`has no Tag 9`: a German plan was told of `Day 9`).
  const word = spec.kind === 'number' ? planDayWord(plan) : null;
  const what = word !== null && spec.kind === 'number' ? `${word} ${spec.number}` : describeDaySpec(spec);
  if (days.length === 0) {
    if (spec.kind === 'line') {
      const around = plan.days.find((day) => spec.line - 1 > day.line && spec.line - 1 < day.endLine);
      if (around) {
        return { ok: false, message: l10n.t('line {0} of {1} is not a day; it is inside {2}', spec.line, file, describeCandidate(plan, around)), candidates: [] };
      }
    }
    const none = {
      number: () => numberRange(plan, file, what),
      line: () => l10n.t('{0} has no day heading on line {1}', file, spec.kind === 'line' ? spec.line : 0),
      weekday: () => journalNote(plan, spec, file, what) ?? l10n.t('{0} has no day headed {1}', file, what),
      date: () => (spec.kind === 'date' && isRestInSchedule(plan, spec.date, schedule)
        ? l10n.t('{0} plans no day on {1}: it is a rest day of its schedule', file, what)
        : nearestNote(plan, spec.kind === 'date' ? spec.date : '', schedule, l10n.t('{0} has no day dated, scheduled or marked complete on {1}', file, what))),
      monthDay: () => l10n.t('{0} has no day dated {1}', file, what),
      weekDay: () => l10n.t('{0} has no day named {1}', file, what),
      roundDay: () => l10n.t('{0} has no day named {1}', file, what),
    };
    return { ok: false, message: none[spec.kind](), candidates: [] };
  }
  // Days numbered again each week are named by their week too (`Week 2, Day 1`), as the candidates' weeks say.
  // Each a day of its own number (`4` in `### Days 3-4` is no `Week 2, Day 4`).
  const ofWeek = spec.kind === 'number' ? weeksOfDays(plan) : null;
  const weeks = ofWeek && spec.kind === 'number' ? days.map((day) => (day.number === spec.number ? ofWeek.get(day) : undefined)) : [];
  const byWeek = weeks.length > 0 && weeks.every((week) => week !== undefined) && new Set(weeks).size === weeks.length;
  return {
    ok: false,
    message: byWeek && spec.kind === 'number'
      ? l10n.t('{0} matches {1} days in {2}; name one by its week (as Week {3}, Day {4}) or its line:', what, days.length, file, weeks[weeks.length - 1]!, spec.number)
      : l10n.t('{0} matches {1} days in {2}; name one by its line:', what, days.length, file),
    candidates: days.map((day) => describeCandidate(plan, day)),
  };
}
