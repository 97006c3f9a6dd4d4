import * as assert from 'assert';
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
