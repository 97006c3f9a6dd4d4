// The pre-filter's byte readers (src/core/grammar/keywordTrie.ts): character classes for every byte, and
// UTF-8 decoding checked against the platform's encoder.
import * as assert from 'assert';
import fc from 'fast-check';
import { codePointAt, isAsciiAlnum, isAsciiDigit, isAsciiLetter, isAsciiSpace, isTransparent, lastCodePointEnd, mayEndWord } from '../../../src/core/grammar/keywordTrie';
import { decodeSequence, sequenceLength } from '../../../src/core/text/utf8';
import { runs } from '../fuzz/documents';

describe('bytes: character classes and UTF-8', () => {
  it('classifies every byte as the regular expressions do', () => {
    for (let b = 0; b < 256; b++) {
      const c = b < 0x80 ? String.fromCharCode(b) : '';
      assert.strictEqual(isAsciiLetter(b), /^[A-Za-z]$/.test(c), `letter ${b}`);
      assert.strictEqual(isAsciiDigit(b), /^[0-9]$/.test(c), `digit ${b}`);
      assert.strictEqual(isAsciiAlnum(b), /^[A-Za-z0-9]$/.test(c), `alnum ${b}`);
      assert.strictEqual(isAsciiSpace(b), /^[ \t\v\f]$/.test(c), `space ${b}`);
      assert.strictEqual(isTransparent(b), /^[*_~`\\[\]]$/.test(c), `markup ${b}`);
    }
  });

  it('decodes valid UTF-8 code point by code point (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30, size: 'max' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        const points: number[] = [];
        for (let at = 0; at < bytes.length; at = lastCodePointEnd()) points.push(codePointAt(bytes, at, bytes.length));
        assert.deepStrictEqual(points, [...text].map((c) => c.codePointAt(0)));
      }),
      { numRuns: runs(300), seed: 20261124 },
    );
  });

  it('on any bytes, moves on by one byte at an invalid sequence and decodes only what the encoder writes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24, size: 'max' }), (bytes) => {
        for (let at = 0; at < bytes.length; ) {
          const cp = codePointAt(bytes, at, bytes.length);
          const next = lastCodePointEnd();
          assert.ok(next > at && next <= bytes.length && next - at <= 4);
          if (cp === 0xfffd && !(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) assert.strictEqual(next, at + 1);
          else assert.deepStrictEqual([...bytes.subarray(at, next)], [...new TextEncoder().encode(String.fromCodePoint(cp))]);
          at = next;
        }
      }),
      { numRuns: runs(500), seed: 20261124 },
    );
  });

  it('cuts a sequence at the end it is given, and refuses overlong forms and surrogates', () => {
    const decode = (...bytes: number[]) => [codePointAt(Uint8Array.from(bytes), 0, bytes.length), lastCodePointEnd()];
    assert.deepStrictEqual(decode(0xc3, 0xa9), [0xe9, 2]);
    assert.deepStrictEqual(decode(0xe2, 0x9c, 0x85), [0x2705, 3]);
    assert.deepStrictEqual(decode(0xf0, 0x9f, 0x8e, 0xaf), [0x1f3af, 4]);
    assert.deepStrictEqual(decode(0xc0, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xe0, 0x80, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xed, 0xa0, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xf0, 0x80, 0x80, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xf4, 0x90, 0x80, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xf5, 0x80, 0x80, 0x80), [0xfffd, 1]);
    assert.deepStrictEqual(decode(0xc3, 0x41), [0xfffd, 1]);
    assert.deepStrictEqual([codePointAt(Uint8Array.from([0xc3, 0xa9]), 0, 1), lastCodePointEnd()], [0xfffd, 1]);
  });

  it('a word ends at the end, at anything but a letter, and not inside a hyphenated or elided word', () => {
    const ends = (text: string, at: number) => mayEndWord(new TextEncoder().encode(text), at, text.length);
    assert.deepStrictEqual([ends('Day', 3), ends('Days', 3), ends('Day 3', 3), ends('Day-3', 3), ends('Day-to', 3), ends("Day's", 3), ends("Day'", 3), ends('Day2', 3)], [true, false, true, true, false, false, true, true]);
  });
});

describe('bytes: one UTF-8 sequence (text/utf8.ts)', () => {
  it('knows the length each lead byte announces', () => {
    for (let b = 0; b < 256; b++) assert.strictEqual(sequenceLength(b), b >= 0xf5 ? 0 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0, `byte ${b.toString(16)}`);
  });

  it('decodes a sequence exactly when a strict decoder reads it as one code point (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      // Mostly well-shaped sequences (a lead byte, then as many continuation bytes as it says), some raw bytes.
      fc.property(fc.integer({ min: 0x80, max: 0xff }), fc.uint8Array({ maxLength: 3 }), fc.boolean(), (lead, tail, shaped) => {
        // The length a lead byte announces, written out here rather than asked of the code under test.
        const announced = lead >= 0xf5 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
        const length = shaped && announced > 0 ? announced - 1 : tail.length;
        const bytes = [lead, ...[...tail.subarray(0, length)].map((b) => (shaped ? 0x80 | (b & 0x3f) : b))];
        let expected = -1;
        try {
          const text = strict.decode(Uint8Array.from(bytes));
          if ([...text].length === 1) expected = text.codePointAt(0)!;
        } catch {
          expected = -1;
        }
        assert.strictEqual(decodeSequence(bytes), expected, bytes.map((b) => b.toString(16)).join(' '));
      }),
      { numRuns: runs(2000), seed: 20261124 },
    );
  });
});
