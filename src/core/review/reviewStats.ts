/**
 * What the views say about reviews besides the queue itself: when the next card comes, and how much
 * was reviewed lately (the progress page). Pure: dates in, numbers out.
 */
import { addDays, weekStart } from '../calendar/calendarDays';
import type { ReviewEntry } from './reviewLog';
import type { ReviewQueue } from './scheduler';

/**
 * The first date after `queue.today` with a card to review: a known card's due date, or tomorrow when
 * new cards wait for the daily limit. Null when no card will ever be due (no cards).
 */
export function nextReviewDate(queue: ReviewQueue): string | null {
  let next: string | null = queue.newWaiting > 0 ? addDays(queue.today, 1) : null;
  for (const schedule of queue.schedules.values()) {
    // New cards not yet allowed today are counted by newWaiting; a new card done later is due then.
    if (schedule.due > queue.today && (next === null || schedule.due < next)) next = schedule.due;
  }
  return next;
}

export interface ReviewCounts {
  /** Reviews dated today. */
  readonly today: number;
  /** Reviews dated from this week's Monday to today. */
  readonly thisWeek: number;
  /** Distinct days with a review, over all time up to today. */
  readonly days: number;
}

/** Counts of the log's entries up to `today` (entries dated later are not counted). */
export function reviewCounts(entries: readonly ReviewEntry[], today: string): ReviewCounts {
  const monday = weekStart(today);
  let onToday = 0;
  let thisWeek = 0;
  const days = new Set<string>();
  for (const entry of entries) {
    if (entry.date > today) continue;
    days.add(entry.date);
    if (entry.date >= monday) thisWeek++;
    if (entry.date === today) onToday++;
  }
  return { today: onToday, thisWeek, days: days.size };
}
