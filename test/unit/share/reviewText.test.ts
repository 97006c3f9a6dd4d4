// Reading review material line by line (src/core/review/reviewText.ts): before/after tables for the
// inline reduction, list items, the lines nested under an item, lazy continuations and prose fences.
// Written from the mutation run's survivor list (test/mutation/review.json): each row pins one reading.
import * as assert from 'assert';
import { fenceEntries, LineRanges, listEntries, listItem, nestedLines, plainInline, withoutDecoration } from '../../../src/core/review/reviewText';

/** Lines as the readers ask for them; a line past the array is a bug in the reader, not an empty line. */
function reader(lines: readonly string[]): (line: number) => string {
  return (line) => {
    assert.ok(line >= 0 && line < lines.length, `read line ${line} of ${lines.length}`);
    return lines[line];
  };
}
const none = new LineRanges([]);

describe('review text: the words of a line', () => {
  const table: [string, string, string][] = [
    ['an image becomes its alt text', '![a chart](img/chart.png) of sales', 'a chart of sales'],
    ['an image with no alt text leaves nothing', 'see ![](x.png)', 'see'],
    ['a link becomes its text', 'read [the guide](https://example.com/guide) first', 'read the guide first'],
    ['a reference link becomes its text', 'read [the guide][guide-ref] first', 'read the guide first'],
    ['a collapsed reference link too', 'read [the guide][] first', 'read the guide first'],
    ['an https autolink becomes its address', 'see <https://example.com/a>', 'see https://example.com/a'],
    ['an http autolink too', 'see <http://example.org/b>', 'see http://example.org/b'],
    ['HTML tags become spaces', 'a<br/>b and <span class="k">kept</span> words', 'a b and kept words'],
    ['a closing tag alone', 'end</b>here', 'end here'],
    ['strong with stars', 'a **strong point** here', 'a strong point here'],
    ['strong with underscores', 'a __strong point__ here', 'a strong point here'],
    ['underscores after a space do not open', 'x __ not strong__ y', 'x __ not strong__ y'],
    ['underscores before a space do not close', 'x __not strong __ y', 'x __not strong __ y'],
    ['strikethrough', 'an ~~old idea~~ gone', 'an old idea gone'],
    ['tildes after a space do not open', 'x ~~ not struck~~ y', 'x ~~ not struck~~ y'],
    ['tildes before a space do not close', 'x ~~not struck ~~ y', 'x ~~not struck ~~ y'],
    ['emphasis with a star', 'an *emphasised* word', 'an emphasised word'],
    ['a star after a space does not open', 'a * b* c', 'a * b* c'],
    ['a star before a space does not close', 'a *b * c', 'a *b * c'],
    ['code marks dropped', 'use `git log` here', 'use git log here'],
    // A code span is closed by a run as long (CommonMark, as markdown-it reads the plan): other runs are text.
    ['a run of backticks closed by a shorter one is text', '``code`', '``code`'],
    ['a run closed by a longer one is text', '`code``', '`code``'],
    ['a double run holds a backtick', 'use ``a ` b`` here', 'use a ` b here'],
    ['an escaped backtick opens nothing', 'a \\`b` c`', 'a \\`b c'],
    // A learner's Python day: `**kwargs` and `__init__` were printed as kwargs and init.
    ['stars and underscores in code are code', 'use `**kwargs` and `**opts` then `__init__` and `__repr__`', 'use **kwargs and **opts then __init__ and __repr__'],
    ['a star in code is no emphasis', 'try `x = a * b * c` and *this*', 'try x = a * b * c and this'],
    ['code inside a link', 'see [the `git` book](https://git-scm.com) now', 'see the git book now'],
    ['code around a link\'s brackets is code', 'write `[a](b)` for a link', 'write [a](b) for a link'],
    ['an unclosed backtick and a span after it', 'a ` b ``c`` d', 'a ` b c d'],
    // In code a backslash is code: a span closes on its run whatever comes before it (a review's `\` broke the line).
    ['a backslash ends a code span', 'escape with `\\` then `x`', 'escape with \\ then x'],
    ['a Windows path in code', 'path `C:\\Users\\` and `y`', 'path C:\\Users\\ and y'],
    ['an escaped backslash before a span escapes nothing after it', 'a \\\\`b` c', 'a \\\\b c'],
    ['white space collapsed', 'a \t  b\u00a0 c ', 'a b c'],
    ['a trailing stamp dropped', 'what is a partition? \u2705 2026-11-02', 'what is a partition?'],
  ];
  for (const [what, before, after] of table) {
    it(what, () => assert.strictEqual(plainInline(before), after));
  }

  it('drops a learning\'s decoration, not its words', () => {
    assert.strictEqual(withoutDecoration('\u2728 Partitions split a topic'), 'Partitions split a topic');
    assert.strictEqual(withoutDecoration('\ud83d\udca1 - > idea'), 'idea');
    assert.strictEqual(withoutDecoration('plain words'), 'plain words');
  });
});

