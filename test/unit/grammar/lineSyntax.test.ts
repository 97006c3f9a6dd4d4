// The line grammar (src/core/grammar/lineSyntax.ts) as before/after tables: a line's task box, where its content
// starts, the prefix a new line needs to stay in its container, the line without its containers, blank and
// heading lines; a heading at an offset; trailing white space skipped back to a floor.
import * as assert from 'assert';
import { attributesStart, contentEnd, continuationPrefix, contentStart, findTaskBox, isAtxHeadingAt, isAtxHeadingLine, isBlank, trimEndOf, withoutContainers } from '../../../src/core/grammar/lineSyntax';

describe('line grammar: a line and its containers', () => {
  // line, task box [index, status, checked, heading] or null, content start, continuation prefix, without containers, blank, ATX heading
  const rows: [string, [number, string, boolean, boolean] | null, number, string, string, boolean, boolean][] = [
    ['- [ ] a', [3, ' ', false, false], 2, '  ', '[ ] a', false, false],
    ['\ufeff- [x] a', [4, 'x', true, false], 3, '  ', '[x] a', false, false],
    ['> > 1. - [/] a', [10, '/', false, false], 9, '> >      ', '[/] a', false, false],
    ['\t* [-] a', [4, '-', false, false], 3, '\t  ', '[-] a', false, false],
    ['#### [ ] a', [6, ' ', false, true], 0, '', '#### [ ] a', false, true],
    ['- ### [X] a', [7, 'X', true, true], 2, '  ', '### [X] a', false, true],
    ['- [ ]', [3, ' ', false, false], 2, '  ', '[ ]', false, false],
    ['- [ ]x', null, 2, '  ', '[ ]x', false, false],
    ['-[ ] a', null, 0, '', '-[ ] a', false, false],
    ['- [y] a', null, 2, '  ', '[y] a', false, false],
    ['####### [ ] a', null, 0, '', '####### [ ] a', false, false],
    ['1234567890. [ ] a', null, 0, '', '1234567890. [ ] a', false, false],
    ['  > - text', null, 6, '  >   ', 'text', false, false],
    ['>- a', null, 3, '>  ', 'a', false, false],
    ['> \t- a', null, 5, '> \t  ', 'a', false, false],
    ['    code', null, 4, '    ', 'code', false, false],
    ['# h', null, 0, '', '# h', false, true],
    ['#', null, 0, '', '#', false, true],
    ['#h', null, 0, '', '#h', false, false],
    ['- # h', null, 2, '  ', '# h', false, true],
    ['> ## h #', null, 2, '> ', '## h #', false, true],
    ['', null, 0, '', '', true, false],
    [' \t ', null, 3, ' \t ', '', true, false],
    ['x', null, 0, '', 'x', false, false],
    ['\u00a0', null, 0, '', '\u00a0', false, false],
  ];
  for (const [line, box, start, prefix, content, blank, heading] of rows) {
    it(JSON.stringify(line), () => {
      const found = findTaskBox(line);
      assert.deepStrictEqual(found && [found.index, found.status, found.checked, found.heading], box);
      assert.deepStrictEqual([contentStart(line), continuationPrefix(line), withoutContainers(line), isBlank(line), isAtxHeadingLine(line)], [start, prefix, content, blank, heading]);
    });
  }

  it('a heading at an offset: # to ###### at the line\'s first column, then a space, a tab or the line\'s end', () => {
    const rows: [string, number, number, boolean][] = [
    ['# a', 0, 3, true],
    ['x\n## a', 2, 6, true],
    ['####### a', 0, 9, false],
    ['#a', 0, 2, false],
    ['   # a', 0, 6, false],
    ['    # a', 0, 7, false],
    ['#', 0, 1, true],
    ['x # a', 2, 5, true],
    ];
    for (const [text, start, end, heading] of rows) assert.strictEqual(isAtxHeadingAt(text, start, end), heading, JSON.stringify([text, start, end]));
  });

  it('trailing spaces and tabs are skipped back to a floor', () => {
    const rows: [string, number, number, number][] = [
    ['a  \t', 4, 0, 1],
    ['   ', 3, 0, 0],
    ['   ', 3, 2, 2],
    ['a b', 2, 0, 1],
    ['a', 0, 0, 0],
    ];
    for (const [text, end, floor, expected] of rows) assert.strictEqual(trimEndOf(text, end, floor), expected, JSON.stringify([text, end, floor]));
  });
});

describe('line grammar: a heading\'s trailing attribute list', () => {
  it('starts at the white space before `{#id}`, `{.class}` or `{: #id}`; braces of other text are title', () => {
    const at = (text: string): string => text.slice(0, attributesStart(text, text.length));
    assert.deepStrictEqual(
      ['Day 2 {#second}', 'Day 2 {: #second .x}  ', 'Day 2\t{.unnumbered}', 'Sets {a, b}', '{#only}', 'Day 2{#glued}', 'Day {#a} {b}', 'Day {#a}} x', 'Day 2 {#a {b}'].map(at),
      ['Day 2', 'Day 2', 'Day 2', 'Sets {a, b}', '{#only}', 'Day 2{#glued}', 'Day {#a} {b}', 'Day {#a}} x', 'Day 2 {#a {b}'],
    );
    // On a heading line, before closing #s too; a task line keeps it as text.
    assert.deepStrictEqual(['### Day 1 {#a} ##', '- [ ] read {#a}'].map((line, i) => line.slice(0, contentEnd(line, i === 0))), ['### Day 1', '- [ ] read {#a}']);
    // A line of spaces and braces: one pass, no backtracking.
    const long = `### ${' '.repeat(100000)}{#a}`;
    assert.strictEqual(attributesStart(long, long.length, 4), long.length);
  });
});
