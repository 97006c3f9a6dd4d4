import * as assert from 'assert';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { splitIntoChunks } from '../../src/core/parse/chunks';

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
    ['a fence indented 1-3 spaces may be in a list item: no cuts after it', ['# A', '- item', '  ```', '# B', '  ```', '# C'], [0]],
    ['a line that may start an HTML block: no cuts after it', ['# A', '<div>', '', '# B'], [0]],
    ['indented, hashtag and too-deep lines are not headings', ['# A', ' # B', '#tag', '####### deep', '#\tT', '#'], [0, 4, 5]],
    ['an unclosed fence runs to the end', ['# A', '```', '# x', '# y'], [0]],
  ];
  for (const [name, lines, expected] of rows) {
    it(name, () => assert.deepStrictEqual(cuts(...lines), expected));
  }

  it('keeps short documents and documents that may define link references whole', () => {
    assert.strictEqual(splitIntoChunks('# A\n# B\n', 64).length, 1);
    assert.strictEqual(splitIntoChunks('# A\n[r]: https://x.example\n# B\n[t][r]\n', 1).length, 1);
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
});
