import * as assert from 'assert';
import fc from 'fast-check';
import { buildPlan, inMemoryDocument, parseForTyping, prepareForTypingInSteps, reparsePlan, reusedPieces, type ParsedPlan, type TextChange } from '../../src/core';
import { assemble, boundaryTrap, fragment, runs } from './fuzz/documents';
import { fixtureNames, readFixture } from './helpers';

const URI = 'file:///ws/typing.md';

/** What is typed: characters, line breaks, and what changes how markdown-it or the cutter reads what follows. */
const snippet = fc.constantFrom('x', ' ', '\n', '\r\n', '\n\n', '# ', '### Day 9 - T\n', '- [ ] ', '[x]', '```\n', '~~~', '<div>\n', '[r]: https://x.example\n', '**', '> ', '|---|\n', '\u2705 2026-01-02', 'D\u00c3\u00ada 3', '---\n', '');

/**
 * A place in the text as a fraction (an integer over a million: fast-check draws doubles evenly over their
 * bit patterns, so a double in [0, 1] is nearly always tiny, and the edits would all be at the start).
 */
const place = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

/** An edit at a fraction of the text: replace `length` characters (clamped) with `text`. */
const edit = fc.record({ at: place, length: fc.nat({ max: 12 }), text: snippet });

/** A longer deletion or replacement: edits after it in a batch are in offsets that moved back. */
const deletion = fc.record({ at: place, length: fc.integer({ min: 10, max: 200 }), text: fc.constantFrom('', 'x', '### Day 9\n') });

function apply(text: string, e: { at: number; length: number; text: string }): { text: string; change: TextChange } {
  const offset = Math.min(text.length, Math.floor(e.at * text.length));
  const rangeLength = Math.min(e.length, text.length - offset);
  return { text: text.slice(0, offset) + e.text + text.slice(offset + rangeLength), change: { rangeOffset: offset, rangeLength, text: e.text } };
}

/** Types the edits one by one, each re-parsed from the last model, and compares with a full parse every time. */
function typeInto(start: string, edits: readonly { at: number; length: number; text: string }[], chunkChars: number): number {
  let text = start;
  let version = 1;
  let plan: ParsedPlan = parseForTyping(inMemoryDocument(URI, text, version), { chunkChars });
  assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, version)));
  let reused = 0;
  for (const e of edits) {
    const next = apply(text, e);
    text = next.text;
    version++;
    plan = reparsePlan(plan, inMemoryDocument(URI, text, version), [next.change], { chunkChars });
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, version)), `after ${JSON.stringify(next.change)}`);
    reused += reusedPieces(plan)?.reused ?? 0;
  }
  return reused;
}

