import * as assert from 'assert';
import { addLabLink, applyTextEdits, markDayComplete, markDayIncomplete, skipDayEdit, type EditOutcome } from '../../src/core';
import { Lines } from '../../src/core/grammar/lines';
import { displayWidth } from '../../src/core/text/displayWidth';
import { parse } from './helpers';

const D = '2026-11-27';
const on = { date: D, checkTasks: true, journal: false };

function applied(text: string, outcome: EditOutcome): string {
  if (!outcome.ok) throw new Error(outcome.message);
  return applyTextEdits(text, outcome.edits);
}
const day = (text: string, n: number) => parse(text).days.find((d) => d.number === n)!;
const complete = (text: string, n: number): string => applied(text, markDayComplete(text, day(text, n), on));
const incomplete = (text: string, n: number): string => applied(text, markDayIncomplete(text, day(text, n)));
const table = (...rows: string[]): string => rows.join('\n') + '\n';

describe('displayWidth: columns in a monospace editor', () => {
  const widths: [string, number][] = [
    ['abc', 3], ['\u2705', 2], ['\u274C', 2], ['\u2B1C', 2], ['\u23ED', 1], ['\u23ED\uFE0F', 1], ['\u2705 2026-11-27', 13],
    ['\u7B2C3\u5929', 5], ['\uD55C\uAE00', 4], ['\u{1F4C5}', 2], ['e\u0301', 1], ['\uFF21', 2], ['\u00E9t\u00E9', 3],
  ];
  for (const [text, width] of widths) it(`${JSON.stringify(text)} takes ${width}`, () => assert.strictEqual(displayWidth(text), width));
});

