import * as assert from 'assert';
import { appendToReviewLog, applyTextEdits, parseReviewLog, previewGrades, reviewLogLine, reviewQueue } from '../../../src/core';
import { lines } from '../helpers';
import { deck, entry } from './reviewDeck';


describe('review log', () => {
  it('reads date, card and grade from list lines; ignores prose, headings and code; reports broken entries', () => {
    const log = parseReviewLog(lines(
      '# Reviews',
      'Some prose.',
      '- 2026-11-16 c74y41gg good \u00b7 plans/a.md \u00b7 Day 1 \u00b7 Micro-Quiz: what?',
      '* 2026-11-17 c74y41gg EASY',
      '- 2026-02-30 c74y41gg good',
      '- 2026-11-18 NOT-AN-ID good',
      '- 2026-11-18 c74y41gg great',
      '```',
      '- 2026-11-19 c74y41gg again',
      '```',
      '- a note',
    ));
    assert.deepStrictEqual(log.entries, [entry('2026-11-16', 'c74y41gg', 'good', 2), entry('2026-11-17', 'c74y41gg', 'easy', 3)]);
    assert.deepStrictEqual(log.problems.map((p) => p.line), [4, 5, 6]);
  });

  it('writes one readable line per review, the card\'s text shortened', () => {
    const [card] = deck(1);
    assert.strictEqual(reviewLogLine('2026-11-16', card, 'good'), `- 2026-11-16 ${card.id} good \u00b7 plan.md \u00b7 Day 1 \u00b7 Micro-Quiz: Question 1?`);
    const long = { ...card, text: 'word '.repeat(60) };
    const line = reviewLogLine('2026-11-16', long, 'hard');
    assert.ok(line.endsWith('\u2026') && line.length < 240, line);
    assert.deepStrictEqual(parseReviewLog(line).entries, [entry('2026-11-16', card.id, 'hard')]);
  });

  it('creates a log with a header, then only appends at the end: every existing byte stays, CRLF stays CRLF', () => {
    const created = appendToReviewLog(null, ['- 2026-11-16 aaaaaaaa good']);
    assert.strictEqual(created.kind, 'create');
    assert.ok(created.kind === 'create' && created.text.startsWith('# Reviews\n') && created.text.endsWith('\n- 2026-11-16 aaaaaaaa good\n'));
    const cases: [string, string][] = [
      ['# Reviews\n\n- 2026-11-16 aaaaaaaa good\n', '# Reviews\n\n- 2026-11-16 aaaaaaaa good\n- 2026-11-17 bbbbbbbb hard\n'],
      ['# Reviews\r\n\r\n- 2026-11-16 aaaaaaaa good\r\n', '# Reviews\r\n\r\n- 2026-11-16 aaaaaaaa good\r\n- 2026-11-17 bbbbbbbb hard\r\n'],
      ['- 2026-11-16 aaaaaaaa good', '- 2026-11-16 aaaaaaaa good\n- 2026-11-17 bbbbbbbb hard\n'],
      ['', '- 2026-11-17 bbbbbbbb hard\n'],
    ];
    for (const [before, after] of cases) {
      const write = appendToReviewLog(before, ['- 2026-11-17 bbbbbbbb hard']);
      assert.strictEqual(write.kind, 'append');
      if (write.kind !== 'append') continue;
      assert.deepStrictEqual(write.edit.range.start, write.edit.range.end, 'an insertion, nothing replaced');
      assert.strictEqual(applyTextEdits(before, [write.edit]), after);
    }
  });
});

