// Readers of `text[start, end)` elsewhere in the core (the inline shape the block scanner asks for, the
// mojibake pair test, stamp digits): the same property as the pre-filter's and the block grammar's, that
// an answer does not depend on what follows `end`.
import * as assert from 'assert';
import fc from 'fast-check';
import { simpleInlineAt } from '../../src/core/parse/simpleInline';
import { digitsAt } from '../../src/core/stamps';
import { looksUnnatural } from '../../src/core/text/characters';
import { runs } from './fuzz/documents';

const TOKENS = [' ', '  ', '\t', '*', '**', ':', '/', '//', 'www', '.', 'mailto', 'a', 'x', '1', '9', '[', '`', '_', '<', '\\', '\u00a0', '\u00e9', '\u00c3', '\u00a9', '\u0080', '\u2019', '\u0301'];

const READERS: Record<string, (text: string, start: number, end: number) => unknown> = { simpleInlineAt, looksUnnatural, digitsAt };

describe('range readers: each reads only its range', () => {
  const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((tokens) => tokens.join(''));
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
