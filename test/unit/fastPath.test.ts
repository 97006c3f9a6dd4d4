import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { readSimpleLink } from '../../src/core/parse/simpleLink';
import { runs } from './fuzz/documents';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const FORMATS = path.join(__dirname, '..', '..', '..', 'test', 'formats');

function both(text: string): [unknown, unknown] {
  const doc = inMemoryDocument('file:///x.md', text);
  return [buildPlan(doc), buildPlan(doc, { fullInline: true })];
}

/**
 * Lines with one link, the shape read without the inline pass (simpleLink.ts), and the near misses that must
 * still go through it: destinations markdown-it would change or refuse, text with markup, a second link.
 */
const linkLine = fc
  .tuple(
    fc.constantFrom('', '- ', '- **Resource:** ', '**Read:** ', '- **Docs (20 min):** ', '- See ', '- **Resource:**', '* **Video:**  ', '- **Task:** read ', '1. ', '- **A** ', '- [ ] ', '- **Note**: ', '- **  Bad:** ', '- x! '),
    fc.constantFrom('Delta Lake docs', ' padded ', '', 'two  spaces', 'with `code`', 'with *em*', 'a [nested] one', 'caf\u00e9 \u{1F3AF}', 'www.x.example', 'see https://x.example', '**bold**', 'x\\]y', '&amp; entity', 'Ã©tÃ© mojibake', 'a: b.', '*lead'),
    fc.constantFrom('](', '](', '](', '] (', ']('),
    fc.constantFrom(
      'https://docs.delta.io/latest/index.html', 'http://x.example', 'https://X.example/A', 'https://x.example/a%20b', 'https://x.example/a%zz', 'https://x.example/%',
      'https://x.example/a&b', 'https://x.example/a(b)c', '<https://x.example/a b>', 'https://x.example/a "title"', 'javascript:alert(1)', 'https://user@x.example',
      'https://x.example:8080/a', './local.md', 'https://ex\u00e4mple.com/', 'https://x.example/\u00e4', 'https://x.example/a?b=c;d=e#f', "https://x.example/it's",
      'https://x.example/a_b~c!$+,;=', 'https://', 'https://x.example/a\\b', 'https://xn--bcher-kva.example/', 'https://x.example?q', 'https://x.example#top', 'https://x.example!',
      'HTTPS://x.example', 'https://x.example/a%2', 'https://x.example/*star*', 'https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/p', 'https://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.example/p',
    ),
    fc.constantFrom('', ' ', ' and more', ' (optional)', ' **bold**', '*', ' [second](https://y.example)', ' <b>x</b>', ' \\', ' https://bare.example', ' \u2705 2026-11-20', ':', ' mailto:a@b.example', '  two  spaces  ', ' see //c.example', ' a/b and/or', ' <5@x.example> mail'),
  )
  .map(([prefix, text, between, url, suffix]) => `${prefix}[${text}${between}${url})${suffix}`);

/** Fragments that stress what decides whether the inline pass runs: links of every kind, fields, refs, escapes. */
const fragment = fc.oneof(
  fc.constantFrom('### Day 1 - [Linked](https://x.example) `code`', '## **Week 2**', '# Month 3 \u2705 2026-11-20', 'Setext', '---'),
  fc.constantFrom('- [ ] task with [link](./a.md)', '* [x] done \u2705 2026-11-19', '1. [ ] plain task', '- [] no'),
  fc.constantFrom('- **Task (30 min):** do it', '**Objective:** learn', '__Status__: ok', 'a * b ** c', 'snake_case__names'),
  fc.constantFrom('See [ref][r] and [r].', '[r]: https://ref.example "T"', '<https://auto.example>', 'bare https://bare.example/x ok', 'mail mailto:a@b.example'),
  fc.constantFrom('text \\[not a link\\](x)', '![image](pic.png)', '<span>html</span>', '<!-- c -->', 'plain prose only'),
  fc.constantFrom('- **Checkpoint:** storage with <5s reads', 'a < 10 min', 'x <= 3 and y>2', '<1', 'a <b>bold</b>', '</x> closes', '<?php x', '<!x', '- **L:** <https://auto.example>', 'a <', 'a<<b', 'a <5@x.example> b'),
  fc.constantFrom('see //example.com now', '- **Docs:** //docs.example/a', 'C++ // a comment', 'AI/ML and/or', 'a:/b', '(//x.example)'),
  fc.constantFrom('```\n[fenced](x)\n```', '    [indented](x)', '> quote [q](https://q.example)', '| a | [t](https://t.example) |\n|---|---|\n| 1 | 2 |'),
  fc.constantFrom('| Day | Topic | Done |\n|---|---|---|\n| 01 | [Intro](./a.md) `x` | \u2705 |\n| 02 | _em_ | |', '**Day 3:** did [it](https://d.example)', 'Day 4/100: `code`', '#### [ ] Heading task [l](x)'),
  linkLine,
  fc.string({ maxLength: 30 }),
);

describe('fast path: the inline pass only where the model needs it', () => {
  for (const name of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
    it(`gives the same model as a full parse for ${name}`, () => {
      const [fast, full] = both(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      assert.deepStrictEqual(fast, full);
    });
  }

  for (const name of fs.readdirSync(FORMATS, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
    it(`gives the same model as a full parse for formats/${name}`, () => {
      const [fast, full] = both(fs.readFileSync(path.join(FORMATS, name), 'utf8'));
      assert.deepStrictEqual(fast, full);
    });
  }

  it('normalizes line breaks and NUL like markdown-it: lone CR, CRLF, NUL', () => {
    const [fast, full] = both('# Days 1-2: C\r### Day 1 - A\0B\r\n- [ ] task\0 [l](https://x.example)\r- **Task:** t\0\n### Day 2\r\n');
    assert.deepStrictEqual(fast, full);
  });

  it('reads lines of one link as a full parse does (generated, under a day)', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(linkLine, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\n\n'), (lines, gap) => {
        const [fast, full] = both(`### Day 1 - Links\n${lines.join(gap)}\n`);
        assert.deepStrictEqual(fast, full);
        // What the reader takes (a list item's content, or a paragraph of its own line).
        for (const line of lines) if (readSimpleLink(line.replace(/^(?:[-*] |1\. )/, '')) && (gap === '\n\n' || /^(?:[-*] |1\. )/.test(line))) read++;
      }),
      { seed: 20261125, numRuns: runs(3000) },
    );
    // Not vacuous: many lines took the simple-link path.
    assert.ok(read > runs(3000) / 20, `${read} lines read as simple links`);
  });

  it('gives the same model as a full parse on generated documents', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (parts, eol) => {
        const [fast, full] = both(parts.join('\n\n').replace(/\n/g, eol));
        assert.deepStrictEqual(fast, full);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
