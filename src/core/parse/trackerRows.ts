/**
 * A tracker table beside day headings: `## Seguimiento` with `| Día | Tema | Estado |` and a row per day the
 * headings write, each with a status cell the learner ticks (a trial's Spanish and German plans: every row stayed
 * ❌ after five days were done, and a row ticked by hand changed nothing). Such rows yield to the headings (see
 * tableRowsYielding: the headings are the days); here each is tied to the day it repeats, as that day's `mirror`:
 * its status cell reads as the day's mark where the heading has none (a skip too), and marking, skipping or
 * reopening the day writes both (see completionEdits.ts, scheduleEdits.ts); a date it plans the day on is the day's
 * where the heading has none (a replan writes it there).
 *
 * A row repeats a numbered day by its number (`| 3 |` and `### Día 3`), or, in a table without one, by its topic
 * (`| 01.12.2026 | Einführung in pandas |` and `### Tag 1: Einführung in pandas`: the whole title after the number, a
 * date ending it aside), else by the date the heading plans the day on (`### Tag 2: Netz (02.12.2026)`). Only rows
 * outside every day's section (a day's own table is its schedule, not a tracker), with a status cell, each tied to
 * one day and each day to one row (the first table's); a key two days share ties none.
 */
import type { DraftNode } from './draftNode';
import { collectDrafts, tableRowsYielding } from './draftTree';
import { normalizeKey } from '../grammar/keywords';

/** The rows of day tables that yield to day headings (see tableRowsYielding), those of trackers tied to their days. */
export function rowsYieldingToHeadings<T extends { readonly day: DraftNode; readonly parent: DraftNode }>(rows: readonly T[], root: DraftNode, ranges: readonly DraftNode[]): readonly T[] {
  return tieTrackerRows(tableRowsYielding(rows, root, ranges), root);
}

function tieTrackerRows<T extends { readonly day: DraftNode }>(rows: readonly T[], root: DraftNode): readonly T[] {
  if (rows.length === 0) return rows;
  // Numbered days only: a journal's entries (`## Tuesday - Python`) are records, and its log table is no tracker of them.
  const headings = collectDrafts(root, []).filter((day) => day.form === 'heading' && day.number !== null);
  const byNumber = new Map<number, DraftNode | null>();
  const byTopic = new Map<string, DraftNode | null>();
  const byDate = new Map<string, DraftNode | null>();
  // A key two headings share ties no row: which day it repeats cannot be told.
  const add = <K>(map: Map<K, DraftNode | null>, key: K | null, day: DraftNode): void => {
    if (key !== null) map.set(key, map.has(key) ? null : day);
  };
  for (const day of headings) {
    if (day.rangeEnd === null) add(byNumber, day.number, day);
    add(byTopic, topicOf(day.title, true), day);
    add(byDate, day.planned, day);
  }
  for (const { day: row } of rows) {
    const cells = row.cells;
    if (cells === null || cells.status === null || row.rangeEnd !== null) continue;
    if (headings.some((day) => row.line >= day.line && row.line < day.endLine)) continue;
    const topic = row.title.indexOf(': ') < 0 ? null : topicOf(row.title.slice(row.title.indexOf(': ') + 2), false);
    const day = row.number !== null ? byNumber.get(row.number)
      : (topic !== null ? byTopic.get(topic) : undefined) ?? (row.date !== null ? byDate.get(row.date) : undefined);
    if (!day || day.mirror !== null) continue;
    day.mirror = { line: row.line, cells };
    // The row's mark is the day's where its heading has none of its own (a heading's ✅ wins: it is the day's own),
    // and so is its planned date (a Date column of open rows: `| 02.12.2026 | Daten filtern | ❌ |`).
    // A bare ✅ is done on no date: a tracker's dates beside headings are the days' plan, not when they were done (a
    // row of next week ticked today counted next week in the streak).
    if (!day.stamp.marked && row.stamp.marked) day.stamp = row.stamp;
    // A row skipped (`⏭`, `Skipped`) skips its day, as a heading's `⏭` does (a day done anyway stays done).
    if (row.skipMarked) day.skipMarked = true;
    // A tracker keyed by date plans each day on its row's date.
    if (day.planned === null) day.planned = row.planned ?? (cells.key !== undefined ? row.date : null);
  }
  return rows;
}

/** A day number and its separator at the start of a heading's title (`Tag 1: `, `Día 1 - `, `Day 01.`). */
const NUMBER_LEAD = /^[^\d]*\d+[ \t]*(?:[:.)\-\u2013\u2014|][ \t]*|[ \t])/u;
/** A date ending a title, in parentheses or after a dash (`(02.12.2026)`, `– 2026-12-03`): the day's planned date, not its topic. */
const DATE_END = /[ \t]*(?:\([^()]*\d[^()]*\)|[-\u2013\u2014|][ \t]*\d[\d./-]*\d)[ \t]*$/u;

/**
 * What a title says the day is about, folded to compare: after its number (a heading's), without a date ending it,
 * lower case, accents and closing punctuation left out (`Einführung in Pandas.` is `einfuhrung in pandas`). Compared
 * whole: a log's `| SQL |` is not `### Day 3: Window functions in SQL` (a review's). Null with less than two letters.
 */
function topicOf(title: string, heading: boolean): string | null {
  let topic = title;
  if (heading) {
    const lead = NUMBER_LEAD.exec(topic);
    if (!lead) return null;
    topic = topic.slice(lead[0].length);
  }
  // Looked for in the title's last characters: on a whole 64 KB title the pattern took seconds (a review's).
  const tail = Math.max(0, topic.length - 48);
  const date = DATE_END.exec(topic.slice(tail));
  if (date) topic = topic.slice(0, tail + date.index);
  topic = normalizeKey(topic.normalize('NFD').replace(/\p{M}/gu, '')).replace(/[\s.!?:;,]+$/u, '');
  return topic.replace(/[^\p{L}]/gu, '').length >= 2 ? topic : null;
}
