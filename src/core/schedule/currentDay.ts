import * as l10n from '@vscode/l10n';
import { parse as parseYaml } from 'yaml';
import type { ParsedPlan, PlanNode } from '../model';
import { isValidIsoDate } from '../stamps';

/** The first day, in document order, that is neither done nor skipped. */
export function currentDayOf(plan: ParsedPlan): PlanNode | undefined {
  return plan.days.find((day) => !day.done && !day.skipped);
}

/** Parsed once per (immutable) plan model: the tree asks for every day item it draws. */
const startByPlan = new WeakMap<ParsedPlan, string | null>();

/** `start:` from YAML front matter, when it is a real date. */
export function frontMatterStart(plan: ParsedPlan): string | null {
  if (!plan.frontMatter) return null;
  if (!startByPlan.has(plan)) startByPlan.set(plan, readFrontMatterStart(plan.frontMatter));
  return startByPlan.get(plan) ?? null;
}

/**
 * Why the front matter's `start:` (or a key that looks meant as one: `Start:`) is not read, or null when it is
 * read or there is none: a mistyped start leaves a plan without a schedule, and nothing else would say so.
 */
export function frontMatterStartProblem(plan: ParsedPlan): string | null {
  if (!plan.frontMatter || frontMatterStart(plan) !== null) return null;
  let data: unknown;
  try {
    data = parseYaml(plan.frontMatter);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  // An empty `start:` is a plan not started yet (a template's), not a mistake.
  if ('start' in record) return record.start === null || record.start === '' ? null : l10n.t('start: {0} in the front matter is not a date as YYYY-MM-DD', JSON.stringify(String(record.start)));
  const key = Object.keys(record).find((k) => k.trim().toLowerCase() === 'start');
  return key === undefined ? null : l10n.t('{0} in the front matter is not read (the key is start:, in lower case)', JSON.stringify(`${key}:`));
}

function readFrontMatterStart(frontMatter: string): string | null {
  try {
    const data: unknown = parseYaml(frontMatter);
    const start = data && typeof data === 'object' ? (data as Record<string, unknown>).start : undefined;
    const text = start instanceof Date ? start.toISOString().slice(0, 10) : typeof start === 'string' ? start.trim() : null;
    return text && isValidIsoDate(text) ? text : null;
  } catch {
    return null; // front matter that is not YAML is the user's business, not an error here
  }
}
