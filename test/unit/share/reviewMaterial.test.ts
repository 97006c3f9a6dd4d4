// What becomes a review card and how it is named (src/core/review/cards.ts, cardId.ts, reviewLog.ts):
// tables written from the mutation run's survivor list (test/mutation/review.json).
import * as assert from 'assert';
import {
  appendToReviewLog, cardId, fieldKind, hasReviewMaterial, lineEndingOf, newReviewLog, parseReviewLog, prepareReviewCards,
  preparedReviewCards, reviewCards, reviewLogLine, reviewQueue, type ReviewCard,
} from '../../../src/core';
import { lines, parse } from '../helpers';

const cardsOf = (text: string, key = 'notes/plan.md'): readonly ReviewCard[] => reviewCards(parse(text), text, key);
const summary = (cards: readonly ReviewCard[]) => cards.map((c) => [c.kind, c.label, c.context.title, c.text]);

describe('review cards: ids are the review log\'s keys', () => {
  it('never change: these ids are in learners\' logs', () => {
    // A change here orphans every review a learner has logged: the hash and its alphabet are a file format.
    assert.deepStrictEqual(
      [
        cardId('plans/month-3.md', 'Day 1', 'What is a partition?'),
        cardId('plan.md', '', 'Iceberg snapshots are immutable'),
        cardId('journal.md', '2026-11-02', 'Watermarks bound lateness'),
        cardId('', '', ''),
      ],
      ['m9zdmv63', 'xs1cn5es', '8aecgqz5', '25v9fkf2'],
    );
  });

  it('are the same for the same words: case, white space, Unicode form and mojibake do not count', () => {
    const id = cardId('plan.md', 'Day 1', 'What is café?');
    for (const prompt of ['  what IS\tcaf\u00e9?  ', 'What is cafe\u0301?', 'What  is\ncafé?', 'What is caf\u00c3\u00a9?']) {
      assert.strictEqual(cardId('plan.md', 'Day 1', prompt), id, JSON.stringify(prompt));
    }
    assert.notStrictEqual(cardId('plan.md', 'Day 1', 'What is cafe?'), id);
    assert.notStrictEqual(cardId('plan.md', 'Day 2', 'What is café?'), id);
    assert.notStrictEqual(cardId('other.md', 'Day 1', 'What is café?'), id);
  });

  it('hash the context a card is read in: the day number, the journal date, the heading, or nothing for the plan', () => {
    const text = lines(
      '## Key Learnings',
      '- Snapshots are immutable',
      '## 2026-11-02 \u2705 2026-11-02',
      '- **Key Learning:** Watermarks bound lateness',
      '## Storage',
      '- **Key Takeaway:** Parquet is columnar',
      '### Day 7 - Streams \u2705 2026-11-03',
      '- **Micro-Quiz:** What is a watermark?',
    );
    const cards = cardsOf(text);
    assert.deepStrictEqual(cards.map((c) => c.id), [
      cardId('notes/plan.md', '', 'Snapshots are immutable'),
      cardId('notes/plan.md', '2026-11-02', 'Watermarks bound lateness'),
      cardId('notes/plan.md', 'Storage', 'Parquet is columnar'),
      cardId('notes/plan.md', 'Day 7', 'What is a watermark?'),
    ]);
  });
});