describe('review text: list items and their indent', () => {
  const table: [string, { indent: number; text: string } | null][] = [
    ['- a', { indent: 0, text: 'a' }],
    ['  * b', { indent: 2, text: 'b' }],
    ['\t+ c', { indent: 4, text: 'c' }],
    [' \t- d', { indent: 4, text: 'd' }],
    ['   \t- e', { indent: 4, text: 'e' }],
    ['    \t- f', { indent: 8, text: 'f' }],
    ['\t\t1. g', { indent: 8, text: 'g' }],
    ['- [x] done', { indent: 0, text: 'done' }],
    ['12) h', { indent: 0, text: 'h' }],
    ['-', { indent: 0, text: '' }],
    ['-no space', null],
    ['text', null],
  ];
  for (const [line, expected] of table) {
    it(JSON.stringify(line), () => assert.deepStrictEqual(listItem(line), expected));
  }
});

describe('review text: line ranges', () => {
  const ranges = new LineRanges([
    [2, 4],
    [6, 7],
    [9, 12],
  ]);
  it('finds the range holding a line', () => {
    assert.deepStrictEqual([0, 2, 3, 4, 6, 7, 11, 12].map((line) => ranges.at(line)), [undefined, [2, 4], [2, 4], undefined, [6, 7], undefined, [9, 12], undefined]);
  });
  it('lists the ranges that start in [from, to)', () => {
    assert.deepStrictEqual(ranges.startingIn(0, 6), [[2, 4]]);
    assert.deepStrictEqual(ranges.startingIn(2, 7), [
      [2, 4],
      [6, 7],
    ]);
    assert.deepStrictEqual(ranges.startingIn(3, 9), [[6, 7]]);
    assert.deepStrictEqual(ranges.startingIn(10, 20), []);
  });
});

describe('review text: the lines nested under an item (a quiz\'s answer)', () => {
  const table: [string, string[], number, LineRanges, { lines: string[]; next: number }][] = [
    ['nested items keep a dash', ['- q', '  - a', '  - b', '- next'], 4, none, { lines: ['- a', '- b'], next: 3 }],
    ['a wrapped line joins the line before it', ['- q', '  - a', '    more of a', 'after'], 4, none, { lines: ['- a more of a'], next: 3 }],
    ['a first line that is not an item', ['- q', '  plain answer', '  - and an item'], 3, none, { lines: ['plain answer', '- and an item'], next: 3 }],
    ['deeper lines after blank lines go on', ['- q', '  - a', '', '', '    more of a', '- next'], 6, none, { lines: ['- a more of a'], next: 5 }],
    ['a blank line then a shallower line ends it at the blank', ['- q', '  - a', '', '- next'], 4, none, { lines: ['- a'], next: 2 }],
    ['blank lines at the end of the range end it', ['- q', '  - a', ''], 3, none, { lines: ['- a'], next: 2 }],
    ['the end of the range ends it', ['- q', '  - a', '  - b'], 2, none, { lines: ['- a'], next: 2 }],
    ['an empty item or words that reduce to nothing are skipped', ['- q', '  -', '  <br>', '  - a'], 4, none, { lines: ['- a'], next: 4 }],
    ['code under the item stays out', ['- q', '  - a', '    code()', '  - b'], 4, new LineRanges([[2, 3]]), { lines: ['- a', '- b'], next: 4 }],
    ['code after a blank line ends it', ['- q', '  - a', '', '    code()'], 4, new LineRanges([[3, 4]]), { lines: ['- a'], next: 2 }],
    ['an item under a deeper item', ['  - q', '\t- a', '  - next'], 3, none, { lines: ['- a'], next: 2 }],
  ];
  for (const [what, lines, end, literal, expected] of table) {
    it(what, () => assert.deepStrictEqual(nestedLines(reader(lines), 0, end, literal), expected));
  }
});

