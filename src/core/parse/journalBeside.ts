/**
 * A journal kept beside a plan's numbered days: `## Weekly journal` with `### Monday` and `### Tuesday` under it, after
 * `### Day 1` to `### Day 21`. Its entries are the learner's notes, not days of the plan: read as days they made a
 * 21-day plan 23 days long, never finished, with "Monday" its current day once Day 21 was done (a trial's).
 */
import type { DraftNode } from './draftNode';
import { collectDrafts, holdsTasks } from './draftTree';

/**
 * A heading that is the name of a journal, a log or notes, whole (`Weekly journal`, `Study log`, `My notes`,
 * `Reflections`, `Wochenjournal`, `Lerntagebuch`, `Diario semanal`, emoji and a colon aside); not a topic that holds
 * the word (`Log analysis`, `Notes on Spark`: a DevOps plan's `## Log analysis` has its `### Monday`).
 */
const JOURNAL_TITLE = /^[^\p{L}]*(?:(?:my|weekly|daily|study|learning|personal|week|day|mon|mein|mi|meu)\s+)?(?:journal|diary|log|reflections?|notes|retrospectives?|\p{L}*(?:journal|tagebuch)|diario|bit[aá]cora|dagboek|dziennik|di[aá]rio)(?:\s+(?:semanal|hebdomadaire|de (?:la )?semaine|der woche|de estudio|de estudo|d'apprentissage))?[\s:.!]*$/iu;
/** A heading that is a weekday alone (`Monday`, `Mon.`, `Montag:`): an entry, where `Saturday - Review` is a study day. */
const ONE_WORD = /^[\p{L}]+[.:]?$/u;

/**
 * Makes sections of the entries of such a journal (and counts them out of `counts`' days): a section (no week, no
 * module) named as one, whose days are all headed by a weekday alone (no number, no date, no topic), none marked done
 * and none holding a task, in a file with two numbered day headings or more. A journal whose entries are marked or
 * hold tasks stays days.
 */
export function journalEntriesToSections(root: DraftNode, counts: { headingDays: number; weekdayDays: number; readonly structure: number }): void {
  if (counts.weekdayDays === 0 || counts.structure < 2) return;
  const journals: DraftNode[] = [];
  const visit = (node: DraftNode): void => {
    for (const child of node.children) {
      if (child.kind === 'section' && child.form === 'heading' && JOURNAL_TITLE.test(child.title) && isNotesJournal(child)) journals.push(child);
      else if (child.kind !== 'day') visit(child);
    }
  };
  visit(root);
  if (journals.length === 0) return;
  const numbered = collectDrafts(root, []).filter((day) => day.form === 'heading' && day.number !== null).length;
  if (numbered < 2) return;
  for (const journal of journals) {
    for (const entry of journal.children) {
      if (entry.kind !== 'day') continue;
      entry.kind = 'section';
      counts.headingDays--;
      counts.weekdayDays--;
    }
  }
}

/** Whether the section's days are all weekday entries of notes: a weekday alone, no number or date, unmarked, no task below. */
function isNotesJournal(section: DraftNode): boolean {
  const days = section.children.filter((child) => child.kind === 'day');
  return days.length > 0 && section.children.every((child) => child.kind !== 'module' && child.kind !== 'cycle')
    && days.every((day) => day.form === 'heading' && day.number === null && day.date === null && day.weekday !== null
      && ONE_WORD.test(day.title.trim()) && !day.stamp.marked && !day.skipMarked && !holdsTasks(day)); // a task at any depth (`#### Plan`, `##### Todo`, `- [ ] x`)
}