describe('marking a row of an aligned table keeps it aligned, and unmarking gives the row back byte for byte', () => {
  // [name, table, day, the row after done]
  const cases: [string, string, number, string][] = [
    ['an empty padded status cell', table('| Day | Topic | Status          |', '|-----|-------|-----------------|', '| 1   | Sets  |                 |', '| 2   | Maps  |                 |'), 1,
      `| 1   | Sets  | \u2705 ${D}   |`],
    ['a \u274C (two columns wide) replaced', table('| Day | Topic | Status          |', '|-----|-------|-----------------|', '| 1   | Sets  | \u274C              |', '| 2   | Maps  | \u274C              |'), 1,
      `| 1   | Sets  | \u2705 ${D}   |`],
    ['a stamp too long for its column: one space after it', table('| Day | Topic | Done |', '|-----|-------|------|', '| 1   | Sets  |      |', '| 2   | Maps  |      |'), 1,
      `| 1   | Sets  | \u2705 ${D} |`],
    ['a status and a date column', table('| Day | Topic | Done | Date       |', '|-----|-------|------|------------|', '| 1   | Sets  | \u274C   |            |', '| 2   | Maps  | \u274C   |            |'), 1,
      `| 1   | Sets  | \u2705   | ${D} |`],
    ['no status column: the title cell', table('| Day | Topic                     |', '|-----|---------------------------|', '| 1   | Sets                      |', '| 2   | Maps                      |'), 1,
      `| 1   | Sets \u2705 ${D}        |`],
    // A centred column is padded on both sides, as each formatter rounds it: its padding is kept as written.
    ['CRLF and a centred column', table('| Day | Topic | Status   |\r', '|:---:|:-----:|:--------:|\r', '|  1  | Sets  |    \u274C    |\r', '|  2  | Maps  |    \u274C    |\r'), 1,
      `|  1  | Sets  |    \u2705 ${D}    |\r`],
    ['CRLF, a left-aligned column', table('| Day | Topic | Status          |\r', '|:----|:------|:----------------|\r', '| 1   | Sets  | \u274C              |\r', '| 2   | Maps  | \u274C              |\r'), 1,
      `| 1   | Sets  | \u2705 ${D}   |\r`],
    ['wide characters in the title cell', table('| Day | Topic      | Status          |', '|-----|------------|-----------------|', '| 1   | \u96C6\u5408       |                 |', '| 2   | \u5730\u56F3       |                 |'), 1,
      `| 1   | \u96C6\u5408       | \u2705 ${D}   |`],
  ];
  for (const [name, text, n, row] of cases) {
    it(name, () => {
      const done = complete(text, n);
      assert.strictEqual(done.split('\n')[2], row);
      assert.strictEqual(parse(done).days[0].done, true);
      assert.strictEqual(incomplete(done, n), text);
    });
  }

  it('a skip and a lab link take the padding too, and the skip comes back out', () => {
    const text = table('| Day | Topic                | Status           |', '|-----|----------------------|------------------|', '| 1   | Sets                 | \u274C               |', '| 2   | Maps                 | \u274C               |');
    const lines = new Lines(text);
    const edits = skipDayEdit(lines, day(text, 1), D);
    assert.ok(typeof edits !== 'string');
    const skipped = applyTextEdits(text, edits);
    assert.strictEqual(skipped.split('\n')[2], `| 1   | Sets                 | \u274C \u23ED ${D}  |`);
    assert.strictEqual(incomplete(skipped, 1), text);
    const linked = applied(text, addLabLink(text, day(text, 1), 'day-001', 'labs/day-001.ipynb'));
    assert.strictEqual(linked.split('\n')[2], '| 1   | Sets [day-001](labs/day-001.ipynb) | \u274C               |');
  });

  // From a review: the column decides by the other rows, so that done and undone decide alike.
  it('a compact column under a padded header, or a row that alone fits its column, comes back byte for byte', () => {
    const compactColumn = table('| Day | Topic | Status |', '|-----|-------|--------|', '| 1   | Sets  | \u274C |', '| 2   | Maps  | \u274C |', '| 3   | Trees | \u274C |');
    assert.strictEqual(complete(compactColumn, 2).split('\n')[3], `| 2   | Maps  | \u2705 ${D} |`);
    assert.strictEqual(incomplete(complete(compactColumn, 2), 2), compactColumn);
    const lines = new Lines(compactColumn);
    const skipped = applyTextEdits(compactColumn, skipDayEdit(lines, day(compactColumn, 2), D) as never);
    assert.strictEqual(incomplete(skipped, 2), compactColumn);
    const empty = table('| Day | Topic | Status |', '|-----|-------|--------|', '| 1   | Sets  | |', '| 2   | Maps  | |');
    assert.strictEqual(incomplete(complete(empty, 1), 1), empty);
    // The last open row of an aligned column: the others overflowed (done), none fits: the padding is kept as written.
    const last = table('| Day | Topic | Done |', '|-----|-------|------|', `| 1   | Sets  | \u2705 ${D} |`, '| 2   | Maps  |      |');
    assert.strictEqual(incomplete(complete(last, 2), 2), last);
    // A row wider than its columns elsewhere, the status cell the only one fitting.
    const wide = table('| Day | Topic | Status |', '|-----|-------|--------|', '| 1234 | Long title | \u274C     |', '| 2   | Maps  | \u274C     |', '| 3   | Trees | \u274C     |');
    assert.strictEqual(incomplete(complete(wide, 1234), 1234), wide);
  });

  it('a compact table, or one whose rows are not padded to its header, keeps its padding as written', () => {
    const compact = table('| Day | Topic | Done |', '|---|---|---|', '| 1 | Intro | |', '| 2 | Setup | |');
    assert.strictEqual(complete(compact, 1).split('\n')[2], `| 1 | Intro | \u2705 ${D} |`);
    assert.strictEqual(incomplete(complete(compact, 1), 1), compact);
    // A header padded to the delimiter row over rows that are not (a learner's table, formats/day-table.md).
    const ragged = table('| Day | Topic | Done |', '| --- | ----- | ---- |', '| 1 | Intro |      |', '| 2 | Setup | |');
    assert.strictEqual(complete(ragged, 1).split('\n')[2], `| 1 | Intro | \u2705 ${D}     |`);
    assert.strictEqual(incomplete(complete(ragged, 1), 1), ragged);
  });
});
