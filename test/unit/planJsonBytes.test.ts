// The CLI's `index --json` bytes (src/cli/planJsonBytes.ts) against the contract they stand for:
// jsonText(planToJson(plan, file), false), encoded as UTF-8, byte for byte.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { openDayDates, planToJson, type PlanNode, type Task } from '../../src/core';
import { jsonText } from '../../src/cli/output';
import { PlanJsonBytes } from '../../src/cli/planJsonBytes';
import { document, runs, seedOf } from './fuzz/documents';
import { parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

/** What the writer hands on, pieces joined; every piece is checked to be unchanged at the end (a stream may keep it). */
function written(write: (writer: PlanJsonBytes) => void, chunkBytes?: number): Buffer {
  const pieces: Uint8Array[] = [];
  const copies: Buffer[] = [];
  const writer = new PlanJsonBytes((piece) => {
    pieces.push(piece);
    copies.push(Buffer.from(piece));
  }, chunkBytes);
  write(writer);
  writer.flush();
  pieces.forEach((piece, i) => assert.ok(Buffer.from(piece).equals(copies[i]), `piece ${i} was written into after it was handed on`));
  return Buffer.concat(copies);
}

function expected(root: PlanNode, file: string, journal = false): Buffer {
  return Buffer.from(jsonText(planToJson({ uri: file, version: 1, isPlan: true, journal, root, frontMatter: null, days: [], literalBlocks: [] }, file), false), 'utf8');
}

function assertSameBytes(root: PlanNode, file: string, chunkBytes?: number, journal = false): void {
  const actual = written((writer) => writer.plan(root, file, undefined, journal), chunkBytes);
  const wanted = expected(root, file, journal);
  // Bytes, not their text: invalid UTF-8 would decode to the U+FFFD a string may hold.
  if (!actual.equals(wanted)) assert.strictEqual(actual.toString('hex'), wanted.toString('hex'), `${actual.toString('utf8')}\n!==\n${wanted.toString('utf8')}`);
}

function markdownFiles(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** Strings with every kind of character the escapes tell apart: JSON's, a terminal's, UTF-8's lengths, lone surrogates. */
const nasty = fc.array(
  fc.oneof(
    fc.constantFrom('"', '\\', '\b', '\t', '\n', '\f', '\r', '\x00', '\x1b', '\x1f', '\x7f', '\x80', '\x9b', '\x9f', '\xa0', '\xff', '\u061c', '\u0100', '\u07ff', '\u0800',
      '\u200d', '\u200e', '\u200f', '\u2027', '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '\u2065', '\u2066', '\u2069', '\u206a', '\ud83c\udfaf', '\ud800', '\udfff', '\udbff\udc00', '\uffff', '\ufffd', '</', 'a'),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.string({ maxLength: 8 }),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

const nullable = <T>(value: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), value);
/** A member written through `member`: also undefined (left out) or, against the types, an object (written as JSON.stringify writes it). */
const loose = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: value }, fc.constant(undefined as unknown as T), fc.record({ odd: nasty, list: fc.array(fc.oneof(nasty, number), { maxLength: 2 }) }) as unknown as fc.Arbitrary<T>);
const count = fc.oneof(fc.nat(20), fc.nat());
const number = fc.oneof(fc.nat(400), fc.constantFrom(0, 9, 10, 99, 100, 2 ** 53 - 1, 2 ** 53, -1, -0, 1.5, NaN, Infinity, 1e21));

const task: fc.Arbitrary<Task> = fc.record({
  line: fc.nat(5000), lastLine: fc.nat(5000), checked: loose(fc.boolean()), status: loose(fc.constantFrom('open', 'done', 'inProgress', 'cancelled')), text: loose(nasty),
  doneDate: loose(nullable(nasty)), due: loose(nullable(nasty)), scheduled: loose(nullable(nasty)), start: loose(nullable(nasty)), created: loose(nullable(nasty)),
  cancelledDate: loose(nullable(nasty)), recurrence: loose(nullable(nasty)), priority: loose(nullable(fc.constantFrom('highest', 'high', 'medium', 'low', 'lowest'))),
}) as fc.Arbitrary<Task>;

const node: fc.Memo<PlanNode> = fc.memo((depth) =>
  fc.record({
    kind: fc.constantFrom('plan', 'cycle', 'module', 'day', 'section'), title: loose(nasty), line: fc.nat(5000), level: loose(fc.nat(6)), number: loose(nullable(number)),
    date: loose(nullable(nasty)), done: loose(fc.boolean()), doneDate: loose(nullable(nasty)), skipped: fc.boolean(),
    progress: fc.record({ tasksTotal: count, tasksDone: count, daysTotal: count, daysDone: count }),
    links: fc.array(fc.record({ text: nasty, target: loose(nasty), line: fc.nat(5000) }), { maxLength: 3 }),
    fields: fc.array(fc.record({ name: nasty, detail: loose(nullable(nasty)), value: loose(nasty), line: fc.nat(5000) }), { maxLength: 3 }),
    tasks: fc.array(task, { maxLength: 3 }),
    // A pause on its own date makes a skipped journal entry a rest (`"rest":true`): some generated nodes are.
    pauses: fc.array(fc.oneof(fc.record({ line: fc.nat(5000), from: nasty, to: nasty }), fc.constant({ line: 0, from: '', to: '\uffff' })), { maxLength: 2 }),
    children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 3 }) : fc.constant([]),
  }) as unknown as fc.Arbitrary<PlanNode>,
);

