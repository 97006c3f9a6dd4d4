// The block grammar's line readers (src/core/grammar/blockSyntax.ts and lineSyntax's isAtxHeadingAt) read
// `text[start, end)`: a property that each answer is the same whatever follows `end` (the next line, other
// text, or nothing). Their tables set each line before a line break, where a read at `end` meets `\n`.
import * as assert from 'assert';
import fc from 'fast-check';
import { atxLevelAt, closesFenceAt, fenceRunEndAt, isSetextUnderlineAt, isThematicBreakAt, listMarkerEndAt, runEnd } from '../../../src/core/grammar/blockSyntax';
import { isAtxHeadingAt } from '../../../src/core/grammar/lineSyntax';
import { runs } from '../fuzz/documents';

const TOKENS = [' ', '\t', '#', '`', '~', '*', '-', '_', '=', '+', '.', ')', '1', '9', '0', 'a', '\n', '\u00a0', '>'];

const READERS: Record<string, (text: string, start: number, end: number) => unknown> = {
  runEnd: (text, start, end) => ['#', '`', '-', '='].map((c) => runEnd(text, start, end, c.charCodeAt(0))),
  fenceRunEndAt,
  closesFenceAt: (text, start, end) => [['`', 3], ['~', 3], ['`', 4]].map(([c, n]) => closesFenceAt(text, start, end, (c as string).charCodeAt(0), n as number)),
  isThematicBreakAt, atxLevelAt, listMarkerEndAt, isSetextUnderlineAt, isAtxHeadingAt,
};

describe('block grammar: each line reader reads only its range', () => {
  const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((tokens) => tokens.join(''));
  for (const [name, read] of Object.entries(READERS)) {
    it(name, () => {
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), text, (written, a, b, after) => {
          const end = a % (written.length + 1);
          const start = b % (end + 1);
          const expected = read(written.slice(0, end), start, end);
          assert.deepStrictEqual(read(written, start, end), expected, `${name} read past ${end} in ${JSON.stringify(written)}`);
          assert.deepStrictEqual(read(written.slice(0, end) + after, start, end), expected, `${name} read past ${end} in ${JSON.stringify(written)} + ${JSON.stringify(after)}`);
        }),
        { seed: 20261125, numRuns: runs(1500) },
      );
    });
  }
});
