// The pre-filter's byte readers (src/core/parse/filterBytes.ts): tables, both sides of each edge. Reached
// only through whole files, many of their mutants survived.
import * as assert from 'assert';
import { contentStart, isBox, isDelimiterRow, isEntity, isIndent, isUnderline, lineEnd, mayHideText, nextLine, skipMarkup } from '../../src/core/parse/filterBytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
function table<T>(what: string, read: (bytes: Uint8Array, e: number) => T, cases: [string, T][]): void {
  for (const [text, expected] of cases) {
    const bytes = utf8(text);
    assert.strictEqual(read(bytes, bytes.length), expected, `${what}: ${JSON.stringify(text)}`);
  }
}

describe('pre-filter bytes', () => {
  it('line ends: LF, CRLF, a lone CR, and the next line after each', () => {
    const lines = (text: string): string[] => {
      const bytes = utf8(text);
      const out: string[] = [];
      for (let i = 0; i < bytes.length;) {
        const end = lineEnd(bytes, i, bytes.length, text.includes('\r'));
        out.push(text.slice(i, end));
        i = nextLine(bytes, end, bytes.length);
      }
      return out;
    };
    assert.deepStrictEqual(lines('a\nb\n\nc'), ['a', 'b', '', 'c']);
    assert.deepStrictEqual(lines('a\r\nb\rc\n\rd'), ['a', 'b', 'c', '', 'd']);
    assert.deepStrictEqual(lines('a\r\r\nb'), ['a', '', 'b']);
    assert.strictEqual(lineEnd(utf8('ab\ncd'), 3, 5, false), 5, 'no end before the text ends');
    assert.strictEqual(lineEnd(utf8('ab\ncd'), 3, 4, true), 4, 'within the bound given');
    assert.strictEqual(nextLine(utf8('ab'), 2, 2), 2);
  });

  it('where a line content starts: past quotes, indentation and list markers', () => {
    table('contentStart', (b, e) => contentStart(b, 0, e), [
      ['x', 0], ['> x', 2], ['>>x', 2], ['  - x', 4], ['- x', 2], ['* x', 2], ['+ x', 2], ['-x', 0], ['-', 1], ['- ', 2],
      ['1. x', 3], ['1) x', 3], ['123456789. x', 11], ['1234567890. x', 0], ['1.x', 0], ['1.', 2], ['1', 0], ['> 1. - [x]', 7], ['', 0],
    ]);
  });

  it('boxes, setext underlines and table delimiter rows', () => {
    table('isBox', (b, e) => isBox(b, 0, e), [
      ['[ ]', true], ['[x] a', true], ['[X]\t', true], ['[/]', true], ['[-]', true], ['[y]', false], ['[x]a', false], ['[x', false], ['(x)', false], ['[ ', false],
    ]);
    table('isUnderline', (b, e) => isUnderline(b, 0, e), [
      ['===', true], ['---', true], ['-', true], ['> ==  ', true], ['', false], ['=-', false], ['== =', false], ['***', false], ['   ', false],
    ]);
    table('isDelimiterRow', (b, e) => isDelimiterRow(b, 0, e), [
      ['|---|:--:|', true], ['--- | ---', true], ['> |-|', true], ['|:|', false], ['| a |', false], ['', false], ['-', true],
    ]);
  });

  it('markup that may hide text, entities, skipped markup and indentation', () => {
    table('mayHideText', (b, e) => mayHideText(b, 0, e), [
      ['<b>', true], ['</b>', true], ['<!-- x', true], ['<?x', true], ['< b', false], ['<', false], ['<3', false],
      ['&amp;', true], ['&#68;', true], ['&#x44;', true], ['& x;', false], ['&;', false], ['&amp', false],
      ['](u)', true], ['][r]', true], [']', false], ['] x', false], ['x', false],
    ]);
    table('isEntity at 32 characters', (b, e) => isEntity(b, 0, e), [[`&${'a'.repeat(32)};`, true], [`&${'a'.repeat(33)};`, false]]);
    table('skipMarkup', (b, e) => skipMarkup(b, 0, e), [[' **x', 3], ['x', 0], ['  ', 2], ['', 0]]);
    const indent = (text: string): boolean => isIndent(utf8(text), 0, text.length);
    assert.deepStrictEqual(['', ' ', '   ', '    ', '\t', ' \t'].map(indent), [true, true, true, false, false, false]);
  });
});