describe('review text: list entries of a section', () => {
  const entries = (lines: string[], start: number, end: number, literal = none) => listEntries(reader(lines), start, end, literal).map((e) => [e.line, e.prompt, e.answer]);

  it('takes top-level items with their lazy continuation and nested answer', () => {
    const lines = ['- \u2728 first idea', '  continued here', '  - its detail', '    - deeper detail', '- second', '- \u2728', 'after'];
    assert.deepStrictEqual(entries(lines, 0, 6), [
      [0, 'first idea continued here', ['- its detail', '- deeper detail']],
      [4, 'second', []],
    ]);
  });

  it('a line up to four columns past the item continues it', () => {
    assert.deepStrictEqual(entries(['- a', '    b', '- c'], 0, 3), [
      [0, 'a b', []],
      [2, 'c', []],
    ]);
  });

  it('the top level is the shallowest item outside code', () => {
    const lines = ['```', '- in code', '```', '  - a', '    - a1', '  - b'];
    assert.deepStrictEqual(entries(lines, 0, 6, new LineRanges([[0, 3]])), [
      [3, 'a', ['- a1']],
      [5, 'b', []],
    ]);
  });

  it('stops at the end of its range', () => {
    assert.deepStrictEqual(entries(['- a', '- b', '- c'], 0, 2), [
      [0, 'a', []],
      [1, 'b', []],
    ]);
    assert.deepStrictEqual(entries(['- a', 'lazy', 'outside'], 0, 2), [[0, 'a lazy', []]]);
  });
});

describe('review text: learnings in a prose fence', () => {
  const entries = (lines: string[], literal: [number, number][], start = 0, end = lines.length) =>
    fenceEntries(reader(lines), start, end, new LineRanges(literal)).map((e) => [e.line, e.prompt, e.answer]);

  it('one learning per line at the base indent, its closing fence left out', () => {
    assert.deepStrictEqual(entries(['~~~', '\u2728 first', '\u2728 second', '~~~'], [[0, 4]]), [
      [1, 'first', []],
      [2, 'second', []],
    ]);
  });

  it('the base indent is the content\'s, whatever the fences\' indent', () => {
    const lines = ['```', '  learned a', ' ', '  learned b', '```'];
    assert.deepStrictEqual(entries(lines, [[0, 5]]), [
      [1, 'learned a', []],
      [3, 'learned b', []],
    ]);
  });

  it('deeper lines wrap the learning or elaborate it; blank lines between do not end it', () => {
    const lines = ['```text', 'learned a', '', '  more of a', '  - detail', '    more detail', '   ', '  - second detail', '\u2728', 'learned b', '```'];
    assert.deepStrictEqual(entries(lines, [[0, 11]]), [
      [1, 'learned a more of a', ['- detail more detail', '- second detail']],
      [9, 'learned b', []],
    ]);
  });

  it('a fence left open runs to its range\'s end, last line included', () => {
    assert.deepStrictEqual(entries(['```', 'learned a', 'learned b ```'], [[0, 3]]), [
      [1, 'learned a', []],
      [2, 'learned b', []],
    ]);
    // Its last line of text ends in the fence's marker: the writer closing it, blank lines after it aside (a review's).
    assert.deepStrictEqual(entries(['```', 'learned a', 'learned b```', '', ''], [[0, 5]]), [
      [1, 'learned a', []],
      [2, 'learned b', []],
    ]);
    assert.deepStrictEqual(entries(['```', 'learned a ```', 'learned b'], [[0, 3]]), [
      [1, 'learned a ```', []],
      [2, 'learned b', []],
    ], 'a marker on another line is text');
  });

  it('a learning that starts with code keeps it as written; its decoration comes off (a review\'s `**kwargs` lost its stars)', () => {
    assert.deepStrictEqual(entries(['```', '\u2728 `**kwargs` collects keyword args', '```'], [[0, 3]]), [[1, '**kwargs collects keyword args', []]]);
  });

  it('stops at the end of the section, and skips fences of code', () => {
    const lines = ['```', 'a', 'b', 'c', '```', '```python', 'print()', '```'];
    assert.deepStrictEqual(entries(lines, [[0, 5], [5, 8]], 0, 3), [
      [1, 'a', []],
      [2, 'b', []],
    ]);
    assert.deepStrictEqual(entries(lines, [[0, 5], [5, 8]], 4, 8), []);
  });
});
