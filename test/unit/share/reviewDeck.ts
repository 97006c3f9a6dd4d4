// A deck for the review tests: a plan of done days with one quiz each, and log entries by hand.
import { reviewCards, type Grade, type ReviewCard, type ReviewEntry } from '../../../src/core';
import { lines, parse } from '../helpers';

/** A plan with `n` done days, each with one quiz. */
export function deck(n: number, doneDate = '2026-11-01'): readonly ReviewCard[] {
  const rows: string[] = [];
  for (let day = 1; day <= n; day++) rows.push(`### Day ${day} \u2705 ${doneDate}`, `- **Micro-Quiz:** Question ${day}?`);
  const text = lines(...rows);
  return reviewCards(parse(text), text, 'plan.md');
}

export const entry = (date: string, cardId: string, grade: Grade, line = 0): ReviewEntry => ({ date, cardId, grade, line });
