import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyTextEdits, cardId, isLearningsHeading, markDayComplete, prepareReviewCards, preparedReviewCards, repairEncoding, reviewCards, type ParsedPlan, type ReviewCard } from '../../../src/core';
import { lines, parse } from '../helpers';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function cardsOf(text: string, key = 'plan.md'): readonly ReviewCard[] {
  return reviewCards(parse(text), text, key);
}

/** Marks days done through the real edit, as a learner would. */
function markDone(text: string, numbers: readonly number[], date = '2026-11-10'): string {
  for (const n of numbers) {
    const plan: ParsedPlan = parse(text);
    const day = plan.days.find((d) => d.number === n)!;
    const outcome = markDayComplete(text, day, { date, checkTasks: true, journal: false });
    assert.ok(outcome.ok);
    text = applyTextEdits(text, outcome.edits);
  }
  return text;
}

describe('review cards from the plan', () => {
  it('reads card fields in the plans\' other languages (a German learner\'s Kontrollfrage made none)', () => {
    const text = lines('# Spanisch', '### Tag 1 - Zahlen \u2705 2026-11-20', '- **Kontrollfrage:** Wie sagt man 47? :: cuarenta y siete',
      '- **Erkenntnisse:** Zehner enden auf -enta', '- **Aprendizajes:** ser y estar', '- **Pontos-chave:** plural em -s', '- **Ziel:** bis 100 z\u00e4hlen', '');
    const cards = cardsOf(text);
    assert.deepStrictEqual(cards.map((c) => [c.kind, c.label, c.prompt, c.answer]), [
      ['checkpoint', 'Kontrollfrage', 'Wie sagt man 47?', ['cuarenta y siete']],
      ['learning', 'Erkenntnisse', 'Zehner enden \u2026', ['Zehner enden auf -enta']],
      ['learning', 'Aprendizajes', 'ser y estar', []],
      ['learning', 'Pontos-chave', 'plural em -s', []],
    ]);
    // `Ziel` (an objective) is no card field in any language.
  });

  it('reads learnings fields and sections in other languages, as their names are written (a trial\'s `Aprendizajes clave` and `## Wichtigste Erkenntnisse` made none)', () => {
    const text = lines('# Kubernetes', '### Tag 1 - Pods \u2705 2026-11-20', '- **Aprendizajes clave:**', '  - ser y estar', '#### Wichtigste Erkenntnisse',
      '- Ein Pod teilt sich das Netz', '## Aprendizajes clave de la semana', '- el subjuntivo', '## Fragen an den Dozenten', '- Wie skaliert das?', '');
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.kind, c.label, c.text]), [
      ['learning', 'Aprendizajes clave', 'ser y estar'],
      ['learning', 'Wichtigste Erkenntnisse', 'Ein Pod teilt sich das Netz'],
      ['learning', 'Aprendizajes clave de la semana', 'el subjuntivo'],
    ]);
    // A quiz word at a heading's start makes no section of learnings (`Fragen an den Dozenten` are questions asked).
  });

  it('reads key concepts as learnings in each language, as English `Key concepts` is (a trial\'s `Conceptos clave` made none)', () => {
    const text = lines('# SQL', '### D\u00eda 1: Ventanas \u2705 2026-11-20', '#### Conceptos clave', '- Ventana :: un marco de filas', '### Tag 2 - Joins \u2705 2026-11-21', '- **Kernkonzepte:**', '  - Ein Join verbindet Tabellen', '');
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.kind, c.label, c.text]), [
      ['learning', 'Conceptos clave', 'Ventana :: un marco de filas'],
      ['learning', 'Kernkonzepte', 'Ein Join verbindet Tabellen'],
    ]);
  });

  it('takes Micro-Quiz fields of done days only, with the day as context', () => {
    const text = markDone(fixture('month-3-batch-etl.md'), [1, 2]);
    const cards = cardsOf(text, 'plans/month-3.md');
    assert.deepStrictEqual(cards.map((c) => [c.kind, c.label, c.context.title, c.text]), [
      ['quiz', 'Micro-Quiz', 'Day 1', "What's the difference between batch and streaming processing?"],
      ['quiz', 'Micro-Quiz', 'Day 2', 'What are Kafka partitions and why are they important?'],
    ]);
    assert.strictEqual(cards[0].line, 10, 'the field line, 0-based');
    assert.strictEqual(cards[0].context.doneDate, '2026-11-10');
    assert.ok(cards[0].context.fields.some((f) => f.name === 'Learning'), 'the day\'s other fields, for the reveal');
    assert.ok(!cards[0].context.fields.some((f) => f.name === 'Micro-Quiz'), 'not the prompt itself');
  });

  it('takes Checkpoint fields of done days', () => {
    const text = markDone(fixture('days-031-060-lakehouse-for-ai.md'), [31]);
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.kind, c.context.title, c.text]), [
      ['checkpoint', 'Day 31 - Lakehouse vs Data Warehouse for AI', 'Can explain why AI workloads need lakehouse architecture'],
    ]);
  });

  it('gives no card from a plan whose days are all open', () => {
    assert.deepStrictEqual(cardsOf(fixture('days-121-150-delta-iceberg.md')), []);
  });

  it('reads the tracker\'s learnings: plain code fences under Key Learnings and Key Insights, mojibake repaired', () => {
    const cards = cardsOf(fixture('learning-journey-tracker.md'));
    assert.strictEqual(cards.length, 18);
    assert.deepStrictEqual(cards.slice(0, 2).map((c) => [c.label, c.context.title, c.text]), [
      ['Key Learnings', 'Apache Iceberg', "Iceberg's snapshot isolation allows multiple writers without conflicts"],
      ['Key Learnings', 'Apache Iceberg', 'Metadata-only operations (like schema changes) are instant'],
    ]);
    const polaris = cards.find((c) => c.text.startsWith('Configuration can be tricky'));
    assert.ok(polaris, 'the ⚠️ whose last byte was lost is decoration, not words');
    const catalogs = cards.find((c) => c.text.startsWith('Different catalogs'))!;
    assert.strictEqual(catalogs.label, 'Key Insights & Aha Moments');
    assert.strictEqual(catalogs.context.title, 'Week 3-4: Multi-Catalog Setup');
    assert.deepStrictEqual(catalogs.answer, ['- Glue: AWS-native, serverless, integrated with Lake Formation', '- Polaris: Open-source, vendor-neutral, self-hostable']);
    const wrapped = cards.find((c) => c.text.startsWith('The metadata layer'))!;
    assert.strictEqual(wrapped.text, 'The metadata layer architecture is genius - operations like schema changes are instant because they only update metadata files!', 'a wrapped line joins its learning');
    assert.ok(cards.every((c) => !/[ðâ]/.test(c.text)), 'no mojibake left');
  });

  it('reads list items of learnings sections: lazy continuation joins, nested items are the answer, code stays out', () => {
    const text = lines(
      '# Notes',
      '## Week 1',
      '### Day 1 \u2705 2026-11-01',
      '- **Objective:** streams',
      '#### Key Takeaways',
      '- A **watermark** bounds',
      'how late events may be.',
      '  - Events later than it are dropped',
      '  - or sent to a side output',
      '- [Exactly-once](https://example.com) needs `idempotent` sinks \u2705 2026-11-02',
      '- [x] Checkpoints are snapshots',
      "  of every operator's state",
      '  - taken at barriers',
      '```python',
      'print("not a learning")',
      '```',
      '    - indented code, not an item',
      '### Day 2',
      '#### Key Takeaways',
      '- Not learned yet',
    );
    const cards = cardsOf(text);
    assert.deepStrictEqual(cards.map((c) => [c.label, c.context.title, c.text, c.answer]), [
      ['Key Takeaways', 'Day 1', 'A watermark bounds how late events may be.', ['- Events later than it are dropped', '- or sent to a side output']],
      // Nothing nested: the learning is its own answer (asked by its first words, see recallForm).
      ['Key Takeaways', 'Day 1', 'Exactly-once needs idempotent sinks', ['Exactly-once needs idempotent sinks']],
      // The continuation is indented like the nested item after it: still its answer (it was lost before).
      ['Key Takeaways', 'Day 1', "Checkpoints are snapshots of every operator's state", ['- taken at barriers']],
    ]);
  });

  it('makes one card per item nested under an empty learnings field, and nested items under a quiz are its answer', () => {
    const text = lines(
      '### Day 3 \u2705 2026-11-03',
      '- **Micro-Quiz:** What does VACUUM remove?',
      '  - Files no longer referenced by the table',
      '    older than the retention period',
      '- **Key Learnings:**',
      '  - OPTIMIZE compacts small files',
      '  - Z-ORDER co-locates related data',
      '- **Task (30 min):** read the docs',
    );
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.kind, c.label, c.text, c.answer]), [
      ['quiz', 'Micro-Quiz', 'What does VACUUM remove?', ['- Files no longer referenced by the table older than the retention period']],
      ['learning', 'Key Learnings', 'OPTIMIZE compacts small files', ['OPTIMIZE compacts small files']],
      ['learning', 'Key Learnings', 'Z-ORDER co-locates related data', ['Z-ORDER co-locates related data']],
    ]);
  });

  it('a learnings field holding a learning, with more nested under it, gives a card each (a topic keeps its items as answer)', () => {
    const text = lines(
      '### Day 3 \u2705 2026-11-03',
      '- **Key Learnings:** WHERE filters rows before GROUP BY runs',
      '  - HAVING filters groups after it',
      '  - NULL = NULL is not true :: use IS NULL',
      '- **Takeaways:** Delta Lake',
      '  - the log is the table',
    );
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.label, c.text, c.prompt, c.answer]), [
      ['Key Learnings', 'WHERE filters rows before GROUP BY runs', 'WHERE filters rows \u2026', ['WHERE filters rows before GROUP BY runs']],
      ['Key Learnings', 'HAVING filters groups after it', 'HAVING filters \u2026', ['HAVING filters groups after it']],
      ['Key Learnings', 'NULL = NULL is not true :: use IS NULL', 'NULL = NULL is not true', ['use IS NULL']],
      ['Takeaways', 'Delta Lake', 'Delta Lake', ['- the log is the table']],
    ]);
  });

  it('reads the indented line after a quiz as its answer, as learners write one (markdown would join it to the question)', () => {
    // Kept on purpose: joining continuation lines to the prompt was tried and reverted (it glued these answers
    // into the question); no real plan wraps a question over two lines.
    const text = lines('### Day 3 \u2705 2026-11-03', '- **Quiz:** What does ACID stand for?', '  Answer: atomicity, consistency, isolation, durability');
    assert.deepStrictEqual(cardsOf(text).map((c) => [c.text, c.answer]), [['What does ACID stand for?', ['Answer: atomicity, consistency, isolation, durability']]]);
    // A value that wraps (no end of a sentence, its next line going on in lower case or a parenthesis) is one prompt
    // (a trial's card revealed `(ORDER BY month)` as the answer to half a sentence).
    const wrapped = lines('### Day 3 \u2705 2026-11-03', '- **Checkpoint:** Can write a running total with SUM() OVER', '  (ORDER BY month)', '- **Key Learnings:** windows keep the rows and', '  add a running value');
    assert.deepStrictEqual(cardsOf(wrapped).map((c) => [c.text, c.answer]), [['Can write a running total with SUM() OVER (ORDER BY month)', []], ['windows keep the rows and add a running value', ['windows keep the rows and add a running value']]]);
  });

  it('outside days takes learnings but not checkpoints (those are goals until a day is done)', () => {
    const text = lines('# Tracker', '- [ ] read', '- **Checkpoint:** Can explain X', '- **Key Takeaway:** X is Y');
    assert.deepStrictEqual(cardsOf(text).map((c) => c.text), ['X is Y']);
  });

  it('can be prepared where the text is at hand and read later from the model alone', () => {
    const text = markDone(fixture('month-3-batch-etl.md'), [1]);
    const model = parse(text);
    assert.strictEqual(preparedReviewCards(model, 'm.md'), undefined, 'not prepared yet');
    prepareReviewCards(model, text);
    const cards = preparedReviewCards(model, 'm.md')!;
    assert.deepStrictEqual(cards.map((c) => c.id), reviewCards(parse(text), text, 'm.md').map((c) => c.id));
    assert.strictEqual(preparedReviewCards(model, 'm.md'), cards, 'the same array: computed once');
    const none = parse('### Day 1\n- **Checkpoint:** not yet');
    prepareReviewCards(none, '### Day 1\n- **Checkpoint:** not yet');
    assert.deepStrictEqual(preparedReviewCards(none, 'x.md'), []);
  });

  it('keeps one card for a prompt written twice in the same context', () => {
    const text = lines('### Day 1 \u2705', '- **Checkpoint:** Same', '- **Quiz:** same  ', '### Day 2 \u2705', '- **Checkpoint:** Same');
    assert.deepStrictEqual(cardsOf(text).map((c) => c.context.title), ['Day 1', 'Day 2']);
  });
});

