// The review queue's edges (src/core/review/scheduler.ts, reviewStats.ts), written from the mutation run's
// survivor list (test/mutation/review.json): the schedule a fixed log gives is pinned, since learners' logs
// are replayed with these parameters on every run.
import * as assert from 'assert';
import { nextReviewDate, previewGrades, reviewCounts, reviewQueue, type ReviewEntry } from '../../../src/core';
import { deck, entry } from './reviewDeck';


describe('review queue: a fixed log gives a fixed schedule', () => {
  it('pins the due dates of a history (FSRS, no same-day steps, fuzz seeded by the card id)', () => {
    const cards = deck(2);
    const history = (id: string): ReviewEntry[] => [
      entry('2026-11-01', id, 'good', 1),
      entry('2026-11-04', id, 'good', 2),
      entry('2026-11-15', id, 'again', 3),
      entry('2026-11-16', id, 'good', 4),
      entry('2026-11-20', id, 'easy', 5),
    ];
    const log = [...history(cards[0].id), ...history(cards[1].id).map((e) => ({ ...e, line: e.line + 10 }))];
    const queue = reviewQueue(cards, log, '2026-11-20');
    const dues = cards.map((c) => queue.schedules.get(c.id)!.due);
    // Two cards with the same history: fuzz (seeded by the id) spreads them by days.
    assert.deepStrictEqual(dues, ['2026-12-04', '2026-12-07']);
    const again = reviewQueue(cards, [entry('2026-11-01', cards[0].id, 'again')], '2026-11-01');
    assert.strictEqual(again.schedules.get(cards[0].id)!.due, '2026-11-02', 'again on a new card: tomorrow, not later today');
  });

  it('replays a day\'s reviews in log order, whatever the order they are given in', () => {
    const [card] = deck(1);
    const given = [entry('2026-11-02', card.id, 'easy', 7), entry('2026-11-02', card.id, 'again', 3), entry('2026-11-01', card.id, 'good', 9)];
    const schedule = reviewQueue([card], given, '2026-11-02').schedules.get(card.id)!;
    assert.strictEqual(schedule.lastGrade, 'easy');
    assert.strictEqual(schedule.firstReview, '2026-11-01');
    const sorted = reviewQueue([card], [given[2], given[1], given[0]], '2026-11-02').schedules.get(card.id)!;
    assert.deepStrictEqual({ ...schedule, card: null }, { ...sorted, card: null });
  });

  it('a new card is due the day it was done, or today when that day is still ahead', () => {
    const [early] = deck(1, '2026-11-05');
    assert.strictEqual(reviewQueue([early], [], '2026-11-20').schedules.get(early.id)!.due, '2026-11-05');
    const [ahead] = deck(1, '2026-12-01');
    assert.strictEqual(reviewQueue([ahead], [], '2026-11-20').schedules.get(ahead.id)!.due, '2026-11-20');
  });

  it('the same log asked with another retention is scheduled again', () => {
    const [card] = deck(1);
    const log = [entry('2026-11-01', card.id, 'good', 1), entry('2026-11-05', card.id, 'good', 2)];
    const loose = reviewQueue([card], log, '2026-11-05', { requestRetention: 0.8 }).schedules.get(card.id)!.due;
    const strict = reviewQueue([card], log, '2026-11-05', { requestRetention: 0.97 }).schedules.get(card.id)!.due;
    assert.ok(strict < loose, `${strict} < ${loose}`);
  });

  it('lists due reviews by due date, then by their order in the plan', () => {
    const cards = deck(4);
    const log = [
      entry('2026-11-01', cards[3].id, 'again', 1),
      entry('2026-11-01', cards[1].id, 'again', 2),
      entry('2026-11-02', cards[0].id, 'again', 3),
      entry('2026-11-01', cards[2].id, 'again', 4),
    ];
    const queue = reviewQueue(cards, log, '2026-11-10');
    assert.deepStrictEqual(queue.due.map((s) => [cards.indexOf(s.card), s.due]), [
      [1, '2026-11-02'],
      [2, '2026-11-02'],
      [3, '2026-11-02'],
      [0, '2026-11-03'],
    ]);
  });

  it('previews the buttons from the reviews up to the preview date, that date included', () => {
    const [card] = deck(1);
    const log = [entry('2026-11-01', card.id, 'good', 1), entry('2026-11-10', card.id, 'again', 2), entry('2026-11-11', card.id, 'easy', 3)];
    const withTenth = previewGrades(card, log, '2026-11-10');
    const withoutTenth = previewGrades(card, log.slice(0, 1), '2026-11-10');
    assert.notDeepStrictEqual(withTenth, withoutTenth, 'the review on the preview date counts');
    assert.deepStrictEqual(previewGrades(card, log.slice(0, 2), '2026-11-10'), withTenth, 'a later review does not');
  });
});

describe('review numbers: edges', () => {
  it('the next review date is after today: a card due today is not it', () => {
    const cards = deck(2);
    const log = [entry('2026-11-01', cards[0].id, 'again', 1), entry('2026-11-01', cards[1].id, 'good', 2)];
    const queue = reviewQueue(cards, log, '2026-11-02');
    assert.strictEqual(queue.schedules.get(cards[0].id)!.due, '2026-11-02');
    const later = queue.schedules.get(cards[1].id)!.due;
    assert.ok(later > '2026-11-02');
    assert.strictEqual(nextReviewDate(queue), later);
  });

  it('counts today\'s reviews only on today', () => {
    const log = [entry('2026-11-16', 'aaaaaaaa', 'good'), entry('2026-11-17', 'aaaaaaaa', 'good'), entry('2026-11-17', 'bbbbbbbb', 'easy')];
    assert.deepStrictEqual(reviewCounts(log, '2026-11-17'), { today: 2, thisWeek: 3, days: 2 });
    assert.deepStrictEqual(reviewCounts(log, '2026-11-16'), { today: 1, thisWeek: 1, days: 1 });
  });
});
