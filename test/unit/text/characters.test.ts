// What mojibake detection knows about characters (src/core/text/characters.ts), as tables at the edges of
// each range and rule: kinds, unnatural pairs, scripts, what text holds, everyday letters, common symbols.
import * as assert from 'assert';
import {
  isAsciiAlphanumeric, isCommonSymbol, isEverydayIn, isPictographic, isTrailing, Kind, kindOf, looksUnnatural, plausibleCharacter,
  plausibleReading, scriptOf, unnaturalPair, type Script,
} from '../../../src/core/text/characters';

const cp = (text: string): number => text.codePointAt(0)!;

describe('characters: what mojibake detection knows', () => {
  it('tells kinds apart: C1 controls, closing punctuation, marks, symbol letters, cases, caseless letters', () => {
    const rows: [number, Kind][] = [
      [0x7f, Kind.Symbol], [0x80, Kind.Control], [0x9f, Kind.Control], [0xa0, Kind.Trailing], [0xa1, Kind.Symbol],
      [0xaa, Kind.Symbol], [0xba, Kind.Symbol], [0xb5, Kind.Symbol], [0x192, Kind.Symbol], [cp('\u2019'), Kind.Trailing], [cp('\u201c'), Kind.Trailing],
      [cp('\u2026'), Kind.Trailing], [cp('\u060c'), Kind.Trailing], [cp('\u200d'), Kind.Trailing], [0x301, Kind.Mark],
      [cp('\u00c3'), Kind.Upper], [cp('\u01c5'), Kind.Upper], [cp('\u00e9'), Kind.Lower], [cp('\u05d0'), Kind.Letter], [cp('\u20ac'), Kind.Symbol],
    ];
    for (const [char, kind] of rows) assert.strictEqual(kindOf(char), kind, char.toString(16));
    for (const [char, kind] of rows) assert.strictEqual(kindOf(char), kind, `${char.toString(16)} again (remembered)`);
    assert.deepStrictEqual([0x2019, 0x201d, 0xe9].map(isTrailing), [true, true, false]);
  });

  it('finds pairs unlike real text: a lead letter before a symbol, a control, the wrong case or script', () => {
    const rows: [string, boolean][] = [
      ['\u00c3\u00a9', true], // Ã©: a letter before a symbol
      ['\u00e2\u20ac', true], // â€
      ['\u00c3\u0080', true], // a C1 control
      ['\u0080\u00e9', true],
      ['\u00e9t', false], ['\u00e9T', true], ['T\u00e9', false], ['\u00e9\u2019', false], ['\u00e9\u0301', false],
      ['\u0301\u00e9', false], ['\u0301\u20ac', true], ['\u2019\u00e9', false], ['\u2019\u2019', false], ['\u2019\u0301', false], ['\u2019\u20ac', true],
      ['\u20ac\u00e9', true], ['\u00e9\u20ac', true], ['\u0420\u00b5', true], ['\u0435\u0451', false], ['\u00e9\u0451', true],
      ['\u0640\u00e9', false], // the tatweel is a letter of no one script
      ['\u00e9\u0640', false], // ... before or after
      ['\u0301\u0085', true], // a C1 control after a mark (a mark is otherwise unlike text only before a symbol)
      ['AB', false], ['\u05d0B', true], // upper after upper is an acronym; a letter of another script is not
    ];
    for (const [pair, unnatural] of rows) assert.strictEqual(unnaturalPair(pair.charCodeAt(0), pair.charCodeAt(1)), unnatural, JSON.stringify(pair));
    assert.strictEqual(looksUnnatural('xx\u00c3\u00a9xx', 2, 4), true);
    assert.strictEqual(looksUnnatural('xx\u00c3\u00a9xx', 3, 4), false, 'one character, no pair');
    assert.strictEqual(looksUnnatural('\u0080', 0, 1), true, 'a lone C1 control');
    assert.strictEqual(looksUnnatural('a\u0085', 1, 2), true, 'a lone C1 control, not at the start');
    assert.strictEqual(looksUnnatural('a\u0085', 0, 1), false, 'one letter');
    assert.strictEqual(looksUnnatural('\u0435\u0451\u0436', 0, 3), false);
    assert.strictEqual(looksUnnatural('\u0435\u0451\u00e9', 0, 3), true, 'the last pair counts');
  });

  it('names scripts, Chinese and kana together, and nothing for a non-letter', () => {
    const rows: [string, Script | null][] = [
      ['a', 'Latin'], ['\u03b1', 'Greek'], ['\u0436', 'Cyrillic'], ['\u0561', 'Armenian'], ['\u05d0', 'Hebrew'], ['\u0628', 'Arabic'],
      ['\u4e2d', 'CJK'], ['\u3042', 'CJK'], ['\u30ab', 'CJK'], ['\ud55c', 'Hangul'], ['\u0e01', 'Other'], ['1', null], ['\u{1F3AF}', null],
    ];
    for (const [char, script] of rows) assert.strictEqual(scriptOf(cp(char)), script, char);
  });

  it('knows what text holds: assigned, no controls or private use, marks only where they combine', () => {
    assert.strictEqual(isPictographic(cp('\u{1F3AF}')), true);
    assert.strictEqual(isPictographic(0x23), false, '# is Extended_Pictographic only as a keycap base, and ASCII');
    assert.strictEqual(isPictographic(cp('\u00a9')), true);
    const rows: [number, number, boolean][] = [
      [cp('a'), -1, true], [0x0085, -1, false], [0xe000, -1, false], [0xfdd0, -1, false], [0x0378, -1, false],
      [0x301, -1, false], [0x301, cp('e'), true], [0x301, 0x301, true], [0x301, cp('1'), false],
      [0xfe0f, cp('\u{1F3AF}'), true], [0x20e3, cp('\u{1F3AF}'), true], [0x301, cp('\u{1F3AF}'), false], [0xfe0e, 0xfe0f, true],
      [0x20e3, cp('#'), true], [0x20e3, cp('*'), true], [0x20e3, cp('0'), true], [0x20e3, cp('9'), true], [0xfe0f, cp('5'), true], [0x301, cp('5'), false],
      [0x301, 0xfe0f, false], // after an emoji's presentation selector only another selector or a keycap
      [0xfe0f, cp('!'), false], [0x20e3, cp('!'), false], [0x301, cp('!'), false], // no keycap base, no letter
      [0x20e3, cp('/'), false], [0x20e3, cp(':'), false], // just outside the digits
    ];
    for (const [char, previous, plausible] of rows) assert.strictEqual(plausibleCharacter(char, previous), plausible, `${char.toString(16)} after ${previous.toString(16)}`);
    assert.strictEqual(plausibleReading(0x200d, cp('\u{1F3AF}')), true, 'a joiner between emoji');
    assert.strictEqual(plausibleReading(0x200d, 0xfe0f), true);
    assert.strictEqual(plausibleReading(0x200d, cp('a')), false);
    assert.strictEqual(plausibleReading(0x2003, cp('a')), false, 'an invisible space fills no lost byte');
    assert.strictEqual(plausibleReading(cp('\u00e9'), cp('a')), true);
    assert.strictEqual(plausibleReading(0x0085, cp('a')), false);
  });

  it('knows the everyday letters of each script, at the edges of each range', () => {
    const rows: [number, Script, boolean][] = [
      [0xbf, 'Latin', false], [0xc0, 'Latin', true], [0xd7, 'Latin', false], [0xf7, 'Latin', false], [0x17f, 'Latin', true], [0x180, 'Latin', false],
      [0x1a0, 'Latin', true], [0x1a1, 'Latin', true], [0x1af, 'Latin', true], [0x1b0, 'Latin', true], [0x1a2, 'Latin', false],
      [0x217, 'Latin', false], [0x218, 'Latin', true], [0x21b, 'Latin', true], [0x21c, 'Latin', false], [0x1dff, 'Latin', false], [0x1e00, 'Latin', true], [0x1eff, 'Latin', true], [0x1f00, 'Latin', false],
      [0x385, 'Greek', false], [0x386, 'Greek', true], [0x3ce, 'Greek', true], [0x3cf, 'Greek', false],
      [0x3ff, 'Cyrillic', false], [0x400, 'Cyrillic', true], [0x45f, 'Cyrillic', true], [0x460, 'Cyrillic', false], [0x490, 'Cyrillic', true], [0x491, 'Cyrillic', true], [0x492, 'Cyrillic', false],
      [0x5af, 'Hebrew', false], [0x5b0, 'Hebrew', true], [0x5f4, 'Hebrew', true], [0x5f5, 'Hebrew', false],
      [0x60b, 'Arabic', false], [0x60c, 'Arabic', true], [0x669, 'Arabic', true], [0x66a, 'Arabic', false], [0x67e, 'Arabic', true], [0x6cc, 'Arabic', true], [0x6ef, 'Arabic', false], [0x6f0, 'Arabic', true], [0x6f9, 'Arabic', true], [0x6fa, 'Arabic', false],
      [0x530, 'Armenian', false], [0x531, 'Armenian', true], [0x587, 'Armenian', true], [0x588, 'Armenian', false],
      [cp('\u4e2d'), 'CJK', true], [cp('\ud55c'), 'CJK', false], [cp('\ud55c'), 'Hangul', true], [cp('a'), 'Other', false],
    ];
    for (const [char, script, everyday] of rows) assert.strictEqual(isEverydayIn(char, script), everyday, `${char.toString(16)} in ${script}`);
  });

  it('tells ASCII letters and digits, and the ranges of common symbols, at their edges', () => {
    const ascii: [string, boolean][] = [['a', true], ['z', true], ['A', true], ['Z', true], ['0', true], ['9', true], ['@', false], ['[', false], ['`', false], ['{', false], ['/', false], [':', false]];
    for (const [char, expected] of ascii) assert.strictEqual(isAsciiAlphanumeric(cp(char)), expected, char);
    const symbols: [number, boolean][] = [
      [0x1fff, false], [0x2000, true], [0x2bff, true], [0x2c00, false], [0x2fff, false], [0x3000, true], [0x303f, true], [0x3040, false],
      [0xfdff, false], [0xfe00, true], [0xfe0f, true], [0xfe10, false], [0xfeff, false], [0xff00, true], [0xffef, true], [0xfff0, false], [cp('\u{1F3AF}'), true],
    ];
    for (const [char, expected] of symbols) assert.strictEqual(isCommonSymbol(char), expected, char.toString(16));
  });
});
