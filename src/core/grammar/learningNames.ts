/**
 * The names of learnings (`Key learnings`, `Takeaways`, `TIL`, `Wichtigste Erkenntnisse`): a field so named holds what a
 * done day taught, and each item under it is a review card (review/cards.ts). Read by the parser too, which takes a
 * bold line of such a name alone (`**Key learnings**`, no colon) for that field: the list under it is the same list.
 */
import { vocabularyOf } from './keywords';

/** The English names, as a field name is compared (lower case, white space, `_` and `-` as one space). */
export const LEARNING_NAMES = /^(?:key (?:learnings?|takeaways?|insights?|points|ideas|concepts)|learnings|takeaways?|lessons? learned|what i learned|today i learned|til)$/;

let otherLanguages: ReadonlySet<string> | undefined;

/** Whether a field's name (decoration and colon off: `Key Learnings`) names learnings, in English or languages.json's `reviewFields`. */
export function namesLearnings(name: string): boolean {
  const key = name.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  if (LEARNING_NAMES.test(key)) return true;
  otherLanguages ??= new Set([...vocabularyOf().reviewFields].filter(([, kind]) => kind === 'learning').map(([n]) => n.replace(/[\s_-]+/g, ' ').trim()));
  return otherLanguages.has(key);
}
