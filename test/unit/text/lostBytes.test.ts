// Readings of a sequence that lost a byte (src/core/text/lostBytes.ts) as tables: how likely each kind of
// character is (the tiers at the edge of every range), and the readings in order, worked out afresh for each
// test (forgetReadings: the memo outlives a test, so a reading remembered from before would hide a wrong one).
import * as assert from 'assert';
import { forgetReadings, lostByteReadings, readingTier } from '../../../src/core/text/lostBytes';

const CP1252_LOST = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const hex = (readings: readonly string[]): string[] => readings.map((r) => r.codePointAt(0)!.toString(16));

describe('lost bytes: how likely each reading is', () => {
  it('ranks characters by tier at the edges of every range (3 common, 0 rare)', () => {
    const rows: [number, number, number, string?][] = [
      [0xfe0f, -1, 3, 'emoji presentation selector'], [0x200d, -1, 3, 'zero-width joiner'],
      [0x1f300, -1, 3, 'first everyday pictograph'], [0x1f6fc, -1, 3, 'transport'], [0x1f90c, -1, 3, 'supplemental'],
      [0x1faf8, -1, 3, 'symbols and pictographs extended-A'], [0x27bf, -1, 3, 'last dingbat'], [0x2614, -1, 3, 'misc symbols'],
      [0x1f251, -1, 2.5, 'emoji below the everyday blocks'], [0x1f7e0, -1, 2.5, 'emoji between them'], [0x2b50, -1, 2.5, 'emoji above the dingbats'],
      [0x25fe, -1, 2.5, 'emoji below the misc symbols'], [0x231a, -1, 2.5, 'watch'],
      [0x2010, -1, 3, 'first general punctuation'], [0x2027, -1, 3], [0x2030, -1, 3], [0x205e, -1, 3, 'last of the second run'],
      [0x200f, -1, 1, 'a direction mark'], [0x2028, -1, 1, 'line separator'], [0x202f, -1, 1, 'narrow no-break space'], [0x205f, -1, 1],
      [0xe9, 0x61, 3, 'a letter of the script before'], [0xe9, -1, 1, 'nothing before'], [0xe9, 0x436, 1, 'another script before'],
      [0x436, 0x436, 3], [0x1d400, 0x1d400, 3, 'a letter after one of the same (script-less) kind'],
      [0x2122, -1, 2, 'pictographic, not emoji'], [0x2639, -1, 2],
      [0x1d400, -1, 0, 'mathematical alphanumerics'], [0x1d7ff, -1, 0], [0x1d3ff, -1, 1], [0x1d800, -1, 1],
      [0x2336, -1, 0, 'APL symbols'], [0x237a, -1, 0], [0x2335, -1, 1], [0x237b, -1, 1],
      [0x2400, -1, 0, 'control pictures'], [0x243f, -1, 0], [0x2440, -1, 1],
      [0x41, -1, 1, 'a plain letter, no context'],
    ];
    for (const [codePoint, previous, tier, why = ''] of rows) {
      assert.strictEqual(readingTier(codePoint, previous), tier, `${codePoint.toString(16)} after ${previous.toString(16)} ${why}`);
    }
  });
});

describe('lost bytes: the readings, best first', () => {
  beforeEach(forgetReadings);

  it('puts each lost byte at each place after the lead, keeps the plausible, hints from the words around', () => {
    const memo = [0xf0, 0x9f, 0x93];
    const rows: [string, readonly number[], number, readonly number[], number, string, string[]][] = [
      ['`ðŸ“` + a lost byte: the memo first, then the preferred, then by code point', memo, -1, CP1252_LOST, -1, 'x',
        ['1f4dd', '1f4cd', '1f4c1', '1f4d0', '1f4cf', '1f353', '1f3d3', '1f413']],
      ['a hint in the words around moves its reading up', memo, -1, CP1252_LOST, -1, 'My Project Folder', ['1f4c1', '1f4dd', '1f4cd', '1f4d0', '1f4cf', '1f353', '1f3d3', '1f413']],
      ['a U+FFFD marks the place: only that place', [0xf0, 0x9f, 0x93, 0], 3, CP1252_LOST, -1, 'x', ['1f4dd', '1f4cd', '1f4c1', '1f4d0', '1f4cf']],
      ['a gap in the middle', [0xe2, 0, 0x9d], 1, CP1252_LOST, -1, 'x', ['205d']],
      ['the closing quote first after a letter', [0xe2, 0x80], -1, CP1252_LOST, 0x61, 'x', ['201d', '2010', '2040']],
      ['a two-byte sequence: each lost byte that makes a letter', [0xc3], -1, CP1252_LOST, 0x61, 'x', ['c1', 'cd', 'cf', 'd0', 'dd']],
      ['Cyrillic (cp1251 lost 0x98)', [0xd0], -1, [0x98], 0x436, 'x', ['418']],
      ['a lost byte that is no continuation byte reads as nothing (cp1253 lacks 0xD2 and 0xFF)', memo, -1, [0xd2, 0xff], -1, 'x', []],
      ['no reading at all', [0xf4, 0x90], -1, CP1252_LOST, -1, 'x', []],
    ];
    for (const [why, present, gap, lost, previous, context, expected] of rows) {
      assert.deepStrictEqual(hex(lostByteReadings(present, gap, lost, previous, () => context)), expected, why);
      assert.deepStrictEqual(hex(lostByteReadings(present, gap, lost, previous, () => context)), expected, `${why} (remembered)`);
    }
  });

  it('asks for the words around only when a reading has hints', () => {
    let asked = 0;
    const context = (): string => {
      asked++;
      return 'notes';
    };
    lostByteReadings([0xe2, 0x80], -1, CP1252_LOST, 0x61, context);
    assert.strictEqual(asked, 0, 'the quotes have no hints');
    assert.strictEqual(hex(lostByteReadings([0xf0, 0x9f, 0x93], -1, CP1252_LOST, -1, context))[0], '1f4dd');
    assert.strictEqual(asked, 1);
  });
});
