import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode } from '../model';
import { isValidIsoDate } from '../stamps';
import { dayNumber, daysSinceMonday } from '../calendar/calendarDays';
import { frontMatterRecord, keyInOtherCase } from './frontMatterData';

const isOpen = (day: PlanNode): boolean => !day.done && !day.skipped;

/**
 * The first day, in document order, that is neither done nor skipped; given `today`, a day headed by a past
 * date (`## 2026-11-23 Monday`, a journal's) is passed over for the first open day headed by today's or a later
 * one: a dated section is that date's work, and a learner keeping a journal lives in today's, not in the oldest
 * one left open (when no open day is dated from today on, it is the first open day still). A week's journal by
 * weekday: see weekdayCurrent.
 */
export function currentDayOf(plan: ParsedPlan, today?: string): PlanNode | undefined {
  const first = plan.days.find(isOpen);
  if (!first || today === undefined) return first;
  if (isWeekdayEntry(first)) return weekdayCurrent(plan, first, today);
  if (!isDatedEntry(first) || first.date! >= today) return first;
  return plan.days.find((day) => isOpen(day) && isDatedEntry(day) && day.date! >= today) ?? first;
}

/**
 * The open days dated before `today` (a tracker's `| 2026-11-24 | Joins | |`, a journal's entry with a task left
 * open): what the current day passes over, in document order. Only days that can be done (a row with a status, or
 * tasks): a journal's entry of prose is a record. A trial's tracker said nothing of two days missed.
 */
export function missedDatedDays(plan: ParsedPlan, today: string, rest?: { isRestDate(date: string): boolean }): PlanNode[] {
  // A row dated on a rest day (`rest: Sun`, a `⏸` pause) was not to be studied.
  return plan.days.filter((day) => isOpen(day) && isDatedEntry(day) && day.date! < today && (day.cells !== null || day.progress.tasksTotal > 0) && !rest?.isRestDate(day.date!));
}

/** A day headed by its weekday alone (`## Montag`, `## Friday`): a weekly journal's section. */
function isWeekdayEntry(day: PlanNode): boolean {
  return day.weekday !== null && day.date === null && day.number === null;
}

/** The plan's weekday sections when each weekday heads one at most (a week of them), else null (weeks that repeat). */
function weekOfSections(plan: ParsedPlan): PlanNode[] | null {
  const entries = plan.days.filter(isWeekdayEntry);
  return new Set(entries.map((day) => day.weekday)).size === entries.length ? entries : null;
}

/** 1 (Monday) .. 7 (Sunday): the weekday of an ISO date, as day headings name them. */
function weekdayOf(date: string): number {
  return daysSinceMonday(dayNumber(date)) + 1;
}

/**
 * In a week's journal (each weekday once), today's section or the next one open (a learner's `done woche.md today`
 * marked Montag on a Friday); weekdays that repeat (`## Week 2` / `### Monday`) are a sequence, the first open one current.
 */
function weekdayCurrent(plan: ParsedPlan, first: PlanNode, today: string): PlanNode {
  const entries = weekOfSections(plan);
  const weekday = weekdayOf(today);
  return entries?.find((day) => isOpen(day) && day.weekday! >= weekday) ?? first;
}

/**
 * The section of a week by weekday (`## Monday: Fresh Start`, each weekday once) headed by `date`'s weekday, if the
 * plan is one and has it: what that date names (a learner's `done week.md 2026-11-24` was refused, and `done today
 * --date` marked the first open section while status named the date's own).
 */
export function weekdaySectionOn(plan: ParsedPlan, date: string): PlanNode | undefined {
  // Every day a weekday's section: numbered days with a `### Friday Review` among them are a sequence (from a review).
  const entries = weekOfSections(plan);
  if (!entries || entries.length === 0 || entries.length !== plan.days.length) return undefined;
  // Sections done on dates say when the week is: a date a week or more from all of them names none (next week's
  // Monday named this week's, done on 11-23). Within a week of one, it does, a section done a day early included
  // (Monday's done on Sunday). Sections with no date are any week's.
  const day = dayNumber(date);
  const done = entries.flatMap((entry) => (entry.doneDate !== null ? [dayNumber(entry.doneDate)] : []));
  if (done.length > 0 && done.every((at) => Math.abs(at - day) >= 7)) return undefined;
  const weekday = weekdayOf(date);
  return entries.find((entry) => entry.weekday === weekday && !entry.skipped);
}

