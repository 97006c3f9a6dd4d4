import { indexVerb } from './verbs/indexPlans';
import { labVerb } from './verbs/lab';
import { linksVerb } from './verbs/links';
import { doneVerb, toggleVerb, undoneVerb } from './verbs/progress';
import { statusVerb } from './verbs/status';
import type { Verb } from './verb';

/** Every verb, in the order --help lists them. A new verb is a file under verbs/ and one line here. */
export const VERBS: readonly Verb[] = [
  indexVerb,
  statusVerb,
  doneVerb,
  undoneVerb,
  toggleVerb,
  labVerb,
  linksVerb,
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((verb) => verb.name === name);
}
