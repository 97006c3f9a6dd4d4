// What mojibake.ts remembers per code page, worked out afresh for each test: the script of the page's
// letters and the pattern of its lead characters. The module keeps both for the life of the process, so a
// test of detectEncoding or displayText would only ever meet the first answer (and a wrong one computed
// later, under a mutant, would never run).
import * as assert from 'assert';
import { codePage, codePages, type CodePageId } from '../../../src/core/text/codePages';
import { leadPattern, nativeScriptOf } from '../../../src/core/text/mojibake';

describe('mojibake: what is worked out once per code page', () => {
  it('names the script most of each page\'s letters belong to', () => {
    const rows: [CodePageId, string][] = [
      ['windows-1250', 'Latin'], ['windows-1251', 'Cyrillic'], ['windows-1252', 'Latin'], ['windows-1253', 'Greek'],
      ['windows-1254', 'Latin'], ['windows-1255', 'Hebrew'], ['windows-1256', 'Arabic'], ['windows-1257', 'Latin'],
      ['windows-1258', 'Latin'], ['iso-8859-1', 'Latin'],
    ];
    assert.deepStrictEqual(rows.map(([id]) => id).sort(), codePages().map((page) => page.id).sort(), 'every page has a row');
    for (const [id, script] of rows) assert.strictEqual(nativeScriptOf(codePage(id)), script, id);
  });

  it('has every upper-half character of every page from U+0080 to below U+2200 (where detection looks for segments)', () => {
    for (const page of codePages()) {
      for (const char of page.upper) {
        const code = char.charCodeAt(0);
        assert.ok(code >= 0x80 && code < 0x2200, `${page.id} U+${code.toString(16)}`);
      }
    }
  });

  it('matches a page\'s characters for the bytes 0xC2-0xF4 (those that lead a sequence) and no other', () => {
    for (const page of codePages()) {
      const pattern = leadPattern(page);
      for (let byte = 0x80; byte <= 0xff; byte++) {
        const char = page.upper[byte - 0x80];
        const lead = byte >= 0xc2 && byte <= 0xf4;
        assert.strictEqual(pattern.test(char), lead, `${page.id} byte ${byte.toString(16)} (U+${char.charCodeAt(0).toString(16)})`);
        assert.strictEqual(pattern.test(`ab${char}cd`), lead, `${page.id} byte ${byte.toString(16)} inside a word`);
      }
      assert.strictEqual(pattern.test('plain ASCII text, no lead'), false, page.id);
      assert.strictEqual(pattern.test(''), false, page.id);
    }
  });
});
