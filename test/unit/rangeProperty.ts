// The property several readers of `text[start, end)` share: the answer is the same whatever follows `end`
// (the text's own next characters, other ones, or none). Used by grammar/blockBounds.test.ts and
// rangeReaders.test.ts (filterBounds.test.ts states it for bytes).
import * as assert from 'assert';
import fc from 'fast-check';
import { runs } from './fuzz/documents';

export function readsOnlyItsRange(tokens: readonly string[], readers: Record<string, (text: string, start: number, end: number) => unknown>): void {
  const text = fc.array(fc.constantFrom(...tokens), { maxLength: 14 }).map((parts) => parts.join(''));
  for (const [name, read] of Object.entries(readers)) {
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
}
