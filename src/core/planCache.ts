import type { PlanDocument } from './document';
import type { ParsedPlan } from './model';
import { buildPlan } from './parse/buildPlan';

/**
 * Parses each document once per version: the CLI's cache. (The extension's index keeps its plans in a
 * `PlanStore`, which also tells an equal text from a change.)
 */
export class PlanCache {
  private readonly entries = new Map<string, ParsedPlan>();
  /** How many parses ran; lets tests prove that a cache hit did no work. */
  parseCount = 0;

  get(document: PlanDocument): ParsedPlan {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) {
      return cached;
    }
    const parsed = buildPlan(document);
    this.parseCount++;
    this.entries.set(document.uri, parsed);
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