describe('review card ids', () => {
  const base = markDone(fixture('month-3-batch-etl.md'), [1, 2, 3]);
  const ids = (text: string, key = 'plans/month-3.md'): string[] => cardsOf(text, key).map((c) => c.id);

  it('are 8 characters of Crockford base 32, from the plan key, the day and the prompt', () => {
    const [first] = cardsOf(base, 'plans/month-3.md');
    assert.match(first.id, /^[0-9a-hjkmnp-tv-z]{8}$/);
    assert.strictEqual(first.id, cardId('plans/month-3.md', 'Day 1', "What's the difference between batch and streaming processing?"));
  });

  it('survive unrelated edits: text and days added before, other fields edited, CRLF, a moved day, case and spacing', () => {
    const before = ids(base);
    const edits: [string, string][] = [
      ['a paragraph and a day added at the top', base.replace('## Week 1', 'Intro paragraph.\n\n### Day 0\n- **Micro-Quiz:** unrelated\n\n## Week 1')],
      ['another field of the day edited', base.replace('Set up a local Kafka environment', 'Set up Kafka with Docker')],
      ['CRLF line endings', base.replace(/\n/g, '\r\n')],
      ['the prompt re-spaced and re-cased', base.replace("What's the difference between batch and streaming processing?", "what's the  difference between Batch and Streaming processing?")],
      ['the day heading retitled', base.replace(/^### Day 1\b/m, '### Day 1 - Streaming basics')],
    ];
    for (const [what, text] of edits) {
      const after = ids(text);
      for (const id of before) assert.ok(after.includes(id), `${what}: ${id} kept`);
    }
  });

  it('survive a repair of the file\'s encoding (ids hash the repaired words)', () => {
    const tracker = fixture('learning-journey-tracker.md');
    const outcome = repairEncoding(tracker, parse(tracker));
    assert.ok(outcome.ok);
    const repaired = applyTextEdits(tracker, outcome.edits);
    assert.notStrictEqual(repaired, tracker);
    assert.deepStrictEqual(ids(repaired, 't.md'), ids(tracker, 't.md'));
  });

  it('change when the prompt\'s words, the day number or the plan key change', () => {
    const before = ids(base);
    assert.notStrictEqual(ids(base.replace('why are they important', 'why do they matter'))[1], before[1], 'prompt edited: a new card');
    assert.notStrictEqual(ids(base.replace(/^### Day 2 /m, '### Day 22 '))[1], before[1], 'day renumbered');
    assert.notDeepStrictEqual(ids(base, 'elsewhere/month-3.md'), before, 'plan moved');
  });
});

describe('learnings headings, remembered per title', () => {
  it('answers a title the same the first time, again, past the memo\'s bound, and for titles too long to keep', () => {
    const cases: [string, boolean][] = [
      ['Key Learnings', true], ['💡 Key Insights & Aha Moments', true], ['Wichtigste Erkenntnisse', true], ['Module 3: Topics (Days 15-21)', false],
      ['Today I learned', true], ['Learning Goals', false], [`Key learnings ${'x'.repeat(300)}`, true], [`Notes ${'x'.repeat(300)}`, false],
    ];
    for (let round = 0; round < 2; round++) for (const [title, expected] of cases) assert.strictEqual(isLearningsHeading(title), expected, `${title.slice(0, 40)} (round ${round + 1})`);
    // More distinct titles than the memo keeps (20,000): it starts over, the answers stay.
    for (let i = 0; i < 20_500; i++) assert.strictEqual(isLearningsHeading(`Module ${i}: Topics`), false);
    for (const [title, expected] of cases) assert.strictEqual(isLearningsHeading(title), expected, `${title.slice(0, 40)} after the memo started over`);
  });
});