describe('review cards: what counts as material', () => {
  const table: [string, string, string | null][] = [
    ['Micro-Quiz', 'micro quiz', 'quiz'],
    ['micro_quiz', 'underscores', 'quiz'],
    ['Quick  Quiz', 'white space', 'quiz'],
    ['\u2728 Key Takeaways', 'decoration', 'learning'],
    ['Flashcards', 'flash cards', 'quiz'],
    ['Checkpoint', 'a checkpoint', 'checkpoint'],
    ['Task', 'not material', null],
    ['Quizzes and more', 'not the whole name', null],
  ];
  for (const [name, what, kind] of table) {
    it(`a field named ${JSON.stringify(name)} (${what})`, () => {
      assert.strictEqual(fieldKind(name), kind);
      assert.strictEqual(fieldKind(name), kind, 'the same the second time (remembered)');
    });
  }

  const plans: [string, string[], boolean][] = [
    ['a quiz in a day not done', ['# P', '### Day 1', '- **Micro-Quiz:** q?'], false],
    ['a quiz in a done day', ['# P', '### Day 1 \u2705 2026-11-01', '- **Micro-Quiz:** q?'], true],
    ['a quiz outside any day', ['# P', '## Notes', '- **Micro-Quiz:** q?'], false],
    ['a learning outside any day', ['# P', '## Notes', '- **Key Learning:** l'], true],
    ['a learnings heading outside any day', ['# P', '## Key Takeaways', '- l'], true],
    ['a learnings heading in a day not done', ['# P', '### Day 1', '#### Key Takeaways', '- l'], false],
    ['only tasks', ['# P', '### Day 1 \u2705 2026-11-01', '- **Task:** t', '- [ ] x'], false],
    ['a file named like a learnings heading', ['## Tasks', '- an item'], false],
  ];
  for (const [what, text, expected] of plans) {
    it(`${what}: ${expected ? 'material' : 'none'}`, () => {
      const plan = parse(lines(...text), 'file:///ws/Key%20Learnings.md');
      assert.strictEqual(hasReviewMaterial(plan), expected);
      assert.strictEqual(reviewCards(plan, lines(...text), 'p.md').length > 0, expected);
    });
  }
});

describe('review cards: learnings sections', () => {
  it('a bold label alone introduces learnings, it is not one; a long label or one with words is', () => {
    const label39 = 'a'.repeat(39);
    const label40 = 'b'.repeat(40);
    const text = lines(
      '# P',
      '## Key Learnings',
      '- **Iceberg**',
      '- **Delta**:',
      `- **${label39}**`,
      `- **${label40}**`,
      '- **Hudi** merges on read',
      '- **Paimon**:streams',
      '- learned **Kafka**',
      '- **X**',
    );
    assert.deepStrictEqual(cardsOf(text).map((c) => c.text), [label40, 'Hudi merges on read', 'Paimon:streams', 'learned Kafka']);
  });

  it('a learning field inside a learnings section is one card, not two', () => {
    const text = lines('# P', '### Day 1 \u2705 2026-11-01', '#### Key Learnings', '- **Key Learning:** partitions', '- offsets');
    assert.deepStrictEqual(summary(cardsOf(text)), [
      ['learning', 'Key Learning', 'Day 1', 'partitions'],
      ['learning', 'Key Learnings', 'Day 1', 'offsets'],
    ]);
  });

  it('fence and list learnings come in the order of their lines', () => {
    const text = lines('# P', '## Key Learnings', '```', 'from the fence', '```', '- from the list', '```', 'fence again', '```');
    assert.deepStrictEqual(summary(cardsOf(text)), [
      ['learning', 'Key Learnings', 'P', 'from the fence'],
      ['learning', 'Key Learnings', 'P', 'from the list'],
      ['learning', 'Key Learnings', 'P', 'fence again'],
    ]);
  });

  it('inside a day, the day stays the context whatever the sub-heading', () => {
    const text = lines('# P', '## Week 1', '### Day 1 \u2705 2026-11-01', '#### Practice', '- **Micro-Quiz:** q?', '## Glossary', '- **Key Learning:** g');
    assert.deepStrictEqual(summary(cardsOf(text)), [
      ['quiz', 'Micro-Quiz', 'Day 1', 'q?'],
      ['learning', 'Key Learning', 'Glossary', 'g'],
    ]);
  });

  it('a model\'s cards are read once, from the text it was parsed from', () => {
    const text = lines('# P', '## Key Learnings', '- one');
    const plan = parse(text);
    prepareReviewCards(plan, text);
    prepareReviewCards(plan, lines('# P', '## Key Learnings', '- other'));
    const cards = preparedReviewCards(plan, 'p.md');
    assert.deepStrictEqual(cards?.map((c) => c.text), ['one']);
    assert.strictEqual(preparedReviewCards(plan, 'p.md'), cards, 'the same array, not a second read');
    assert.strictEqual(preparedReviewCards(parse(text), 'p.md'), undefined, 'a model never prepared');
  });
});

