import * as assert from 'assert';
import { recallForm, splitsOutsideCode } from '../../../src/core/review/recallForm';
import { lines, parse } from '../helpers';
import { cardId, reviewCards, reviewQueue } from '../../../src/core';

describe('review: what a card asks before its answer (a learner saw each learning shown whole, nothing to recall)', () => {
  const learning = { statement: true, splits: false };
  const quiz = { statement: false, splits: false };
  // text, nested answer, options  ->  prompt, answer
  const table: [string, string[], { statement: boolean; splits: boolean }, string, string[]][] = [
    ['Time travel is powerful for debugging and auditing', [], learning, 'Time travel is \u2026', ['Time travel is powerful for debugging and auditing']],
    ['REST API makes it engine-agnostic', [], learning, 'REST API \u2026', ['REST API makes it engine-agnostic']],
    ['Hudi merges on read', [], learning, 'Hudi merges \u2026', ['Hudi merges on read']],
    // A cue stops before an aside, a quote or a dash between spaces; a hyphen inside a word is no stop.
    ['Metadata-only operations (like schema changes) are instant', [], learning, 'Metadata-only operations \u2026', ['Metadata-only operations (like schema changes) are instant']],
    ['Polaris - vendor neutral, engine agnostic, open', [], learning, 'Polaris \u2026', ['Polaris - vendor neutral, engine agnostic, open']],
    // A bracket glued to a word is part of it (a cue lost the `(*)` of `COUNT(*)`); one a space opens is an aside.
    ['COUNT(*) counts every row, nulls included', [], learning, 'COUNT(*) counts \u2026', ['COUNT(*) counts every row, nulls included']],
    ['Spark uses f(x) and g(x) for transforms on every partition', [], learning, 'Spark uses f(x) \u2026', ['Spark uses f(x) and g(x) for transforms on every partition']],
    // ...unless it holds a space (`count(distinct`) or would reach the last word (the card shown whole).
    ['Use the count(distinct x) form for unique counts of a column', [], learning, 'Use the count \u2026', ['Use the count(distinct x) form for unique counts of a column']],
    ['Prefer max(a,b)', [], learning, 'Prefer max \u2026', ['Prefer max(a,b)']],
    ['Z-order\u2014a multi-column sort\u2014clusters related rows', [], learning, 'Z-order \u2026', ['Z-order\u2014a multi-column sort\u2014clusters related rows']],
    ['Compaction, vacuum and clustering keep tables fast over time', [], learning, 'Compaction, vacuum and \u2026', ['Compaction, vacuum and clustering keep tables fast over time']],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen', [], learning, 'one two three four \u2026', ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen']],
    // A term before a colon is what a `Term: definition` learning asks.
    ['Glue: AWS-native, serverless, integrated with Lake Formation', [], learning, 'Glue: \u2026', ['Glue: AWS-native, serverless, integrated with Lake Formation']],
    // A question followed by its answer asks the question, in any card; `??` asks nothing.
    ['Why is compaction needed? Small files slow reads.', [], learning, 'Why is compaction needed?', ['Small files slow reads.']],
    ['What does VACUUM remove? Unreferenced files', [], quiz, 'What does VACUUM remove?', ['Unreferenced files']],
    ['What is Z-ordering? Why does it speed up reads?', [], quiz, 'What is Z-ordering? Why does it speed up reads?', []],
    ['Q: What does a consumer group do? A: it shares a topic\'s partitions among consumers', [], learning, 'What does a consumer group do?', ['it shares a topic\'s partitions among consumers']],
    ['Use a ?? b to default a missing value in JavaScript', [], learning, 'Use a ?? b to \u2026', ['Use a ?? b to default a missing value in JavaScript']],
    // Asked as written: a phrase, a question, one long word, a card with its own answer, a checkpoint.
    ['Lake Formation ACLs', [], learning, 'Lake Formation ACLs', []],
    ['Why is compaction needed?', [], learning, 'Why is compaction needed?', []],
    ['Paimon:streams-and-tables', [], learning, 'Paimon:streams-and-tables', []],
    ['A watermark bounds how late events may be.', ['- later ones are dropped'], learning, 'A watermark bounds how late events may be.', ['- later ones are dropped']],
    ['Can you explain the medallion architecture in your words', [], quiz, 'Can you explain the medallion architecture in your words', []],
    // `prompt :: answer` where the raw line splits outside code; nested lines follow the right side.
    ['ACID :: atomicity, consistency, isolation, durability', [], { statement: true, splits: true }, 'ACID', ['atomicity, consistency, isolation, durability']],
    ['ACID :: four guarantees', ['- atomicity', '- durability'], { statement: true, splits: true }, 'ACID', ['four guarantees', '- atomicity', '- durability']],
    ['What does map :: (a -> b) -> [a] -> [b] do?', [], { statement: false, splits: false }, 'What does map :: (a -> b) -> [a] -> [b] do?', []],
    [':: nothing before', [], { statement: false, splits: true }, ':: nothing before', []],
    // Words where Intl.Segmenter puts them: Chinese and Thai are cut between words, mixed text too.
    ['\u5FEB\u7167\u9694\u79BB\u5141\u8BB8\u591A\u4E2A\u5199\u5165\u8005\u540C\u65F6\u5DE5\u4F5C', [], learning, '\u5FEB\u7167\u9694\u79BB\u5141\u8BB8 \u2026', ['\u5FEB\u7167\u9694\u79BB\u5141\u8BB8\u591A\u4E2A\u5199\u5165\u8005\u540C\u65F6\u5DE5\u4F5C']],
    ['Apache Paimon \u7684\u6D41\u8868\u7EDF\u4E00\u8BBE\u8BA1\u5F88\u5DE7\u5999', [], learning, 'Apache Paimon \u7684 \u2026', ['Apache Paimon \u7684\u6D41\u8868\u7EDF\u4E00\u8BBE\u8BA1\u5F88\u5DE7\u5999']],
    ['\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E23\u0E30\u0E1A\u0E1A\u0E10\u0E32\u0E19\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25', [], learning, '\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19 \u2026', ['\u0E01\u0E32\u0E23\u0E17\u0E33\u0E07\u0E32\u0E19\u0E02\u0E2D\u0E07\u0E23\u0E30\u0E1A\u0E1A\u0E10\u0E32\u0E19\u0E02\u0E49\u0E2D\u0E21\u0E39\u0E25']],
    ['\u{1F469}\u200D\u{1F4BB} pairs well with reviews of every merged change', [], learning, '\u{1F469}\u200D\u{1F4BB} pairs well with \u2026', ['\u{1F469}\u200D\u{1F4BB} pairs well with reviews of every merged change']],
    ['\u5FEB\u7167\u9694\u79BB', [], learning, '\u5FEB\u7167\u9694\u79BB', []],
  ];
  for (const [text, nested, options, prompt, answer] of table) {
    it(JSON.stringify(text), () => {
      const form = recallForm(text, nested, options);
      assert.deepStrictEqual([form.prompt, form.answer], [prompt, answer]);
    });
  }

  it('splits at :: only outside code spans', () => {
    assert.deepStrictEqual(
      ['- ACID :: four guarantees', '- **Micro-Quiz:** What does `map :: (a -> b) -> [a] -> [b]` do?', "- Rust's `Option::map` runs on Some", '- `a` :: `b`', '- std::vector grows'].map(splitsOutsideCode),
      [true, false, false, true, false],
    );
  });

  it('keeps the card\'s id and text: only what is asked first changes; two cues of one context are told apart', () => {
    const text = lines(
      '# P', '## Key Learnings',
      '- Time travel is powerful for debugging and auditing',
      '- ACID :: atomicity and the rest',
      '- Iceberg supports hidden partitioning of tables',
      '- Iceberg supports time travel and rollback',
      '- What does `map :: (a -> b) -> [a] -> [b]` do? It applies a function to each item',
      '',
    );
    const cards = reviewCards(parse(text), text, 'p.md');
    assert.deepStrictEqual(cards.map((c) => [c.text, c.prompt]), [
      ['Time travel is powerful for debugging and auditing', 'Time travel is \u2026'],
      ['ACID :: atomicity and the rest', 'ACID'],
      ['Iceberg supports hidden partitioning of tables', 'Iceberg supports hidden \u2026'],
      ['Iceberg supports time travel and rollback', 'Iceberg supports time \u2026'],
      ['What does map :: (a -> b) -> [a] -> [b] do? It applies a function to each item', 'What does map :: (a -> b) -> [a] -> [b] do?'],
    ]);
    // A learning's id hashes its text (ids made before cues existed still name these cards, and their reviews count);
    // a question written apart from its answer is keyed by the question, the id of its whole text kept as a former id
    // (its reviews are the card's: a learner's corrected answer started the card anew).
    assert.deepStrictEqual(cards.slice(0, 2).map((c) => [c.id, c.formerIds]), [
      [cardId('p.md', 'P', 'Time travel is powerful for debugging and auditing'), undefined],
      [cardId('p.md', 'P', 'ACID'), [cardId('p.md', 'P', 'ACID :: atomicity and the rest')]],
    ]);
  });

  it('a learning read otherwise before code spans were set aside keeps its reviews: the old reading\'s id is a former id (a review\'s card started over)', () => {
    const text = lines('# P', '## Key Learnings', '- `__init__` runs when an object is made', '- `**kwargs` :: a dict of keyword arguments', '- `venv` isolates packages', '');
    const [init, kwargs, venv] = reviewCards(parse(text), text, 'p.md');
    assert.deepStrictEqual([init.text, init.id, init.formerIds], ['__init__ runs when an object is made', cardId('p.md', 'P', '__init__ runs when an object is made'), [cardId('p.md', 'P', 'init runs when an object is made')]]);
    assert.deepStrictEqual([kwargs.id, kwargs.formerIds], [cardId('p.md', 'P', '**kwargs'), [cardId('p.md', 'P', '**kwargs :: a dict of keyword arguments'), cardId('p.md', 'P', 'kwargs :: a dict of keyword arguments'), cardId('p.md', 'P', 'kwargs')]]);
    assert.strictEqual(venv.formerIds, undefined, 'read the same either way: no former id');
    // Another card's id is never a former one (a review's: `` `__init__` runs `` read `init runs` before, another card).
    const two = lines('# P', '## Key Learnings', '- `__init__` runs first', '- init runs first', '');
    assert.deepStrictEqual(reviewCards(parse(two), two, 'p.md').map((c) => c.formerIds), [undefined, undefined]);
    const queue = reviewQueue([init], [{ date: '2026-11-20', cardId: cardId('p.md', 'P', 'init runs when an object is made'), grade: 'good', line: 5 }], '2026-11-27');
    assert.deepStrictEqual([queue.schedules.get(init.id)!.state, queue.schedules.get(init.id)!.reps, queue.orphans], ['review', 1, []]);
  });

  it('a corrected answer keeps the card and its reviews; a question asked twice in one context stays two cards', () => {
    const before = lines('# P', '## Key Learnings', '- ACID :: atomicity and the rest', '- Why Delta? Because of its log', '');
    const after = before.replace('atomicity and the rest', 'atomicity, consistency, isolation, durability').replace('Because of its log', 'Because of its transaction log');
    const [acid, delta] = reviewCards(parse(before), before, 'p.md');
    const edited = reviewCards(parse(after), after, 'p.md');
    assert.deepStrictEqual(edited.map((c) => c.id), [acid.id, delta.id]);
    // Reviews logged under its id are the card's after the edit; those logged under the id of its whole text (before
    // cards were keyed so) are the card's while that text stands: it is reviewed, not new, and no orphan.
    const logged = (cardIdOf: string) => [{ date: '2026-11-20', cardId: cardIdOf, grade: 'good' as const, line: 5 }];
    for (const [cards, id] of [[edited, acid.id], [reviewCards(parse(before), before, 'p.md'), acid.formerIds![0]]] as const) {
      const queue = reviewQueue(cards, logged(id), '2026-11-27');
      assert.deepStrictEqual([queue.schedules.get(acid.id)!.state, queue.schedules.get(acid.id)!.reps, queue.orphans], ['review', 1, []]);
    }
    const twice = lines('# P', '## Key Learnings', '- ACID :: atomicity', '- ACID :: a database promise', '');
    const both = reviewCards(parse(twice), twice, 'p.md');
    assert.deepStrictEqual(both.map((c) => [c.id, c.formerIds]), [[cardId('p.md', 'P', 'ACID :: atomicity'), undefined], [cardId('p.md', 'P', 'ACID :: a database promise'), undefined]]);
  });
});
