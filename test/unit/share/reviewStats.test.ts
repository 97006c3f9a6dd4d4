import * as assert from 'assert';
import { nextReviewDate, parseReviewLog, reviewCounts, reviewQueue, wrapText } from '../../../src/core';
import { assertLinear } from '../linearTime';
import { lines } from '../helpers';
import { deck, entry } from './reviewDeck';


describe('review numbers for the views', () => {
  it('says when the next card comes: the earliest due date after today, or tomorrow while new cards wait', () => {
    const cards = deck(3);
    const entries = [entry('2026-11-20', cards[0].id, 'good', 0), entry('2026-11-20', cards[1].id, 'easy', 1)];
    const third = reviewQueue(cards, [...entries, entry('2026-11-21', cards[2].id, 'good', 2)], '2026-11-21');
    assert.strictEqual(third.due.length, 0);
    const dues = [...third.schedules.values()].map((s) => s.due).sort();
    assert.strictEqual(nextReviewDate(third), dues[0]);
    assert.ok(dues[0] > '2026-11-21');
    const limited = reviewQueue(deck(5), [], '2026-11-21', { newPerDay: 2 });
    assert.strictEqual(limited.newWaiting, 3);
    assert.strictEqual(nextReviewDate(limited), '2026-11-22');
    assert.strictEqual(nextReviewDate(reviewQueue([], [], '2026-11-21')), null);
  });

  it('counts reviews today, this week (from Monday) and on distinct days, never after today', () => {
    // 2026-11-18 is a Wednesday: the week began on Monday 2026-11-16.
    const log = parseReviewLog(lines(
      '- 2026-11-15 aaaaaaaa good',
      '- 2026-11-16 aaaaaaaa good',
      '- 2026-11-18 bbbbbbbb hard',
      '- 2026-11-18 cccccccc again',
      '- 2026-11-19 dddddddd good',
    ));
    assert.deepStrictEqual(reviewCounts(log.entries, '2026-11-18'), { today: 2, thisWeek: 3, days: 3 });
  });

  it('gives the same queue when asked again with the same log (replays are kept with it), and replays afresh for another day', () => {
    const cards = deck(4);
    const entries = cards.map((c, i) => entry('2026-11-10', c.id, (['again', 'hard', 'good', 'easy'] as const)[i], i));
    const first = reviewQueue(cards, entries, '2026-11-21');
    const again = reviewQueue(cards, entries, '2026-11-21');
    const copy = reviewQueue(cards, [...entries], '2026-11-21');
    const view = (q: ReturnType<typeof reviewQueue>) => [...q.schedules.values()].map((s) => [s.card.id, s.due, s.state, s.reps, s.stability]);
    assert.deepStrictEqual(view(again), view(first));
    assert.deepStrictEqual(view(copy), view(first));
    // Before the reviews happened, the same entries array must not answer from what it kept for the 21st.
    const before = reviewQueue(cards, entries, '2026-11-09');
    assert.ok([...before.schedules.values()].every((s) => s.state === 'new'));
    assert.deepStrictEqual(view(reviewQueue(cards, entries, '2026-11-21')), view(first));
  });
});

describe('wrapText', () => {
  it('wraps at spaces, splits only words longer than a line, and keeps emoji whole', () => {
    assert.deepStrictEqual(wrapText('one two three four five', 9), ['one two', 'three', 'four five']);
    assert.deepStrictEqual(wrapText('  spaced   out  ', 20), ['spaced out']);
    assert.deepStrictEqual(wrapText('abcdefghijkl', 8), ['abcdefgh', 'ijkl']);
    assert.deepStrictEqual(wrapText('\u{1F4A1}'.repeat(10), 8), ['\u{1F4A1}'.repeat(8), '\u{1F4A1}'.repeat(2)]);
    assert.deepStrictEqual(wrapText('', 10), []);
  });

  it('stays linear on one huge word and on many short ones', () => {
    assertLinear('wrapping one huge word', (n) => 'x'.repeat(2_000 * n), (text) => wrapText(text, 80));
    assertLinear('wrapping many short words', (n) => 'ab '.repeat(2_000 * n), (text) => wrapText(text, 80));
  });
});
