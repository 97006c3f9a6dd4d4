import * as assert from 'assert';
import { linkInRow, markRow, plannedInRow, rowIsDone, skipInRow, unskipRow } from '../../../src/core/edits/tableEdits';
import { doneForm, openDate, openStatus } from '../../../src/core/edits/tableRows';
import { Lines } from '../../../src/core/grammar/lines';
import { applyTextEdits, markDayComplete, markDayIncomplete } from '../../../src/core';
import { parse } from '../helpers';
import type { LineEdit } from '../../../src/core/edits/textEdit';
import type { TableCells } from '../../../src/core/model';

/** The row after its edits (right to left), or `ERR reason`. */
function after(line: string, edits: LineEdit[] | null): string {
  if (edits === null) return 'ERR the row has no title cell';
  let out = line;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

const STATUS = { title: 1, status: 2, date: null };
const NO_STATUS = { title: 1, status: null, date: null };
const DATE = '2026-11-21';

// Before / after, Obsidian Tasks style: [row, done before, marked with a date, marked without one, unmarked].
const WITH_STATUS: [string, boolean, string, string, string][] = [
  // An empty cell gets its value padded as the cells around it (a learner's `| \u2705 2026-11-24|`).
  ['| 01 | Intro | |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | |'],
  ['| 01 | Intro ||', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro ||'],
  // A tab before an empty cell: no space is added after the value, so clearing it gives the tab back alone.
  ['| 01 | Intro |\t|', false, '| 01 | Intro |\t\u2705 2026-11-21|', '| 01 | Intro |\t\u2705|', '| 01 | Intro |\t|'],
  ['|01|Intro||', false, '|01|Intro| \u2705 2026-11-21 |', '|01|Intro| \u2705 |', '|01|Intro||'],
  ['| 01 | Intro | \u274C |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | \u274C |'],
  ['| 01 | Intro | todo |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | todo |'],
  ['| 01 | Intro | - |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | - |'],
  ['| 01 | Intro | N |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | N |'],
  // Words that say not done, after a sign or alone (a learner's `⬜ Not started` became `⬜ Not started ✅ …`).
  ['| 01 | Intro | \u2B1C Not started |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | \u2B1C Not started |'],
  // In progress is the learner's word, kept: stamped after (undone could not write it back).
  ['| 01 | Intro | \u{1F6A7} In progress |', false, '| 01 | Intro | \u{1F6A7} In progress \u2705 2026-11-21 |', '| 01 | Intro | \u{1F6A7} In progress \u2705 |', '| 01 | Intro | \u{1F6A7} In progress |'],
  ['| 01 | Intro | not started |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | not started |'],
  // ...in the plan's language too, from languages.json's openValues (a trial's `offen ✅ 2026-11-27`, `TBD ✅`).
  ['| 01 | Intro | offen |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | offen |'],
  ['| 01 | Intro | TBD |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | TBD |'],
  ['| 01 | Intro | \u2B1C Pendiente |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | \u2B1C Pendiente |'],
  ['| 01 | Intro | \u672A\u5F00\u59CB |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | \u672A\u5F00\u59CB |'],
  ['| 01 | Intro | no |', false, '| 01 | Intro | \u2705 2026-11-21 |', '| 01 | Intro | \u2705 |', '| 01 | Intro | no |'],
  // A sign before other words is the learner's note: stamped after.
  ['| 01 | Intro | \u{1F6A7} chapter 3 |', false, '| 01 | Intro | \u{1F6A7} chapter 3 \u2705 2026-11-21 |', '| 01 | Intro | \u{1F6A7} chapter 3 \u2705 |', '| 01 | Intro | \u{1F6A7} chapter 3 |'],
  ['| 01 | Intro | [ ] |', false, '| 01 | Intro | [x] \u2705 2026-11-21 |', '| 01 | Intro | [x] |', '| 01 | Intro | [ ] |'],
  ['| 01 | Intro | notes here |', false, '| 01 | Intro | notes here \u2705 2026-11-21 |', '| 01 | Intro | notes here \u2705 |', '| 01 | Intro | notes here |'],
  // A box after words: that box is checked, the words kept.
  ['| 01 | Intro | review [ ] |', false, '| 01 | Intro | review [x] \u2705 2026-11-21 |', '| 01 | Intro | review [x] |', '| 01 | Intro | review [ ] |'],
  // Done already: marking changes nothing; unmarking clears the sign or the stamp (to `| |`), keeps other words.
  ['| 01 | Intro | [x] |', true, '| 01 | Intro | [x] |', '| 01 | Intro | [x] |', '| 01 | Intro | [ ] |'],
  ['| 01 | Intro | [X] \u2705 2026-01-02 |', true, '| 01 | Intro | [X] \u2705 2026-01-02 |', '| 01 | Intro | [X] \u2705 2026-01-02 |', '| 01 | Intro | [ ] |'],
  ['| 01 | Intro | \u2705 2026-01-02 |', true, '| 01 | Intro | \u2705 2026-01-02 |', '| 01 | Intro | \u2705 2026-01-02 |', '| 01 | Intro | |'],
  ['| 01 | Intro | Done |', true, '| 01 | Intro | Done |', '| 01 | Intro | Done |', '| 01 | Intro | |'],
  ['| 01 | Intro | \u2714 |', true, '| 01 | Intro | \u2714 |', '| 01 | Intro | \u2714 |', '| 01 | Intro | |'],
  ['| 01 | Intro | **Done** |', true, '| 01 | Intro | **Done** |', '| 01 | Intro | **Done** |', '| 01 | Intro | |'],
  ['| 01 | Intro | [Done](log.md) |', true, '| 01 | Intro | [Done](log.md) |', '| 01 | Intro | [Done](log.md) |', '| 01 | Intro | |'],
  ['| 01 | Intro | [X] reviewed |', true, '| 01 | Intro | [X] reviewed |', '| 01 | Intro | [X] reviewed |', '| 01 | Intro | [ ] reviewed |'],
  ['| 01 | Intro | review [x] \u2705 2026-01-02 |', true, '| 01 | Intro | review [x] \u2705 2026-01-02 |', '| 01 | Intro | review [x] \u2705 2026-01-02 |', '| 01 | Intro | review [ ] |'],
  ['| 01 | Intro | [x] 2026-01-02 |', true, '| 01 | Intro | [x] 2026-01-02 |', '| 01 | Intro | [x] 2026-01-02 |', '| 01 | Intro | [ ] 2026-01-02 |'],
  // The date a day was done, alone or after a done word (a `| Completed |` column): done, and cleared whole by unmarking.
  ['| 01 | Intro | 2026-01-02 |', true, '| 01 | Intro | 2026-01-02 |', '| 01 | Intro | 2026-01-02 |', '| 01 | Intro | |'],
  ['| 01 | Intro | Done 2026-01-02 |', true, '| 01 | Intro | Done 2026-01-02 |', '| 01 | Intro | Done 2026-01-02 |', '| 01 | Intro | |'],
  ['| 01 | Intro | notes \u2705 2026-01-02 |', true, '| 01 | Intro | notes \u2705 2026-01-02 |', '| 01 | Intro | notes \u2705 2026-01-02 |', '| 01 | Intro | notes |'],
  // A note beside done is the learner's: unmarking takes out the done word or sign and its date, not the note (a trial's
  // `done, 45 min` was cleared to `| |`).
  ['| 01 | Intro | done, 45 min |', true, '| 01 | Intro | done, 45 min |', '| 01 | Intro | done, 45 min |', '| 01 | Intro | 45 min |'],
  ['| 01 | Intro | yes (review) |', true, '| 01 | Intro | yes (review) |', '| 01 | Intro | yes (review) |', '| 01 | Intro | (review) |'],
  ['| 01 | Intro | 2026-01-02 (45 min) |', true, '| 01 | Intro | 2026-01-02 (45 min) |', '| 01 | Intro | 2026-01-02 (45 min) |', '| 01 | Intro | (45 min) |'],
  ['| 01 | Intro | \u2705 2026-01-02 \u2014 felt easy |', true, '| 01 | Intro | \u2705 2026-01-02 \u2014 felt easy |', '| 01 | Intro | \u2705 2026-01-02 \u2014 felt easy |', '| 01 | Intro | felt easy |'],
  ['| 01 | Intro | \u2705 (hard, redo) |', true, '| 01 | Intro | \u2705 (hard, redo) |', '| 01 | Intro | \u2705 (hard, redo) |', '| 01 | Intro | (hard, redo) |'],
  ['| 01 | Intro | **Done** - easy \u2705 2026-01-02 |', true, '| 01 | Intro | **Done** - easy \u2705 2026-01-02 |', '| 01 | Intro | **Done** - easy \u2705 2026-01-02 |', '| 01 | Intro | easy |'],
  // From a learner's trial: a sign as emoji pickers write it (`✔️`), emphasis and brackets around the date, a note that
  // says done again, full-width punctuation.
  ['| 01 | Intro | \u2714\uFE0F 45min |', true, '| 01 | Intro | \u2714\uFE0F 45min |', '| 01 | Intro | \u2714\uFE0F 45min |', '| 01 | Intro | 45min |'],
  ['| 01 | Intro | \u2705 **2026-01-02** \u2014 easy |', true, '| 01 | Intro | \u2705 **2026-01-02** \u2014 easy |', '| 01 | Intro | \u2705 **2026-01-02** \u2014 easy |', '| 01 | Intro | easy |'],
  ['| 01 | Intro | \u2705 *2026-01-02* |', true, '| 01 | Intro | \u2705 *2026-01-02* |', '| 01 | Intro | \u2705 *2026-01-02* |', '| 01 | Intro | |'],
  ['| 01 | Intro | done (2026-01-02) felt easy |', true, '| 01 | Intro | done (2026-01-02) felt easy |', '| 01 | Intro | done (2026-01-02) felt easy |', '| 01 | Intro | felt easy |'],
  ['| 01 | Intro | 2026-01-02 \u2014 done, easy |', true, '| 01 | Intro | 2026-01-02 \u2014 done, easy |', '| 01 | Intro | 2026-01-02 \u2014 done, easy |', '| 01 | Intro | easy |'],
  ['| 01 | Intro | \u5b8c\u6210\uff0c45\u5206\u949f |', true, '| 01 | Intro | \u5b8c\u6210\uff0c45\u5206\u949f |', '| 01 | Intro | \u5b8c\u6210\uff0c45\u5206\u949f |', '| 01 | Intro | 45\u5206\u949f |'],
  // Emphasis around the whole cell stays around the note (a reviewer's `**Done, 45 min**` became `45 min**`).
  ['| 01 | Intro | **Done, 45 min** |', true, '| 01 | Intro | **Done, 45 min** |', '| 01 | Intro | **Done, 45 min** |', '| 01 | Intro | **45 min** |'],
  ['| 01 | Intro | <b>Done, 45 min</b> \u2705 2026-01-02 |', true, '| 01 | Intro | <b>Done, 45 min</b> \u2705 2026-01-02 |', '| 01 | Intro | <b>Done, 45 min</b> \u2705 2026-01-02 |', '| 01 | Intro | <b>45 min</b> |'],
  ['| 01 | Intro | _2026-01-02 (45 min)_ |', true, '| 01 | Intro | _2026-01-02 (45 min)_ |', '| 01 | Intro | _2026-01-02 (45 min)_ |', '| 01 | Intro | _(45 min)_ |'],
  // Two pairs are no pair around the cell (a reviewer's `**Done**, **45 min**` became `****45 min**`).
  ['| 01 | Intro | **Done**, **45 min** |', true, '| 01 | Intro | **Done**, **45 min** |', '| 01 | Intro | **Done**, **45 min** |', '| 01 | Intro | **45 min** |'],
  // Done alone, or with closing marks only: cleared as before.
  ['| 01 | Intro | \u2714 (26/11/2026) |', true, '| 01 | Intro | \u2714 (26/11/2026) |', '| 01 | Intro | \u2714 (26/11/2026) |', '| 01 | Intro | |'],
  ['| 01 | Intro | \u2705 Done |', true, '| 01 | Intro | \u2705 Done |', '| 01 | Intro | \u2705 Done |', '| 01 | Intro | |'],
  // A note that would itself read done or skipped cannot stay as it is: the cell is cleared, as before.
  ['| 01 | Intro | done - 2026-01-03 |', true, '| 01 | Intro | done - 2026-01-03 |', '| 01 | Intro | done - 2026-01-03 |', '| 01 | Intro | |'],
  ['| 01 | Intro | \u2705 skipped |', true, '| 01 | Intro | \u2705 skipped |', '| 01 | Intro | \u2705 skipped |', '| 01 | Intro | |'],
  // No status cell in this row: the title cell is stamped.
  ['01 | Intro | ', false, '01 | Intro \u2705 2026-11-21 | ', '01 | Intro \u2705 | ', '01 | Intro | '],
  ['| 01 | Intro |', false, '| 01 | Intro \u2705 2026-11-21 |', '| 01 | Intro \u2705 |', '| 01 | Intro |'],
  ['| 01 |', false, 'ERR the row has no title cell', 'ERR the row has no title cell', 'ERR the row has no title cell'],
];
const WITHOUT_STATUS: [string, boolean, string, string, string][] = [
  ['| 01 | Intro |', false, '| 01 | Intro \u2705 2026-11-21 |', '| 01 | Intro \u2705 |', '| 01 | Intro |'],
  ['| 01 | Intro \u2705 2026-01-02 |', true, '| 01 | Intro \u2705 2026-01-02 |', '| 01 | Intro \u2705 2026-01-02 |', '| 01 | Intro |'],
  ['| 01 | Intro \u2705 |', true, '| 01 | Intro \u2705 |', '| 01 | Intro \u2705 |', '| 01 | Intro |'],
  ['| 01 | Intro | Done |', false, '| 01 | Intro \u2705 2026-11-21 | Done |', '| 01 | Intro \u2705 | Done |', '| 01 | Intro | Done |'],
  // Without a status column only the title cell counts: a stamp in a later cell is the learner's note.
  ['| 01 | Intro | \u2705 2026-01-02 |', false, '| 01 | Intro \u2705 2026-11-21 | \u2705 2026-01-02 |', '| 01 | Intro \u2705 | \u2705 2026-01-02 |', '| 01 | Intro | \u2705 2026-01-02 |'],
  ['| 01 |', false, 'ERR the row has no title cell', 'ERR the row has no title cell', 'ERR the row has no title cell'],
];

describe('Table rows: marking a day writes its status cell, byte for byte (issue 17)', () => {
  for (const [cells, table] of [[STATUS, WITH_STATUS], [NO_STATUS, WITHOUT_STATUS]] as const) {
    for (const [row, done, marked, markedBare, unmarked] of table) {
      it(`${cells.status === null ? 'no status column' : 'status column'}: ${JSON.stringify(row)}`, () => {
        assert.strictEqual(rowIsDone(row, cells), done, 'done before');
        assert.strictEqual(after(row, markRow(row, cells, true, DATE)), marked, 'marked');
        assert.strictEqual(after(row, markRow(row, cells, true, null)), markedBare, 'marked without a date');
        assert.strictEqual(after(row, markRow(row, cells, false, null)), unmarked, 'unmarked');
        if (!marked.startsWith('ERR')) {
          assert.strictEqual(rowIsDone(marked, cells), true, 'done after marking');
          assert.strictEqual(rowIsDone(unmarked, cells), false, 'not done after unmarking');
        }
      });
    }
  }

  it('reads each status cell as the parser does: a row the tree shows done is one marking leaves alone', () => {
    let compared = 0;
    for (const [row, , marked, markedBare, unmarked] of WITH_STATUS) {
      if (!row.startsWith('| 01 | Intro |') || row === '| 01 | Intro |') continue;
      for (const variant of [row, marked, markedBare, unmarked]) {
        const plan = parse(`| Day | Topic | Done |\n|---|---|---|\n${variant}\n| 02 | Next | |\n`);
        assert.strictEqual(plan.days.length, 2, variant);
        assert.strictEqual(plan.days[0].done, rowIsDone(variant, STATUS), variant);
        compared++;
      }
    }
    assert.ok(compared >= 60, `${compared} rows compared`);
  });

  it("an unmarked row gets the table's open mark when the other open rows agree on one (one row is enough: the last day but one lost its ❌)", () => {
    const table = (...status: string[]): Lines => new Lines(['| Day | Topic | Done |', '|---|---|---|', ...status.map((cell, i) => `| ${i + 1} | T |${cell}|`), '', '| 9 | other table | \u274C |'].join('\n'));
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u274C ', ' \u2705 2026-01-02 '), 2, STATUS), '\u274C');
    assert.strictEqual(openStatus(table(' \u2705 ', '\u2B1C', ' \u2B1C ', ' notes '), 2, STATUS), '\u2B1C', 'notes are no open mark; padding is not part of it');
    // Two marks: the one most open rows hold (a trial's `❌ ❌ ⬜` got an empty cell back); as many of each say none.
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u274C ', ' \u2B1C '), 2, STATUS), '\u274C', 'two marks, one held by more rows');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u2B1C ', ' \u2B1C ', ' \u274C '), 2, STATUS), '', 'two marks, as many rows each');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u274C ', ' '), 2, STATUS), '\u274C', 'an empty cell among more marks');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' ', ' '), 2, STATUS), '', 'more empty cells than marks');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' [ ] '), 2, STATUS), '', 'an open box among them');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C '), 2, STATUS), '\u274C', 'one other open row says it; the next table is not read');
    assert.strictEqual(openStatus(table(' \u274C ', ' \u2705 2026-01-02 '), 2, STATUS), '', 'no other open row: the next table\'s is not read');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u274C '), 2, NO_STATUS), '');
    // From a review: a heading holding a pipe ends the table; a delimiter row of single dashes is no open row.
    const two = new Lines(['| Day | T | Done |', '|---|---|---|', '| 1 | a | \u274C |', '| 2 | b | \u274C |', '## Week 2 | More', '| Day | T | Done |', '|---|---|---|', '| 4 | d | \u2705 |', '| 5 | e | \u2705 2026-01-02 |'].join('\n'));
    assert.strictEqual(openStatus(two, 8, STATUS), '');
    const dashes = new Lines(['| Day | T | Done |', '| - | - | - |', '| 1 | a | \u2705 |', '| 2 | b | \u274C |', '| 3 | c | \u274C |'].join('\n'));
    assert.strictEqual(openStatus(dashes, 2, STATUS), '\u274C');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u2B1C Not started ', ' \u2B1C Not started '), 2, STATUS), '\u2B1C Not started', 'a sign and its words, written back whole');
    assert.strictEqual(openStatus(table(' \u2705 ', ' \u274C ', ' \u{1F6A7} In progress ', ' \u274C '), 2, STATUS), '\u274C', 'a row in progress says nothing of the open mark (a review)');
    const row = '| 01 | Intro | \u2705 2026-01-02 |';
    assert.strictEqual(after(row, markRow(row, STATUS, false, null, { openMark: '\u274C' })), '| 01 | Intro | \u274C |');
    assert.strictEqual(after('| 01 | Intro | [x] |', markRow('| 01 | Intro | [x] |', STATUS, false, null, { openMark: '\u274C' })), '| 01 | Intro | [ ] |', 'a box is unchecked');
    assert.strictEqual(after('| 01 | Intro | notes \u2705 2026-01-02 |', markRow('| 01 | Intro | notes \u2705 2026-01-02 |', STATUS, false, null, { openMark: '\u274C' })), '| 01 | Intro | notes |', 'notes keep their words');
  });

  it('a table whose done rows hold their dates alone in the status column gets the date alone there (`| Completed |`: a trial\'s read every day open)', () => {
    const text = ['# SQL', '', '| Day | Topic | Completed |', '|-----|-------|-----------|', '| 1 | Select | 2026-11-20 |', '| 2 | Where | 2026-11-21 |', '| 3 | Joins | |', '| 4 | Group by | |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate]), [[true, '2026-11-20'], [true, '2026-11-21'], [false, null], [false, null]]);
    const lines = new Lines(text);
    assert.deepStrictEqual(doneForm(lines, 6, STATUS), { before: '', like: '2026-11-21', after: '' }, 'the nearest, as written');
    assert.deepStrictEqual(doneForm(lines, 4, STATUS), { before: '', like: '2026-11-21', after: '' }, 'one other done row says it; the header `Completed` is no row');
    const done = markDayComplete(text, plan.days[2], { date: '2026-11-22', checkTasks: true, journal: false });
    assert.ok(done.ok);
    const marked = applyTextEdits(text, done.edits);
    assert.strictEqual(marked, text.replace('| 3 | Joins | |', '| 3 | Joins | 2026-11-22 |'));
    assert.deepStrictEqual([parse(marked).days[2].done, parse(marked).days[2].doneDate], [true, '2026-11-22']);
    const undone = markDayIncomplete(marked, parse(marked).days[2]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(marked, undone.edits), text);
    // A done row holding anything else, or none done: the stamp, as before.
    assert.strictEqual(doneForm(new Lines(text.replace('| 2 | Where | 2026-11-21 |', '| 2 | Where | \u2705 |')), 6, STATUS), null, 'they differ');
    assert.strictEqual(doneForm(new Lines(text.replace('2026-11-20', '').replace('2026-11-21', '')), 6, STATUS), null, 'none done');
    assert.strictEqual(doneForm(lines, 6, NO_STATUS), null);
    // Done rows of a word and a date, or a word beside a date column: written as they are (a trial's got `✅ 2026-11-28`).
    for (const [rows, marked] of [
      [['Done 2026-11-24', '**Done** 2026-11-25'], null],
      [['Done 2026-11-24', 'Done 2026-11-25'], 'Done 2026-11-28'],
      [['\u2714 (2026-11-24)', '\u2714 (2026-11-25)'], '\u2714 (2026-11-28)'],
      [['done on 24.11.2026', 'done on 25.11.2026'], 'done on 28.11.2026'],
    ] as const) {
      const table = ['| Day | Topic | Done |', '|---|---|---|', `| 1 | A | ${rows[0]} |`, `| 2 | B | ${rows[1]} |`, '| 3 | C | |'].join('\n');
      const form = doneForm(new Lines(table), 4, STATUS);
      const written = markDayComplete(table, parse(table).days[2], { date: '2026-11-28', checkTasks: true, journal: false });
      assert.ok(written.ok);
      assert.strictEqual(applyTextEdits(table, written.edits), table.replace('| 3 | C | |', `| 3 | C | ${marked ?? '\u2705 2026-11-28'} |`), JSON.stringify(form));
    }
    // One done row with a note: the note is that row's, not the table's form (a review's `(45 min)`, `Fri` were copied).
    for (const row of ['2026-11-26 (45 min)', '2026-11-27 Fri', '\u2705 2026-11-20 \u2014 1h, felt easy']) {
      const table = ['| Day | Topic | Done |', '|---|---|---|', `| 1 | A | ${row} |`, '| 2 | B | |'].join('\n');
      const written = markDayComplete(table, parse(table).days[1], { date: '2026-11-28', checkTasks: true, journal: false });
      assert.ok(written.ok);
      assert.strictEqual(applyTextEdits(table, written.edits), table.replace('| 2 | B | |', '| 2 | B | \u2705 2026-11-28 |'), row);
    }
    // A row with a note among done rows of dates alone: the others say the form (a trial's got `✅ 2026-11-28`).
    const noted = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | A | 2026-11-20 (45 min) |', '| 2 | B | 2026-11-21 |', '| 3 | C | |'].join('\n');
    const dated = markDayComplete(noted, parse(noted).days[2], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(dated.ok);
    assert.strictEqual(applyTextEdits(noted, dated.edits), noted.replace('| 3 | C | |', '| 3 | C | 2026-11-28 |'));
    const words = ['| Tag | Thema | Status | Datum |', '|---|---|---|---|', '| 1 | A | erledigt | 2026-11-26 |', '| 2 | B | offen | |'].join('\n');
    const wrote = markDayComplete(words, parse(words).days[1], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(wrote.ok);
    assert.strictEqual(applyTextEdits(words, wrote.edits), words.replace('| 2 | B | offen | |', '| 2 | B | erledigt | 2026-11-28 |'));
  });

  it('a status cell saying the day was skipped (`skipped`, `übersprungen`) reads skipped, and reopening clears it (Today stayed on it)', () => {
    const text = ['| Day | Topic | Status |', '|---|---|---|', '| 1 | Select | \u2705 2026-11-20 |', '| 2 | Where | **Skipped** |', '| 3 | Joins | \u23ED skipped |', '| 4 | Groups | \u00fcbersprungen |', '| 5 | Windows | skipped the video |', '| 6 | CTEs | |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => d.skipped), [false, true, true, true, false, false], 'a note starting with the word is the learner\'s, not a skip');
    assert.strictEqual(plan.root.progress.daysTotal, 3);
    for (const [row, reopened] of [['| 2 | Where | **Skipped** |', '| 2 | Where | |'], ['| 3 | Joins | \u23ED skipped |', '| 3 | Joins | |'], ['| 4 | Groups | \u00fcbersprungen |', '| 4 | Groups | |']]) {
      assert.strictEqual(after(row, unskipRow(row, STATUS)), reopened, row);
    }
    const undone = markDayIncomplete(text, plan.days[1]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(text, undone.edits), text.replace('| 2 | Where | **Skipped** |', '| 2 | Where | |'));
  });

  it('a skip word with a note (`skipped (sick)`, `Skipped - travel`) or a rest (`rest`) reads skipped; reopening keeps the note (a trial\'s read open)', () => {
    const text = ['| Day | Topic | Status |', '|---|---|---|', '| 1 | A | skipped (sick) |', '| 2 | B | Skipped - travel |', '| 3 | C | rest |', '| 4 | D | skipped: no time |', '| 5 | E | skipping ahead |', '| 6 | F | |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => d.skipped), [true, true, true, true, false, false]);
    for (const [row, reopened] of [['| 1 | A | skipped (sick) |', '| 1 | A | (sick) |'], ['| 2 | B | Skipped - travel |', '| 2 | B | travel |'], ['| 3 | C | rest |', '| 3 | C | |'], ['| 4 | D | skipped: no time |', '| 4 | D | no time |']]) {
      assert.strictEqual(after(row, unskipRow(row, STATUS)), reopened, row);
    }
    const undone = markDayIncomplete(text, plan.days[0]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(text, undone.edits), text.replace('| 1 | A | skipped (sick) |', '| 1 | A | (sick) |'));
    // From a review: emphasis, code, signs, `⏭`s and links around them; the note never lost, nor read done or skipped.
    for (const [row, reopened] of [
      ['| 1 | A | **skipped** (sick) |', '| 1 | A | (sick) |'], ['| 1 | A | ~~skipped~~ (sick) |', '| 1 | A | (sick) |'], ['| 1 | A | `skipped` (sick) |', '| 1 | A | (sick) |'],
      ['| 1 | A | skipped (sick_day) |', '| 1 | A | (sick_day) |'], ['| 1 | A | skipped - see [notes](http://x.y/my_notes) |', '| 1 | A | see [notes](http://x.y/my_notes) |'],
      ['| 1 | A | \u23F8\uFE0F skipped (sick) |', '| 1 | A | \u23F8\uFE0F (sick) |'], ['| 1 | A | \u23ED skipped (sick) |', '| 1 | A | (sick) |'],
      ['| 1 | A | skipped (sick) \u23ED 2026-11-20 |', '| 1 | A | (sick) |'], ['| 1 | A | skipped - 2026-11-20 |', '| 1 | A | |'],
    ]) {
      assert.strictEqual(after(row, unskipRow(row, STATUS)), reopened, row);
    }
    // A separator with no space after it is a word's (`Skip-level meeting`): no skip.
    assert.deepStrictEqual(parse(text.replace('skipping ahead', 'Skip-level meeting')).days[4].skipped, false);
  });

  it('undone keeps a done note that starts with a skip word (`✅ 2026-11-20 — rest day, easy`: a review\'s lost it)', () => {
    const text = ['| Day | Topic | Status |', '|---|---|---|', '| 1 | A | \u2705 2026-11-20 \u2014 rest day, easy |', '| 2 | B | |'].join('\n');
    const undone = markDayIncomplete(text, parse(text).days[0]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(text, undone.edits), text.replace('\u2705 2026-11-20 \u2014 rest day, easy', 'rest day, easy'));
  });

  it('a column headed as the date a day was done (`Completed on`) is the status column: its dates done, marking writes one alone', () => {
    const text = ['| Day | Topic | Completed on |', '|---|---|---|', '| 1 | Intro | 2026-11-26 (45 min) |', '| 2 | Basics | 2026-11-27 Fri |', '| 3 | Joins | |', '| 4 | CTEs | |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate, d.planned]), [[true, '2026-11-26', null], [true, '2026-11-27', null], [false, null, null], [false, null, null]]);
    const done = markDayComplete(text, plan.days[2], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(done.ok);
    const marked = applyTextEdits(text, done.edits);
    assert.strictEqual(marked, text.replace('| 3 | Joins | |', '| 3 | Joins | 2026-11-28 |'));
    const undone = markDayIncomplete(marked, parse(marked).days[2]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(marked, undone.edits), text);
    // None done yet: the header alone says what goes there.
    const fresh = ['| Tag | Thema | Erledigt am |', '|---|---|---|', '| 1 | SELECT | |', '| 2 | WHERE | |'].join('\n');
    const first = markDayComplete(fresh, parse(fresh).days[0], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(first.ok);
    assert.strictEqual(applyTextEdits(fresh, first.edits), fresh.replace('| 1 | SELECT | |', '| 1 | SELECT | 2026-11-28 |'));
  });

  it('a German table\'s dates (`20.11.2026`) are read, and written in its form: done and undone give it back byte for byte', () => {
    const text = ['| Tag | Thema | Erledigt | Datum |', '|-----|-------|----------|-------|', '| 1 | SELECT | \u2705 | 20.11.2026 |', '| 2 | WHERE | \u2705 | 21.11.2026 |', '| 3 | JOIN | | |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => d.doneDate), ['2026-11-20', '2026-11-21', null], 'its done dates (they read as none: no streak)');
    const done = markDayComplete(text, plan.days[2], { date: '2026-11-22', checkTasks: true, journal: false });
    assert.ok(done.ok);
    const marked = applyTextEdits(text, done.edits);
    assert.strictEqual(marked, text.replace('| 3 | JOIN | | |', '| 3 | JOIN | \u2705 | 22.11.2026 |'));
    assert.strictEqual(parse(marked).days[2].doneDate, '2026-11-22');
    const undone = markDayIncomplete(marked, parse(marked).days[2]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(marked, undone.edits), text);
    // A status column of such dates: read done, and marking writes the date as they are written.
    const alone = ['| Tag | Thema | Erledigt |', '|---|---|---|', '| 1 | SELECT | 20.11.2026 |', '| 2 | WHERE | |'].join('\n');
    const marking = markDayComplete(alone, parse(alone).days[1], { date: '2026-11-22', checkTasks: true, journal: false });
    assert.ok(marking.ok);
    assert.strictEqual(applyTextEdits(alone, marking.edits), alone.replace('| 2 | WHERE | |', '| 2 | WHERE | 22.11.2026 |'));
    // A planned date: written over in its own form, into an empty cell in the column's.
    const PLANNED = { title: 1, status: 3, date: null, planned: 2 };
    assert.strictEqual(after('| 3 | JOIN | 25.11.2026 | |', [plannedInRow('| 3 | JOIN | 25.11.2026 | |', PLANNED, '2026-12-01') as LineEdit]), '| 3 | JOIN | 01.12.2026 | |');
    assert.strictEqual(after('| 3 | JOIN | | |', [plannedInRow('| 3 | JOIN | | |', PLANNED, '2026-12-01', '25.11.2026') as LineEdit]), '| 3 | JOIN | 01.12.2026 | |');
    assert.strictEqual(plannedInRow('| 3 | JOIN | bald | |', PLANNED, '2026-12-01'), 'its date cell holds "bald", not a date');
    const planned = parse(['| Tag | Thema | Geplant | Erledigt |', '|---|---|---|---|', '| 1 | SELECT | 23.11.2026 | \u2705 |', '| 2 | WHERE | 24.11.2026 | |'].join('\n'));
    assert.deepStrictEqual(planned.days.map((d) => d.planned), ['2026-11-23', '2026-11-24'], 'its schedule (it read none)');
  });

  it('a table with a column for the date a day was done gets the date there, as its other rows have it (a learner\'s went into the Done cell)', () => {
    const DATED = { title: 1, status: 2, date: 3 };
    // [row, marked, then unmarked]
    const rows: [string, string, string][] = [
      ['| 3 | JOINs | | |', '| 3 | JOINs | \u2705 | 2026-11-21 |', '| 3 | JOINs | | |'],
      ['| 3 | JOINs |  |  |', '| 3 | JOINs |  \u2705 |  2026-11-21 |', '| 3 | JOINs |  |  |'],
      // (as a status cell alone: an unpadded empty cell comes back padded, `| |`)
      ['|3|JOINs|||', '|3|JOINs| \u2705 | 2026-11-21 |', '|3|JOINs| | |'],
      ['| 3 | JOINs | \u274C | |', '| 3 | JOINs | \u2705 | 2026-11-21 |', '| 3 | JOINs | | |'],
      ['| 3 | JOINs | [ ] | |', '| 3 | JOINs | [x] | 2026-11-21 |', '| 3 | JOINs | [ ] | |'],
      // Cells padded to their column's width: the value after the first space, the padding after it, given back
      // (a learner's date went after the padding: `|      2026-11-27 |`).
      ['| 3 | JOINs | \u2B1C     |      |', '| 3 | JOINs | \u2705     | 2026-11-21     |', '| 3 | JOINs |      |      |'],
      ['| 3 | JOINs |        |            |', '| 3 | JOINs | \u2705       | 2026-11-21           |', '| 3 | JOINs |        |            |'],
      // A date cell holding text keeps it: the stamp goes in the status cell, and only a date is ever taken out.
      ['| 3 | JOINs | | see notes |', '| 3 | JOINs | \u2705 2026-11-21 | see notes |', '| 3 | JOINs | | see notes |'],
      // A placeholder is written over, as an empty cell is (a learner's row read `✅ 2026-11-27 | TBD`).
      ['| 3 | JOINs | | TBD |', '| 3 | JOINs | \u2705 | 2026-11-21 |', '| 3 | JOINs | | |'],
      ['| 3 | JOINs | \u274C | \u2014 |', '| 3 | JOINs | \u2705 | 2026-11-21 |', '| 3 | JOINs | | |'],
    ];
    for (const [row, marked, unmarked] of rows) {
      assert.strictEqual(after(row, markRow(row, DATED, true, DATE)), marked, row);
      assert.strictEqual(after(marked, markRow(marked, DATED, false, null)), unmarked, marked);
    }
    // Undone writes back the placeholder the table's other open rows agree on, as it writes their status mark.
    const placeholders = new Lines(['| Day | Topic | Done | Completed on |', '|---|---|---|---|', '| 1 | a | \u2705 | 2026-11-20 |', '| 2 | b | \u2705 | 2026-11-21 |', '| 3 | c | \u274C | TBD |', '| 4 | d | \u274C | TBD |'].join('\n'));
    assert.strictEqual(openDate(placeholders, 3, DATED), 'TBD');
    assert.strictEqual(openDate(placeholders, 2, DATED), 'TBD');
    const done = '| 2 | b | \u2705 | 2026-11-21 |';
    assert.strictEqual(after(done, markRow(done, DATED, false, null, { openMark: openStatus(placeholders, 3, DATED), openDate: openDate(placeholders, 3, DATED) })), '| 2 | b | \u274C | TBD |');
    const mixed = new Lines(['| Day | Topic | Done | Date |', '|---|---|---|---|', '| 1 | a | \u2705 | 2026-11-20 |', '| 2 | b | | TBD |', '| 3 | c | | |'].join('\n'));
    assert.strictEqual(openDate(mixed, 2, DATED), '', 'an empty date cell among them: no agreement');
    const before = { title: 2, status: 3, date: 1 };
    assert.strictEqual(after('| 3 | | JOINs | |', markRow('| 3 | | JOINs | |', before, true, DATE)), '| 3 | 2026-11-21 | JOINs | \u2705 |', 'the date column before the status column');
    assert.strictEqual(after('| 3 | 2026-11-21 | JOINs | \u2705 |', markRow('| 3 | 2026-11-21 | JOINs | \u2705 |', before, false, null)), '| 3 | | JOINs | |');
  });

  it('a row is skipped with `⏭ date` in its status cell (its title cell without one), read back as skipped, and reopened as it was', () => {
    const S = '\u23ED';
    // [cells, row, skipped, reopened]: the mark is added, never replacing, so reopening gives the row back as it was
    // (an open mark no other row held any more came back as an empty cell, from a review).
    const rows: [TableCells, string, string, string][] = [
      [STATUS, '| 3 | JOINs | |', `| 3 | JOINs | ${S} 2026-11-21 |`, '| 3 | JOINs | |'],
      [STATUS, '| 3 | JOINs | \u274C |', `| 3 | JOINs | \u274C ${S} 2026-11-21 |`, '| 3 | JOINs | \u274C |'],
      [STATUS, '|3|JOINs|\u274C|', `|3|JOINs|\u274C ${S} 2026-11-21|`, '|3|JOINs|\u274C|'],
      // (an unpadded empty cell comes back padded, `| |`, as marking and unmarking give it)
      [STATUS, '|3|JOINs||', `|3|JOINs| ${S} 2026-11-21 |`, '|3|JOINs| |'],
      [STATUS, '| 3 | JOINs |        |', `| 3 | JOINs | ${S} 2026-11-21       |`, '| 3 | JOINs |        |'],
      [STATUS, '| 3 | JOINs | todo |', `| 3 | JOINs | todo ${S} 2026-11-21 |`, '| 3 | JOINs | todo |'],
      [STATUS, '| 3 | JOINs | sick |', `| 3 | JOINs | sick ${S} 2026-11-21 |`, '| 3 | JOINs | sick |'],
      [STATUS, '| 3 | JOINs | [ ] |', `| 3 | JOINs | [ ] ${S} 2026-11-21 |`, '| 3 | JOINs | [ ] |'],
      [NO_STATUS, '| 3 | JOINs |', `| 3 | JOINs ${S} 2026-11-21 |`, '| 3 | JOINs |'],
      [NO_STATUS, '| 3 | JOINs   |', `| 3 | JOINs ${S} 2026-11-21   |`, '| 3 | JOINs   |'],
    ];
    for (const [cells, row, skipped, reopened] of rows) {
      const edit = skipInRow(row, cells, DATE);
      assert.strictEqual(after(row, edit && [edit]), skipped, row);
      assert.strictEqual(after(skipped, unskipRow(skipped, cells)), reopened, skipped);
      const header = cells.status === null ? '| Day | Topic |\n|---|---|' : '| Day | Topic | Done |\n|---|---|---|';
      const [first, day] = parse(`${header}\n${row.startsWith('|3') ? '|1|Intro||' : '| 1 | Intro | |'}\n${skipped}\n`).days;
      assert.deepStrictEqual([first.skipped, day.skipped, day.done, day.title], [false, true, false, 'Day 3: JOINs'], skipped);
    }
    // A `⏭` without a date (by hand) is taken back too.
    assert.strictEqual(after(`| 3 | JOINs | ${S}\uFE0F |`, unskipRow(`| 3 | JOINs | ${S}\uFE0F |`, STATUS)), '| 3 | JOINs | |');
    assert.strictEqual(after('| 3 |', [skipInRow('| 3 |', NO_STATUS, DATE)!].filter(Boolean)), '| 3 |', 'a row without its title cell: none');
    assert.strictEqual(skipInRow('| 3 |', NO_STATUS, DATE), null);
  });

  it('a row whose title cell ends in its lab link keeps its title once done or skipped (it read `Control Flow day-002`)', () => {
    const header = '| Day | Topic |\n|---|---|\n| 1 | Intro |\n';
    const row = '| 2 | Control Flow [day-002](labs/p/day-002.ipynb) |';
    const done = after(row, markRow(row, NO_STATUS, true, DATE));
    const skipEdit = skipInRow(row, NO_STATUS, DATE);
    const skipped = after(row, skipEdit && [skipEdit]);
    const [, marked] = parse(header + done + '\n').days;
    const [, left] = parse(header + skipped + '\n').days;
    assert.deepStrictEqual([marked.title, marked.done, left.title, left.skipped], ['Day 2: Control Flow', true, 'Day 2: Control Flow', true]);
    assert.deepStrictEqual([after(done, markRow(done, NO_STATUS, false, null)), after(skipped, unskipRow(skipped, NO_STATUS))], [row, row]);
  });

  it('a lab link goes at the end of the title cell; a row without one gets none', () => {
    assert.deepStrictEqual(linkInRow('| 01 | Intro | |', STATUS, '[lab](x)'), { start: 12, end: 12, newText: ' [lab](x)' });
    assert.deepStrictEqual(linkInRow('|01|Intro||', STATUS, '[lab](x)'), { start: 9, end: 9, newText: ' [lab](x)' });
    assert.strictEqual(linkInRow('| 01 |', STATUS, '[lab](x)'), null);
  });
});
