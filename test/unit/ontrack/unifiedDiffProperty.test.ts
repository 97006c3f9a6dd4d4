// unifiedDiff (src/core/schedule/unifiedDiff.ts) as `patch` reads it: on random texts and random edits given
// in any order, applying the printed hunks to the old text gives exactly what the edits give, every hunk's
// numbers count its lines, and context is at most 3 lines. Table tests showed its merging and numbering
// untested (their mutants survived).
import * as assert from 'assert';
import fc from 'fast-check';
import { applyTextEdits, unifiedDiff, type TextEdit } from '../../../src/core';
import { runs } from '../fuzz/documents';
import { patch } from '../diffPatch';

// size 'max': texts of up to 150 lines with edits spread over them, so diffs have several hunks.
const text = fc.array(fc.constantFrom('a', 'b', 'cc', '', 'd d'), { minLength: 1, maxLength: 150, size: 'max' }).map((l) => l.join('\n'));
const edited = text.chain((t) => {
  const rows = t.split('\n');
  const position = fc.nat({ max: rows.length - 1 }).chain((line) => fc.nat({ max: rows[line].length }).map((character) => ({ line, character })));
  const edits = fc.uniqueArray(position, { maxLength: 8, size: 'max', selector: (p) => p.line * 1000 + p.character }).chain((points) => {
    const sorted = [...points].sort((a, b) => a.line - b.line || a.character - b.character);
    const pairs: TextEdit[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push({ range: { start: sorted[i], end: sorted[i + 1] }, newText: '' });
    return fc.tuple(...pairs.map((edit) => fc.constantFrom('', 'x', 'y\nz', '\n').map((newText) => ({ ...edit, newText }))))
      .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
  });
  return fc.tuple(fc.constant(t), edits);
});

describe('unified diff: what patch reads', () => {
  it('applied to the old text gives what the edits give; headers count their lines; three lines of context', () => {
    let hunks = 0;
    fc.assert(fc.property(edited, ([before, edits]) => {
      const after = applyTextEdits(before, edits);
      const diff = unifiedDiff(before, edits, { fromLabel: 'a', toLabel: 'b' });
      if (after === before) return void assert.strictEqual(diff, '');
      hunks += diff.split('\n').filter((l) => l.startsWith('@@')).length - 1;
      assert.deepStrictEqual(patch(before.split('\n'), diff), after.split('\n'));
      // Context: no run of more than 6 unchanged lines inside a hunk (3 after a change, 3 before the next).
      for (const run of diff.split('\n').join('\n').split(/\n(?=[-+@])/)) assert.ok(run.split('\n').filter((l) => l.startsWith(' ')).length <= 6, run);
    }), { seed: 2211, numRuns: runs(400) });
    assert.ok(hunks > runs(400) / 10, `diffs of several hunks: ${hunks} hunks after the first in ${runs(400)} runs`);
  });
});