describe('index --json bytes: the same bytes as jsonText(planToJson(...))', () => {
  it('every fixture (the shared plans, byte-exact), reading format and encoding fixture', () => {
    const files = [
      ...markdownFiles(path.join(ROOT, 'test', 'fixtures')),
      ...markdownFiles(path.join(ROOT, 'test', 'formats')),
      ...markdownFiles(path.join(ROOT, 'test', 'encoding-fixtures')),
    ];
    assert.ok(files.length >= 20, `${files.length} files`);
    let planned = 0;
    for (const file of files) {
      const plan = parse(fs.readFileSync(file, 'utf8'), file);
      assertSameBytes(plan.root, file);
      // Chunks smaller than most values: every value starts a chunk of its own size.
      assertSameBytes(plan.root, file, 16);
      // Scheduled (a start put first, or after its own front matter's opening): open days carry `planned`.
      const text = fs.readFileSync(file, 'utf8');
      const scheduled = parse(text.startsWith('---\n') ? text.replace('---\n', '---\nstart: 2026-11-02\n') : `---\nstart: 2026-11-02\n---\n${text}`, file);
      const bytes = written((writer) => writer.plan(scheduled.root, file, openDayDates(scheduled)));
      assert.ok(bytes.equals(Buffer.from(jsonText(planToJson(scheduled, file), false), 'utf8')), file);
      if (!scheduled.journal && scheduled.days.some((d) => !d.done && !d.skipped)) planned++;
    }
    assert.ok(planned >= 10, `${planned} scheduled files with open days`);
  });

  it('a skipped day says so, and only it (a learner found no trace of a skip in the JSON)', () => {
    const plan = parse('# P\n\n### Day 1\n\n### Day 2 \u23ED 2026-11-20\n');
    assertSameBytes(plan.root, 'p.md');
    const json = planToJson(plan, 'p.md');
    assert.deepStrictEqual(json.children.map((d) => [d.title, d.skipped]), [['P', undefined]]);
    assert.deepStrictEqual(json.children[0].children.map((d) => [d.title, d.skipped]), [['Day 1', undefined], ['Day 2', true]]);
  });

  it('a journal\'s entry of rest taken says so beside its skip; a day missed does not', () => {
    const plan = parse('# Study journal\n\n## 2026-11-20\n\nRead chapter 3.\n\n## 2026-11-21\n\nRest day.\n\n## 2026-11-22\n\nSkipped - sick.\n');
    assertSameBytes(plan.root, 'j.md', undefined, true);
    const days = planToJson(plan, 'j.md').children[0].children;
    assert.deepStrictEqual(days.map((d) => [d.title, d.skipped, d.rest]), [['2026-11-20', undefined, undefined], ['2026-11-21', true, true], ['2026-11-22', true, undefined]]);
    // A plan's day skipped with a `⏸` under it is a skipped day, no journal's rest (a reviewer's dated plan said `"rest":true`).
    const dated = parse('# P\n\n## 2026-11-20\n- [x] a\n\n## 2026-11-21 \u23ED 2026-11-21\n- \u23F8 2026-11-21\n- [ ] b\n');
    assert.ok(!dated.journal && dated.days[1].skipped);
    assert.strictEqual(planToJson(dated, 'd.md').children[0].children[1].rest, undefined);
    assertSameBytes(dated.root, 'd.md');
  });

  it('an open day of a scheduled plan says the date it is planned on; done, skipped and unscheduled days do not', () => {
    const text = '---\nstart: 2026-11-20\nrest: sat, sun\n---\n# P\n### Day 1 \u2705 2026-11-20\n### Day 2 \u23ED 2026-11-21\n### Day 3\n- [ ] a\n### Day 4 \u{1F4C5} 2026-12-01\n### Day 5\n';
    const plan = parse(text);
    const actual = written((writer) => writer.plan(plan.root, 'p.md', openDayDates(plan)));
    assert.strictEqual(actual.toString('utf8'), jsonText(planToJson(plan, 'p.md'), false));
    const days = planToJson(plan, 'p.md').children[0].children;
    assert.deepStrictEqual(days.map((d) => [d.title, d.planned]), [['Day 1', undefined], ['Day 2', undefined], ['Day 3', '2026-11-23'], ['Day 4', '2026-12-01'], ['Day 5', '2026-12-02']]);
    // A journal with a start: its entries are records, with no date to plan.
    const journal = parse('---\nstart: 2026-11-20\n---\n# Log\n## 2026-11-20\nread\n## 2026-11-21\nwrote\n');
    assert.ok(journal.journal && journal.days.length === 2);
    assert.ok(!JSON.stringify(planToJson(journal, 'j.md')).includes('"planned"'), 'a journal\'s entries are records');
  });

  it('generated plans, with file names that need escapes', () => {
    fc.assert(
      fc.property(document, nasty, (doc, file) => {
        const plan = parse(doc.text);
        assertSameBytes(plan.root, file, undefined, plan.journal);
      }),
      { seed: seedOf(20261130), numRuns: runs(150) },
    );
  });

  it('generated nodes: strings of every kind, odd numbers, members left undefined or holding an object, chunks of 1 byte to the default', () => {
    fc.assert(
      fc.property(node(3), nasty, fc.constantFrom(undefined, 1, 2, 3, 7, 64, 4096), fc.boolean(), (root, file, chunkBytes, journal) => {
        assertSameBytes(root, file, chunkBytes, journal);
      }),
      { seed: seedOf(20261131), numRuns: runs(400) },
    );
  });

  it('every UTF-16 code unit, alone, between letters, before a pair and in a 1-byte chunk: the native path for strings that need no escape and the escaping loop agree with the contract', () => {
    // The writer sends a string with none of NEEDS_ESCAPE's characters to Buffer.write and the rest through its loop:
    // a character missing from the pattern would be written raw where the contract escapes it.
    const titles: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      titles.push(unit, `a${unit}b`, `${unit}\ud83c\udfaf`);
    }
    const root = (title: string): PlanNode => ({ kind: 'day', title, line: 0, level: 3, number: null, date: null, done: false, doneDate: null,
      progress: { tasksTotal: 0, tasksDone: 0, daysTotal: 0, daysDone: 0 }, links: [], fields: [], tasks: [], children: [] }) as unknown as PlanNode;
    for (let i = 0; i < titles.length; i += 512) {
      const batch = { ...root(titles[i]), children: titles.slice(i, i + 512).map(root) } as PlanNode;
      assertSameBytes(batch, 'p.md');
      if (i % 4096 === 0) assertSameBytes(batch, 'p.md', 1);
    }
  });

  it('tag characters (U+E0000-E007F, hidden letters) are escaped as a pair, as jsonText escapes them; other pairs are written whole', () => {
    for (const title of ['a\u{E0041}\u{E0042}b', '\u{E0000}', '\u{E007F}\u{E0080}', '\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}', '\u{1F3AF}']) {
      const plan = parse(`### Day 1 - ${title}\n- [ ] ${title}\n`);
      assertSameBytes(plan.root, 'p.md');
      assert.strictEqual(written((writer) => writer.plan(plan.root, 'p.md')).toString('utf8').includes('\\udb40\\udc7f'), title.includes('\u{E007F}'), title);
    }
  });

  it('a whole index: plans joined by commas inside {"plans":[...]}, flushed plan by plan', () => {
    const plans = ['# Days 1-2\n### Day 1\n- [ ] a "quoted" \u202e task\n', '### Day 7 - \ud83c\udfaf\n- **Task:** x\n'].map((text, i) => ({ plan: parse(text), file: `p${i}.md` }));
    const flushes: number[] = [];
    const bytes = written((writer) => {
      writer.raw('{"plans":[');
      plans.forEach(({ plan, file }, i) => {
        if (i > 0) writer.raw(',');
        writer.plan(plan.root, file);
        writer.flush();
        flushes.push(i);
      });
      writer.raw(']}');
    });
    assert.strictEqual(bytes.toString('utf8'), jsonText({ plans: plans.map(({ plan, file }) => planToJson(plan, file)) }, false));
    assert.deepStrictEqual(flushes, [0, 1]);
  });
});
