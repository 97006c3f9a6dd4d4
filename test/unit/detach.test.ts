import * as assert from 'assert';
import fc from 'fast-check';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { detach, wellFormedByHand } from '../../src/core/parse/compactText';
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
  it('gives back strings of every length, before and after its scratch space grows (views are kept per length)', () => {
    const text = (length: number, seed: number): string => Array.from({ length }, (_, i) => String.fromCharCode(0x61 + ((i * 7 + seed) % 26))).join('');
    const lengths = [13, 14, 100, 1023, 1024, 1025, 2000, 13, 100, 1023];
    for (const length of lengths) assert.strictEqual(detach(text(length, length)), text(length, length), `length ${length}`);
    // Same byte length, other text: a view kept for that length must show the new bytes.
    for (const length of lengths) assert.strictEqual(detach(text(length, length + 1)), text(length, length + 1), `length ${length} again`);
    assert.strictEqual(detach(text(50_000, 3)), text(50_000, 3));
    for (const length of lengths) assert.strictEqual(detach(text(length, 5)), text(length, 5), `length ${length} after growing`);
  });

  it('tells well-formed text by hand as String.prototype.isWellFormed does (the fallback where it is missing)', () => {
    const rows: [string, boolean][] = [
      ['', true], ['plain', true], ['\u{1F3AF}', true], ['a\u{1F3AF}b\u{1F4C5}', true], ['\ud800', false], ['\udc00', false],
      ['\udc00\ud800', false], ['a\ud800', false], ['\ud800a', false], ['\ud83c\udfaf\udfaf', false], ['\udbff\udfff', true], ['\ud7ff\ue000', true],
    ];
    for (const [text, expected] of rows) assert.strictEqual(wellFormedByHand(text), expected, JSON.stringify(text));
    const native = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => wellFormedByHand(text) === native(text)), { seed: 20261125, numRuns: runs(2000) });
  });
});
