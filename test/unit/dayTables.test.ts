import * as assert from 'assert';
import { dayColumns, headerWords, readTable, rowDay, type DayColumn } from '../../src/core/parse/dayTables';
import { parseBlocks } from '../../src/core/parse/markdown';
import { parse } from './helpers';
import { applyTextEdits, catchUp, Lines, logSession, markDayComplete, markDayIncomplete, plannedDateEdit } from '../../src/core';

// Day tables read in three steps, each a before/after table (rows came from the mutants that lived).

describe('day tables: which columns hold the day, its title and its status', () => {
  const rows: [header: string[], columns: DayColumn][] = [
    [['Day', 'Topic', 'Done'], { word: 'Day', day: 0, title: 1, status: 2, date: null }],
    [['# Day', 'Topic'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    [['#Day', 'Topic'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    [['Day ', 'Topic'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    [['#', 'Topic'], { word: null, day: 0, title: 1, status: null, date: null }],
    [['Days', 'Topic'], { word: 'Days', day: 0, title: 1, status: null, date: null }],
    [['Day'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    [[], { word: null, day: 0, title: 1, status: null, date: null }],
    [['Topic', 'Notes'], { word: null, day: 0, title: 1, status: null, date: null }],
    [['Daily', 'Topic'], { word: null, day: 0, title: 1, status: null, date: null }],
    // A later column only when headed by the word for one day: `Days` there counts how long.
    [['Week', 'Day', 'Topic'], { word: 'Day', day: 1, title: 2, status: null, date: null }],
    [['Week', 'Days', 'Topic'], { word: null, day: 0, title: 1, status: null, date: null }],
    [['Task', 'Days', 'Cost'], { word: null, day: 0, title: 1, status: null, date: null }],
    // The title: the first text column after the day's, else the first before it.
    [['Topic', 'Day', 'Done'], { word: 'Day', day: 1, title: 0, status: 2, date: null }],
    [['Step', 'Day'], { word: 'Day', day: 1, title: 0, status: null, date: null }],
    [['Day', 'Status', 'Topic'], { word: 'Day', day: 0, title: 2, status: 1, date: null }],
    [['Day', '\u2705', 'Topic'], { word: 'Day', day: 0, title: 2, status: 1, date: null }],
    [['Done', 'Day', 'Topic'], { word: 'Day', day: 1, title: 2, status: 0, date: null }],
    // A week's column is no title where another follows (`| Day | Week | Workout |` titled its days `Day 1: 1`, a trial's).
    [['Day', 'Week', 'Workout', 'Done'], { word: 'Day', day: 0, title: 2, status: 3, date: null }],
    [['Tag', 'Woche', 'Thema'], { word: 'Tag', day: 0, title: 2, status: null, date: null }],
    [['Day', 'Week', 'Done'], { word: 'Day', day: 0, title: 1, status: 2, date: null }],
    // A module's word may head the title (`Tema` is Spanish for topic).
    [['D\u00eda', 'Tema', 'Tarea'], { word: 'D\u00eda', day: 0, title: 1, status: null, date: null }],
    [['Day', 'Done'], { word: 'Day', day: 0, title: 1, status: 1, date: null }],
    // A date column is never the title (`| Day | Date | Topic |` titled its days by their dates).
    [['Day', 'Topic', 'Done', 'Date'], { word: 'Day', day: 0, title: 1, status: 2, date: 3 }],
    [['Tag', 'Datum', 'Thema', 'Erledigt'], { word: 'Tag', day: 0, title: 2, status: 3, date: 1 }],
    // Headed as the date a day was done, with no status column: the status column, of dates (a trial's read as a schedule).
    [['Day', 'Completed on', 'Topic'], { word: 'Day', day: 0, title: 2, status: 1, date: null, statusDates: true }],
    [['Day', 'Topic', 'Date done'], { word: 'Day', day: 0, title: 1, status: 2, date: null, statusDates: true }],
    [['Day', 'Topic', 'Completion date'], { word: 'Day', day: 0, title: 1, status: 2, date: null, statusDates: true }],
    [['Tag', 'Thema', 'Erledigt am'], { word: 'Tag', day: 0, title: 1, status: 2, date: null, statusDates: true }],
    [['D\u00eda', 'Tema', 'Completado el'], { word: 'D\u00eda', day: 0, title: 1, status: 2, date: null, statusDates: true }],
    // ...and beside a status column, its date column, never a schedule.
    [['Day', 'Topic', 'Done', 'Date done'], { word: 'Day', day: 0, title: 1, status: 2, date: 3, completed: true }],
    [['Day', 'Topic', 'Date'], { word: 'Day', day: 0, title: 1, status: null, date: 2 }],
    [['Day', 'Topic', 'Notes on'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    // A status word that is no done word heads no done dates (a review's `Check date` of review dates read done).
    [['Day', 'Topic', 'Check date'], { word: 'Day', day: 0, title: 1, status: null, date: null }],
    // `Data` is Portuguese, Italian and Polish for date, and English for data: a date column only with a date in it (below).
    [['Day', 'Topic', 'Data', 'Done'], { word: 'Day', day: 0, title: 1, status: 3, date: null }],
    // The first status column wins.
    [['Day', 'Topic', 'Status', 'Done'], { word: 'Day', day: 0, title: 1, status: 2, date: null }],
    [['D\u00eda', 'Tema', 'Hecho'], { word: 'D\u00eda', day: 0, title: 1, status: 2, date: null }],
    [['Tag', 'Thema'], { word: 'Tag', day: 0, title: 1, status: null, date: null }],
    // Asked or labelled (a trial's `Done?` column went unread and the stamp went into the title cell).
    [['Day', 'Topic', 'Done?'], { word: 'Day', day: 0, title: 1, status: 2, date: null }],
    [['\u5929', '\u4E3B\u9898', '\u5B8C\u6210\uFF1F'], { word: '\u5929', day: 0, title: 1, status: 2, date: null }],
    [['Day', 'Topic', 'Status:'], { word: 'Day', day: 0, title: 1, status: 2, date: null }],
    // A day column headed by a word of a language whose day word holds the number (`第3天`): first column only.
    [['\u5929', '\u4e3b\u9898', '\u72b6\u6001'], { word: '\u5929', day: 0, title: 1, status: 2, date: null }],
    [['\u4efb\u52a1', '\u5929\u6570'], { word: null, day: 0, title: 1, status: null, date: null }],
  ];
  for (const [header, columns] of rows) it(JSON.stringify(header), () => assert.deepStrictEqual(dayColumns(header), columns));
  // A second status word after the status column heads the dates the days were done, when its cells hold dates (a trial's
  // `| Status | Completed |` dates went unread and done wrote the date into Status); with no date in it, it is a status word.
  it('["Day","Topic","Planned","Time","Status"] with dates in Planned: the date column (a schedule when open rows hold them)', () => {
    assert.deepStrictEqual(dayColumns(['Day', 'Topic', 'Planned', 'Time', 'Status'], (i) => i === 2), { word: 'Day', day: 0, title: 1, status: 4, date: 2, planned: true });
    assert.deepStrictEqual(dayColumns(['Tag', 'Thema', 'Geplant', 'Erledigt'], (i) => i === 2), { word: 'Tag', day: 0, title: 1, status: 3, date: 2, planned: true });
    // With no date in it, a column headed Planned is text: the title when it comes first.
    assert.deepStrictEqual(dayColumns(['Day', 'Planned', 'Status']), { word: 'Day', day: 0, title: 1, status: 2, date: null });
  });

  it('["Day","Topic","Planned","Status","Completed on"]: done dates and the schedule, both (a trial\'s lost one or the other)', () => {
    const both = (i: number): boolean => i === 2 || i === 4;
    assert.deepStrictEqual(dayColumns(['Day', 'Topic', 'Planned', 'Status', 'Completed on'], both), { word: 'Day', day: 0, title: 1, status: 3, date: 4, completed: true, schedule: 2 });
    assert.deepStrictEqual(dayColumns(['Tag', 'Thema', 'Geplant', 'Status', 'Datum'], both), { word: 'Tag', day: 0, title: 1, status: 3, date: 4, completed: true, schedule: 2 });
    const plan = parse(['| Day | Topic | Planned | Status | Completed on |', '|---|---|---|---|---|', '| 1 | A | 2026-11-21 | \u2705 | 2026-11-23 |', '| 2 | B | 2026-11-22 | \u2b1c | |'].join('\n'));
    assert.deepStrictEqual(plan.days.map((d) => [d.doneDate, d.planned]), [['2026-11-23', '2026-11-21'], [null, '2026-11-22']]);
  });

  it('["Day","Topic","Status","Completed"] with dates in Completed: the date column', () => {
    assert.deepStrictEqual(dayColumns(['Day', 'Topic', 'Status', 'Completed'], (i) => i === 3), { word: 'Day', day: 0, title: 1, status: 2, date: 3, completed: true });
    assert.deepStrictEqual(dayColumns(['Day', 'Topic', 'Status', 'Completed']), { word: 'Day', day: 0, title: 1, status: 2, date: null });
    assert.deepStrictEqual(dayColumns(['Day', 'Topic', 'Completed', 'Status'], (i) => i === 2), { word: 'Day', day: 0, title: 1, status: 2, date: null });
  });
});

describe('day tables: headers with emoji or a number sign (a trial\'s `| 📅 Day | 📚 Topic | ✅ Done |` was no table)', () => {
  it('reads the words between the emoji, and `Day #` as `Day`', () => {
    const columns = (header: string[]): DayColumn => dayColumns(header.map(headerWords));
    assert.deepStrictEqual(columns(['\u{1F4C5} Day', '\u{1F4DA} Topic', '\u2705 Done']), { word: 'Day', day: 0, title: 1, status: 2, date: null });
    assert.deepStrictEqual(columns(['Day #', 'Topic']), { word: 'Day', day: 0, title: 1, status: null, date: null });
    assert.deepStrictEqual(columns(['\u{1F5D3}\uFE0F Day', 'Topic', '\u2705']), { word: 'Day', day: 0, title: 1, status: 2, date: null });
    // Every header: a Date column headed with an emoji is the date column (a reviewer's was not read).
    const dated = parse('| \u{1F4C5} Day | \u{1F4DA} Topic | \u{1F5D3}\uFE0F Date | \u2705 Done |\n|---|---|---|---|\n| 1 | Select | 2026-11-28 | |\n| 2 | Joins | 2026-11-29 | |\n');
    assert.deepStrictEqual(dated.days.map((d) => d.planned), ['2026-11-28', '2026-11-29']);
    const plan = parse('| \u{1F4C5} Day | \u{1F4DA} Topic | \u2705 Done |\n|---|---|---|\n| 1 | Select | \u2705 |\n| 2 | Joins | |\n');
    assert.deepStrictEqual(plan.days.map((d) => [d.title, d.done]), [['Day 1: Select', true], ['Day 2: Joins', false]]);
  });
});

describe('day tables: the day a row\'s first cell gives', () => {
  const day = (number: number, label: string, rangeEnd: number | null = null, round: number | null = null): object => ({ number, rangeEnd, round, label });
  const rows: [cell: string, word: string | null, found: object | null][] = [
    ['01', 'Day', day(1, 'Day 01')],
    [' 7 ', 'D\u00eda', day(7, 'D\u00eda 7')],
    ['01-03', 'Day', day(1, 'Day 01-03', 3)],
    ['3 - 5', 'Day', day(3, 'Day 3 - 5', 5)],
    ['3~4', 'Day', day(3, 'Day 3~4', 4)],
    ['5-3', 'Day', day(5, 'Day 5-3')], // a range must rise
    ['5-5', 'Day', day(5, 'Day 5-5')],
    ['123456', 'Day', null],
    ['1.5', 'Day', null],
    ['x', 'Day', null],
    ['01', null, null], // a bare number needs the column's word
    ['Day 1', null, day(1, 'Day 1')],
    // Under `天`, labelled as Chinese writes a day (a trial's `| 天 | 主题 |` table).
    ['3', '\u5929', day(3, '\u7b2c3\u5929')],
    ['1-3', '\u5929', day(1, '\u7b2c1-3\u5929', 3)],
    ['2', '\uc77c\ucc28', day(2, '2\uc77c\ucc28')],
    ['Day  1', null, day(1, 'Day  1')],
    ['Day 4-5', null, day(4, 'Day 4-5', 5)],
    ['Days 2-4', null, day(2, 'Days 2-4', 4)],
    ['R1D4', null, day(4, 'R1D4', null, 1)],
    ['Day 1 pass', null, null], // a price list's day pass is no day
    ['Day 4-5 x', null, null],
    ['Day 3:', null, null],
    ['Week 3', null, null],
    // Under the day word, a note may follow the number (a learner's tracker, `| Day 1 (Fri) | Two Sum | \u2611 |`,
    // read as no plan); a range, a second number or a cell of another kind is still no note.
    ['Day 1 (Fri)', 'Day', day(1, 'Day 1')],
    ['1 (Fri)', 'Day', day(1, 'Day 1')],
    ['Day 1 - Fri', 'Day', day(1, 'Day 1')],
    ['02: Mon', 'Day', day(2, 'Day 02')],
    ['Day 1 - 3', 'Day', day(1, 'Day 1 - 3')], // spaced, a range only as `Days 1 - 3`
    ['Day 1: 2026-11-03', 'Day', null],
    ['Week 1 (Mon)', 'Day', null],
    ['Day 1 (Fri)', null, null],
    ['a' + ' '.repeat(50000) + 'b', 'Day', null],
  ];

  it('a table of noted day cells is a day table; a line without pipes that continues it is no row of days', () => {
    const plan = parse('| Day | Problem | Done |\n|---|---|---|\n| Day 1 (Fri) | Two Sum | \u2611 |\n| Day 2 (Sat) | Parens | \u2610 |\nDay 5 - Topic\n');
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.title, d.done]), [[1, 'Day 1: Two Sum', true], [2, 'Day 2: Parens', false]]);
  });
  for (const [cell, word, found] of rows) it(`${JSON.stringify(cell)} under ${JSON.stringify(word)}`, () => assert.deepStrictEqual(rowDay(cell, word), found));
});

describe('day tables: days numbered again each week (a couch-to-5K\'s `| Week | Day |` was no plan)', () => {
  const C25K = '# C25K\n\n| Week | Day | Workout | Done |\n|---|---|---|---|\n| 1 | 1 | Walk 5 | \u2705 |\n| 1 | 2 | Walk 5 | |\n| 1 | 3 | Walk 5 | |\n| 2 | 1 | Jog 2 | |\n| 2 | 2 | Jog 2 | |\n';
  const titles = (text: string): string[] => parse(text).days.map((day) => day.title);

  it('names each row by its week, as a heading `Week 2, Day 1` is; done writes the row\'s own cell', () => {
    const plan = parse(C25K);
    assert.deepStrictEqual(plan.days.map((day) => [day.title, day.number, day.done]), [
      ['Week 1, Day 1: Walk 5', 1, true], ['Week 1, Day 2: Walk 5', 2, false], ['Week 1, Day 3: Walk 5', 3, false], ['Week 2, Day 1: Jog 2', 1, false], ['Week 2, Day 2: Jog 2', 2, false],
    ]);
    assert.deepStrictEqual(plan.days[3].fields, [], 'the week\'s number is no field of the day');
    const done = markDayComplete(C25K, plan.days[3], { date: '2026-11-30', checkTasks: true, journal: false });
    assert.ok(done.ok);
    assert.strictEqual(applyTextEdits(C25K, done.edits), C25K.replace('| 2 | 1 | Jog 2 | |', '| 2 | 1 | Jog 2 | \u2705 2026-11-30 |'));
  });

  it('a week written once, on its first row, holds the rows under it; `W2` and `Week 2` cells too', () => {
    assert.deepStrictEqual(titles(C25K.replace('| 1 | 2 |', '|  | 2 |').replace('| 1 | 3 |', '| | 3 |').replace('| 2 | 2 |', '| | 2 |')), ['Week 1, Day 1: Walk 5', 'Week 1, Day 2: Walk 5', 'Week 1, Day 3: Walk 5', 'Week 2, Day 1: Jog 2', 'Week 2, Day 2: Jog 2']);
    assert.deepStrictEqual(titles(C25K.replace(/\| ([12]) \| (\d) \|/g, '| W$1 | $2 |')).slice(3, 4), ['Week 2, Day 1: Jog 2']);
    assert.deepStrictEqual(titles(C25K.replace(/\| ([12]) \| (\d) \|/g, '| Week $1 | $2 |')).slice(3, 4), ['Week 2, Day 1: Jog 2']);
    // A phase or a module groups days as a week does.
    assert.deepStrictEqual(titles(C25K.replace('| Week |', '| Phase |')).slice(3, 4), ['Phase 2, Day 1: Jog 2']);
    assert.deepStrictEqual(titles(C25K.replace('| Week |', '| Semana |')).slice(3, 4), ['Semana 2, Day 1: Jog 2']);
    // The week's column after the day's (`| Day | Week | Workout |`): the same days, the week no field of theirs.
    const after = parse('# C25K\n\n| Day | Week | Workout | Done |\n|---|---|---|---|\n| 1 | 1 | Walk | \u2705 |\n| 2 | | Walk | |\n| 1 | 2 | Jog | |\n| 2 | | Jog | |\n');
    assert.deepStrictEqual(after.days.map((day) => [day.title, day.fields.length]), [['Week 1, Day 1: Walk', 0], ['Week 1, Day 2: Walk', 0], ['Week 2, Day 1: Jog', 0], ['Week 2, Day 2: Jog', 0]]);
    // No column but the week's, the day's and the status: the rows are their labels (they read `Week 1, Day 1: 1`).
    assert.deepStrictEqual(titles('# C25K\n\n| Week | Day | Done |\n|---|---|---|\n| 1 | 1 | \u2705 |\n| 1 | 2 | |\n| 2 | 1 | |\n'), ['Week 1, Day 1', 'Week 1, Day 2', 'Week 2, Day 1']);
  });

  it('a session logged below it names its row by its week: the session is that row\'s, not the last Day 1\'s (a trial\'s log was refused)', () => {
    const logged = `${C25K}\n- \u23F1 2026-11-30 (30 min) \u00b7 Week 1, Day 1\n- \u23F1 2026-11-30 (20 min) \u00b7 week 2,  day 2\n`;
    assert.deepStrictEqual(parse(logged).days.map((day) => day.sessions.map((session) => session.minutes)), [[30], [], [], [], [20]]);
    // Named as a DAY may name it (`W2D1`), the session is that row's too (a review's went to the plan).
    const short = `${C25K}\n- \u23F1 2026-11-30 (25 min) \u00b7 W2D1\n`;
    assert.deepStrictEqual(parse(short).days.map((day) => day.sessions.map((session) => session.minutes)), [[], [], [], [25], []]);
    // As logging writes it: below the table, naming the row by its week.
    const plan = parse(C25K);
    const log = logSession(C25K, plan, plan.days[0], { date: '2026-11-30', from: null, to: null, minutes: 30 });
    assert.ok(log.ok, log.ok ? '' : log.message);
    const after = applyTextEdits(C25K, log.edits);
    assert.strictEqual(after, `${C25K}\n- \u23F1 2026-11-30 (30 min) \u00b7 Week 1, Day 1\n`);
    assert.deepStrictEqual(parse(after).days.map((day) => day.sessions.length), [1, 0, 0, 0, 0]);
  });

  it('is no table of weeks where the pairs do not rise or nothing is numbered again: a table as before', () => {
    // Days that rise on their own keep their names (the plan's only Day 4).
    assert.deepStrictEqual(titles(C25K.replace('| 2 | 1 |', '| 2 | 4 |').replace('| 2 | 2 |', '| 2 | 5 |')).slice(3), ['Day 4: Jog 2', 'Day 5: Jog 2']);
    // A week that goes back, a week cell of words, or a column before the day's that groups nothing: no days of weeks.
    assert.deepStrictEqual(titles(C25K.replace('| 2 | 1 |', '| 0 | 1 |')), []);
    assert.deepStrictEqual(titles(C25K.replace('| 2 | 1 |', '| two | 1 |')), []);
    assert.deepStrictEqual(titles(C25K.replace('| Week |', '| Score |')), []);
  });
});

describe('day tables: reading a table\'s tokens', () => {
  it('gives the header cells, each body row with its line, and the closing token', () => {
    const { tokens } = parseBlocks('intro\n\n| Day | Topic |\n|---|---|\n| 1 | A |\n| 2 | B |\n\nafter\n');
    const start = tokens.findIndex((t) => t.type === 'table_open');
    const table = readTable(tokens, start);
    assert.deepStrictEqual(table.header.map((c) => c.content), ['Day', 'Topic']);
    assert.deepStrictEqual(table.rows.map((r) => [r.line, r.cells.map((c) => c.content)]), [[4, ['1', 'A']], [5, ['2', 'B']]]);
    assert.strictEqual(tokens[table.end].type, 'table_close');
    assert.strictEqual(tokens[table.end + 1].type, 'paragraph_open', 'the paragraph after the table is not read');
  });

  it('stops at the end of the tokens when the table is not closed (a piece cut inside it)', () => {
    const { tokens } = parseBlocks('| Day | Topic |\n|---|---|\n| 1 | A |\n');
    const lastRowClose = tokens.map((t) => t.type).lastIndexOf('tr_close');
    const open = tokens.slice(0, lastRowClose);
    const table = readTable(open, 0);
    assert.strictEqual(table.end, open.length);
    assert.deepStrictEqual(table.rows.map((r) => r.cells.map((c) => c.content)), [], 'an unclosed row is not a row');
    assert.deepStrictEqual(table.header.map((c) => c.content), ['Day', 'Topic']);
  });

  it('numbers a row without a line map from the one before it', () => {
    const { tokens } = parseBlocks('| Day | Topic |\n|---|---|\n| 1 | A |\n| 2 | B |\n');
    const third = tokens.filter((t) => t.type === 'tr_open')[2];
    const unmapped = tokens.map((t) => (t === third ? { ...t, map: null } : t));
    assert.deepStrictEqual(readTable(unmapped, 0).rows.map((r) => r.line), [2, 3]);
  });
});

describe("day tables: a lab link at the end of a title cell is not part of the day's title", () => {
  // Scaffolding a lab writes `[day-001](../labs/.../day-001.ipynb)` at the end of a table day's title cell: the
  // day must keep its name (the tree, Today, the lab's own folder name all read it). No test reached this before.
  const rows: [cell: string, title: string][] = [
    ['Control Flow [day-001](../labs/p/day-001.ipynb)', 'Control Flow'],
    ['Maps [day-001](b.ipynb)   ', 'Maps'],
    ['**Big** idea [day-001](c.ipynb)', 'Big idea'],
    ['Loops [nb](x.ipynb) then more', 'Loops nb then more'], // text after the link: it is part of the title
    ['[day-001](a.ipynb)', 'day-001'], // nothing before it: the link is the title
    ['Sets [site](https://x.example)', 'Sets site'], // not a notebook
    ['A [x](a.ipynb) and [day-001](b.ipynb)', 'A x and'], // the last link is the lab's
    ['A [day-001](b.ipynb) [y](https://x.example)', 'A day-001 y'], // the last link is not a notebook
    ['Big [day-001](C.IPYNB)', 'Big day-001'], // the lab writes .ipynb
  ];
  for (const [cell, title] of rows) {
    it(JSON.stringify(cell), () => {
      const plan = parse(`| Day | Topic | Done |\n| --- | --- | --- |\n| 1 | ${cell} | |\n| 2 | Next | |\n`);
      assert.deepStrictEqual(plan.days.map((d) => d.title), [`Day 1: ${title}`, 'Day 2: Next']);
    });
  }
});

describe('day tables: a column for the date a day was done', () => {
  const table = (...rows: string[]): string => ['| Day | Topic | Done | Date |', '|---|---|---|---|', ...rows].join('\n');

  it('gives a done row its date (the streak and the heatmap count it) and its edits the column', () => {
    const plan = parse(table('| 1 | SELECT | \u2705 | 2026-11-20 |', '| 2 | WHERE | \u2705 2026-11-22 | 2026-11-21 |', '| 3 | JOINs | | |'));
    assert.deepStrictEqual(plan.days.map((d) => [d.title, d.done, d.doneDate]), [['Day 1: SELECT', true, '2026-11-20'], ['Day 2: WHERE', true, '2026-11-22'], ['Day 3: JOINs', false, null]]);
    assert.deepStrictEqual(plan.days[2].cells, { title: 1, status: 2, date: 3 });
  });

  it('an English Data column is never written; a Data column holding a date is the date column (Portuguese, Italian, Polish)', () => {
    const data = parse(['| Day | Topic | Data | Done |', '|---|---|---|---|', '| 1 | CSV | users.csv | \u2705 |', '| 2 | Plotting | | |'].join('\n'));
    assert.deepStrictEqual(data.days[1].cells, { title: 1, status: 3, date: null });
    const dated = parse(['| Dia | Tema | Feito | Data |', '|---|---|---|---|', '| 1 | Verbos | \u2705 | 2026-11-20 |', '| 2 | Plural | | |'].join('\n'));
    assert.deepStrictEqual([dated.days[0].doneDate, dated.days[1].cells], ['2026-11-20', { title: 1, status: 2, date: 3 }]);
    // A fresh one, no date yet: its day column's word (`Dia`, not `Day`) says which language `Data` is in.
    const fresh = parse(['| Dia | Tema | Feito | Data |', '|---|---|---|---|', '| 1 | Verbos | | |', '| 2 | Plural | | |'].join('\n'));
    assert.deepStrictEqual(fresh.days[0].cells, { title: 1, status: 2, date: 3 });
  });

  it('a Planned column is a schedule even when every row is done: undone never takes a planned date out (a review\'s)', () => {
    const text = ['| Day | Topic | Planned | Status |', '|---|---|---|---|', '| 1 | SELECT | 2026-11-02 | \u2705 |', '| 2 | Loops | 2026-11-03 | \u2705 |'].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate, d.planned, d.cells]), [
      [true, null, '2026-11-02', { title: 1, status: 3, date: null, planned: 2 }],
      [true, null, '2026-11-03', { title: 1, status: 3, date: null, planned: 2 }],
    ]);
    const undone = markDayIncomplete(text, plan.days[1]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(text, undone.edits), text.replace('| 2026-11-03 | \u2705 |', '| 2026-11-03 | |'));
  });

  it('| Status | Completed |: done writes ✅ in Status and the date in Completed, undone takes both back', () => {
    const text = ['| Day | Topic | Status | Completed |', '|---|---|---|---|', '| 1 | SELECT | \u2705 | 2026-11-18 |', '| 2 | WHERE | \u2b1c | |', '| 3 | JOIN | \u2b1c | |'].join('\n');
    const plan = parse(text);
    assert.strictEqual(plan.days[0].doneDate, '2026-11-18');
    const done = markDayComplete(text, plan.days[1], { date: '2026-11-27', checkTasks: true, journal: false });
    assert.ok(done.ok);
    const after = applyTextEdits(text, done.edits);
    assert.strictEqual(after, text.replace('| 2 | WHERE | \u2b1c | |', '| 2 | WHERE | \u2705 | 2026-11-27 |'));
    const undone = markDayIncomplete(after, parse(after).days[1]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(after, undone.edits), text);
    // A date beside an open status is no schedule there (a trial's replan wrote planned dates into Completed).
    const odd = parse(text.replace('| 2 | WHERE | \u2b1c | |', '| 2 | WHERE | \u2b1c | 2026-11-25 |'));
    assert.deepStrictEqual(odd.days.map((d) => d.planned), [null, null, null]);
  });

  it('calendars headed by a weekday are no day tables (日 and 일 are Sunday, and the day of a month)', () => {
    for (const text of [
      ['# 11月', '| 日 | 月 | 火 | 水 | 木 | 金 | 土 |', '|---|---|---|---|---|---|---|', '| 1 | 2 | 3 | 4 | 5 | 6 | 7 |', '| 8 | 9 | 10 | 11 | 12 | 13 | 14 |'],
      ['# 11월', '| 일 | 월 | 화 | 수 | 목 | 금 | 토 |', '|---|---|---|---|---|---|---|', '| 1 | 2 | 3 | 4 | 5 | 6 | 7 |', '| 8 | 9 | 10 | 11 | 12 | 13 | 14 |'],
      ['# 价格', '| 天数 | 价格 |', '|---|---|', '| 1 | 100 |', '| 3 | 250 |'],
    ]) assert.strictEqual(parse(text.join('\n')).isPlan, false, text[1]);
  });

  it('is a schedule, not written, when an open row has a date; a row not done is never dated by it', () => {
    const plan = parse(table('| 1 | SELECT | \u2705 | 2026-11-20 |', '| 2 | WHERE | | 2026-11-21 |'));
    assert.deepStrictEqual(plan.days.map((d) => [d.doneDate, d.cells?.date]), [[null, null], [null, null]]);
    const noStatus = parse(['| Day | Topic | Date |', '|---|---|---|', '| 1 | SELECT | 2026-11-20 |', '| 2 | WHERE | |'].join('\n'));
    assert.deepStrictEqual(noStatus.days.map((d) => [d.title, d.done, d.cells?.date]), [['Day 1: SELECT', false, null], ['Day 2: WHERE', false, null]]);
  });

  it('a schedule column gives each open row its planned date, as a heading\'s 📅 (a learner\'s dated table read as no schedule)', () => {
    const plan = parse(table('| 1 | SELECT | \u2705 2026-11-24 | 2026-11-24 |', '| 2 | WHERE | | 2026-11-25 |', '| 3 | JOIN | | |', '| 4 | GROUP BY | | 2026-11-30 |'));
    // A done row keeps its planned date, as a heading's `📅` stays beside its ✅.
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.planned, d.cells?.planned]), [[true, '2026-11-24', 3], [false, '2026-11-25', 3], [false, null, 3], [false, '2026-11-30', 3]]);
    // Every row done as a scheduled row is marked (`✅ date` beside its date): still a schedule, so undone leaves the
    // planned date in its cell (it read as done dates, and undone emptied the cell, from a review).
    const allDone = parse(table('| 1 | SELECT | \u2705 2026-11-20 | 2026-11-20 |', '| 2 | WHERE | \u2705 2026-11-21 | 2026-11-21 |'));
    assert.deepStrictEqual(allDone.days.map((d) => [d.planned, d.doneDate, d.cells?.planned, d.cells?.date]), [['2026-11-20', '2026-11-20', 3, null], ['2026-11-21', '2026-11-21', 3, null]]);
    // A column of done rows' dates alone is where done dates go, no schedule.
    const done = parse(table('| 1 | SELECT | \u2705 | 2026-11-20 |', '| 2 | WHERE | | |'));
    assert.deepStrictEqual(done.days.map((d) => [d.planned, d.cells]), [[null, { title: 1, status: 2, date: 3 }], [null, { title: 1, status: 2, date: 3 }]]);
  });
});

describe('day tables: slashed dates in the order the table writes them', () => {
  // A learner's `| Completed |` of US dates: `11/05/2026` could be either order, and read as none: Day 2 stayed open and Today on it.
  const US = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | Intro | 11/20/2026 |', '| 2 | Joins | 11/05/2026 |', '| 3 | CTEs | 11/07/2026 |', '| 4 | Windows | |'].join('\n');

  it('reads an ambiguous date in the order the table\'s other dates say (month first, day first), else as none', () => {
    assert.deepStrictEqual(parse(US).days.map((d) => d.doneDate), ['2026-11-20', '2026-11-05', '2026-11-07', null]);
    const dayFirst = US.replace('11/20/2026', '20/11/2026').replace('11/05/2026', '05/11/2026').replace('11/07/2026', '07/11/2026');
    assert.deepStrictEqual(parse(dayFirst).days.map((d) => d.doneDate), ['2026-11-20', '2026-11-05', '2026-11-07', null]);
    // Nothing says the order: the one that keeps the dates days apart (the 12th, 5th and 7th of November, not December,
    // May and July); two rows that disagree: an ambiguous date is read as none, as before.
    assert.deepStrictEqual(parse(US.replace('11/20/2026', '11/12/2026')).days.map((d) => d.doneDate), ['2026-11-12', '2026-11-05', '2026-11-07', null]);
    assert.deepStrictEqual(parse(US.replace('| 4 | Windows | |', '| 4 | Windows | 25/11/2026 |')).days.map((d) => d.doneDate), ['2026-11-20', null, null, '2026-11-25']);
    // Another table of the file says nothing of this one's order.
    const two = parse(`${US.replace('| 1 | Intro | 11/20/2026 |', '| 1 | Intro | |')}\n\n# Later\n\n| Day | Topic | Completed |\n|---|---|---|\n| 5 | Views | 11/20/2026 |\n| 6 | Indexes | |`);
    assert.deepStrictEqual(two.days.map((d) => d.doneDate), [null, '2026-11-05', '2026-11-07', null, '2026-11-20', null], 'its own dates, days apart');
  });

  it('with no date read one way only, reads the order that keeps the rows\' dates days apart (a trial\'s tracker of the 2nd, 5th and 9th was no plan)', () => {
    const text = ['# Revision', '', '| Date | Topic | Done |', '|---|---|---|', '| 11/2/2026 | Subjonctif | \u2705 |', '| 11/5/2026 | Pass\u00e9 simple | \u2705 |', '| 11/9/2026 | Conditionnel | \u2B1C |', '| 11/12/2026 | Imparfait | \u2B1C |', ''].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.date, d.done]), [['2026-11-02', true], ['2026-11-05', true], ['2026-11-09', false], ['2026-11-12', false]]);
    const european = parse(text.replace('11/2/2026', '02/11/2026').replace('11/5/2026', '05/11/2026').replace('11/9/2026', '09/11/2026').replace('11/12/2026', '12/11/2026'));
    assert.deepStrictEqual(european.days.map((d) => d.date), ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12']);
    // Marking and unmarking agree with the parser, byte for byte back.
    const done = markDayComplete(text, plan.days[2], { date: '2026-11-09', checkTasks: true, journal: false });
    assert.ok(done.ok, done.ok ? '' : done.message);
    const marked = applyTextEdits(text, done.edits);
    assert.ok(parse(marked).days[2].done);
    const undone = markDayIncomplete(marked, parse(marked).days[2]);
    assert.ok(undone.ok, undone.ok ? '' : undone.message);
    assert.strictEqual(applyTextEdits(marked, undone.edits), text);
    // A numbered table's done dates too.
    const numbered = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | a | 11/02/2026 |', '| 2 | b | 11/05/2026 |', '| 3 | c | |'].join('\n');
    assert.deepStrictEqual(parse(numbered).days.map((d) => d.doneDate), ['2026-11-02', '2026-11-05', null]);
  });

  it('a table without outer pipes reads its two-digit years as its edits do (a review\'s: undone said "already incomplete")', () => {
    const text = ['# Study log', '', 'Date | Topic | Completed', '---|---|---', '11/20/26 | Arrays | \u2705', '11/21/26 | Loops | 11/05/26', ''].join('\n');
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate]), [[true, '2026-11-20'], [true, '2026-11-05']]);
    const undone = markDayIncomplete(text, plan.days[1]);
    assert.ok(undone.ok, undone.ok ? '' : undone.message);
    assert.ok(!parse(applyTextEdits(text, undone.edits)).days[1].done);
  });

  it('reads two-digit years after a slash as this century (`11/20/26`: a trial\'s were no dates), never after a dash or a dot', () => {
    const short = US.replace('11/20/2026', '11/20/26').replace('11/05/2026', '11/05/26').replace('11/07/2026', '11/7/26');
    assert.deepStrictEqual(parse(short).days.map((d) => d.doneDate), ['2026-11-20', '2026-11-05', '2026-11-07', null]);
    // `20.11.26` and `11-20-26` could be versions and ranges: no dates.
    assert.deepStrictEqual(parse(US.replace('11/20/2026', '20.11.26').replace('11/05/2026', '11-20-26')).days.map((d) => d.doneDate).slice(0, 2), [null, null]);
    // Marking writes a date that reads alone, with its four digits.
    const plan = parse(short);
    const done = markDayComplete(short, plan.days[3], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(done.ok);
    assert.match(applyTextEdits(short, done.edits), /\| 4 \| Windows \| 11\/28\/2026 \|/);
  });

  it('a schedule column too: an open row\'s planned date', () => {
    const text = ['| Day | Topic | Date | Done |', '|---|---|---|---|', '| 1 | Intro | 11/30/2026 | |', '| 2 | Joins | 12/01/2026 | |'].join('\n');
    assert.deepStrictEqual(parse(text).days.map((d) => d.planned), ['2026-11-30', '2026-12-01']);
  });

  it('done writes the date in the table\'s form where it reads alone (else ISO), undone takes out a date it reads only in the order', () => {
    const plan = parse(US);
    const done = markDayComplete(US, plan.days[3], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(done.ok);
    assert.strictEqual(applyTextEdits(US, done.edits), US.replace('| 4 | Windows | |', '| 4 | Windows | 11/28/2026 |'));
    // `11/08/2026` would need the rows that say the order, which may go: what is written reads alone.
    const early = markDayComplete(US, plan.days[3], { date: '2026-11-08', checkTasks: true, journal: false });
    assert.ok(early.ok);
    const after = applyTextEdits(US, early.edits);
    assert.strictEqual(after, US.replace('| 4 | Windows | |', '| 4 | Windows | 2026-11-08 |'));
    assert.deepStrictEqual(parse(after).days.map((d) => d.doneDate), ['2026-11-20', '2026-11-05', '2026-11-07', '2026-11-08']);
    const undone = markDayIncomplete(after, parse(after).days[1]);
    assert.ok(undone.ok, undone.ok ? '' : undone.message);
    assert.strictEqual(applyTextEdits(after, undone.edits), after.replace('| 2 | Joins | 11/05/2026 |', '| 2 | Joins | |'));
    // The one date that says the order is not taken out when nothing else would: the other would read open (a trial's
    // undone of Day 1 reopened Days 2 and 3 without a word). Days apart, the rest read in their own order still.
    const kept = markDayIncomplete(US, plan.days[0]);
    assert.ok(kept.ok, kept.ok ? '' : kept.message);
    assert.deepStrictEqual(parse(applyTextEdits(US, kept.edits)).days.map((d) => d.doneDate), [null, '2026-11-05', '2026-11-07', null]);
    const single = US.replace('| 3 | CTEs | 11/07/2026 |', '| 3 | CTEs | |');
    const refused = markDayIncomplete(single, parse(single).days[0]);
    assert.ok(!refused.ok);
    assert.strictEqual(refused.message, 'Day 2 would read open after this, not done on 2026-11-05: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again');
    // Nor is a planned date read otherwise: a done date saying the order of the Planned column's dates stays (a reviewer's
    // undone unplanned every day without a word).
    const planned = ['| Day | Topic | Planned | Status |', '|---|---|---|---|', '| 1 | A | 11/03/2026 | \u2705 11/20/2026 |', '| 2 | B | 11/04/2026 | |', '| 3 | C | 11/05/2026 | |'].join('\n');
    assert.deepStrictEqual(parse(planned).days.map((d) => d.planned), ['2026-11-03', '2026-11-04', '2026-11-05']);
    // Days apart, the planned dates keep their order without it; a lone one would not.
    const unplanned = markDayIncomplete(planned, parse(planned).days[0]);
    assert.ok(unplanned.ok);
    assert.deepStrictEqual(parse(applyTextEdits(planned, unplanned.edits)).days.map((d) => d.planned), ['2026-11-03', '2026-11-04', '2026-11-05']);
    const apart = ['| Day | Topic | Planned | Status |', '|---|---|---|---|', '| 1 | A | 01/02/2026 | \u2705 11/20/2026 |', '| 2 | B | 02/03/2026 | |'].join('\n');
    assert.deepStrictEqual(parse(apart).days.map((d) => d.planned), ['2026-01-02', '2026-02-03']);
    const refusedPlan = markDayIncomplete(apart, parse(apart).days[0]);
    assert.deepStrictEqual(refusedPlan.ok ? 'written' : refusedPlan.message, 'Day 2 would read planned on no date after this, not planned on 2026-02-03: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again');
    // A date in a title is no done date: taking Day 1's out changes no day's reading (a reviewer's `Quiz from 11/05/2026 class`).
    const titled = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | Intro | 11/20/2026 |', '| 2 | Quiz from 11/05/2026 class | |'].join('\n');
    assert.ok(markDayIncomplete(titled, parse(titled).days[0]).ok);
    // A date reading the same either way (`11/11/2026`) says no order: marking writes ISO, not `28/11/2026`, which would
    // make `02/03/2026` read as the 2nd of March (a reviewer's; dates months apart either way say no order either).
    const tie = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | Intro | 11/11/2026 |', '| 2 | Joins | 02/03/2026 |', '| 3 | CTEs | |'].join('\n');
    const tied = markDayComplete(tie, parse(tie).days[2], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(tied.ok);
    assert.strictEqual(applyTextEdits(tie, tied.edits), tie.replace('| 3 | CTEs | |', '| 3 | CTEs | 2026-11-28 |'));
    // No other row needs it: taken out (a reviewer's only done row was refused).
    const alone = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | Intro | 11/20/2026 |', '| 2 | Joins | |', '| 3 | CTEs | 2026-11-22 |'].join('\n');
    const freed = markDayIncomplete(alone, parse(alone).days[0]);
    assert.ok(freed.ok);
    assert.strictEqual(applyTextEdits(alone, freed.edits), alone.replace('| 1 | Intro | 11/20/2026 |', '| 1 | Intro | |'));
    // Rows that disagree say no order: taking one out would make one, and another row read a date it did not (a reviewer's).
    const mixed = US.replace('| 3 | CTEs | 11/07/2026 |', '| 3 | CTEs | 21/11/2026 |');
    assert.deepStrictEqual(parse(mixed).days.map((d) => d.doneDate), ['2026-11-20', null, '2026-11-21', null]);
    const made = markDayIncomplete(mixed, parse(mixed).days[2]);
    assert.ok(!made.ok);
    assert.match(made.message, /^Day 2 would read done on 2026-11-05 after this, not open/);
    // A replan writes a planned date that reads alone too (`12/02/2026` would not).
    const scheduled = ['| Day | Topic | Date | Done |', '|---|---|---|---|', '| 1 | Intro | 11/30/2026 | |', '| 2 | Joins | 12/01/2026 | |'].join('\n');
    const moved = plannedDateEdit(new Lines(scheduled), parse(scheduled).days[1], '2026-12-13');
    assert.ok(typeof moved !== 'string');
    assert.strictEqual(applyTextEdits(scheduled, [moved]), scheduled.replace('12/01/2026', '12/13/2026'));
    const twelfth = plannedDateEdit(new Lines(scheduled), parse(scheduled).days[1], '2026-12-11');
    assert.ok(typeof twelfth !== 'string');
    assert.strictEqual(applyTextEdits(scheduled, [twelfth]), scheduled.replace('12/01/2026', '2026-12-11'));
    // A replan whose new dates take out the ones that say how a done row's date is read: refused whole when nothing else
    // says it (a trial's `--shift 5` reopened Days 1 and 2); dates days apart say it themselves, and it goes through.
    const replanned = ['---', 'start: 2026-11-05', '---', '| Day | Topic | Planned | Completed |', '|---|---|---|---|', '| 1 | SELECT | 11/05/2026 | 11/05/2026 |',
      '| 2 | JOIN | 11/06/2026 | 11/06/2026 |', '| 3 | GROUP BY | 11/26/2026 | |', '| 4 | HAVING | 11/27/2026 | |'].join('\n');
    const shifted = catchUp(replanned, parse(replanned), { kind: 'shift', days: 5 }, { today: '2026-11-28', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    assert.deepStrictEqual(parse(applyTextEdits(replanned, shifted.edits)).days.map((d) => d.doneDate), ['2026-11-05', '2026-11-06', null, null]);
    const monthsApart = replanned.replace(/11\/05\/2026/g, '01/02/2026').replace(/11\/06\/2026/g, '03/04/2026');
    const refusedShift = catchUp(monthsApart, parse(monthsApart), { kind: 'shift', days: 5 }, { today: '2026-11-28', options: {} });
    assert.deepStrictEqual(refusedShift.ok ? 'written' : refusedShift.message, 'Day 1 would read open after this, not done on 2026-01-02: its table\'s dates with slashes say together whether each is month or day first, and this changes them. Write its dates as YYYY-MM-DD, then try again');
    const far = catchUp(replanned, parse(replanned), { kind: 'shift', days: 20 }, { today: '2026-11-28', options: {} });
    assert.ok(far.ok && applyTextEdits(replanned, far.edits).includes('| 3 | GROUP BY | 12/16/2026 | |'));
    // Nothing to say the order: the lone `11/05/2026` is no date read (Day 1 open), and marking writes as it would in any table.
    const lone = ['| Day | Topic | Completed |', '|---|---|---|', '| 1 | Intro | 11/05/2026 |', '| 2 | Joins | |'].join('\n');
    assert.deepStrictEqual(parse(lone).days.map((d) => d.done), [false, false]);
    const marked = markDayComplete(lone, parse(lone).days[1], { date: '2026-11-08', checkTasks: true, journal: false });
    assert.ok(marked.ok);
    assert.strictEqual(applyTextEdits(lone, marked.edits), lone.replace('| 2 | Joins | |', '| 2 | Joins | \u2705 2026-11-08 |'));
  });
});

describe('day tables headed as no study are no plan by themselves (a trip and a budget were plans in the tree)', () => {
  const table = (title: string, header: string, ...rows: string[]): string => [`# ${title}`, '', header, `|${'---|'.repeat(header.split('|').length - 2)}`, ...rows].join('\n');
  const TRIP = ['| 1 | Tokyo | Park Hyatt |', '| 2 | Kyoto | Ryokan Sakura |', '| 3 | Osaka | Hotel Nikko |'];

  it('a numbered itinerary, a budget, a meal plan: no plan', () => {
    for (const text of [
      table('Japan trip', '| Day | City | Hotel |', ...TRIP),
      table('Budget November', '| Day | Item | Amount | Paid |', '| 1 | Rent | 900 | yes |', '| 2 | Groceries | 80 | |'),
      table('Meals', '| Day | Breakfast | Lunch | Dinner |', '| 1 | Eggs | Soup | Pasta |', '| 2 | Oats | Salad | Curry |'),
      table('Japan trip', '| Day | City | Hotel | Notes |', '| 1 | Tokyo | Park Hyatt | arrive 14:00 |', '| 2 | Kyoto | Ryokan | |'),
      table('Cut', '| Day | Weight |', '| 1 | 80.1 |', '| 2 | 79.8 |'),
      // A menu of numbered days (a fuzz run's: a budget's rows run on, with no blank line, into a `| Day | Menu |` table).
      table('Notes', '| Day | Menu |', '| Monday | Soup |', '| Tuesday | Pasta |', '| Day | Item | Amount |', '|---|---|---|', '| 1 | Rent | 900 |', '| 2 | Groceries | 80 |'),
      table('Meals', '| Day | Menu |', '| 1 | Soup |', '| 2 | Pasta |'),
      // Its dates and emoji say nothing either way (a reviewer's itineraries were plans, one "1 day behind schedule").
      table('Japan trip', '| Day | Date | City | Hotel |', '| 1 | 2026-12-01 | Tokyo | Park Hyatt |', '| 2 | 2026-12-02 | Kyoto | Ryokan |'),
      table('Japan trip', '| \u{1F4C5} Day | \u{1F3D9}\uFE0F City | \u{1F3E8} Hotel | \u{1F4DD} Notes |', '| 1 | Tokyo | Park Hyatt | |', '| 2 | Kyoto | Ryokan | |'),
      table('Japan trip', '| Day | City | Cost per night |', '| 1 | Tokyo | 300 |', '| 2 | Kyoto | 120 |'),
      // A unit in brackets, and phrases of the list inside a longer header (a reviewer's were plans again).
      table('Trip', '| Day | City | Price (CAD) |', '| 1 | Toronto | 300 |', '| 2 | Montreal | 120 |'),
      table('Voyage', '| Jour | Ville | Petit d\u00e9jeuner (\u20ac) |', '| 1 | Paris | 12 |', '| 2 | Lyon | 9 |'),
    ]) assert.strictEqual(parse(text).isPlan, false, text);
  });

  it('headers in other languages that name a place, a unit of measure or an activity\'s content (a reviewer\'s trip and budget)', () => {
    for (const text of [
      table('Reise', '| Tag | Stadt | Hotel |', '| 1 | Berlin | Adlon |', '| 2 | Wien | Sacher |'),
      table('Budget', '| Day | Item | Qty | Cost |', '| 1 | Rice | 2 | 4 |', '| 2 | Milk | 1 | 1 |'),
      table('\u65c5\u884c', '| \u5929 | \u6d3b\u52a8\u5185\u5bb9 |', '| 1 | \u722c\u5c71 |', '| 2 | \u6e38\u6cf3 |'),
    ]) assert.strictEqual(parse(text).isPlan, false, text);
  });

  it('a plan when a header is not known as no study, the table has a status column, a row is marked, or the file speaks of learning', () => {
    const plans = [
      // The headers real plans give their days (a reviewer's `Rust in 30 days` of `| Day | Title | Link |` was lost).
      table('Rust in 30 days', '| Day | Title | Link |', '| 1 | Ownership | [book](https://doc.rust-lang.org/book/) |', '| 2 | Borrowing | |'),
      table('Rust in 30 days', '| Day | Description | Notes |', '| 1 | Ownership | |', '| 2 | Borrowing | |'),
      table('Rust in 30 days', '| Day | Session | Hours |', '| 1 | Ownership | 2 |', '| 2 | Borrowing | 1 |'),
      // Headers not known either way head plans (a second trial's `# Python` of `| Day | Notes |` was lost): only headers
      // known to say no study make a table none.
      table('Python', '| Day | Notes |', '| 1 | print, input |', '| 2 | if/else |'),
      table('AWS SAA prep', '| Day | Domain | Hours |', '| 1 | IAM | 2 |', '| 2 | VPC | 3 |'),
      table('Japanese', '| Day | Kanji | Vocab |', '| 1 | \u65e5 | \u65e5\u672c |', '| 2 | \u6708 | \u6708\u66dc\u65e5 |'),
      table('Reading plan', '| Day | Book | Pages |', '| 1 | SICP | 1-30 |', '| 2 | SICP | 31-60 |'),
      // A header with a word of no study beside others is no such header (a reviewer's plans were lost).
      table('Rust', '| Day | Items to review |', '| 1 | Ownership |', '| 2 | Traits |'),
      table('November', '| Day | Study location | Total hours |', '| 1 | Library | 2 |', '| 2 | Home | 1 |'),
      table('SQL', '| Day | Topic |', '| 1 | Select |', '| 2 | Joins |'),
      table('SQL', '| Day | Reading (pages) |', '| 1 | 1-20 |', '| 2 | 21-40 |'),
      table('SQL', '| Day | What to learn | Notes |', '| 1 | Select | |', '| 2 | Joins | |'),
      table('Deutsch', '| Tag | Thema |', '| 1 | Artikel |', '| 2 | Plural |'),
      table('\u4e2d\u6587', '| \u5929 | \u5b66\u4e60\u5185\u5bb9 |', '| 1 | \u62fc\u97f3 |', '| 2 | \u58f0\u8c03 |'),
      table('Japan trip', '| Day | City | Done |', ...TRIP.map((row) => row.replace(/ \| [^|]+ \|$/, ' | |'))),
      table('Japan trip', '| Day | City | Hotel |', '| 1 | Tokyo \u2705 2026-11-20 | Park Hyatt |', '| 2 | Kyoto | Ryokan |'),
      table('Japanese study plan', '| Day | City | Hotel |', ...TRIP),
    ];
    for (const text of plans) {
      const plan = parse(text);
      assert.ok(plan.isPlan, text);
      assert.strictEqual(plan.days.length >= 2, true, text);
    }
    // A file that is a plan for another reason keeps a plain table's rows as its days.
    const mixed = parse(['# Trip', '', '- [ ] book flights', '', '| Day | City | Hotel |', '|---|---|---|', ...TRIP].join('\n'));
    assert.deepStrictEqual([mixed.isPlan, mixed.days.length], [true, 3]);
  });
});

describe('day tables: a tracker keyed by date (a trial\'s `| Date | Topic | Done |` was "no plan found")', () => {
  const tracker = (header: string, ...rows: string[]): string => ['# Tracker', '', header, header.replace(/[^|]+/g, '---'), ...rows].join('\n') + '\n';

  it('makes each row a day of its date: done on it when its status says done with no date of its own', () => {
    const plan = parse(tracker('| Date | Topic | Done |', '| 11/20/2026 | Arrays | \u2705 |', '| 11/27/2026 | Trees | done 2026-11-28 |', '| 11/05/2026 | BST | |'));
    assert.ok(plan.isPlan && !plan.journal);
    assert.deepStrictEqual(plan.days.map((d) => [d.title, d.number, d.date, d.done, d.doneDate]), [
      ['11/20/2026: Arrays', null, '2026-11-20', true, '2026-11-20'],
      ['11/27/2026: Trees', null, '2026-11-27', true, '2026-11-28'],
      ['11/05/2026: BST', null, '2026-11-05', false, null],
    ]);
    // Columns in another order, ISO dates, a Status column of words.
    const other = parse(tracker('| Topic | Date | Status |', '| Arrays | 2026-11-20 | done |', '| Trees | 2026-11-21 | todo |'));
    assert.deepStrictEqual(other.days.map((d) => [d.title, d.date, d.done]), [['2026-11-20: Arrays', '2026-11-20', true], ['2026-11-21: Trees', '2026-11-21', false]]);
  });

  it('done and undone write its status cell, byte for byte back; done on its own date, as the done rows write it (bare `✅`: a trial\'s)', () => {
    const text = tracker('| Date | Topic | Done |', '| 11/20/2026 | Arrays | \u2705 |', '| 11/28/2026 | BST | |');
    const plan = parse(text);
    const late = markDayComplete(text, plan.days[1], { date: '2026-11-29', checkTasks: true, journal: false });
    assert.ok(late.ok);
    assert.match(applyTextEdits(text, late.edits), /\| 11\/28\/2026 \| BST \| \u2705 2026-11-29 \|/);
    assert.match(late.summary, /\(\u2705 2026-11-29\)$/);
    const done = markDayComplete(text, plan.days[1], { date: '2026-11-28', checkTasks: true, journal: false });
    assert.ok(done.ok);
    // The message says what was written: a bare ✅, not a date that is in no cell (a review's).
    assert.match(done.summary, /complete \(\u2705\)$/);
    // Done late in a column that writes its own dates (`Done 11/21/2026`): the date is said (a review's lost it).
    const words = tracker('| Date | Topic | Status |', '| 11/18/2026 | A | Done 11/18/2026 |', '| 11/20/2026 | CTEs | |');
    const lateWords = markDayComplete(words, parse(words).days[1], { date: '2026-11-21', checkTasks: true, journal: false });
    assert.ok(lateWords.ok && /Done 11\/21\/2026/.test(applyTextEdits(words, lateWords.edits)));
    assert.match(lateWords.summary, /complete \(2026-11-21\)$/);
    const after = applyTextEdits(text, done.edits);
    assert.match(after, /\| 11\/28\/2026 \| BST \| \u2705 \|/);
    assert.strictEqual(parse(after).days[1].doneDate, '2026-11-28');
    const again = parse(after);
    assert.ok(again.days[1].done);
    const undone = markDayIncomplete(after, again.days[1]);
    assert.ok(undone.ok);
    assert.strictEqual(applyTextEdits(after, undone.edits), text);
  });

  it('is no tracker without a status column, two dated rows or with a day column; headed as no study, a plan only when it is about learning', () => {
    assert.ok(!parse(tracker('| Date | Topic |', '| 11/20/2026 | Arrays |', '| 11/21/2026 | Trees |')).isPlan, 'no status column: a list of dates');
    assert.ok(!parse(tracker('| Date | Topic | Done |', '| 11/20/2026 | Arrays | \u2705 |', '| soon | Trees | |')).isPlan, 'one dated row');
    const expenses = tracker('| Date | Item | Amount | Status |', '| 2026-11-20 | Coffee | 4 | |', '| 2026-11-21 | Lunch | 12 | |');
    assert.ok(!parse(expenses).isPlan, 'an expense log with a status column');
    assert.ok(parse(expenses.replace('# Tracker', '# Study budget')).isPlan, 'in a file about study');
    // A review's: status words the grammar does not read (released, paid, applied, confirmed) are no study's either.
    for (const [header, a, b] of [
      ['| Version | Date | Status |', '| 1.2 | 2026-11-20 | Released |', '| 1.3 | 2026-11-27 | Planned |'],
      ['| Company | Date | Status |', '| Acme | 2026-11-20 | Applied |', '| Initech | 2026-11-21 | Rejected |'],
      ['| Date | Time | Status |', '| 2026-11-20 | 10:00 | Confirmed |', '| 2026-11-21 | 11:00 | Cancelled by them |'],
      ['| Date | Payee | Check # | Amount |', '| 2026-11-20 | Gas | 1041 | 40 |', '| 2026-11-21 | Rent | 1042 | 900 |'],
    ]) {
      assert.ok(!parse(tracker(header, a, b)).isPlan, header);
    }
    // A second trial's: done and todo, but a title column not headed as study (a release log, a budget, a sprint).
    for (const header of ['| Version | Date | Status |', '| Category | Date | Status |', '| Ticket | Date | Status |']) {
      assert.ok(!parse(tracker(header, '| a | 2026-09-01 | done |', '| b | 2026-10-01 | todo |')).isPlan, header);
    }
    // A date and a status column alone: each row titled by its date (a plan in a file about study).
    const bare = parse(tracker('| Date | Done |', '| 2026-11-20 | \u2705 |', '| 2026-11-21 | |').replace('# Tracker', '# Study log'));
    assert.deepStrictEqual(bare.days.map((d) => d.title), ['2026-11-20', '2026-11-21']);
  });

  it('finds the column headed as study among others (`| Date | Weekday | Topic | Done |`, `Study topic`, `Topic(s)`, `Тема`), never a generic one (`Video`, `Unit`)', () => {
    for (const header of ['| Date | Weekday | Topic | Done |', '| Date | Platform | Problem | Status |', '| Date | Study topic | Done |', '| Date | Topic(s) | Done |', '| Date | Topics covered | Done |', '| Date | LeetCode problem | Done |']) {
      const plan = parse(tracker(header, `| 2026-11-20 |${' x |'.repeat(header.split('|').length - 4)} \u2705 |`, `| 2026-11-21 |${' y |'.repeat(header.split('|').length - 4)} |`));
      assert.ok(plan.isPlan, header);
    }
    assert.deepStrictEqual(parse(tracker('| Date | Weekday | Topic | Done |', '| 2026-11-20 | Fri | Arrays | \u2705 |', '| 2026-11-21 | Sat | Trees | |')).days.map((d) => d.title), ['2026-11-20: Arrays', '2026-11-21: Trees']);
    assert.deepStrictEqual(parse(tracker('| Date | Study time | Topic | Done |', '| 2026-11-20 | 2h | Arrays | \u2705 |', '| 2026-11-21 | 1h | Trees | |')).days.map((d) => d.title), ['2026-11-20: Arrays', '2026-11-21: Trees']);
    assert.ok(parse(tracker('| \u0414\u0430\u0442\u0430 | \u0422\u0435\u043c\u0430 | \u0421\u0442\u0430\u0442\u0443\u0441 |', '| 2026-11-20 | a | \u2705 |', '| 2026-11-21 | b | \u2B1C |')).isPlan, 'Russian');
    for (const header of ['| Date | Video | Status |', '| Date | Unit | Status |', '| Date | Question | Status |', '| Date | Golf course | Status |', '| Date | Meter reading | Status |', '| Date | Customer problem | Status |', '| Date | Email subject | Status |', '| Date | Les courses | Status |', '| Date | \u6587\u7ae0\u306e\u6821\u6b63 | Status |', '| Date | \ubb38\uc81c\uc810 | Status |']) {
      assert.ok(!parse(tracker(header, '| 2026-11-20 | a | done |', '| 2026-11-21 | b | todo |')).isPlan, header);
    }
    // Done cells of slashed dates read in the table's order (a review's: `11/05/2026` made it no plan).
    assert.ok(parse(tracker('| Date | Topic | Done |', '| 11/20/2026 | a | 11/20/2026 |', '| 11/05/2026 | b | 11/05/2026 |', '| 11/06/2026 | c | |')).isPlan);
  });

  it('stays a plan after a skip (`todo ⏭ 2026-11-28`: a trial\'s tracker left the index), and reads `✔️` headers', () => {
    const text = tracker('| Date | Problem | Status |', '| 2026-11-26 | Two Sum | \u2705 |', '| 2026-11-27 | 3Sum | todo \u23ED 2026-11-28 |', '| 2026-11-28 | Valid Palindrome | todo |').replace('# Tracker', '# LeetCode');
    const plan = parse(text);
    assert.ok(plan.isPlan);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.skipped]), [[true, false], [false, true], [false, false]]);
    const checked = parse(tracker('| Date | Topic | \u2714\uFE0F |', '| 2026-11-20 | Arrays | \u2705 |', '| 2026-11-21 | Trees | \u2B1C |'));
    assert.deepStrictEqual(checked.days.map((d) => d.done), [true, false]);
  });
});