describe('review log: its text', () => {
  it('a new log says what its lines mean', () => {
    assert.strictEqual(newReviewLog(), [
      '# Reviews',
      '',
      'Written by Learning Plans, one line per review: the date, the card id, the grade (again, hard, good,',
      'easy), then where the card comes from and its prompt, for people. The review schedule (FSRS) is',
      'replayed from these lines; lines are only ever added. Other lines, like this one, are ignored.',
      '',
      '',
    ].join('\n'));
    assert.strictEqual(newReviewLog('\r\n'), newReviewLog().replace(/\n/g, '\r\n'));
    const created = appendToReviewLog(null, ['- a', '- b']);
    assert.deepStrictEqual(created, { kind: 'create', text: `${newReviewLog()}- a\n- b\n` });
  });

  it('appends after the last line, with a line break only when it lacks one', () => {
    const end = (text: string) => {
      const write = appendToReviewLog(text, ['- x']);
      assert.strictEqual(write.kind, 'append');
      return write.kind === 'append' ? write.edit.newText : '';
    };
    assert.strictEqual(end('a\nb'), '\n- x\n');
    assert.strictEqual(end('a\nb\n'), '- x\n');
    assert.strictEqual(end('a\r\nb\r\n'), '- x\r\n');
    assert.strictEqual(end('a\rb'), '\r- x\r');
    assert.strictEqual(end(''), '- x\n');
  });

  it('takes the first line ending, wherever it is', () => {
    assert.deepStrictEqual(['\r\nabc', '\nabc\r\n', 'abc\r\n', 'a\rb\n', 'abc'].map(lineEndingOf), ['\r\n', '\n', '\r\n', '\r', '\n']);
  });

  it('a log line holds the card\'s text on one line, cut at 160 characters', () => {
    const card = { id: 'aaaaaaaa', planKey: 'p.md', label: 'Quiz', context: { kind: 'day', title: 'Day 1' } } as ReviewCard;
    const line = (text: string) => reviewLogLine('2026-11-16', { ...card, text }, 'good');
    assert.strictEqual(line('a\n  b'), '- 2026-11-16 aaaaaaaa good \u00b7 p.md \u00b7 Day 1 \u00b7 Quiz: a b');
    assert.strictEqual(line('  padded  '), '- 2026-11-16 aaaaaaaa good \u00b7 p.md \u00b7 Day 1 \u00b7 Quiz: padded');
    assert.ok(line('x'.repeat(160)).endsWith(`: ${'x'.repeat(160)}`), 'exactly 160 stays whole');
    assert.ok(line(`${'x'.repeat(158)} yyy`).endsWith(`: ${'x'.repeat(158)}\u2026`), 'cut, the space before the cut dropped');
    const planLevel = reviewLogLine('2026-11-16', { ...card, text: 'p', context: { ...card.context, kind: 'plan' } }, 'easy');
    assert.strictEqual(planLevel, '- 2026-11-16 aaaaaaaa easy \u00b7 p.md \u00b7 Quiz: p');
  });

  it('reads lines inside a fence as an example, not as reviews', () => {
    const log = parseReviewLog(lines(
      '# Reviews',
      '  ~~~',
      '- 2026-11-16 aaaaaaaa good',
      '  ~~~',
      'a line with ``` inside',
      '- 2026-11-17 bbbbbbbb easy',
      '`` not a fence',
      '- 2026-11-18 cccccccc hard',
    ));
    assert.deepStrictEqual(log.entries.map((e) => e.cardId), ['bbbbbbbb', 'cccccccc']);
  });
});

