import { indexVerb } from './verbs/indexPlans';
import { labVerb } from './verbs/lab';
import { linksVerb } from './verbs/links';
import { doneVerb, toggleVerb, undoneVerb } from './verbs/completion';
import { statusVerb } from './verbs/status';
import { badgeVerb } from './verbs/badge';
import { heatmapVerb } from './verbs/heatmap';
import { readmeVerb } from './verbs/readme';
import { reviewVerb } from './verbs/review';
import { workflowVerb } from './verbs/workflow';
import { replanVerb } from './verbs/replan';
import { logVerb } from './verbs/log';
import type { Verb } from './verb';

/** Every verb, in the order --help lists them. A new verb is a file under verbs/ and one line here. */
export const VERBS: readonly Verb[] = [
  indexVerb,
  statusVerb,
  doneVerb,
  undoneVerb,
  toggleVerb,
  replanVerb,
  logVerb,
  labVerb,
  linksVerb,
  reviewVerb,
  heatmapVerb,
  badgeVerb,
  readmeVerb,
  workflowVerb,
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((verb) => verb.name === name);
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: how far a typo is from a verb. */
function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The verb a mistyped name most likely meant (`stauts` -> status, `Done` -> done), if one is close. */
export function suggestVerb(name: string): Verb | undefined {
  const typed = name.toLowerCase();
  let best: Verb | undefined;
  let bestDistance = Infinity;
  let ties = 0;
  for (const verb of VERBS) {
    const distance = typoDistance(typed, verb.name);
    if (distance < bestDistance) [best, bestDistance, ties] = [verb, distance, 0];
    else if (distance === bestDistance) ties++;
  }
  // Only one closest verb is a suggestion: `lob` is as near to lab as to log, and guessing would mislead.
  return ties === 0 && bestDistance <= Math.min(2, Math.floor((best?.name.length ?? 0) / 2)) ? best : undefined;
}
