/**
 * A journal kept beside a plan's numbered days: `## Weekly journal` with `### Monday` and `### Tuesday` under it, after
 * `### Day 1` to `### Day 21`. Its entries are the learner's notes, not days of the plan: read as days they made a
 * 21-day plan 23 days long, never finished, with "Monday" its current day once Day 21 was done (a trial's).
 */
import type { DraftNode } from './draftNode';
import { collectDrafts } from './draftTree';

/** A heading that names a journal, a log or notes (`Weekly journal`, `Study log`, `Reflections`, `Tagebuch`). */
const JOURNAL_TITLE = /(?:^|[^\p{L}])(?:journal|journals|diary|log|logs|reflections?|notes|retrospectives?|tagebuch|lerntagebuch|diario|bit[aá]cora|dagboek|dziennik|di[aá]rio)(?:$|[^\p{L}])/iu;

/**
 * Makes sections of the entries of such a journal (and counts them out of `counts`' days): a section (no week, no module) titled as one,
 * whose days are all headed by a weekday alone (no number, no date), none marked done and none holding a task, in a file
 * with two numbered day headings or more outside it. A journal whose entries are marked or hold tasks stays days.
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

/** Whether the section's days are all weekday entries of notes: headings with no number or date, unmarked, no task. */
function isNotesJournal(section: DraftNode): boolean {
  const days = section.children.filter((child) => child.kind === 'day');
  return days.length > 0 && section.children.every((child) => child.kind !== 'module' && child.kind !== 'cycle')
    && days.every((day) => day.form === 'heading' && day.number === null && day.date === null && day.weekday !== null
      && !day.stamp.marked && !day.skipMarked && day.tasks.length === 0 && day.children.every((c) => c.kind === 'section' && c.tasks.length === 0));
}