describe('review cards from a journal', () => {
  // A trial's journal of learnings gave no card: its entries are records, never marked done.
  it('a journal entry\'s learnings and checkpoints are cards, dated by the entry; an open plan day\'s are not', () => {
    const journal = lines('# Journal', '', '## 2026-11-23', 'Goroutines.', '', '### Key learnings', '- Unbuffered send blocks until a receiver is ready', '', '## 2026-11-24', '- **Key learnings:** defer runs in LIFO order', '- **Checkpoint:** What does recover return? :: nil', '');
    const plan = parse(journal);
    assert.ok(plan.journal && hasReviewMaterial(plan));
    const cards = cardsOf(journal, 'journal.md');
    assert.deepStrictEqual(cards.map((c) => [c.kind, c.text, c.context.doneDate]), [
      ['learning', 'Unbuffered send blocks until a receiver is ready', '2026-11-23'],
      ['learning', 'defer runs in LIFO order', '2026-11-24'],
      ['checkpoint', 'What does recover return? :: nil', '2026-11-24'],
    ]);
    assert.deepStrictEqual(cardsOf(lines('### Day 1', '- **Checkpoint:** What is a partition?', '- [ ] read')), [], 'a plan\'s open day: a goal, not knowledge');
    // A paragraph's `**Key Learnings:**` with its learnings in the list right below it (a trial's gave no card).
    assert.deepStrictEqual(cardsOf(lines('### Day 1 - A \u2705 2026-11-24', '**Key Learnings:**', '- Watermark :: a lower bound on event time', '- Late events go to side outputs', '', 'More prose.')).map((c) => c.text),
      ['Watermark :: a lower bound on event time', 'Late events go to side outputs']);
    assert.deepStrictEqual(cardsOf(lines('### Day 1 - A \u2705 2026-11-24', '**Key Learnings:**', '', '- [x] Read the Spark docs chapter one', '- [x] Install Spark locally')), [], 'a list of tasks below is the day\'s work (a review\'s)');
    // A bold name of learnings alone, no colon (`**Key learnings**`, `**Wichtigste Erkenntnisse**`): the same list (two
    // trials' gave no card, where show printed it); another bold line (`**Notes**`) and one in code are not.
    const bold = lines('### Day 1 - A \u2705 2026-11-24', '- [x] a', '', '```', '**Key learnings**', '- not a learning', '```', '', '**Key learnings**', '- A list is mutable :: a tuple is not', '- `venv` isolates packages', '', '**Notes**', '- not learned', '### Day 2 - B \u2705 2026-11-25', '**Wichtigste Erkenntnisse**', '- Guten Morgen :: bis 11 Uhr', '### Day 3 - C', '**Key learnings**', '- not yet learned');
    assert.ok(hasReviewMaterial(parse(bold)));
    assert.deepStrictEqual(cardsOf(bold).map((c) => [c.label, c.text]), [
      ['Key learnings', 'A list is mutable :: a tuple is not'], ['Key learnings', 'venv isolates packages'], ['Wichtigste Erkenntnisse', 'Guten Morgen :: bis 11 Uhr'],
    ]);
    assert.deepStrictEqual(parse(lines('### Day 1', '**Key learnings**', '**Key learnings** of the week', '**Wrap-up**', 'x **Key learnings**')).days[0].fields.map((f) => [f.name, f.value]), [['Key learnings', '']], 'alone on its line, a name of learnings');
    // An entry dated after today is nothing learned yet: no new card until its date (a review's template entry).
    const ahead = cardsOf(lines('# Journal', '## 2026-11-23', 'Read.', '## 2026-12-02', '- **Checkpoint:** explain async/await :: later', ''), 'journal.md');
    assert.deepStrictEqual([reviewQueue(ahead, [], '2026-11-25').due.length, reviewQueue(ahead, [], '2026-12-02').due.length], [0, 1]);
  });
});
