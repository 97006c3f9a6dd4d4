// inverseTextEdits: what the tree's Undo writes after an edit made in a file's bytes (a plan whose save settings would
// rewrite more than the edit, or one with mixed line endings). Applied after the edits, it gives the text back, on
// random texts with every kind of line break and random non-overlapping edits given in any order.
import * as assert from 'assert';
import fc from 'fast-check';
import { applyTextEdits, inverseTextEdits, Lines, type TextEdit } from '../../../src/core';

const text = fc.array(fc.constantFrom('a', 'bb', '', '- [ ] x', '\u2705 \uD83D\uDE00'), { minLength: 1, maxLength: 40 })
  .chain((rows) => fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: rows.length, maxLength: rows.length }).map((breaks) => rows.map((row, i) => row + (i < rows.length - 1 ? breaks[i] : '')).join('')));

const edited = text.chain((t) => {
  const lines = new Lines(t);
  const position = fc.nat({ max: lines.count - 1 }).chain((line) => fc.nat({ max: lines.at(line).length }).map((character) => ({ line, character })));
  return fc.uniqueArray(position, { maxLength: 8, selector: (p) => p.line * 1000 + p.character }).chain((points) => {
    const sorted = [...points].sort((a, b) => a.line - b.line || a.character - b.character);
    const pairs: TextEdit[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push({ range: { start: sorted[i], end: sorted[i + 1] }, newText: '' });
    return fc.tuple(...pairs.map((edit) => fc.constantFrom('', 'x', ' \u2705 2026-11-21', '\n- \u23F1 25 min', '\r\nz\r\n').map((newText) => ({ ...edit, newText }))))
      .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
  }).map((edits) => [t, edits] as const);
});

/**
 * Whether the edits leave a CR before an LF at one of their edges: the two are then one line break, and a position
 * between them (no line and character names it, in VS Code's documents either) cannot be written back. Plan edits
 * write whole line breaks; random ones can do it (deleting the line between a CR and an LF).
 */
function joinsBreak(before: string, edits: readonly TextEdit[]): boolean {
  const lines = new Lines(before);
  const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), length: e.newText.length })).sort((a, b) => a.start - b.start);
  const after = applyTextEdits(before, edits);
  let shift = 0;
  for (const span of spans) {
    const from = span.start + shift;
    const to = from + span.length;
    if (after.slice(from - 1, from + 1) === '\r\n' || after.slice(to - 1, to + 1) === '\r\n') return true;
    shift += span.length - (span.end - span.start);
  }
  return false;
}

describe('inverse text edits (the Undo of an edit made in the bytes)', () => {
  it('applied after the edits, gives the text back', () => {
    fc.assert(fc.property(edited, ([before, edits]) => {
      fc.pre(!joinsBreak(before, edits));
      const after = applyTextEdits(before, edits);
      assert.strictEqual(applyTextEdits(after, inverseTextEdits(before, edits)), before);
    }), { seed: 1129, numRuns: 500 });
  });

  it('puts a stamp and a logged line back where they were', () => {
    const before = '### Day 1\r\n- [ ] read\r\n';
    const edits: TextEdit[] = [
      { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, newText: ' \u2705 2026-11-21' },
      { range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, newText: 'x' },
      { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } }, newText: '\r\n- \u23F1 2026-11-21 (25 min)' },
    ];
    const after = applyTextEdits(before, edits);
    assert.strictEqual(after, '### Day 1 \u2705 2026-11-21\r\n- [x] read\r\n- \u23F1 2026-11-21 (25 min)\r\n');
    assert.deepStrictEqual(inverseTextEdits(before, edits).map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]), [
      [0, 9, 0, 22, ''],
      [1, 3, 1, 4, ' '],
      [1, 10, 2, 23, ''],
    ]);
  });
});

describe('inverse text edits at one place', () => {
  it('follows applyTextEdits\' order there (the last given first): an insertion beside a replacement undoes (a review\'s threw)', () => {
    const before = 'abcd';
    const edits: TextEdit[] = [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'R' },
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: 'ins' },
    ];
    const after = applyTextEdits(before, edits);
    assert.strictEqual(after, 'ainsRd');
    assert.strictEqual(applyTextEdits(after, inverseTextEdits(before, edits)), before);
  });
});

describe('Lines.positionAt', () => {
  it('is offsetAt read back, at every offset that starts a character of a line', () => {
    const lines = new Lines('ab\r\n\ncd\re');
    for (let line = 0; line < lines.count; line++) {
      for (let character = 0; character <= lines.at(line).length; character++) {
        assert.deepStrictEqual(lines.positionAt(lines.offsetAt({ line, character })), { line, character });
      }
    }
  });
});
