import * as assert from 'assert';
import fc from 'fast-check';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { detach } from '../../src/core/parse/inlineText';
import { runs } from './fuzz/documents';

/** The model's string copies (one byte per character where they can be) must be the same text, whatever it holds. */
describe('detach: the compact copy of a model string', () => {
  it('gives back the same code units: lone surrogates, a leading BOM, NUL, emoji, long text', () => {
    for (const text of ['\ud800 lone high surrogate here', 'lone low \udfff surrogate here', '\uFEFFstarts with a BOM', 'has a \0 NUL character', 'emoji \u{1F3AF} and caf\u00e9 here', 'x'.repeat(100_000)]) {
      assert.strictEqual(detach(text), text);
    }
  });

  it('keeps the strings of a plan exact whether its document holds lone surrogates or only pairs', () => {
    const values = (text: string): string[] => buildPlan(inMemoryDocument('file:///p.md', text)).days[0].fields.map((f) => f.value);
    const lone = ['a lone \ud800 high surrogate in a long value', 'and a lone \udfff low one in another value'];
    assert.deepStrictEqual(values(`### Day 1\n- **Task:** ${lone[0]}\n- **Note:** ${lone[1]}\n`), lone);
    const pairs = ['an emoji \u{1F3AF} pair in a long value', 'caf\u00e9 and \u{1F4C5} in another value'];
    assert.deepStrictEqual(values(`### Day 1\n- **Task:** ${pairs[0]}\n- **Note:** ${pairs[1]}\n`), pairs);
    // Generated documents: every field value is the exact text after its label.
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('word', ' ', 'caf\u00e9', '\u{1F3AF}', '\ud800', '\udfff', '\u4e2d', '.', '42'), { minLength: 6, maxLength: 20 }).map((parts) => `x${parts.join('').replace(/ {2,}/g, ' ')}x`), { minLength: 1, maxLength: 5 }), (texts) => {
        const got = values(`### Day 1\n${texts.map((t, i) => `- **F${i}:** ${t}`).join('\n')}\n`);
        return got.length === texts.length && got.every((v, i) => v === texts[i]);
      }),
      { seed: 20261124, numRuns: runs(500) },
    );
  });

  it('gives back any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => detach(text) === text), { seed: 20261123, numRuns: runs(2000) });
  });
});
