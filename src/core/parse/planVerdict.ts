/**
 * Whether a file is a plan: the decision taken once its tree is built, from how its days are written
 * (counted by the builder as it goes) and what its names say. A vault's notes mostly end here, so the
 * learning words are looked for only when a rule needs them, once.
 */
import type { DraftNode } from './draftNode';
import { namesOtherList } from './planSignals';

/** How the days of a file are written, counted as the builder goes (what makes a file a plan). */
export interface Counts {
  /** Headings that are modules, cycles, or days with a number. */
  structure: number;
  headingDays: number;
  /** Heading days known only by a weekday or only by a date. */
  weekdayDays: number;
  datedDays: number;
  roundDays: number; // `R1D1` days of rounds holding two or more: they make a plan (`## R2D2` alone is a droid)
  tasks: number; // wherever they are
}

/** What the builder settled: the days that count, and the file's own words. */
export interface Settled {
  readonly counts: Counts;
  /** The days of the finished tree, in document order. */
  readonly days: readonly DraftNode[];
  /** Table-row and paragraph days that count (0 where they yielded). */
  readonly tableDays: number;
  readonly paragraphDays: number;
  /** Whether its item days with no box, if any, make a plan (in a trip's list they are days of no plan). */
  readonly itemDays: boolean;
  /** The file's title, whole (see listNameTitles). */
  readonly named: readonly string[];
  /** Whether the file speaks of learning (asked lazily). */
  readonly learning: () => boolean;
}

export function isPlanFile({ counts, days, tableDays, paragraphDays, itemDays, named, learning }: Settled): boolean {
  // Tasks alone (no numbered day, week, module, table or paragraph days) in a file titled as another kind of list
  // (`# Groceries`): no study (a trial's grocery list counted in the streak), unless a learning word is there.
  const otherList = counts.structure === 0 && tableDays === 0 && paragraphDays === 0 && counts.roundDays < 2 && days.every((day) => day.form === 'heading' && day.number === null) && namesOtherList(named) !== null && !learning();
  const dayOnly = counts.weekdayDays + counts.datedDays;
  return !otherList && (
    // Item days kept (`- Day 1: Variables`: those with no box count in no task) make a plan as paragraph days do.
    counts.structure > 0 || counts.tasks > 0 || tableDays > 0 || paragraphDays > 0 || counts.roundDays >= 2 || (itemDays && days.some((day) => day.form === 'item')) ||
    // Days headed by weekdays or dates, no tasks: a journal if it speaks of learning, or has study time logged (`⏱`).
    (dayOnly >= 2 && learning()) || (dayOnly >= 1 && days.some((day) => day.number === null && (day.sessions?.length ?? 0) > 0)));
}
