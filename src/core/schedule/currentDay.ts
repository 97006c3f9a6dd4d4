import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode } from '../model';
import { isValidIsoDate } from '../stamps';
import { frontMatterRecord, keyInOtherCase } from './frontMatterData';

/** The first day, in document order, that is neither done nor skipped. */
export function currentDayOf(plan: ParsedPlan): PlanNode | undefined {
  return plan.days.find((day) => !day.done && !day.skipped);
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

function readFrontMatterStart(plan: ParsedPlan): StartReading {
  const record = frontMatterRecord(plan);
  if (!record) return NO_START;
  if (!('start' in record)) {
    const key = keyInOtherCase(record, 'start');
    return { start: null, problem: key === null ? null : l10n.t('{0} in the front matter is not read (the key is start:, in lower case)', JSON.stringify(`${key}:`)) };
  }
  const start = record.start;
  const text = start instanceof Date ? start.toISOString().slice(0, 10) : typeof start === 'string' ? start.trim() : null;
  if (text && isValidIsoDate(text)) return { start: text, problem: null };
  // An empty `start:` is a plan not started yet (a template's), not a mistake.
  if (start === null || start === '') return NO_START;
  return { start: null, problem: l10n.t('start: {0} in the front matter is not a date as YYYY-MM-DD', JSON.stringify(String(start))) };
}