describe('review schedule (FSRS, replayed from the log)', () => {
  const cards = deck(3);
  const [a, b, c] = cards.map((card) => card.id);

  it('makes new cards due from the day they were done, in plan order', () => {
    const queue = reviewQueue(cards, [], '2026-11-16');
    assert.deepStrictEqual(queue.due.map((s) => [s.card.id, s.state, s.due]), [[a, 'new', '2026-11-01'], [b, 'new', '2026-11-01'], [c, 'new', '2026-11-01']]);
    assert.deepStrictEqual([queue.dueReviews, queue.dueNew, queue.newWaiting], [0, 3, 0]);
  });

  it('schedules in whole days: good three times pushes the card further each time; again (a lapse) brings it back within days', () => {
    const log = [entry('2026-11-16', a, 'good'), entry('2026-11-19', a, 'good'), entry('2026-12-02', a, 'good')];
    const steps = [1, 2, 3].map((n) => reviewQueue(cards, log.slice(0, n), '2026-12-31').schedules.get(a)!);
    const intervals = steps.map((s) => (Date.parse(s.due) - Date.parse(s.lastReview!)) / 86_400_000);
    assert.deepStrictEqual(steps.map((s) => s.due), ['2026-11-19', '2026-12-02', '2027-01-28'], 'ts-fsrs 5.4.2, default weights, fuzz seeded by the card id');
    assert.ok(intervals[0] < intervals[1] && intervals[1] < intervals[2], `${intervals}`);
    const lapse = reviewQueue(cards, [...log, entry(steps[2].due, a, 'again')], steps[2].due).schedules.get(a)!;
    assert.deepStrictEqual([lapse.state, lapse.due, lapse.lapses, lapse.reps], ['review', '2027-01-30', 1, 4]);
  });

  it('lists due reviews first (most overdue first), then new cards; cards not yet due wait', () => {
    const log = [entry('2026-11-10', a, 'good'), entry('2026-11-11', b, 'again')];
    const queue = reviewQueue(cards, log, '2026-11-16');
    assert.deepStrictEqual(queue.due.map((s) => [s.card.id, s.state]), [[b, 'review'], [a, 'review'], [c, 'new']]);
    assert.strictEqual(queue.schedules.get(a)!.due, '2026-11-13');
    const later = reviewQueue(cards, [...log, entry('2026-11-16', a, 'easy'), entry('2026-11-16', b, 'good')], '2026-11-17');
    assert.deepStrictEqual(later.due.map((s) => s.card.id), [c]);
  });

  it('gives the same schedule whatever the order of the log lines (they are sorted by date)', () => {
    const log = [entry('2026-11-10', a, 'good', 0), entry('2026-11-13', a, 'hard', 1), entry('2026-11-20', a, 'good', 2), entry('2026-11-11', b, 'easy', 3)];
    const forward = reviewQueue(cards, log, '2026-12-01');
    const backward = reviewQueue(cards, [...log].reverse(), '2026-12-01');
    assert.deepStrictEqual([...backward.schedules.values()].map((s) => [s.card.id, s.due, s.reps]), [...forward.schedules.values()].map((s) => [s.card.id, s.due, s.reps]));
  });

  it('introduces at most newPerDay new cards a day, counting those first reviewed today', () => {
    const many = deck(25);
    const fresh = reviewQueue(many, [], '2026-11-16', { newPerDay: 20 });
    assert.deepStrictEqual([fresh.dueNew, fresh.newWaiting], [20, 5]);
    const log = many.slice(0, 3).map((card) => entry('2026-11-16', card.id, 'good'));
    const after = reviewQueue(many, log, '2026-11-16', { newPerDay: 20 });
    assert.deepStrictEqual([after.dueNew, after.newWaiting], [17, 5]);
    assert.deepStrictEqual([reviewQueue(many, log, '2026-11-17', { newPerDay: 20 }).dueNew], [20], 'a new day, a new allowance');
  });

  it('ignores reviews dated after today and reports ids that match no card', () => {
    const queue = reviewQueue(cards, [entry('2026-12-01', a, 'easy'), entry('2026-11-10', 'zzzzzzzz', 'good')], '2026-11-16');
    assert.strictEqual(queue.schedules.get(a)!.state, 'new');
    assert.deepStrictEqual(queue.future.map((e) => e.date), ['2026-12-01']);
    assert.deepStrictEqual(queue.orphans, ['zzzzzzzz']);
  });

  it('previews each grade\'s next date for the review buttons: again < hard < good < easy', () => {
    const fresh = previewGrades(cards[0], [], '2026-11-16');
    assert.deepStrictEqual(Object.keys(fresh).sort(), ['again', 'easy', 'good', 'hard']);
    assert.deepStrictEqual([fresh.again.days, fresh.hard.days, fresh.good.days, fresh.easy.days], [1, 2, 3, 10]);
    const known = previewGrades(cards[0], [entry('2026-11-10', a, 'good'), entry('2026-11-13', a, 'good')], '2026-11-27');
    assert.ok(known.again.days < known.hard.days && known.hard.days < known.good.days && known.good.days < known.easy.days, JSON.stringify(known));
  });
});
