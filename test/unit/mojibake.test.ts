import * as assert from 'assert';
import fc from 'fast-check';
import { decode as decodeCp1252 } from 'windows-1252';
import { applyTextEdits, repairEncoding, repairMojibake } from '../../src/core';
import { parse } from './helpers';

describe('repairMojibake', () => {
  const table: [string, string, number, number][] = [
    ['\u00f0\u0178\u017d\u00af Learning Objectives', '\u{1F3AF} Learning Objectives', 1, 0],
    ['\u00f0\u0178\u201c\u0161 Data Lakehouse Track', '\u{1F4DA} Data Lakehouse Track', 1, 0],
    ['a \u00e2\u20ac\u201d b', 'a \u2014 b', 1, 0],
    ['\u00e2\u0153\u00a8 sparkle', '\u2728 sparkle', 1, 0],
    ['\u00c3\u00bcber na\u00c3\u00afve', '\u00fcber na\u00efve', 2, 0],
    ['caf\u00e9', 'caf\u00e9', 0, 0],
    ['\u00c5ngstr\u00f6m', '\u00c5ngstr\u00f6m', 0, 0],
    ['plain ASCII', 'plain ASCII', 0, 0],
    ['lost \u00f0\u0178\u201c notes', 'lost \u00f0\u0178\u201c notes', 0, 1],
    ['\u00f0\u0178\u017d\u00af and \u00f0\u0178\u201c gap', '\u{1F3AF} and \u00f0\u0178\u201c gap', 1, 1],
    ['\u00c3\u00a9t\u00c3\u00a9 \u00e9t\u00e9', '\u00e9t\u00e9 \u00e9t\u00e9', 2, 0],
  ];
  for (const [before, after, fixed, left] of table) {
    it(`${JSON.stringify(before)} -> ${JSON.stringify(after)}`, () => {
      assert.deepStrictEqual(repairMojibake(before), { text: after, fixed, left });
    });
  }
});

describe('repairEncoding: the file edit', () => {
  it('replaces only repairable sequences, outside code blocks, keeping every other byte', () => {
    const text = '## \u00f0\u0178\u017d\u00af Goals\r\n- caf\u00e9 \u00e2\u20ac\u201d ok\r\n```\r\n\u00e2\u0153\u00a8 fenced\r\n```\r\nlost \u00f0\u0178\u201c\r\n';
    const outcome = repairEncoding(text, parse(text));
    assert.ok(outcome.ok);
    assert.strictEqual(applyTextEdits(text, outcome.edits), '## \u{1F3AF} Goals\r\n- caf\u00e9 \u2014 ok\r\n```\r\n\u00e2\u0153\u00a8 fenced\r\n```\r\nlost \u00f0\u0178\u201c\r\n');
    assert.strictEqual(outcome.summary, 'Repaired 2 sequences, left 1 that lost a byte, left 1 inside code blocks');
  });
});

describe('repairMojibake: properties', () => {
  /** What a tool does that reads UTF-8 bytes as Windows-1252. (Node's own TextDecoder('windows-1252') decodes as Latin-1.) */
  const toCp1252 = (text: string): string => decodeCp1252(new TextEncoder().encode(text));

  /** Prose as people write it: words with accented letters, emoji, CJK, punctuation and dashes between words. */
  const word = fc.stringMatching(/^[A-Za-z\u00e9\u00e8\u00f1\u00e7\u00df\u00c5\u00f6\u00fc]{1,10}$/);
  const piece = fc.oneof(word, word, word, fc.constantFrom('\u2014', '\u201cquoted\u201d', 'it\u2019s', '\u2026', '\u{1F3AF}', '\u4e2d\u6587', '\u00b0C', '(1 h)'));
  const prose = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

  it('changes nothing in correctly encoded prose', () => {
    fc.assert(fc.property(prose, (text) => repairMojibake(text).text === text), { seed: 11, numRuns: 2000 });
  });

  it('restores any text that was turned into mojibake without losing bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const mangled = toCp1252(text);
        return repairMojibake(mangled).text === text;
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});
