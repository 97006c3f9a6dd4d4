import * as assert from 'assert';
import fc from 'fast-check';
import { detach } from '../../src/core/parse/inlineText';

/** The model's string copies (one byte per character where they can be) must be the same text, whatever it holds. */
describe('detach: the compact copy of a model string', () => {
  it('gives back the same code units: lone surrogates, a leading BOM, NUL, emoji, long text', () => {
    for (const text of ['\ud800 lone high surrogate here', 'lone low \udfff surrogate here', '\uFEFFstarts with a BOM', 'has a \0 NUL character', 'emoji \u{1F3AF} and caf\u00e9 here', 'x'.repeat(100_000)]) {
      assert.strictEqual(detach(text), text);
    }
  });

  it('gives back any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => detach(text) === text), { seed: 20261123, numRuns: 2000 });
  });
});
