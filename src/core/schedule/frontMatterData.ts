/**
 * A plan's YAML front matter as data, parsed once per (immutable) plan model: the start, the rest days and what is
 * wrong with either all read it (the tree asks for every day item it draws; the tooltip for every hover).
 */
import { parse as parseYaml } from 'yaml';
import type { ParsedPlan } from '../model';

const records = new WeakMap<ParsedPlan, Record<string, unknown> | null>();

/** The front matter's mapping; null when there is none, or it is no YAML (the user's business, not an error here). */
export function frontMatterRecord(plan: ParsedPlan): Record<string, unknown> | null {
  if (!plan.frontMatter) return null;
  let record = records.get(plan);
  if (record === undefined) {
    try {
      const data: unknown = parseYaml(plan.frontMatter);
      record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    } catch {
      record = null;
    }
    records.set(plan, record);
  }
  return record;
}

/** A key written in another case than `key` (`Start:` for `start:`), which is not read; null when there is none or `key` is there. */
export function keyInOtherCase(record: Record<string, unknown>, key: string): string | null {
  if (key in record) return null;
  return Object.keys(record).find((k) => k.trim().toLowerCase() === key) ?? null;
}
