import * as assert from 'assert';

// Shared by the diff's property test and the CLI's --dry-run tests: what a printed diff does to the text it was made of.

/** Applies a unified diff to `old` as patch does, checking each hunk's header against its lines. */
export function patch(old: string[], diff: string, [from, to] = ['a', 'b']): string[] {
  const rows = diff.split('\n');
  assert.strictEqual(rows.pop(), '', 'ends with a line break');
  assert.deepStrictEqual(rows.slice(0, 2), [`--- ${from}`, `+++ ${to}`]);
  const out: string[] = [];
  let at = 0; // the next old line to copy
  for (let r = 2; r < rows.length;) {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(rows[r++]);
    assert.ok(header, `a hunk header: ${rows[r - 1]}`);
    const [oldStart, oldCount, newStart, newCount] = header.slice(1).map(Number);
    const first = oldCount === 0 ? oldStart : oldStart - 1;
    assert.ok(first >= at, 'hunks in order, not overlapping');
    while (at < first) out.push(old[at++]);
    assert.strictEqual(newCount === 0 ? newStart : newStart - 1, out.length, 'the new side starts where the output is');
    let [seenOld, seenNew] = [0, 0];
    for (; r < rows.length && !rows[r].startsWith('@@'); r++) {
      const [mark, text] = [rows[r][0], rows[r].slice(1)];
      if (mark === ' ' || mark === '-') {
        assert.strictEqual(text, old[at], `old line ${at + 1} as the hunk says`);
        at++;
        seenOld++;
      }
      if (mark === ' ' || mark === '+') {
        out.push(text);
        seenNew++;
      }
      assert.ok(' -+'.includes(mark), `a hunk line: ${rows[r]}`);
    }
    assert.deepStrictEqual([seenOld, seenNew], [oldCount, newCount], 'the header counts the hunk lines');
  }
  while (at < old.length) out.push(old[at++]);
  return out;
}
