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
