/**
 * The pre-filter's verdicts on short documents built from the very tokens it decides on, pinned in a golden
 * file. planFilter.test.ts pins them on whole notes and plans, where most lines are decided by their first
 * word; its mutants (npm run mutate:parts) showed that the filter's edges were never reached there: a word
 * at the end of a line, a pipe escaped or first in a line, a front matter title over two lines, a dash that
 * is an en dash, a Roman numeral cut short. Every generated document is also checked against the parser
 * (the filter never rejects a plan), so a row that changes is a change of precision, not of safety.
 * After a deliberate change: `node esbuild.js --unit-only && UPDATE_GOLDEN=1 npx mocha --no-config out/test/unit/planFilterTokens.test.js`,
 * then review the diff.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { whyMaybePlan } from '../../src/core';
import { parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'unit', 'golden', 'filter-token-verdicts.txt');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What starts a line: containers, heading marks (one too many, none glued), table edges, indents. */
const PREFIXES = ['', '', '', '# ', '## ', '### ', '###### ', '####### ', '##', '> ', '>', '> > ', '- ', '* ', '1. ', '2) ', '  ', '    ', '\t', '| ', '|', '\\| ', '- [ ] ', '> - '];
/** The words and marks the filter reads: keywords of several languages, numbers, Roman numerals, weekdays,
 *  dates, learning words, the markup it skips and the markup that may hide a word, and mojibake. */
const WORDS = [
  'Day', 'day', 'DAY', 'Days', 'Dayx', 'Week', 'week', 'Weekly', 'Module', 'Cycle', 'Round', 'Part', 'Tag', 'D\u00eda', 'Jour', 'Woche',
  '\u7b2c', '\u5929', '\u7b2c3\u5929', '\u4e09', '3', '12', '100', '31-60', '1-2', '1\u20132', '1\u20142', '1~2', '#3', '#', 'IV', 'ii', 'Xv', 'IVy', 'R1D1', 'R1D', '10', '3.', '3)',
  'Monday', 'Mon', 'Mond', 'Tue', 'Sun', 'Tuesday', 'Today', 'TODAY', '(Tuesday)', 'today', 'Sat',
  'Learning', 'learnings', 'Key Learnings', 'study', 'Notes', 'practice', 'log',
  '2024-01-05', 'January 5, 2024', '2024', '05.01.2024',
  '**', '__', '_', '`', '``', '*', '~~', '[', ']', '(url)', '[x]', '[ ]', '[/]', '[-]', '[y]', '[X]',
  '-', '\u2013', '\u2014', '.', ')', ':', '|', '\\|', '/', ',', '(', '...', "'s", '\u2019',
  '&amp;', '&#68;', '&#x44;', '&', '&a', '<b>', '</b>', '<', '<!--', '-->', '<1', '\\',
  '\u{1F3AF}', '\u00c3\u00ad', '\u00c3\u00a9', '\u00e9', '\u00a0', '\u0414\u0435\u043d\u044c', '\ufffd', 'x', 'the', 'plan',
];
/** Whole lines that change how the lines around them read. */
const LINES = ['', '', '---', '===', '- - -', '***', '...', '|---|---|', '| --- |', '---|---', ':-:', '```', '~~~', 'title: Study', 'title: "Team', 'title : log', 'titles: x', '  learning notes'];
const SEPARATORS = [' ', ' ', ' ', '', '\t', ': ', ' | ', '\u00a0'];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 5 }))
    .map(([prefix, words]) => prefix + words.map(([w, s], i) => (i === words.length - 1 ? w : w + s)).join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...LINES) },
);
const documentOfTokens = fc.record({
  front: fc.option(fc.array(fc.constantFrom(...LINES.slice(12), 'tags: [study]', 'title: >-'), { minLength: 1, maxLength: 3 }), { freq: 6 }),
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
  bom: fc.boolean(),
  name: fc.constantFrom('notes.md', 'notes.md', 'learning-log.md'),
}).map(({ front, lines, eol, bom, name }) => {
  const body = [...(front ? ['---', ...front, '---'] : []), ...lines].join(eol) + eol;
  return { text: (bom ? '\ufeff' : '') + body, name };
});

const CASES = 2500;
const corpus = (): { text: string; name: string }[] => fc.sample(documentOfTokens, { seed: 20261125, numRuns: CASES });

describe('pre-filter: verdicts on documents made of the tokens it reads', function () {
  this.timeout(120_000);

  it('never rejects one the parser calls a plan', () => {
    let plans = 0;
    for (const { text, name } of corpus()) {
      const uri = `file:///ws/${name}`;
      if (!parse(text, uri).isPlan) continue;
      plans++;
      assert.ok(whyMaybePlan(utf8(text), uri) !== null, `a plan the pre-filter rejects: ${JSON.stringify(text)}`);
    }
    assert.ok(plans > CASES / 20, `${plans} plans`);
  });

  it('are the golden file test/unit/golden/filter-token-verdicts.txt', () => {
    const rows = corpus().map(({ text, name }) => `${JSON.stringify(text)} ${name}: ${whyMaybePlan(utf8(text), `file:///ws/${name}`) ?? 'no'}`);
    const actual = `${rows.join('\n')}\n`;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, actual);
    const expected = fs.readFileSync(GOLDEN, 'utf8').split('\n');
    const changed = actual.split('\n').map((row, i) => [row, expected[i]]).filter(([a, e]) => a !== e);
    assert.strictEqual(changed.length, 0, `${changed.length} verdicts changed, first: ${JSON.stringify(changed.slice(0, 5))}`);
    assert.strictEqual(actual.split('\n').length, expected.length);
  });
});
