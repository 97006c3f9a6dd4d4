import { closestName } from '../core';
import { indexVerb } from './verbs/indexPlans';
import { labVerb } from './verbs/lab';
import { linksVerb } from './verbs/links';
import { doneVerb, toggleVerb, undoneVerb } from './verbs/completion';
import { statusVerb } from './verbs/status';
import { showVerb } from './verbs/show';
import { badgeVerb } from './verbs/badge';
import { heatmapVerb } from './verbs/heatmap';
import { readmeVerb } from './verbs/readme';
import { reviewVerb } from './verbs/review';
import { workflowVerb } from './verbs/workflow';
import { replanVerb } from './verbs/replan';
import { logVerb } from './verbs/log';
import { repairVerb } from './verbs/repair';
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
  showVerb,
  repairVerb,
  reviewVerb,
  heatmapVerb,
  badgeVerb,
  readmeVerb,
  workflowVerb,
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((verb) => verb.name === name);
}

/** The verb a mistyped name most likely meant (`stauts` -> status, `Done` -> done), if one is close. */
export function suggestVerb(name: string): Verb | undefined {
  return closestName(name, VERBS, (verb) => verb.name);
}
