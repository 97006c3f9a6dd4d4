import * as assert from 'assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { mayDefineReference, splitIntoChunks } from '../../src/core/parse/chunks';
import { assemble, boundaryTrap, fragment, runs, seedOf } from './fuzz/documents';

/** The 0-based lines where pieces start, cutting at every safe heading (pieces of at least 1 character). */
function cuts(...lines: string[]): number[] {
  return splitIntoChunks(lines.join('\n'), 1).map((c) => c.firstLine);
}

describe('splitIntoChunks: cutting long plans only where markdown-it certainly starts a heading', () => {
  const rows: [string, string[], number[]][] = [
    ['headings at column 0', ['# A', 'text', '## B', '- item', '### C'], [0, 2, 4]],
    ['not inside a fence, and the fence closes with enough markers', ['# A', '````', '# in code', '```', '# still code', '````', '# B'], [0, 6]],
    ['tilde fences close only with tildes', ['# A', '~~~', '# x', '```', '# y', '~~~', '# B'], [0, 6]],
    ['a backtick in a backtick info string is not a fence', ['# A', '```a`b', '# B'], [0, 2]],
    ['a fence indented 1-3 spaces may be in a list item: no cuts after a line less indented before it closes', ['# A', '- item', '  ```', '# B', '  ```', '# C'], [0]],
    ['a fence in a list item, closed as indented: cuts after it', ['# A', '- item', '  ```python', '  x = 1', '', '  # a comment', '  ```', '# B'], [0, 7]],
    ['a fence in a list item closed less indented: no cuts after it', ['# A', '- item', '  ```', '  x', '```', '# B', '```'], [0]],
    ['a fence indented 3 spaces, a closing fence indented 4 inside it: no cuts after it', ['# A', '- a', '   ```', '    ```', '   ```', '# B'], [0]],
    // HTML blocks at column 0, read to their end as markdown-it does (they stopped every cut after them).
    ['a block that ends at a blank line (a <div>, a tag alone, a paragraph): cuts after the blank line', ['# A', '<div>', '# in the block', '', '# B', '<br>', '# C', ' ', '# D'], [0, 4, 8]],
    ['<details> and its <summary>: cuts after the blank line', ['# A', '<details>', '<summary>Solution</summary>', '', '# B', '</details>', '', '# C'], [0, 4, 7]],
    ['a comment runs past blank lines to its -->; one on its line ends there', ['# A', '<!--', '', '# in the comment', '-->', '# B', '<!-- one line -->', '# C'], [0, 5, 7]],
    ['<pre>, <script>, <?, <!X and CDATA run to their markers', ['# A', '<pre>', '', '# x', '</pre>', '# B', '<?php', '', '# y', '?>', '# C', '<!X', '', '# z', '>', '# D', '<![CDATA[', '', '# w', ']]>', '# E'], [0, 5, 10, 15, 20]],
    ['a comment never closed runs to the end', ['# A', '<!--', '# x', '', '# y'], [0]],
    ['a fence after a paragraph that < began: no cuts after it', ['# A', '<3 loops', '```', '', '# in code', '```', '# B'], [0]],
    ['a comment starting before the blank line that ends a <div>\'s block: no cuts after it', ['# A', '<div>', '<!--', '', '# x', '-->', '# B'], [0]],
    ['a line that may start an HTML block indented 1-3 spaces: no cuts after it', ['# A', ' <div>', '', '# B'], [0]],
    // A table's header is read before a fence, an HTML block or a heading (a review's): the fence after it was real.
    ['a comment over a delimiter row is a table\'s header: no cuts after it', ['# A', '<!-- a | b', '-|-', '```', '-->', '# X', '```'], [0]],
    ['<pre> over a delimiter row is a table\'s header: no cuts after it', ['# A', '<pre> a | b', '-|-', '<!--', '</pre>', '# X', '-->'], [0]],
    ['a fence over a delimiter row is a table\'s header: no cuts after it', ['# A', '``` a | b', '-|-', '```', '# X', '```'], [0]],
    ['an indented fence over a delimiter row too', ['# A', '  ``` a | b', '  -|-', '  ```', '# X', '  ```'], [0]],
    ['a heading over a delimiter row heads a table: no cut there, one at the heading after', ['# A', 'text', '# a | b', '-|-', '# B'], [0, 4]],
    // Nesting near markdown-it's limit drops the rest of the whole document (a review's): no cuts after it.
    ['a line of 500 list markers: no cuts after it', ['# A', '- '.repeat(500) + 'x', '# X', 'y'], [0]],
    ['600 quote markers: no cuts after them', ['# A', '>'.repeat(600) + ' x', '# X'], [0]],
    ['a few list markers nest nothing deep', ['# A', '- '.repeat(10) + 'x', '# X'], [0, 2]],
    ['deep nesting after what only the scan takes for a fence (a tab before its close, a fence in an item\'s <div>)', ['# A', '- a', '  ```', '  \t```', '  ' + '- '.repeat(600) + 'x', '  ```', '# X'], [0]],
    ['deep nesting in a list item\'s <div>', ['# A', '- <div>', '  ```', '', '  ' + '- '.repeat(600) + 'x', '  ```', '# X'], [0]],
    ['indented, hashtag and too-deep lines are not headings', ['# A', ' # B', '#tag', '####### deep', '#\tT', '#'], [0, 4, 5]],
    ['an unclosed fence runs to the end', ['# A', '```', '# x', '# y'], [0]],
  ];
  const md = new MarkdownIt('default', { html: true, linkify: true });
  for (const [name, lines, expected] of rows) {
    it(name, () => {
      assert.deepStrictEqual(cuts(...lines), expected);
      // Each cut is where markdown-it starts a heading at the top level.
      const headings = md.parse(lines.join('\n'), {}).filter((t) => t.type === 'heading_open' && t.level === 0).map((t) => t.map![0]);
      for (const cut of expected) assert.ok(headings.includes(cut), `markdown-it starts no top-level heading on line ${cut}: ${headings.join(', ')}`);
    });
  }

  it('keeps short documents and documents that may define link references whole', () => {
    assert.strictEqual(splitIntoChunks('# A\n# B\n', 64).length, 1);
    assert.strictEqual(splitIntoChunks('# A\n[r]: https://x.example\n# B\n[t][r]\n', 1).length, 1);
  });

  it('cuts a document whose `]:` can define no reference (code, prose), not one that may', () => {
    const rows: [text: string, may: boolean][] = [
      ['[r]: https://x.example', true],
      ['text\n\n  [r]: https://x.example', true],
      ['- [r]: https://x.example', true],
      ['> 1. [r]: https://x.example', true],
      ['* + 2) [r]: u', true],
      ['[multi\nline]: https://x.example', true],
      ['\ufeff[r]: u', true],
      ['[^1]: a footnote is a reference to markdown-it', true],
      ['[a\\]b]: u', true],
      ['[a\\]: u', true], // an escape: maybe (a definition here)
      ['\\[r]: u', true], // an escape: maybe (none here)
      ['```python\ndef f(x) -> list[str]:\n    return x[1:]\n```', false],
      ['for item in items[1:]:', false],
      ['See [the docs]: they say', false],
      ['- [ ] [r]: a task first', false],
      ['a [b] c]: d', false],
      ['[a [b]: c', false],
      ['no colon [r] here', false],
    ];
    for (const [text, may] of rows) {
      assert.strictEqual(mayDefineReference(text), may, JSON.stringify(text));
      // Where it says none, markdown-it agrees.
      const env: { references?: object } = {};
      md.parse(text, env);
      if (!may) assert.deepStrictEqual(Object.keys(env.references ?? {}), [], JSON.stringify(text));
    }
    const python = `# A\n\`\`\`python\ndef f(x) -> dict[str, int]:\n\`\`\`\n# B\n`;
    assert.deepStrictEqual(splitIntoChunks(python, 1).map((c) => c.firstLine), [0, 4]);
  });

  it('a document nested past markdown-it\'s limit has the same model in pieces as whole', () => {
    const doc = inMemoryDocument('file:///deep.md', `# A\n${'- '.repeat(500)}x\n# X\n- [ ] task\n`);
    assert.deepStrictEqual(buildPlan(doc, { chunkChars: 1 }), buildPlan(doc, { chunkChars: Infinity }));
  });

  it('counts CRLF and lone CR as line breaks, like markdown-it', () => {
    assert.deepStrictEqual(splitIntoChunks('# A\r\ntext\r# B\r\n## C', 1).map((c) => c.firstLine), [0, 2, 3]);
  });

  it('gives pieces that are the whole text, in order', () => {
    const text = '# A\n```\n# x\n```\n## B\r\nbody\n### C\n';
    assert.strictEqual(splitIntoChunks(text, 1).map((c) => c.text).join(''), text);
  });

  it('a long plan parsed in pieces has the same model as parsed whole', () => {
    const days = Array.from({ length: 400 }, (_, i) => `### Day ${i + 1} - T\n- [ ] task [l](https://x.example/${i})\n- **Task (30 min):** do\n\`\`\`\n# not a day\n\`\`\`\n`).join('\n');
    const doc = inMemoryDocument('file:///long.md', `# Days 1-400: Long\n\n${days}`);
    const pieces = buildPlan(doc, { chunkChars: 1000 });
    assert.deepStrictEqual(pieces, buildPlan(doc, { chunkChars: Infinity }));
    assert.strictEqual(pieces.days.length, 400);
  });

  it('cut again after text put before a text too short to have been cut: the start is no cut to meet', () => {
    // A regression: the previous text's start (no cut the scan made) was taken for a cut the new text shares.
    const before = '# A\nxxxxxx\n# B\n';
    const inserted = '### Day 9 - T\n';
    const after = inserted + before;
    const previous = { starts: [0], firstLines: [0], from: 0, to: 0, delta: inserted.length };
    assert.deepStrictEqual(splitIntoChunks(after, 10, previous), splitIntoChunks(after, 10));
    assert.deepStrictEqual(splitIntoChunks(after, 10).map((c) => c.firstLine), [0, 1, 3]);
  });

  it('cuts only where markdown-it starts a heading at the top level (generated documents with traps)', () => {
    // Stronger than equal models: a cut the model happens not to show (a heading in a comment) is wrong all the same.
    const md = new MarkdownIt('default', { html: true, linkify: true });
    const trapped = fc
      .tuple(fc.array(fc.oneof({ arbitrary: fragment, weight: 4 }, { arbitrary: boundaryTrap, weight: 1 }), { minLength: 4, maxLength: 30 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'))
      .map(([fragments, eol]) => assemble(fragments, eol, false).text);
    let cuts = 0;
    fc.assert(
      fc.property(trapped, (text) => {
        const headings = new Set(md.parse(text, {}).filter((t) => t.type === 'heading_open' && t.level === 0).map((t) => t.map![0]));
        for (const chunk of splitIntoChunks(text, 1).slice(1)) {
          cuts++;
          assert.ok(headings.has(chunk.firstLine), `cut on line ${chunk.firstLine}, where markdown-it starts no top-level heading: ${JSON.stringify(text)}`);
        }
      }),
      { seed: seedOf(20261130), numRuns: runs(3000) },
    );
    assert.ok(cuts > runs(3000) / 2, `only ${cuts} cuts`);
  });

  it('cut again after an edit from the previous cuts, gives the pieces a fresh cut gives (generated plans and edits)', () => {
    // Sections under top-level headings (where cuts are made), their bodies generated plan text with rare traps.
    const section = fc.tuple(fc.constantFrom('# Days 1-30', '## Week 2', '### Day 3 - T', '#### Notes'), fc.array(fc.oneof({ arbitrary: fragment, weight: 10 }, { arbitrary: boundaryTrap, weight: 1 }), { maxLength: 3 }));
    const doc = fc
      .tuple(fc.array(section, { minLength: 3, maxLength: 25 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'lf', 'crlf', 'mixed'))
      .map(([sections, eol]) => sections.map(([heading, body]) => `${heading}\n${assemble(body, eol, false).text}`).join(eol === 'crlf' ? '\r\n' : '\n'));
    const snippet = fc.constantFrom('x', '\n', '\n\n', '# H\n', '### Day 9 - T\n', '```\n', '~~~', '<div>\n', '  ```\n', '', '[r]: https://x.example\n', '\r\n');
    let resumed = 0;
    fc.assert(
      // Unbiased sizes and places: fast-check's bias to small values would put most edits at the text's start.
      fc.property(fc.noBias(doc), fc.noBias(fc.integer({ min: 0, max: 1_000_000 })), fc.nat({ max: 40 }), snippet, fc.noBias(fc.integer({ min: 1, max: 40 })), (before, at, length, inserted, minChars) => {
        const from = Math.floor((at / 1_000_000) * before.length);
        const to = Math.min(before.length, from + length);
        const after = before.slice(0, from) + inserted + before.slice(to);
        const old = splitIntoChunks(before, minChars);
        let offset = 0;
        const starts: number[] = [];
        for (const chunk of old) {
          starts.push(offset);
          offset += chunk.text.length;
        }
        const previous = { starts, firstLines: old.map((c) => c.firstLine), from, to, delta: inserted.length - (to - from) };
        const again = splitIntoChunks(after, minChars, previous);
        assert.deepStrictEqual(again, splitIntoChunks(after, minChars), JSON.stringify({ before, after, minChars }));
        // The paths that matter: a cut to start again after, and cuts past the edit to meet.
        if (starts.some((s, k) => k > 0 && s < from) && starts.some((s) => s > to)) resumed++;
      }),
      { seed: seedOf(20261125), numRuns: runs(3000) },
    );
    // Not vacuous: many texts had cuts both before and after the edit.
    assert.ok(resumed > runs(3000) / 10, `${resumed} of ${runs(3000)}`);
  });
});
