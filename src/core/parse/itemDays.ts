/**
 * Which items that read as days (`- [ ] Day 2: JOINs`, `- Day 2: JOINs`: PlanBuilder.itemDay) stay days, decided once
 * the whole file is read.
 */
import type { StampInfo } from '../stamps';
import type { DraftNode } from './draftNode';
import { collectDrafts, unwrapAll } from './draftTree';

/** How many items reading as days a file needs before they are days. */
export const MIN_ITEM_DAYS = 2;

/**
 * A list item with no box that reads as a day (`- Day 1: Variables`): its title and the marks of its title's last
 * line; `counted`: written as a challenge counts its days (`Day 3/100`, `R1D3`), not as a trip's list (`Day 2: Kyoto`,
 * `**Day 2:** Kyoto`).
 */
export interface BoxlessItem {
  readonly title: string;
  readonly stamp: StampInfo;
  readonly planned: string | null;
  readonly skipped: boolean;
  readonly counted: boolean;
}

/** An item day as the builder met it: the node it sits in and its list's first line. */
export interface ItemDay {
  readonly day: DraftNode;
  parent: DraftNode;
  readonly list: number;
  /** Written with no box (`- Day 1: Variables`); `counted`: as a challenge counts days (`Day 3/100`, `R1D3`). */
  readonly boxless: boolean;
  readonly counted: boolean;
}

/**
 * Checkbox items are days from two on (one `- [ ] Day 5: submit` in a to-do list is a task), but for those that
 * repeat a day written otherwise: a day heading's (a tracker list `- [x] Day 1` over `### Day 1` and its tasks),
 * or, alone in their list, another item day's (`## Homework` and its `- [ ] Day 3: hand in the essay`, after the
 * list of days). Inside a heading day they were its tasks already (see PlanBuilder.itemDay); inside a paragraph day
 * they are its tasks when it counts (`paragraphsKept`), and where it was when it does not (`**Day 0:** setup` before
 * a list). Those that are no days are put back into what holds them (unwrapAll).
 */
export function settleItemDays(root: DraftNode, items: ItemDay[], paragraphDays: readonly { readonly day: DraftNode; readonly parent: DraftNode }[], paragraphsKept: boolean, headingDays: boolean, boxlessKept = true): void {
  if (items.length === 0) return;
  const paragraphParents = new Map(paragraphDays.map(({ day, parent }) => [day, parent]));
  const inParagraphDay = (item: ItemDay): boolean => {
    const outer = paragraphParents.get(item.parent);
    if (outer && !paragraphsKept) item.parent = outer; // unwrapped: its children went to its parent
    return outer !== undefined && paragraphsKept;
  };
  const headed = headingDays ? numbersOf(collectDrafts(root, []).filter((day) => day.form === 'heading')) : new Map<number, number>();
  const listed = numbersOf(items.map((item) => item.day));
  const perList = new Map<number, number>();
  for (const { list } of items) perList.set(list, (perList.get(list) ?? 0) + 1);
  const repeats = ({ day, list }: ItemDay): boolean => covers(headed, day, 0) || (perList.get(list) === 1 && covers(listed, day, 1));
  // Items with no box are days only where no day heading is, and where planBuilder.ts keeps them (`boxlessKept`).
  const drop = items.filter((item) => inParagraphDay(item) || repeats(item) || (item.boxless && (headingDays || !boxlessKept)));
  unwrapAll(items.length - drop.length >= MIN_ITEM_DAYS ? drop : items);
}

/**
 * Whether items with no box (`- Day 1: Variables`), if any, make a plan: in a file of other structure (`## Week 1`
 * over them), one that speaks of learning, or written as a challenge counts days (`Day 3/100`). A trip's
 * `- Day 2: Kyoto` does not: its days are of no plan, as a trip's table's are (a trial read "has no days" beside them).
 */
export function boxlessMakePlan(items: readonly ItemDay[], structure: boolean, learning: () => boolean): boolean {
  if (!items.some((item) => item.boxless) || structure) return true;
  // A round's day counts where another day of its round is listed (`R1D1`, `R1D2`): `- R2D2 astromech` beside
  // `- R5D4` is a list of droids (a review's).
  const rounds = new Map<number, number>();
  for (const { day } of items) if (day.round !== null) rounds.set(day.round, (rounds.get(day.round) ?? 0) + 1);
  const counts = (item: ItemDay): boolean => item.counted && (item.day.round === null || rounds.get(item.day.round)! >= 2);
  return items.every((item) => !item.boxless || counts(item)) || learning();
}

/** How many of `days` hold each day number (a range each of its numbers, up to a thousand). */
function numbersOf(days: readonly DraftNode[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const day of days) {
    if (day.number === null) continue;
    const last = Math.min(day.rangeEnd ?? day.number, day.number + 1000);
    for (let n = day.number; n <= last; n++) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/** Whether a number of `day` is held by more days than `own` (the day itself, when it is counted among them). */
function covers(counts: ReadonlyMap<number, number>, day: DraftNode, own: number): boolean {
  if (day.number === null) return false;
  const last = Math.min(day.rangeEnd ?? day.number, day.number + 1000);
  for (let n = day.number; n <= last; n++) if ((counts.get(n) ?? 0) > own) return true;
  return false;
}
