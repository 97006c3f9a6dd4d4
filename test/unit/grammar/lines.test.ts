// The core's one definition of lines (src/core/grammar/lines.ts): every reader of it agrees with a plain
// split at CRLF, LF and a lone CR, on texts made of those breaks and a few characters.
import * as assert from 'assert';
import fc from 'fast-check';
import { byteLineSpans, countLines, firstLineBreak, lineEndFrom, lineSpans, lineStarts, Lines, nextLineStart } from '../../../src/core/grammar/lines';
import { runs } from '../fuzz/documents';

const text = fc.array(fc.constantFrom('a', 'b', '\u00e9', '\n', '\r', '\r\n', '\r\r', '\n\r'), { maxLength: 40, size: 'max' }).map((parts) => parts.join(''));

/** The reference: where each line starts and ends, read with one regular expression. */
function reference(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(source); m; m = breaks.exec(source)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: source.length });
  return spans;
}

describe('lines: one definition, read the same by every reader', () => {
  it('spans, starts, counts, ends and the Lines class agree with a plain split (property)', () => {
    fc.assert(
      fc.property(text, (source) => {
        const expected = reference(source);
        assert.deepStrictEqual(lineSpans(source), expected);
        // Only ASCII and é: in UTF-8 é takes two bytes, so compare on an ASCII copy for bytes.
        const ascii = source.replace(/\u00e9/g, 'e');
        assert.deepStrictEqual(byteLineSpans(new TextEncoder().encode(ascii)), reference(ascii));
        assert.deepStrictEqual(lineStarts(source), expected.map((s) => s.start));
        assert.strictEqual(countLines(source), expected.length);
        const lines = new Lines(source);
        assert.strictEqual(lines.count, expected.length);
        const hasCR = source.includes('\r');
        for (let i = 0; i < expected.length; i++) {
          assert.strictEqual(lines.at(i), source.slice(expected[i].start, expected[i].end));
          assert.strictEqual(lines.offsetAt({ line: i, character: 0 }), expected[i].start);
          assert.strictEqual(lineEndFrom(source, expected[i].start, hasCR), expected[i].end);
          if (i + 1 < expected.length) assert.strictEqual(nextLineStart(source, expected[i].end), expected[i + 1].start);
        }
        assert.strictEqual(lines.at(expected.length), '');
        const first = /\r\n|\r|\n/.exec(source);
        assert.strictEqual(firstLineBreak(source), first ? first[0] : '\n');
      }),
      { numRuns: runs(500), seed: 20261124 },
    );
  });

  it('edge cases by name', () => {
    assert.deepStrictEqual(lineSpans(''), [{ start: 0, end: 0 }]);
    assert.deepStrictEqual(lineStarts('a\r'), [0, 2]);
    assert.strictEqual(countLines('\r\n\r\n'), 3);
    assert.strictEqual(countLines('\r\r'), 3);
    assert.deepStrictEqual(['a\r\nb\n', 'a\nb\r\n', 'a\rb', 'a\r\n', 'ab'].map(firstLineBreak), ['\r\n', '\n', '\r', '\r\n', '\n']);
    assert.strictEqual(lineEndFrom('ab\rc', 0, false), 4, 'told there is no CR, it looks for LF only');
  });
});
