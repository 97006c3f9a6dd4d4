import * as assert from 'assert';
import { reviewCards, reviewQueue, type ReviewEntry } from '../../../src/core';
import { plainInline } from '../../../src/core/review/reviewText';
import { parse } from '../helpers';
import { assertLinear } from '../linearTime';

/** `days` done days, each with a checkpoint, a quiz with an answer, and a Key Learnings section with items and a fence. */
function plan(days: number): string {
  const rows: string[] = [];
  for (let d = 1; d <= days; d++) {
    rows.push(
      `### Day ${d} \u2705 2026-11-01`, `- **Checkpoint:** Can explain topic ${d}`, `- **Micro-Quiz:** What is ${d}?`, '  - It is the answer',
      '#### Key Learnings', `- **Learning** ${d} with [a link](https://example.com) and \`code\``, '```', `\u2728 fenced learning ${d}`, '```', '',
    );
  }
  return rows.join('\n');
}

describe('review: linear time', function () {
  this.timeout(300_000);

  it('reads cards in time linear in the plan (parsing excluded)', () => {
    const growth = assertLinear('reviewCards', (scale) => {
      const text = plan(20 * scale);
      return { text, model: parse(text) };
    }, ({ text, model }) => {
      assert.strictEqual(reviewCards({ ...model }, text, 'k').length % 4, 0); // a new model object each time: nothing cached
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });

  it('strips markdown from a long hostile line in linear time', () => {
    const growth = assertLinear('plainInline', (scale) => '**a [b <c `d ~~e __f *g '.repeat(40 * scale), (line) => {
      assert.ok(plainInline(line).length > 0);
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });

  it('sets code spans aside in linear time, however many backtick runs of different lengths a line holds', () => {
    const growth = assertLinear('plainInline code spans', (scale) => Array.from({ length: 400 * scale }, (_, i) => '`'.repeat(1 + (i % 60)) + 'x').join(' '), (line) => {
      assert.ok(plainInline(line).length > 0);
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });

  it('replays the log in time linear in its length', () => {
    const growth = assertLinear('reviewQueue', (scale) => {
      const text = plan(10 * scale);
      const cards = reviewCards(parse(text), text, 'p.md');
      const entries: ReviewEntry[] = cards.flatMap((card, i) => [0, 1, 2].map((n) => ({ date: `2026-11-${String(10 + n * 5).padStart(2, '0')}`, cardId: card.id, grade: 'good' as const, line: i * 3 + n })));
      return { cards, entries };
    }, ({ cards, entries }) => {
      assert.strictEqual(reviewQueue(cards, entries, '2026-12-31').schedules.size, cards.length);
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });
});