/**
 * A day headed by its date alone (`## 2026-11-23 Monday`): a journal's section. A numbered day with a date
 * (`## Day 1 — 2026-11-23`) is a step of a sequence, its date a plan: the first open one is current still
 * (a review found a plan of dated numbered days put four days ahead of where it was).
 */
function isDatedEntry(day: PlanNode): boolean {
  return day.date !== null && day.number === null;
}

/** What the front matter says of the start: the date when it is one, else why a start that is there is not read. */
interface StartReading {
  readonly start: string | null;
  readonly problem: string | null;
}

const NO_START: StartReading = { start: null, problem: null };

/** Parsed once per (immutable) plan model: the tree asks for every day item it draws. */
const startByPlan = new WeakMap<ParsedPlan, StartReading>();

function startReading(plan: ParsedPlan): StartReading {
  if (!plan.frontMatter) return NO_START;
  let reading = startByPlan.get(plan);
  if (!reading) startByPlan.set(plan, (reading = readFrontMatterStart(plan)));
  return reading;
}

/** `start:` from YAML front matter, when it is a real date. */
export function frontMatterStart(plan: ParsedPlan): string | null {
  return startReading(plan).start;
}

/**
 * Why the front matter's `start:` (or a key that looks meant as one: `Start:`) is not read, or null when it is
 * read or there is none: a mistyped start leaves a plan without a schedule, and nothing else would say so.
 */
export function frontMatterStartProblem(plan: ParsedPlan): string | null {
  return startReading(plan).problem;
}

/**
 * Keys a learner writes for a start (`start_date:`, `startDate:`, a Spanish `inicio:`), folded: lower case, without
 * spaces, `_` and `-`. A trial's `inicio: 2026-12-01` left the plan with no schedule and nothing said why.
 */
const START_WORDS = new Set(['startdate', 'starton', 'started', 'starts', 'startingdate', 'begin', 'begins', 'beginning', 'begindate', 'firstday',
  'inicio', 'início', 'comienzo', 'fechadeinicio', 'fechainicio', 'datainicio', 'datadeinício', 'datadeinicio',
  'beginn', 'startdatum', 'anfang', 'début', 'debut', 'datededébut', 'datedébut', 'inizio', 'datadiinizio', 'datainizio', 'begindatum', 'aanvang', 'rozpoczęcie', 'początek']);

/** A key of the record that reads as meant for `start:` and holds a date (a string or a YAML date), else null. */
function startInOtherWords(record: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(record)) {
    if (!START_WORDS.has(key.toLowerCase().replace(/[\s_-]+/g, ''))) continue;
    if (value instanceof Date || (typeof value === 'string' && /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}/.test(value))) return key;
  }
  return null;
}

function readFrontMatterStart(plan: ParsedPlan): StartReading {
  const record = frontMatterRecord(plan);
  if (!record) return NO_START;
  if (!('start' in record)) {
    const key = keyInOtherCase(record, 'start');
    if (key !== null) return { start: null, problem: l10n.t('{0} in the front matter is not read (the key is start:, in lower case)', JSON.stringify(`${key}:`)) };
    // A plan whose days carry their dates has its schedule: a `started:` beside them is the learner's note, not a slip.
    const other = plan.days.some((day) => day.planned !== null) ? null : startInOtherWords(record);
    return { start: null, problem: other === null ? null : l10n.t('{0} in the front matter is not read (the key is start:)', JSON.stringify(`${other}:`)) };
  }
  const start = record.start;
  const text = start instanceof Date ? start.toISOString().slice(0, 10) : typeof start === 'string' ? start.trim() : null;
  if (text && isValidIsoDate(text)) return { start: text, problem: null };
  // An empty `start:` is a plan not started yet (a template's), not a mistake.
  if (start === null || start === '') return NO_START;
  return { start: null, problem: l10n.t('start: {0} in the front matter is not a date as YYYY-MM-DD', JSON.stringify(String(start))) };
}
