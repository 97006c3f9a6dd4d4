/**
 * A tracker table beside day headings: `## Seguimiento` with `| Día | Tema | Estado |` and a row per day the
 * headings write, each with a status cell the learner ticks (a trial's Spanish and German plans: every row stayed
 * ❌ after five days were done, and a row ticked by hand changed nothing). Such rows yield to the headings (see
 * tableRowsYielding: the headings are the days); here each is tied to the day it repeats, as that day's `mirror`:
 * its status cell reads as the day's mark where the heading has none, and marking the day writes both (see
 * completionEdits.ts); a date it plans the day on is the day's, where the heading has none (a replan writes it there).
 *
 * A row repeats a day by its number (`| 3 |` and `### Día 3`), or, in a table without one, by its topic
 * (`| 01.12.2026 | Einführung in pandas |` and `### Tag 1: Einführung in pandas`). Only rows outside every day's
 * section (a day's own table is its schedule, not a tracker), with a status cell, each tied to one day and each day
 * to one row (the first table's).
 */
import type { DraftNode } from './draftNode';
import { collectDrafts } from './draftTree';
import { normalizeKey } from '../grammar/keywords';

export function tieTrackerRows<T extends { readonly day: DraftNode }>(rows: readonly T[], root: DraftNode): readonly T[] {
  if (rows.length === 0) return rows;
  const headings = collectDrafts(root, []).filter((day) => day.form === 'heading');
  const byNumber = new Map<number, DraftNode | null>();
  for (const day of headings) {
    if (day.number === null || day.rangeEnd !== null) continue;
    // Two headings of one number: a row of it repeats neither.
    byNumber.set(day.number, byNumber.has(day.number) ? null : day);
  }
  for (const { day: row } of rows) {
    const cells = row.cells;
    if (cells === null || cells.status === null || row.rangeEnd !== null) continue;
    if (headings.some((day) => row.line >= day.line && row.line < day.endLine)) continue;
    const day = row.number !== null ? byNumber.get(row.number) : byTopic(headings, row.title);
    if (!day || day.mirror !== null) continue;
    day.mirror = { line: row.line, cells };
    // The row's mark is the day's where its heading has none of its own (a heading's ✅ wins: it is the day's own),
    // and so is its planned date (a Date column of open rows: `| 02.12.2026 | Daten filtern | ❌ |`).
    // A tracker keyed by date: a bare ✅ is done on its row's date, as in a tracker of its own.
    if (!day.stamp.marked && row.stamp.marked) day.stamp = row.stamp.date === null && cells.key !== undefined ? { marked: true, date: row.date } : row.stamp;
    // A tracker keyed by date plans each day on its row's date.
    if (day.planned === null) day.planned = row.planned ?? (cells.key !== undefined ? row.date : null);
  }
  return rows;
}

/** The one heading whose title ends with the row's topic (the title cell's text: `01.12.2026: Einführung in pandas`). */
function byTopic(headings: readonly DraftNode[], rowTitle: string): DraftNode | undefined {
  const colon = rowTitle.indexOf(': ');
  if (colon < 0) return undefined;
  const topic = normalizeKey(rowTitle.slice(colon + 2));
  if (topic.length < 3) return undefined;
  let found: DraftNode | undefined;
  for (const day of headings) {
    const title = normalizeKey(day.title);
    if (!title.endsWith(topic)) continue;
    // The topic is the title's last words, after its number's separator (`Tag 1: `, `Día 1 - `), not part of a word.
    const before = title.charCodeAt(title.length - topic.length - 1);
    if (title.length > topic.length && before !== 0x20 && before !== 0x3a && before !== 0x2d) continue;
    if (found !== undefined) return undefined;
    found = day;
  }
  return found;
}