describe('incremental re-parse: typing gives the model a full parse gives', function () {
  this.timeout(120_000);

  it('generated plans, edits anywhere (line breaks, fences, HTML, reference definitions, front matter, mojibake), pieces cut at every heading', () => {
    const doc = fc
      .tuple(fc.array(fc.oneof({ arbitrary: fragment, weight: 10 }, { arbitrary: boundaryTrap, weight: 1 }), { minLength: 4, maxLength: 30 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'), fc.boolean())
      .map(([fragments, eol, bom]) => assemble(fragments, eol, bom).text);
    let reused = 0;
    fc.assert(fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => void (reused += typeInto(text, edits, 1))), { seed: 1905, numRuns: runs(600) });
    // Not vacuous: edits did reuse pieces (more than one a case on average; `npm run mutate` runs a tenth of the cases).
    assert.ok(reused > runs(600), `${reused} pieces reused in ${runs(600)} cases`);
  });

  it('several edits re-parsed at once (a debounce), passed in the order they were made', () => {
    const doc = fc.array(fragment, { minLength: 4, maxLength: 20 }).map((fragments) => assemble(fragments, 'lf', false).text);
    fc.assert(
      fc.property(doc, fc.array(fc.oneof(edit, deletion), { minLength: 2, maxLength: 6 }), (start, edits) => {
        const plan = parseForTyping(inMemoryDocument(URI, start), { chunkChars: 1 });
        let text = start;
        const changes: TextChange[] = [];
        for (const e of edits) {
          const next = apply(text, e);
          text = next.text;
          changes.push(next.change);
        }
        assert.deepStrictEqual(reparsePlan(plan, inMemoryDocument(URI, text, 2), changes, { chunkChars: 1 }), buildPlan(inMemoryDocument(URI, text, 2)));
      }),
      { seed: 1906, numRuns: runs(800) },
    );
  });

  it('the four fixtures, typed into at every tenth of the text', () => {
    for (const name of fixtureNames) {
      const text = readFixture(name);
      typeInto(text, Array.from({ length: 10 }, (_, i) => ({ at: i / 10, length: i % 3, text: i % 2 ? '\n' : 'x' })), 200);
    }
  });

  it('schedule marks (📅 planned, ⏭ skipped, ⏱ sessions, ⏸ pauses) typed, and replayed in pieces that moved', () => {
    const marks = fc.constantFrom(' \u{1F4C5} 2026-11-20', ' \u23ED 2026-11-21', '\n- \u23F1 2026-11-22 19:05-19:50 (45 min)\n', '\n- \u23F8 2026-11-21..2026-11-23\n', '\n', 'x');
    const start = Array.from({ length: 12 }, (_, i) => `### Day ${i + 1} - T${i % 3 === 0 ? ' \u{1F4C5} 2026-12-0' + ((i % 9) + 1) : ''}\n- [ ] t\n${i % 4 === 1 ? '- \u23F1 2026-11-20 (30 min)\n' : ''}${i % 5 === 2 ? '- \u23F8 2026-11-19\n' : ''}`).join('\n');
    fc.assert(
      fc.property(fc.array(fc.record({ at: place, length: fc.nat({ max: 3 }), text: marks }), { minLength: 1, maxLength: 6 }), (edits) => void typeInto(start, edits, 1)),
      { seed: 2020, numRuns: runs(200) },
    );
    const plan = buildPlan(inMemoryDocument(URI, start));
    assert.ok(plan.days[0].planned === '2026-12-01' && plan.days[1].sessions.length === 1 && plan.days[2].pauses.length === 1, 'not vacuous: the marks are read');
  });

  it('slashed dates typed into a journal: an entry that says the order (`## 20/11/2026`) changes how the others read', () => {
    const dates = fc.constantFrom('## 20/11/2026\n', '## 11/20/2026\n', '11/05/2026', '05/11/2026', '13', '\n', 'x', '/');
    const start = Array.from({ length: 10 }, (_, i) => `## 11/0${(i % 9) + 1}/2026\nStudied ${i}.\n`).join('\n');
    fc.assert(
      fc.property(fc.array(fc.record({ at: place, length: fc.nat({ max: 3 }), text: dates }), { minLength: 1, maxLength: 6 }), (edits) => void typeInto(start, edits, 1)),
      { seed: 2026, numRuns: runs(200) },
    );
    assert.strictEqual(buildPlan(inMemoryDocument(URI, start)).days[1].date, '2026-11-02', 'not vacuous: read month first, entries a day apart');
    // A keystroke away from every date keeps the order without reading the text again, and replays the other pieces.
    const typed = parseForTyping(inMemoryDocument(URI, start, 1), { chunkChars: 1 });
    const at = start.indexOf('Studied 5') + 7;
    const next = reparsePlan(typed, inMemoryDocument(URI, `${start.slice(0, at)}x${start.slice(at)}`, 2), [{ rangeOffset: at, rangeLength: 0, text: 'x' }], { chunkChars: 1 });
    assert.ok((reusedPieces(next)?.reused ?? 0) > 5, JSON.stringify(reusedPieces(next)));
    assert.deepStrictEqual(next, buildPlan(inMemoryDocument(URI, `${start.slice(0, at)}x${start.slice(at)}`, 2)));
  });

  it('prepareForTypingInSteps: a plan read from disk becomes one a keystroke re-parses in part, in steps, the model untouched', () => {
    const days = Array.from({ length: 3000 }, (_, i) => `### Day ${i + 1} - Topic ${i + 1}\n- [ ] exercise ${i + 1}\n- [Reference](https://example.com/${i + 1})\n\n`).join('');
    const text = `# Days 1-3000: Long\n\n${days}`;
    const read = buildPlan(inMemoryDocument(URI, text, -1));
    const copy = JSON.stringify(read);
    assert.strictEqual(reusedPieces(read), undefined, 'a plan read from disk keeps nothing for typing');
    let steps = 0;
    const preparing = prepareForTypingInSteps(read, inMemoryDocument(URI, text, 1));
    while (!preparing.next().done) steps++;
    assert.ok(steps > text.length / (64 * 1024), `${steps} steps for ${text.length} characters`);
    assert.strictEqual(JSON.stringify(read), copy, 'the model is as it was');
    const at = text.indexOf('Topic 1500') + 10;
    const typed = `${text.slice(0, at)}Z${text.slice(at)}`;
    const next = reparsePlan(read, inMemoryDocument(URI, typed, 2), [{ rangeOffset: at, rangeLength: 0, text: 'Z' }]);
    const pieces = reusedPieces(next)!;
    assert.ok(pieces.reused >= pieces.total - 2, JSON.stringify(pieces));
    assert.deepStrictEqual(next, buildPlan(inMemoryDocument(URI, typed, 2)));
    // Ready already: nothing to do.
    assert.strictEqual(prepareForTypingInSteps(next, inMemoryDocument(URI, typed, 2)).next().done, true);
  });

  it('days written as checkbox items typed into: boxes, nested tasks, sessions, a list broken by a blank line or a heading', () => {
    const snippets = fc.constantFrom('- [ ] Day 7: x\n', '  - [ ] sub\n', '  - \u23F1 2026-11-22 (30 min)\n', '\n', '\n\n', '[x]', '[-]', '  ', 'x', '## Week 9\n', ' \u{1F4C5} 2026-12-01', 'Day 3');
    const start = Array.from({ length: 4 }, (_, w) => `## Week ${w + 1}\n\n${Array.from({ length: 4 }, (_, d) => `- [${d % 3 === 0 ? 'x' : ' '}] Day ${w * 4 + d + 1}: T\n${d % 2 ? '  - [ ] task\n  - [link](https://x.example)\n' : ''}`).join('')}\nNotes [n](https://n.example).\n`).join('\n');
    fc.assert(
      fc.property(fc.array(fc.record({ at: place, length: fc.nat({ max: 4 }), text: snippets }), { minLength: 1, maxLength: 6 }), (edits) => void typeInto(start, edits, 1)),
      { seed: 2027, numRuns: runs(200) },
    );
    assert.strictEqual(buildPlan(inMemoryDocument(URI, start)).days.filter((d) => d.form === 'item').length, 16, 'not vacuous: the items are days');
  });

  it('a keystroke in a long plan parses one piece again, and Enter shifts the lines of the pieces after it', () => {
    const days = Array.from({ length: 300 }, (_, i) => `### Day ${i + 1} - T\n- [ ] task [l](https://x.example/${i})\n`).join('\n');
    let text = `# Days 1-300: Long\n\n${days}`;
    let plan = parseForTyping(inMemoryDocument(URI, text), { chunkChars: 500 });
    const at = text.indexOf('- [ ] task', text.indexOf('### Day 150 '));
    text = `${text.slice(0, at)}\n${text.slice(at)}`;
    plan = reparsePlan(plan, inMemoryDocument(URI, text, 2), [{ rangeOffset: at, rangeLength: 0, text: '\n' }], { chunkChars: 500 });
    const counts = reusedPieces(plan)!;
    assert.ok(counts.total > 20 && counts.reused === counts.total - 1, JSON.stringify(counts));
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, 2)));
    assert.strictEqual(plan.days[200].line, buildPlan(inMemoryDocument(URI, text, 2)).days[200].line);
    // The pieces after the Enter keep their moved lines: the next keystroke replays them as they are, and their
    // tasks and links are the very objects of the last model (without that, every keystroke after an Enter moved
    // each task, link and field below it again).
    const previous = plan;
    const at2 = text.indexOf('### Day 150 - T') + '### Day 150 - T'.length;
    text = `${text.slice(0, at2)}x${text.slice(at2)}`;
    plan = reparsePlan(plan, inMemoryDocument(URI, text, 3), [{ rangeOffset: at2, rangeLength: 0, text: 'x' }], { chunkChars: 500 });
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, 3)));
    assert.ok(plan.days[250].tasks[0] === previous.days[250].tasks[0] && plan.days[250].links[0] === previous.days[250].links[0], 'replayed as they were');
  });

  it('a day table in a piece below an Enter moves with it: its rows, their links and their lines (from parse-model\'s survivors)', () => {
    // No day headings: a day table's rows are the days (they yield to day headings otherwise).
    let text = ['# My log', 'Intro line', '', '## Month 1', '', '| Day | Topic | Done |', '| --- | --- | --- |', '| 1 | [Intro](https://x.example/a) | \u2705 2026-11-01 |', '| 2 | Loops | |', '| 3 | Functions | |', ''].join('\n');
    let plan = parseForTyping(inMemoryDocument(URI, text), { chunkChars: 1 });
    assert.deepStrictEqual(plan.days.map((d) => [d.form, d.line]), [['tableRow', 7], ['tableRow', 8], ['tableRow', 9]], 'not vacuous: the rows are days');
    for (const [version, at, typed] of [[2, text.indexOf('Intro line') + 'Intro line'.length, '\n\n'], [3, 0, '']] as const) {
      text = `${text.slice(0, at)}${typed}${text.slice(at)}`;
      plan = reparsePlan(plan, inMemoryDocument(URI, text, version), [{ rangeOffset: at, rangeLength: 0, text: typed }], { chunkChars: 1 });
      assert.ok(reusedPieces(plan)!.reused > 0, 'the table\'s piece was replayed, not parsed');
      assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, version)));
    }
    assert.deepStrictEqual(plan.days.map((d) => [d.line, d.endLine, d.titleEndLine, d.bodyLine, d.links.map((l) => l.line)]), [[9, 10, 9, 10, [9]], [10, 11, 10, 11, []], [11, 12, 11, 12, []]]);
  });

  it('parses in full when it cannot vouch for the previous model: no changes, lengths that do not add up, a model parsed otherwise', () => {
    const text = Array.from({ length: 50 }, (_, i) => `## Day ${i + 1}\n- [ ] t\n`).join('\n');
    const typed = parseForTyping(inMemoryDocument(URI, text), { chunkChars: 50 });
    const edited = `${text}x`;
    assert.strictEqual(reusedPieces(reparsePlan(typed, inMemoryDocument(URI, edited, 2), [], { chunkChars: 50 }))!.reused, 0);
    assert.strictEqual(reusedPieces(reparsePlan(typed, inMemoryDocument(URI, edited, 2), [{ rangeOffset: 0, rangeLength: 0, text: 'xy' }], { chunkChars: 50 }))!.reused, 0);
    assert.strictEqual(reusedPieces(reparsePlan(buildPlan(inMemoryDocument(URI, text)), inMemoryDocument(URI, edited, 2), [{ rangeOffset: text.length, rangeLength: 0, text: 'x' }], { chunkChars: 50 }))!.reused, 0);
    assert.ok(reusedPieces(reparsePlan(typed, inMemoryDocument(URI, edited, 2), [{ rangeOffset: text.length, rangeLength: 0, text: 'x' }], { chunkChars: 50 }))!.reused > 10);
  });
});
