// The line grammar's readers (src/core/grammar/lineSyntax.ts) as before/after tables: a continuation line's
// prefix, where a heading's content ends, a table row's cells, a line's indentation. Written from the grammar part's mutation
// survivors (issue 15): blockquotes with and without their space, closing #s, escaped pipes, padding.
import * as assert from 'assert';
import { contentEnd, continuationPrefix, indentColumns, quotedIndentColumns, tableCells } from '../../src/core/grammar/lineSyntax';

describe('line syntax: the prefix of a continuation line', () => {
  it('keeps quote markers and their one space; list markers and indentation become spaces, tabs stay tabs', () => {
    const cases: [string, string][] = [
      ['- [ ] task', '  '],
      ['  * item', '    '],
      ['1. step', '   '],
      ['\t- item', '\t  '],
      ['> - quoted', '>   '],
      ['>- quoted', '>  '],
      ['> > - deep', '> >   '],
      ['>  text', '>  '], // the second space is the content's own indentation
      ['\uFEFF- first line', '  '],
      ['plain', ''],
      ['> plain', '> '],
    ];
    for (const [line, prefix] of cases) assert.strictEqual(continuationPrefix(line), prefix, JSON.stringify(line));
  });
});

describe('line syntax: where a line\'s content ends', () => {
  it('before trailing white space, and on a heading before a closing run of #s after white space', () => {
    const cases: [string, boolean, string][] = [
      ['### Day 3 ###', true, '### Day 3'],
      ['### Day 3 \t##  ', true, '### Day 3'],
      ['### Day 3###', true, '### Day 3###'],
      ['### Day #3', true, '### Day #3'],
      ['### #', true, '### #'],
      ['###  ##', true, '###  ##'],
      ['### Day 3 ###', false, '### Day 3 ###'],
      ['text  \t', false, 'text'],
      ['not a heading ##', true, 'not a heading ##'],
      ['##', true, '##'],
    ];
    for (const [line, heading, content] of cases) assert.strictEqual(line.slice(0, contentEnd(line, heading)), content, JSON.stringify(line));
  });
});

describe('line syntax: the cells of a table row', () => {
  it('splits at unescaped pipes; outer pipes optional; padding trimmed', () => {
    const cells = (line: string, from?: number): string[] => tableCells(line, from).map((c) => line.slice(c.start, c.end));
    const cases: [string, string[]][] = [
      ['| Day | Topic | Done |', ['Day', 'Topic', 'Done']],
      ['Day | Topic', ['Day', 'Topic']],
      ['  | a |b|  ', ['a', 'b']],
      ['| a \\| b | c |', ['a \\| b', 'c']],
      ['| a | b \\|', ['a', 'b \\|']],
      ['| `x\\|y` | z |', ['`x\\|y`', 'z']],
      ['|\ta\t|\t\tb |', ['a', 'b']],
      ['| | x |', ['', 'x']],
      ['|', ['']],
      ['||', ['']],
      ['a', ['a']],
      ['| a \\', ['a \\']],
    ];
    for (const [line, expected] of cases) assert.deepStrictEqual(cells(line), expected, JSON.stringify(line));
    assert.deepStrictEqual(cells('> | a | b |'), ['a', 'b'], 'after a quote marker');
    assert.deepStrictEqual(cells('xx| a | b |', 2), ['a', 'b'], 'from a given column');
  });
});

describe('line syntax: how far a line is indented', () => {
  it('counts tabs to their stops from the line\'s start, also when counting from after a quote', () => {
    const cases: [line: string, start: number, columns: number][] = [
      ['    x', 0, 4],
      ['\tx', 0, 4],
      ['  \tx', 0, 4],
      [' \t x', 0, 5],
      ['x', 0, 0],
      // After `>` (column 1): a tab reaches column 4, three columns on; after `> ` two.
      ['>\tx', 1, 3],
      ['> \tx', 1, 3],
      ['> \tx', 2, 2],
      ['>  \t text', 1, 4],
      ['>  \t  text', 1, 5],
      ['> >\t x', 3, 2],
    ];
    for (const [line, start, columns] of cases) assert.strictEqual(indentColumns(line, start), columns, `${JSON.stringify(line)} from ${start}`);
  });
});

describe('line syntax: how far a line is indented inside its quotes', () => {
  it('takes one column of a tab after `>` as the quote\'s space, the rest as the text\'s', () => {
    const cases: [line: string, columns: number][] = [
      ['x', 0], ['  x', 2], ['\tx', 4], ['> x', 0], ['>x', 0], ['>  x', 1], ['>\tx', 2], ['>\t x', 3], ['> \tx', 2],
      ['>\t> x', 0], ['>\t>\tx', 2], ['> > \tx', 4], ['   >   x', 2],
    ];
    for (const [line, columns] of cases) assert.strictEqual(quotedIndentColumns(line), columns, JSON.stringify(line));
  });
});
