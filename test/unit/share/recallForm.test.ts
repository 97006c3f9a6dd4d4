import * as assert from 'assert';
import { recallForm } from '../../../src/core/review/recallForm';
import { lines, parse } from '../helpers';
import { cardId, reviewCards } from '../../../src/core';

describe('review: what a card asks before its answer (a learner saw each learning shown whole, nothing to recall)', () => {
  // text, nested answer, a learning?  ->  prompt, answer
  const table: [string, string[], boolean, string, string[]][] = [
    ['Time travel is powerful for debugging and auditing', [], true, 'Time travel is \u2026', ['Time travel is powerful for debugging and auditing']],
    ['REST API makes it engine-agnostic', [], true, 'REST API \u2026', ['REST API makes it engine-agnostic']],
    ['Hudi merges on read', [], true, 'Hudi merges \u2026', ['Hudi merges on read']],
    // A cue stops before an aside, a dash or a quote, and drops punctuation it ends on.
    ['Metadata-only operations (like schema changes) are instant', [], true, 'Metadata-only operations \u2026', ['Metadata-only operations (like schema changes) are instant']],
    ['Polaris - vendor neutral, engine agnostic, open', [], true, 'Polaris \u2026', ['Polaris - vendor neutral, engine agnostic, open']],
    ['Compaction, vacuum and clustering keep tables fast over time', [], true, 'Compaction, vacuum and \u2026', ['Compaction, vacuum and clustering keep tables fast over time']],
    // At most four words of a long one.
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen', [], true, 'one two three four \u2026', ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen']],
    // Asked as written: a phrase, a question, one long word, a card with its own answer, a checkpoint or quiz.
    ['Lake Formation ACLs', [], true, 'Lake Formation ACLs', []],
    ['Why is compaction needed?', [], true, 'Why is compaction needed?', []],
    ['Paimon:streams-and-tables-and-more', [], true, 'Paimon:streams-and-tables-and-more', []],
    ['A watermark bounds how late events may be.', ['- later ones are dropped'], true, 'A watermark bounds how late events may be.', ['- later ones are dropped']],
    ['Can you explain the medallion architecture in your words', [], false, 'Can you explain the medallion architecture in your words', []],
    // `prompt :: answer`, for any card with nothing nested; `::` inside a word is no split.
    ['ACID :: atomicity, consistency, isolation, durability', [], true, 'ACID', ['atomicity, consistency, isolation, durability']],
    ['What does VACUUM remove? :: unreferenced files', [], false, 'What does VACUUM remove?', ['unreferenced files']],
    ["Rust's Option::map runs only on Some", [], true, "Rust's Option::map \u2026", ["Rust's Option::map runs only on Some"]],
    [':: nothing before', [], false, ':: nothing before', []],
    // A script written without spaces is cued by its first characters (a third, at most ten).
    ['\u5FEB\u7167\u9694\u79BB\u5141\u8BB8\u591A\u4E2A\u5199\u5165\u8005\u540C\u65F6\u5DE5\u4F5C', [], true, '\u5FEB\u7167\u9694\u79BB\u5141 \u2026', ['\u5FEB\u7167\u9694\u79BB\u5141\u8BB8\u591A\u4E2A\u5199\u5165\u8005\u540C\u65F6\u5DE5\u4F5C']],
    ['\u5FEB\u7167\u9694\u79BB', [], true, '\u5FEB\u7167\u9694\u79BB', []],
  ];
  for (const [text, answer, statement, prompt, shown] of table) {
    it(JSON.stringify(text), () => assert.deepStrictEqual(recallForm(text, answer, statement), { prompt, answer: shown }));
  }

  it('keeps the card\'s id and text: only what is asked first changes', () => {
    const text = lines('# P', '## Key Learnings', '- Time travel is powerful for debugging and auditing', '- ACID :: atomicity and the rest', '');
    const cards = reviewCards(parse(text), text, 'p.md');
    assert.deepStrictEqual(cards.map((c) => [c.text, c.prompt]), [
      ['Time travel is powerful for debugging and auditing', 'Time travel is \u2026'],
      ['ACID :: atomicity and the rest', 'ACID'],
    ]);
    // The id hashes the text (ids made before cues existed still name these cards, and their reviews count).
    assert.deepStrictEqual(cards.map((c) => c.id), [cardId('p.md', 'P', 'Time travel is powerful for debugging and auditing'), cardId('p.md', 'P', 'ACID :: atomicity and the rest')]);
    const again = reviewCards(parse(text.replace('Time travel', 'Time  travel')), text.replace('Time travel', 'Time  travel'), 'p.md');
    assert.strictEqual(again[0].id, cards[0].id);
  });
});
