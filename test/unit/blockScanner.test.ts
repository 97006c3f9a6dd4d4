import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { scanBlocks } from '../../src/core/parse/blockScanner';
import { normalizeText, prepareSource, referenceBlocks, type BlockToken } from '../../src/core/parse/markdown';
import { document, nearMissDocument, runs } from './fuzz/documents';

const ROOT = path.join(__dirname, '..', '..', '..');
/** `FUZZ_SEED` (and `FUZZ_SCALE`) explore other (and more) texts. */
const SEED = Number(process.env.FUZZ_SEED || 20261124);

/** Every field of a block token the plan builder reads (BlockToken): the scanner's must be markdown-it's. */
function view(tokens: readonly BlockToken[]): string[] {
  return tokens.map((t) => `${t.type} ${t.tag} L${t.level} ${JSON.stringify(t.map)} ${t.markup} ${JSON.stringify(t.content)}`);
}

/** The scanner's tokens equal markdown-it's wherever the scanner reads the text; whether it read it. */
function check(raw: string): boolean {
  const text = normalizeText(prepareSource(raw).text);
  const scanned = scanBlocks(text);
  if (!scanned) return false;
  assert.deepStrictEqual(view(scanned), view(referenceBlocks(text).tokens), JSON.stringify(text));
  return true;
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

/**
 * Lines made of what the scanner reads and, more rarely, what it must refuse, at every indentation, in
 * any order: the rare ones make most texts still the scanner's, so its own rules are what is compared.
 */
const rarely = <T>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: common, weight: 30 }, { arbitrary: rare, weight: 1 });
const indentation = rarely(fc.constantFrom('', '', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '        '), fc.constantFrom('\t', ' \t'));
const lead = rarely(
  fc.constantFrom('', '', '', '', '- ', '- ', '* ', '+ ', '1. ', '2) ', '01. ', '1234567890. ', '-  ', '-    ', '-     ', '1.', '- [ ] ', '* [x] ', '1. - ', '- - ', '# ', '## ', '###### ', '####### ', '#', '#tag '),
  fc.constantFrom('-', '-\t', '> ', '>', '<div>', '<!-- ', '[x]: /url ', '|'),
);
const body = rarely(
  fc.constantFrom('text', 'text', 'Day 3 - title', '**Task (30 min):** study', '[link](https://x.example)', '---', '***', '- - -', '___', '=',
    '```', '```js', '```js `x`', '~~~', '````', '~~~ info', '# closing #', 'trailing   ', 'x #', '\u00a0nbsp', '`code`', '\\', ':-:', '1. x', '- x'),
  fc.constantFrom('', '===', 'a | b', '|---|---|'),
);
const line = rarely(fc.tuple(indentation, lead, body).map(([a, b, c]) => a + b + c), fc.constant(''));
const soup = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

describe('block scanner: the block tokens markdown-it gives, or none', () => {
  // What the scanner leaves to markdown-it among the test files, and why; every other one it reads itself.
  const GIVEN_UP: Record<string, string> = {
    'test/fixtures/learning-journey-tracker.md': 'block quotes',
    'test/formats/day-table-plain.md': 'a table',
    'test/formats/day-table.md': 'a table',
    'test/formats/deep-list.md': 'lists nested 30 deep, over the scanner\'s 32 levels',
    'test/formats/paragraph-days.md': 'a block quote',
    'test/formats/paragraph-day-lines.md': 'a block quote',
    'test/formats/yearless-tracker.md': 'a table',
    'test/encoding-fixtures/week-journal-cp1254.md': 'a block quote',
    'test/encoding-fixtures/week-journal.md': 'a block quote',
  };
  for (const file of [...markdownFiles(path.join(ROOT, 'test', 'fixtures')), ...markdownFiles(path.join(ROOT, 'test', 'formats')), ...markdownFiles(path.join(ROOT, 'test', 'encoding-fixtures'))]) {
    const name = path.relative(ROOT, file).split(path.sep).join('/');
    const reason = GIVEN_UP[name];
    it(reason ? `${name}: left to markdown-it (${reason})` : `${name}: read, equal to markdown-it`, () => {
      assert.strictEqual(check(fs.readFileSync(file, 'utf8')), !reason);
    });
  }

  it('gives up on what markdown-it decides: quotes, HTML, indented code, setext, tables, references, empty items, tabs in items', () => {
    for (const text of ['> quote', 'a\n> quote', '<div>\nx\n</div>', 'para\n\n    code', 'Title\n---', 'Title\n===', '| a | b |\n|---|---|', 'x | y\n--- | ---',
      '[r]: https://r.example\n[r]', '-\n  text', '- a\n-', '-\tx', '- a\n\n\tb', '1.      five spaces']) {
      assert.strictEqual(scanBlocks(normalizeText(text)), null, JSON.stringify(text));
    }
  });

  it('reads lists the way CommonMark does: nesting, lazy lines, items that end lists, numbering that interrupts', () => {
    const cases = [
      '- a\n  - b\n    - c\nlazy\n- d', '- a\n- - -\n- b', '- a\n* b\n+ c', '1. a\n1) b\n2. c', '1. a\n- b', '- a\n1. b', 'text\n2. not a list\n1. a list',
      '- a\n\n  b\n\n- c', '- a\n\n\n- b', '  - a\n - b\n- c', '- a\n     - b', '1. a\n\n   2. b', '- ```\n  code\n- b',
      '- a\n  ```\n  x\n```\n- b', '- a\n    - b\n        - c', '10. a\n11. b', '- # h\n- ## h2 ##', '- a\n# h', '- [ ] task\n  continued\n- [x] done',
      '   - a\n      - b\n   - c', '- a\n    b', 'a\n    b\n  - c', '- a\n  b\n c\nd', '***\n---\n___', '* * *', '- a\n***', '```\n- x\n', '~~~\n```\n~~~x\n~~~',
    ];
    for (const text of cases) assert.ok(check(text), JSON.stringify(text));
  });

  it('equals markdown-it on line soup: every construct it reads and refuses, at every indentation', () => {
    let read = 0;
    fc.assert(
      fc.property(soup, (text) => {
        if (check(text)) read++;
      }),
      { seed: SEED, numRuns: runs(20_000) },
    );
    // Not vacuous: most generated texts are read by the scanner, not given up.
    assert.ok(read > runs(20_000) / 4, `read ${read}`);
  });

  it('equals markdown-it on the fuzz corpus of plans and near misses', () => {
    let read = 0;
    fc.assert(
      fc.property(document, (generated) => {
        if (check(generated.text)) read++;
      }),
      { seed: SEED + 1, numRuns: runs(3000) },
    );
    fc.assert(
      fc.property(nearMissDocument, (text) => {
        check(typeof text === 'string' ? text : String(text));
      }),
      { seed: SEED + 2, numRuns: runs(1000) },
    );
    assert.ok(read > 0, `read ${read}`);
  });
});
