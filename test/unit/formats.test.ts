/**
 * The plans people write (issue 17): one synthetic fixture per format in test/formats/, read into the
 * expected tree, numbers, tasks and links, and edited byte for byte through the production applier.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { addLabLink, listedTasks, logSession, mayBePlanBytes, planTitle, markDayComplete, markDayIncomplete, toggleTasks, type ParsedPlan, type PlanNode } from '../../src/core';
import { allLinks, dayContent } from '../../src/core/labs/dayContent';
import { applied } from './edits/applyBytes';
import { outline, parse } from './helpers';
import { assertLinear } from './linearTime';

const FORMATS = path.join(__dirname, '..', '..', '..', 'test', 'formats');
const D = '2026-11-21';
const S = `\u2705 ${D}`;

export function formatText(name: string): string {
  return fs.readFileSync(path.join(FORMATS, name), 'utf8');
}

function load(name: string): { text: string; plan: ParsedPlan } {
  const text = formatText(name);
  return { text, plan: parse(text, `file:///formats/${name}`) };
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line];
}

function complete(text: string, day: PlanNode): string {
  return applied(text, markDayComplete(text, day, { date: D, checkTasks: true, journal: false }));
}

function incomplete(text: string, day: PlanNode): string {
  return applied(text, markDayIncomplete(text, day));
}

/** The table rows markdown-it renders from a text: a table that still renders has the same rows and cells. */
function tableShape(text: string): number[] {
  const tokens = new MarkdownIt().parse(text, {});
  const shape: number[] = [];
  let cells = 0;
  for (const token of tokens) {
    if (token.type === 'tr_open') cells = 0;
    if (token.type === 'td_open' || token.type === 'th_open') cells++;
    if (token.type === 'tr_close') shape.push(cells);
  }
  return shape;
}

describe('format: day tables (formats/day-table.md)', () => {
  const { text, plan } = load('day-table.md');

  it('reads each row as a day: number from the first column, title from the next, links from its cells, done from the status column', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:30 Days of Go',
      '  day:Day 01: Setup and Hello World',
      '  day:Day 02: Variables and Types',
      '  day:Day 03: Control Flow',
      '  day:Day 04-05: Functions and Closures',
      '  day:Day 06: Structs type T struct',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.rangeEnd, d.done, d.form, d.line]), [
      [1, null, true, 'tableRow', 6], [2, null, true, 'tableRow', 7], [3, null, false, 'tableRow', 8], [4, 5, false, 'tableRow', 9], [6, null, false, 'tableRow', 10],
    ]);
    assert.deepStrictEqual(plan.days[0].links, [
      { text: 'Setup and Hello World', target: './01_day/readme.md', line: 6 },
      { text: 'Tour', target: 'https://go.dev/tour', line: 6 },
    ]);
    assert.deepStrictEqual(plan.days[0].cells, { title: 1, status: 3, date: null });
    assert.ok(plan.isPlan);
  });

  it('leaves a table of prices alone: its links and rows are no days', () => {
    assert.strictEqual(plan.days.length, 5);
    assert.strictEqual(plan.root.children[0].children.length, 5);
  });

  const rows: [string, number, string][] = [
    ['an empty status cell gets the stamp', 2, `| 03 | [Control Flow](./03_day/readme.md) | | ${S} |`],
    ['a not-done mark is replaced', 3, `| 04-05 | Functions and Closures | [Effective Go](https://go.dev/doc/effective_go) | ${S} |`],
    ['a box is checked and stamped', 4, `| 06 | Structs \`type T struct\` | | [x] ${S} |`],
  ];
  for (const [name, index, after] of rows) {
    it(`Mark Day Complete writes the status cell: ${name}; the table still renders; Mark Incomplete undoes it`, () => {
      const day = plan.days[index];
      const done = complete(text, day);
      assert.strictEqual(lineOf(done, day.line), after);
      assert.deepStrictEqual(tableShape(done), tableShape(text));
      const reparsed = parse(done).days[index];
      assert.deepStrictEqual([reparsed.done, reparsed.doneDate], [true, D]);
      const undone = incomplete(done, reparsed);
      assert.ok(!parse(undone).days[index].done);
      if (index !== 3) assert.strictEqual(undone, text, 'an empty cell and a box come back byte for byte');
    });
  }

  it('says a done row is already complete, and marks it incomplete by clearing its status', () => {
    const outcome = markDayComplete(text, plan.days[0], { date: D, checkTasks: true, journal: false });
    assert.ok(outcome.ok && outcome.edits.length === 0 && /already complete/.test(outcome.summary));
    assert.strictEqual(lineOf(incomplete(text, plan.days[1]), 7), '| 02 | [Variables and Types](./02_day/readme.md) | [Spec](https://go.dev/ref/spec) | |');
  });

  it('puts a lab link in the title cell', () => {
    const linked = applied(text, addLabLink(text, plan.days[2], 'day-003', '../labs/go/day-003/day-003.ipynb'));
    assert.strictEqual(lineOf(linked, 8), '| 03 | [Control Flow](./03_day/readme.md) [day-003](../labs/go/day-003/day-003.ipynb) | | |');
    assert.deepStrictEqual(tableShape(linked), tableShape(text));
  });
});

describe('format: day tables without outer pipes, days written in the cells (formats/day-table-plain.md)', () => {
  const { text, plan } = load('day-table-plain.md');

  it('reads `Day  1 | M1S1 | M1W1` rows', () => {
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.title]), [[1, 'Day 1: M1S1'], [2, 'Day 2: M1S2'], [3, 'Day 3: M1S3']]);
  });

  it('without a status column, marking stamps the title cell, byte for byte', () => {
    const done = complete(text, plan.days[1]);
    assert.strictEqual(lineOf(done, 5), `Day  2 | M1S2 ${S} | M1W2`);
    assert.deepStrictEqual(tableShape(done), tableShape(text));
    const reparsed = parse(done).days[1];
    assert.deepStrictEqual([reparsed.done, reparsed.doneDate, reparsed.title], [true, D, 'Day 2: M1S2']);
    assert.strictEqual(incomplete(done, reparsed), text);
  });
});

describe('format: day tables whose day column is not the first (found by a reviewer: nothing was listed)', () => {
  const text = '# Schedule\n\n| Week | Day | Topic | Done |\n|---|---|---|---|\n| 1 | 1 | Intro | x |\n| 1 | 2 | Setup | |\n| 2 | 3 | Loops | |\n';

  it('reads the day from its column, the title from the next text column, and `x` as done', () => {
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.title, d.done]), [[1, 'Day 1: Intro', true], [2, 'Day 2: Setup', false], [3, 'Day 3: Loops', false]]);
    // A later column headed `Days` counts how long; a `Day` column whose numbers do not rise is no schedule (found by a reviewer).
    assert.strictEqual(parse('| Task | Days | Cost |\n|---|---|---|\n| Demolition | 2 | 800 |\n| Framing | 5 | 2000 |\n| Paint | 3 | 500 |\n').isPlan, false);
    assert.strictEqual(parse('| City | Day | Hotel |\n|---|---|---|\n| Rome | 3 | A |\n| Milan | 1 | B |\n').isPlan, false);
    const before = parse('| Topic | Day | Done |\n|---|---|---|\n| Intro | 1 | |\n| Setup | 2 | |\n');
    assert.deepStrictEqual(before.days.map((d) => d.title), ['Day 1: Intro', 'Day 2: Setup'], 'a title column before the day\'s');
    assert.ok(mayBePlanBytes(new TextEncoder().encode(text), 'schedule.md'), 'the pre-filter lets it through');
  });

  it('marks the status cell, byte for byte, and back', () => {
    const plan = parse(text);
    const done = complete(text, plan.days[1]);
    assert.strictEqual(lineOf(done, 5), `| 1 | 2 | Setup | ${S} |`, "an empty cell's value is padded as its neighbours, and unmarking gives the bytes back");
    assert.deepStrictEqual(tableShape(done), tableShape(text));
    assert.strictEqual(incomplete(done, parse(done).days[1]), text);
  });
});

describe('format: paragraph days (formats/paragraph-days.md)', () => {
  const { text, plan } = load('paragraph-days.md');

  it('reads bold lines and `Day N/100:` paragraphs as days; prose, quotes and code are not', () => {
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.form, d.line]), [[1, 'paragraph', 4], [2, 'paragraph', 6], [3, 'paragraph', 9], [4, 'paragraph', 11]]);
    assert.strictEqual(plan.days[1].title, 'Day 2');
    assert.deepStrictEqual(plan.days[2].links.map((l) => l.target), ['https://docs.python.org/3/library/argparse.html']);
  });

  it('reads `**R1D1** text` and `**Day 12** text` paragraphs: the bold part says the day (found by a reviewer: nothing was listed)', () => {
    const rounds = parse('# 100 Days Of Code\n\n**R1D1** Started the course.\n\n**R1D2** Loops and lists.\n\n**R1D3** Functions.\n');
    assert.deepStrictEqual(rounds.days.map((d) => [d.round, d.number, d.form]), [[1, 1, 'paragraph'], [1, 2, 'paragraph'], [1, 3, 'paragraph']]);
    const days = parse('**Day 12** Read chapter 3.\n\n**Day 13** Exercises.\n\n**Day 14** Review.\n');
    assert.deepStrictEqual(days.days.map((d) => d.number), [12, 13, 14]);
  });

  it('the bold label that makes a day is its title, not a field of it; a field after it is (a trial\'s `show` printed the title twice)', () => {
    assert.deepStrictEqual(plan.days[0].fields, []);
    const fields = parse('**Day 1:** a **Note:** b\n**Task:** read\n\n**Day 2:** c\n\n**Day 3:** d\n').days[0].fields;
    assert.deepStrictEqual(fields.map((f) => [f.name, f.line]), [['Task', 1]]);
  });

  it('drops many paragraph days in linear time (found by a reviewer: 40,000 took 21 s)', () => {
    let n = 0;
    assertLinear('dropped paragraph days', (scale) => `# Trip\n\n${Array.from({ length: 40 * scale }, (_, i) => `Day ${i + 1}: we hiked [map](https://example.org/${i}).\n`).join('\n')}`, (text) => {
      assert.strictEqual(parse(text, `file:///trip${n++}.md`).isPlan, false);
    });
  });

  it('one or two stray `Day 5` paragraphs are no plan, nor are days in a file that has day headings', () => {
    assert.strictEqual(parse('# Notes\n\nDay 5: we hiked.\n\nDay 6: rain.\n').isPlan, false);
    const mixed = parse('### Day 1\ntext\n\n**Day 2:** a\n\n**Day 3:** b\n\n**Day 4:** c\n');
    assert.deepStrictEqual(mixed.days.map((d) => d.title), ['Day 1']);
  });

  it("a dropped paragraph day's study sessions, rest days and tasks become the day's it sits in, in order", () => {
    // Among day headings, `**Day 2:** a` is no day: what it held must still count (the streak reads ⏱ and ⏸ lines).
    const text = '### Day 1\ntext\n- ⏱ 2026-11-20 (30 min)\n\n**Day 2:** a\n- ⏱ 2026-11-21 (45 min)\n- ⏸ 2026-11-22\n- [ ] task two\n\n**Day 3:** b\n- ⏸ 2026-11-23\n\n**Day 4:** c\n';
    const plan = parse(text);
    assert.deepStrictEqual(plan.days.map((d) => d.title), ['Day 1']);
    const [day] = plan.days;
    assert.deepStrictEqual(day.sessions.map((s) => [s.line, s.date, s.minutes]), [[2, '2026-11-20', 30], [5, '2026-11-21', 45]]);
    assert.deepStrictEqual(day.pauses.map((p) => [p.line, p.from]), [[6, '2026-11-22'], [10, '2026-11-23']]);
    assert.deepStrictEqual(day.tasks.map((t) => [t.line, t.text]), [[7, 'task two']]);
  });

  it('is stamped at the end of its first line, before a hard break', () => {
    const done = complete(text, plan.days[0]);
    assert.strictEqual(lineOf(done, 4), `**Day 1:** Set up the editor and wrote a first script that renames photos. ${S}`);
    assert.strictEqual(incomplete(done, parse(done).days[0]), text);
    const hard = '# Log\n\n**Day 1**\\\nfirst\n\n**Day 2**\n\n**Day 3**\n';
    const stamped = complete(hard, parse(hard).days[0]);
    assert.strictEqual(stamped, `# Log\n\n**Day 1** ${S}\\\nfirst\n\n**Day 2**\n\n**Day 3**\n`);
    assert.strictEqual(incomplete(stamped, parse(stamped).days[0]), hard);
  });

  it('gets its lab link as a paragraph after its own', () => {
    const linked = applied(text, addLabLink(text, plan.days[1], 'day-002', 'labs/day-002.ipynb'));
    assert.strictEqual(linked.split('\n').slice(6, 11).join('\n'), '**Day 2**\nRead about list comprehensions; rewrote the renamer with one.\n\n**Lab:** [day-002](labs/day-002.ipynb)\n');
    assert.deepStrictEqual(parse(linked).days.map((d) => d.number), [1, 2, 3, 4]);
  });
});

describe('format: days of weeks (`Week 1, Day 2`, a couch-to-5K plan)', () => {
  const text = '# Couch to 5K\n\n## Week 1\n\n### Week 1, Day 1\n- [x] run 60s, walk 90s\n\n### Week 1, Day 2\n- [ ] run 60s, walk 90s\n\n## Week 2\n\n### Week 2, Day 1\n- [ ] run 90s, walk 2 min\n';
  const plan = parse(text);

  it('reads each as a day of its week, numbered as written (a learner saw them as modules, no days at all)', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:Couch to 5K',
      '  module:Week 1',
      '    day:Week 1, Day 1',
      '    day:Week 1, Day 2',
      '  module:Week 2',
      '    day:Week 2, Day 1',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => d.number), [1, 2, 1]);
  });

  it('marks one like any day, named with its week (`Marked Day 1` said nothing where each week has a Day 1: a trial\'s)', () => {
    const done = complete(text, plan.days[1]);
    assert.strictEqual(lineOf(done, plan.days[1].line), `### Week 1, Day 2 ${S}`);
    const made = markDayComplete(text, plan.days[2], { date: D, checkTasks: true, journal: false });
    assert.ok(made.ok && made.summary.startsWith('Marked Week 2, Day 1 complete'), made.ok ? made.summary : made.message);
  });
});

describe('format: challenge shorthand (formats/challenge-rounds.md)', () => {
  const { text, plan } = load('challenge-rounds.md');

  it('reads R1D1, R2 D2: day numbers per round, rounds as cycles', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:#100DaysOfCode Log',
      '  section:Log',
      '    cycle:Round 1',
      '      day:R1D1 - 15MAY2021',
      '      day:R1D2 - 16MAY2021',
      '      day:R1D3',
      '    cycle:Round 2',
      '      day:R2D1 - 02SEP2021',
      '      day:R2 D2',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => [d.round, d.number, d.date]), [
      [1, 1, '2021-05-15'], [1, 2, '2021-05-16'], [1, 3, null], [2, 1, '2021-09-02'], [2, 2, null],
    ]);
    const round1 = plan.root.children[0].children[0].children[0];
    assert.deepStrictEqual([round1.form, round1.round, round1.line, round1.progress.daysTotal], ['group', 1, 4, 3]);
  });

  it('marks a round day like any day', () => {
    const done = complete(text, plan.days[3]);
    assert.strictEqual(lineOf(done, plan.days[3].line), `### R2D1 - 02SEP2021 ${S}`);
  });
});

describe('format: date-only entries (formats/dated-log.md)', () => {
  const { plan } = load('dated-log.md');

  it('reads each date as the entry\'s own, and the log as a journal', () => {
    assert.deepStrictEqual(plan.days.map((d) => [d.date, d.weekday, d.number]), [
      ['2023-01-07', null, null], ['2023-01-08', null, null], ['2023-01-10', null, null], ['2023-01-17', 2, null],
    ]);
    assert.ok(plan.isPlan && plan.journal);
  });

  it('dated meeting notes with no learning in them are no plan (formats/meeting-notes.md)', () => {
    const notes = load('meeting-notes.md').plan;
    assert.strictEqual(notes.days.length, 3);
    assert.strictEqual(notes.isPlan, false);
  });
});

describe('format: lists of checkboxes that are no study (a trial\'s grocery list counted in the streak)', () => {
  const read = (name: string, ...lines: string[]): ParsedPlan => parse(lines.join('\n') + '\n', `file:///notes/${name}`);

  it('a file of tasks alone is no plan when its name or a heading calls it another kind of list', () => {
    const cases: [string, string[]][] = [
      ['groceries.md', ['# Groceries', '', '- [ ] milk', '- [x] eggs \u2705 2026-11-27']],
      ['list.md', ['# Shopping list', '- [ ] bread']],
      ['trip.md', ['## Packing list', '- [ ] passport', '- [ ] charger']],
      ['meeting notes 2026-11.md', ['# Team meetings', '## 2026-11-20 Sprint planning', 'Attendees: Ana, Bob', '- [x] Me: review PR \u2705 2026-11-20', '## 2026-11-27 Retro', '- [ ] Ana: draft the design doc']],
      ['sync.md', ['# Team sync 2026-11-25', '## Action items', '- [ ] Send the report to Bob']],
      ['einkauf.md', ['# Einkaufsliste', '- [ ] Milch']],
      ['compras.md', ['# Lista de la compra', '- [ ] leche']],
      ['notes.md', ['# Chores for Sunday', '- [ ] laundry']],
      ['lisbon.md', ['# Packing list for Lisbon (June)', '- [ ] passport']],
      ['groceries.md', ['- [ ] milk', '- [ ] eggs']],
      ['list.md', ['# Groceries list', '- [ ] leeks']],
      ['costco.md', ['# Groceries (Costco)', '- [ ] rice']],
      ['sync.md', ['# Team sync Nov 25', '- [ ] Send the report']],
    ];
    for (const [name, lines] of cases) {
      const plan = read(name, ...lines);
      assert.strictEqual(plan.isPlan, false, name);
    }
  });

  it('a personal journal is no study journal: `journal` after `personal`, `gratitude`... is no learning word (a trial\'s run counted in the streak)', () => {
    const entries = ['## 2026-11-20', 'Went for a run.', '## 2026-11-21', 'Dinner with Ana.'];
    assert.strictEqual(read('journal.md', '# Personal journal', ...entries).isPlan, false);
    assert.strictEqual(read('gratitude.md', '# Gratitude journal', ...entries).isPlan, false);
    assert.strictEqual(read('personal-journal.md', ...entries).isPlan, false, 'its name says so, with no heading of its own');
    // The file's title names it over its name (a review's Kanji journal in travel-journal.md).
    assert.strictEqual(read('travel-journal.md', '# Japanese journal', ...entries).isPlan, true);
    assert.strictEqual(read('journal.md', '# Study journal', ...entries).isPlan, true);
    assert.strictEqual(read('journal.md', '# Journal', ...entries).isPlan, true);
    assert.strictEqual(read('journal.md', '# Personal journal', '## 2026-11-20 Studied SQL', 'Joins.', '## 2026-11-21', 'Views.').isPlan, true, 'an entry says study');
    // A study journal with a personal section: the section is no title of the file (a review's lost its streak).
    assert.strictEqual(read('journal.md', '# Journal', '## 2026-11-20', 'Joins.', '### Personal journal', 'Tired.', '## 2026-11-21', 'Views.', '## 2026-11-22', 'CTEs.').isPlan, true);
  });

  it('a learning word, days, weeks or a day table keep it a plan', () => {
    const cases: [string, string[]][] = [
      ['reading-list.md', ['# Reading list', '- [ ] Designing Data-Intensive Applications']],
      ['todo.md', ['# To do', '- [ ] finish chapter 3']],
      ['list.md', ['# Shopping list for the course', '- [ ] a notebook']],
      ['meetings.md', ['# Study group meetings', '- [ ] read chapter 2']],
      ['plan.md', ['# Rust', '## Action items', '- [ ] install rustup', '### Day 1 - Setup', '- [ ] hello world']],
      ['groceries.md', ['## Week 1', '- [ ] cook with the new recipes']],
      ['agenda.md', ['# Meetings', '| Day | Topic | Done |', '| --- | --- | --- |', '| 1 | Joins | \u2705 |', '| 2 | Views | |']],
      // A project named after such a list, a study topic that reads like one: the name is the whole title, not a word in it.
      ['cart.md', ['# Shopping cart project', '- [ ] set up React', '- [ ] cart state']],
      ['scheduler.md', ['# Meeting scheduler app', '- [ ] calendar API']],
      ['pandas.md', ['# Data cleaning', '- [ ] missing values']],
      ['stats.md', ['# Moving averages', '- [ ] SMA', '## 30 minutes', '- [ ] EMA']],
      ['groceries-app.md', ['# Grocery app in Flutter', '- [ ] list screen']],
      // A review's: French `courses` is no English list; a language course's topics under its title are study.
      ['courses.md', ['# Courses', '- [ ] CS50']],
      ['english.md', ['# Business English', '## Meetings', '- [ ] small talk phrases']],
      ['spanish.md', ['# Spanish vocabulary', '## Shopping list', '- [ ] la leche', '## Ingredients', '- [ ] el ajo']],
      ['deutsch.md', ['# Deutsch B1', '## Haushalt', '- [ ] der Staubsauger', '## Einkauf', '- [ ] die Kasse']],
      // A second review's: the file's title alone names it, not a later top heading, nor its name beside a title.
      ['spanish.md', ['# Greetings', '- [ ] hola', '# Shopping list', '- [ ] la leche', '# Directions', '- [ ] izquierda']],
      ['groceries.md', ['# Spanish', '- [ ] la leche', '- [ ] el pan']],
      ['shop.md', ['# Shopping', '- [ ] Milk', '- [ ] Bread']],
      // A third trial's: a list's name followed by more words (course notes, a training plan) is no list; a front
      // matter title names the file over its first heading.
      ['lecture.md', ['# Meeting notes: CS101 lecture 4', '- [ ] review the slides']],
      ['wish.md', ['# Wishlist: books to read', '- [ ] SICP']],
      ['k8s.md', ['---', 'title: Kubernetes', '---', '## Action items', '- [ ] install kind']],
      // A fourth review's: a front matter title that is the file name is the title all the same.
      ['Spanish.md', ['---', 'title: Spanish', '---', '## Shopping list', '- [ ] la leche', '## Directions', '- [ ] izquierda']],
    ];
    for (const [name, lines] of cases) {
      const plan = read(name, ...lines);
      assert.strictEqual(plan.isPlan, true, name);
    }
  });
});

describe('format: range entries in flat logs (formats/range-log.md)', () => {
  const { text, plan } = load('range-log.md');

  it('reads `Day 28-31` as one entry, a sibling of the days around it', () => {
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.rangeEnd, d.title]), [
      [26, null, 'Day 26: April 9'], [27, null, 'Day 27: April 10'], [28, 31, 'Day 28-31: April 12-15'], [32, null, 'Day 32: April 16'], [33, null, 'Day 33: April 17'],
    ]);
    assert.strictEqual(plan.root.children[0].children[0].children.length, 5);
  });

  it('a range written first, then days at its level, is an entry too; a range holding deeper days stays a module', () => {
    const first = parse('### Day 1-3: Setup\ntext\n### Day 4\n### Day 5\n');
    assert.deepStrictEqual(first.days.map((d) => [d.number, d.rangeEnd]), [[1, 3], [4, null], [5, null]]);
    // `Days 3-4` first, then a day at its level that it does not hold: an entry too (it read as a cycle holding Day 9);
    // a day it holds (`Day 1` below `Days 1-30`) stays its own.
    const plural = parse('# Plan\n### Days 3-4 - Review\n### Day 9 - Next\n### Day 10\n');
    assert.deepStrictEqual(outline(plural.root), ['section:Plan', '  day:Days 3-4 - Review', '  day:Day 9 - Next', '  day:Day 10']);
    assert.deepStrictEqual(plural.days.map((d) => [d.number, d.rangeEnd]), [[3, 4], [9, null], [10, null]]);
    // A range holding weeks of days stays theirs, whatever follows it (a reviewer's: it became a day holding modules).
    const weeks = parse('## Days 1-14\n### Week 1\n#### Day 1\n### Week 2\n#### Day 8\n## Day 15: Capstone\n');
    // A day at the range's own level numbered past it is its sibling (it stayed inside, a learner's capstone under
    // `Days 1-14`); one it holds stays in it, as `## Day 1` below `## Days 1-30` does, and a slip among its days too.
    assert.deepStrictEqual(outline(weeks.root), ['cycle:Days 1-14', '  module:Week 1', '    day:Day 1', '  module:Week 2', '    day:Day 8', 'day:Day 15: Capstone']);
    const flatWeeks = parse('## Day 1-14\n### Week 1\n#### Day 1\n## Day 15\n');
    assert.deepStrictEqual(outline(flatWeeks.root), ['cycle:Day 1-14', '  module:Week 1', '    day:Day 1', 'day:Day 15']);
    const holding = parse('## Days 1-30\n## Day 1\n## Day 2\n## Day 31\n');
    assert.deepStrictEqual(outline(holding.root), ['cycle:Days 1-30', '  day:Day 1', '  day:Day 2', 'day:Day 31']);
    const capstone = parse('# Plan\n## Days 1-14: Basics\n### Day 1\n### Day 2\n## Day 7\n### Day 8\n## Day 15: Capstone\n## Day 16\n');
    assert.deepStrictEqual(outline(capstone.root), ['section:Plan', '  cycle:Days 1-14: Basics', '    day:Day 1', '    day:Day 2', '    day:Day 7', '    day:Day 8', '  day:Day 15: Capstone', '  day:Day 16']);
    // ...and the range after it is the next cycle, not an entry (found by a review: it read as a day covering 16-30).
    const next = parse('# Plan\n## Days 1-14\n### Day 1\n## Day 15: Capstone\n## Days 16-30\n### Day 16\n### Day 17\n');
    assert.deepStrictEqual(outline(next.root), ['section:Plan', '  cycle:Days 1-14', '    day:Day 1', '  day:Day 15: Capstone', '  cycle:Days 16-30', '    day:Day 16', '    day:Day 17']);
    const below = parse('## Days 31-60\n## Day 31\n## Day 0: Retro\n');
    assert.deepStrictEqual(outline(below.root), ['cycle:Days 31-60', '  day:Day 31', 'day:Day 0: Retro'], 'numbered below it: outside too');
    const module = parse('# Days 31-60\n## Module 4\n### Day 58\n## Days 59-60: Consolidation\n### Day 59\n### Day 60\n');
    assert.deepStrictEqual(outline(module.root), ['cycle:Days 31-60', '  module:Module 4', '    day:Day 58', '  module:Days 59-60: Consolidation', '    day:Day 59', '    day:Day 60']);
  });

  it('a range holding tasks of its own and no day is a day covering its days (a learner\'s `done 2` found no Day 2)', () => {
    const warmup = parse('# Plan\n## Days 1-2 - Warmup\n- [ ] Install tools\n- [ ] Read the intro\n## Days 3-4\n### Day 3\n- [ ] A\n### Day 4\n- [ ] B\n');
    assert.deepStrictEqual(outline(warmup.root), ['section:Plan', '  day:Days 1-2 - Warmup', '  cycle:Days 3-4', '    day:Day 3', '    day:Day 4']);
    assert.deepStrictEqual(warmup.days.map((d) => [d.number, d.rangeEnd, d.tasks.length]), [[1, 2, 2], [3, null, 1], [4, null, 1]]);
    // The last one of a file too, among day headings.
    const last = parse('## Day 1\n- [ ] a\n## Days 2-3: Build\n- [x] b\n');
    assert.deepStrictEqual(last.days.map((d) => [d.title, d.number, d.rangeEnd]), [['Day 1', 1, null], ['Days 2-3: Build', 2, 3]]);
    // Without day headings it stays a cycle (a review: a roadmap's months became one-date days)...
    assert.deepStrictEqual(outline(parse('# Days 1-30: SQL\n- [ ] course\n# Days 31-60: Spark\n- [ ] course\n').root), ['cycle:Days 1-30: SQL', 'cycle:Days 31-60: Spark']);
    // ...and never takes the place of table rows or paragraph days (a review: they went, and Day 4 with them).
    const table = parse('# SQL\n## Days 1-2 - Warmup\n- [ ] install\n## Schedule\n| Day | Topic | Done |\n|---|---|---|\n| 3 | Select | |\n| 4 | Joins | |\n');
    assert.deepStrictEqual(table.days.map((d) => d.number), [3, 4]);
    const log = parse('# Log\n## Days 1-3 - Prep\n- [ ] install\n## Log\n**Day 4:** read\n\n**Day 5:** wrote\n\n**Day 6:** tested\n');
    assert.deepStrictEqual(log.days.map((d) => d.number), [4, 5, 6]);
    // Tasks beside days below it, or a module between: still their container; no task at all (prose, fields): still a heading.
    assert.deepStrictEqual(outline(parse('## Days 1-7\n- [ ] Read the overview\n### Day 1\n').root), ['cycle:Days 1-7', '  day:Day 1']);
    assert.deepStrictEqual(outline(parse('# Days 1-14\n## Week 1\n- [ ] a\n').root), ['cycle:Days 1-14', '  module:Week 1']);
    assert.deepStrictEqual(outline(parse('## Days 61-90: Streaming\n- **Focus:** Kafka\n## Days 91-120\n').root), ['cycle:Days 61-90: Streaming', 'cycle:Days 91-120']);
  });

  it('a heading\'s attribute list is its anchor, not its title: stamps and marks before it are read (a learner\'s {#second})', () => {
    const plan = parse('### Day 1 - First \u2705 2026-11-24 {#first}\n### Day 2 - Second \u{1F4C5} 2026-11-30 {: #second}\n### Day 3 - Sets {a, b}\n');
    assert.deepStrictEqual(plan.days.map((d) => [d.title, d.done, d.planned]), [['Day 1 - First', true, null], ['Day 2 - Second', false, '2026-11-30'], ['Day 3 - Sets {a, b}', false, null]]);
    // A setext heading keeps it in its title, as its edits keep the stamp after it (a review: the two disagreed).
    assert.deepStrictEqual(parse('Day 1 - A {#first}\n===\n').days.map((d) => d.title), ['Day 1 - A {#first}']);
  });

  it('ranges at one level are siblings of one kind, never one inside the other (found by a reviewer: Days 31-60 sat in Days 1-30)', () => {
    const cycles = parse('# Plan\n## Days 1-30\n### Day 1\n## Days 31-60\n### Day 31\n## Days 61-90\n### Day 61\n');
    assert.deepStrictEqual(outline(cycles.root), ['section:Plan', '  cycle:Days 1-30', '    day:Day 1', '  cycle:Days 31-60', '    day:Day 31', '  cycle:Days 61-90', '    day:Day 61']);
    // Days written at the ranges' level: the next range, starting past the days of the first, is a cycle too (it
    // was read as an entry among the first one's days).
    const flatCycles = parse('## Days 1-30\n## Day 1\n## Day 2\n## Days 31-60\n## Day 31\n');
    assert.deepStrictEqual(outline(flatCycles.root), ['cycle:Days 1-30', '  day:Day 1', '  day:Day 2', 'cycle:Days 31-60', '  day:Day 31']);
    const entry = parse('## Days 1-30\n## Day 1\n## Day 2\n## Days 3-4\n## Day 5\n');
    assert.deepStrictEqual(outline(entry.root), ['cycle:Days 1-30', '  day:Day 1', '  day:Day 2', '  day:Days 3-4', '  day:Day 5'], 'a range inside it is an entry');
    const bare = parse('## Days 1-2\n### Day 1\n## Days 3-4\n### Day 3\n');
    assert.deepStrictEqual(outline(bare.root), ['cycle:Days 1-2', '  day:Day 1', 'cycle:Days 3-4', '  day:Day 3']);
    // A flat log of range entries: each is a day, the first one too (found by a reviewer: it stayed a cycle).
    const flat = parse('# Log\n## Day 1-3: Setup\n## Day 4-6: Build\n## Day 7: Ship\n');
    assert.deepStrictEqual(flat.days.map((d) => [d.number, d.rangeEnd]), [[1, 3], [4, 6], [7, null]]);
    const nested = parse('# Days 1-30\n## Days 1-7\n### Day 1\n## Days 8-14\n### Day 8\n# Days 31-60\n## Days 31-37\n### Day 31\n');
    assert.deepStrictEqual(outline(nested.root), [
      'cycle:Days 1-30', '  module:Days 1-7', '    day:Day 1', '  module:Days 8-14', '    day:Day 8', 'cycle:Days 31-60', '  module:Days 31-37', '    day:Day 31',
    ]);
  });

  it('marks the range entry like a day', () => {
    assert.strictEqual(lineOf(complete(text, plan.days[2]), plan.days[2].line), `### Day 28-31: April 12-15 ${S}`);
  });
});

describe('format: weekday headings anywhere (formats/weekdays.md)', () => {
  const { plan } = load('weekdays.md');

  it('reads TODAY (Monday), TUESDAY, and Monday / Wed under a week', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:Spanish, this week',
      '  day:TODAY (Monday)',
      '  day:TUESDAY',
      '  module:Week 3',
      '    day:Monday',
      '    day:Wed',
      '    day:Sunday review',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => d.weekday), [1, 2, 1, 3, 7]);
    assert.strictEqual(plan.journal, false, 'a week with tasks is work to do');
    // TOMORROW and YESTERDAY are read as TODAY is (found by a reviewer: TOMORROW (Tuesday) was a section).
    const around = parse('### YESTERDAY (Sunday)\n- [x] a\n### TODAY (Monday)\n- [ ] b\n### TOMORROW (Tuesday)\n- [ ] c\n');
    assert.deepStrictEqual(around.days.map((d) => d.weekday), [7, 1, 2]);
  });

  it('one weekday heading alone makes no plan; two do in a file that speaks of learning or has tasks (opening hours are no journal)', () => {
    assert.strictEqual(parse('# Opening hours\n\n## Monday\nclosed\n').isPlan, false);
    assert.strictEqual(parse('# Cafe\n## Monday\nClosed\n## Tuesday\n9-17\n## Saturday\n10-14\n').isPlan, false, 'found by a reviewer: a cafe became a journal');
    assert.strictEqual(parse('# What I learned\n## Monday\nnotes\n## Tuesday\nnotes\n').isPlan, true);
    assert.strictEqual(parse('## Monday\n- [ ] drills\n## Tuesday\n- [ ] podcast\n').isPlan, true);
  });
});

describe('false plans a reviewer found, kept as test data (a false plan is worse than a missed one)', () => {
  const rows: [string, string, boolean][] = [
    ['a cafe\'s opening hours', '# Cafe\n## Monday\nClosed\n## Tuesday\n9-17\n## Saturday\n10-14\n', false],
    ['a meeting log with dated headings', '# Meeting log\n## 2024-01-05\nnotes\n## 2024-01-12\nnotes\n', false],
    ['a change log', '# Change log\n## 2024-01-05\n- fixed\n## 2024-02-01\n- added\n', false],
    ['server progress', '# Server progress\n## 2024-01-05\nup\n## 2024-01-06\ndown\n', false],
    ['training room bookings', '# Training room bookings\n## Monday\nTeam A\n## Tuesday\nTeam B\n', false],
    ['a droid', '# Robots I like\n## R2D2\n## BB-8\n', false],
    ['two droids (rounds of one day each)', '# Robots I like\n## R2D2\n## R5D4\n', false],
    ['release tags', '## Tag 3.0 release\n## Tag 3.1 release\n', false],
    ['a travel diary', '# Diary of a trip\n\nDay 1 was long.\n\nDay 2: we hiked.\n\nDay 3: museum.\n\nDay 4: flew home.\n', false],
    // ...and what stays a plan:
    ['a coding log of plain paragraph days', '# My coding log\n\nDay 1: setup.\n\nDay 2: loops.\n\nDay 3: functions.\n', true],
    ['a devlog with dates', '# Devlog\n## 2024-01-05\nparser\n## 2024-01-06\ntests\n', true],
    ['a #100DaysOfCode log', '## R1D1\nsetup\n## R1D2\nloops\n', true],
    ['a bootcamp\'s days (App Academy writes W1D1)', '## W1D1\nsetup\n## W1D2\nloops\n', true],
    ['German days', '## Tag 3\n## Tag 4\n', true],
  ];
  for (const [what, text, isPlan] of rows) {
    it(`${what}: ${isPlan ? 'a plan' : 'no plan'}`, () => assert.strictEqual(parse(text).isPlan, isPlan, text));
  }
});

describe('format: other languages (formats/languages/*.md, from languages.json)', () => {
  const expected: Record<string, [string, string, string, number]> = {
    es: ['Semana 1: Fundamentos', 'D\u00eda 1: Variables', 'D\u00eda 2: Funciones', 2],
    pt: ['M\u00f3dulo 1: B\u00e1sico', 'Dia 1 - Tipos', 'Dia 2 - La\u00e7os', 2],
    fr: ['Semaine 1', 'Jour 1 : Installation', 'Jour 2 : Propri\u00e9t\u00e9', 2],
    de: ['Woche 1', 'Tag 1: Einrichtung', '2. Tag: Schleifen', 2],
    it: ['Settimana 1', 'Giorno 1 - SELECT', 'Giorno 2 - JOIN', 2],
    nl: ['Week 1', 'Dag 1: Images', 'Dag 2: Containers', 2],
    tr: ['Hafta 1', 'G\u00fcn 1: Kurulum', '2. G\u00fcn: D\u00f6ng\u00fcler', 2],
    pl: ['Tydzie\u0144 1', 'Dzie\u0144 1: Typy', 'Dzie\u0144 2: P\u0119tle', 2],
    ru: ['\u041d\u0435\u0434\u0435\u043b\u044f 1', '\u0414\u0435\u043d\u044c 1: \u041f\u0435\u0440\u0435\u043c\u0435\u043d\u043d\u044b\u0435', '\u0414\u0435\u043d\u044c 2: \u0424\u0443\u043d\u043a\u0446\u0438\u0438', 2],
    uk: ['\u0422\u0438\u0436\u0434\u0435\u043d\u044c 1', '\u0414\u0435\u043d\u044c 1: \u0417\u043c\u0456\u043d\u043d\u0456', '\u0414\u0435\u043d\u044c 2: \u0426\u0438\u043a\u043b\u0438', 2],
    vi: ['Tu\u1ea7n 1', 'Ng\u00e0y 1: C\u00e0i \u0111\u1eb7t', 'Ng\u00e0y 2: Component', 2],
    id: ['Minggu 1', 'Hari 1: Instalasi', 'Hari 2: Widget', 2],
    zh: ['\u7b2c1\u5468', '\u7b2c1\u5929\uff1a\u6570\u7ec4', '\u7b2c\u4e8c\u5929\uff1a\u94fe\u8868', 2],
    ja: ['\u7b2c1\u9031', '1\u65e5\u76ee\uff1a\u578b', '2\u65e5\u76ee\uff1a\u95a2\u6570', 2],
    ko: ['1\uc8fc\ucc28', '1\uc77c\ucc28: \ubc30\uc5f4', '2\uc77c\ucc28: \uc2a4\ud0dd', 2],
  };
  for (const [language, [week, day1, day2, tasks]] of Object.entries(expected)) {
    it(`${language}: a week module holding days 1 and 2`, () => {
      const { plan } = load(`languages/${language}.md`);
      const [title] = outline(plan.root);
      assert.deepStrictEqual(outline(plan.root), [title, `  module:${week}`, `    day:${day1}`, `    day:${day2}`]);
      assert.deepStrictEqual(plan.days.map((d) => d.number), [1, 2]);
      assert.strictEqual(plan.root.progress.tasksTotal, tasks);
    });
  }
});

describe('format: tasks in headings, front matter title, dataview (formats/heading-tasks.md)', () => {
  const { text, plan } = load('heading-tasks.md');

  it('reads `#### [ ] Learning Theory` as a task titled without its box; the front matter titles the plan; `= this.title` is no title', () => {
    assert.strictEqual(plan.root.title, 'Machine Learning Foundations');
    assert.deepStrictEqual(outline(plan.root), [
      'section:Machine Learning Foundations',
      '  module:Week 1',
      '    section:Learning Theory',
      '    section:Linear Models',
      '    section:Regularization',
      '    day:Day 4 - Kernels',
    ]);
    assert.strictEqual(planTitle(plan), 'Machine Learning Foundations');
    // An explicit title wins over the first heading (found by a reviewer); without one, a single H1 names the plan.
    assert.strictEqual(planTitle(parse('---\ntitle: Plan From Front Matter\n---\n# Real Heading Title\n### Day 1\n', 'file:///ws/p.md')), 'Plan From Front Matter');
    assert.strictEqual(planTitle(parse('---\ntags: [x]\n---\n# Real Heading Title\n### Day 1\n', 'file:///ws/p.md')), 'Real Heading Title');
    const week = plan.root.children[0].children[0];
    assert.deepStrictEqual(week.children.map((c) => c.tasks.map((t) => [t.text, t.checked, t.doneDate, t.due])), [
      [['Learning Theory', false, null, null]], [['Linear Models', true, '2026-11-10', null]], [['Regularization', false, null, '2026-11-20']], [['Day 4 - Kernels', false, null, null]],
    ]);
  });

  it('toggles a heading task, before closing hashes too', () => {
    const task = plan.root.children[0].children[0].children[0].tasks[0];
    const toggled = applied(text, toggleTasks(text, [task], D));
    assert.strictEqual(lineOf(toggled, task.line), `#### [x] Learning Theory ${S}`);
    assert.strictEqual(applied(toggled, toggleTasks(toggled, [parse(toggled).root.children[0].children[0].children[0].tasks[0]], D)), text);
  });

  it('marking a day whose heading is a task checks it (one stamp), and unmarking restores it', () => {
    const day = plan.days[0];
    const done = complete(text, day);
    assert.strictEqual(lineOf(done, day.line), `### [x] Day 4 - Kernels ${S}`);
    assert.ok(parse(done).days[0].done);
    assert.strictEqual(incomplete(done, parse(done).days[0]), text);
  });
});

describe('format: days written as checkbox items (formats/checkbox-days.md)', () => {
  const { text, plan } = load('checkbox-days.md');
  const day = (n: number): PlanNode => plan.days.find((d) => d.number === n)!;

  it('reads `- [ ] Day 3: JOINs` as a day: its box is its mark, the items nested in it its tasks, links and sessions', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:SQL in four weeks',
      '  module:Week 1: Basics',
      '    day:Day 1: SELECT and WHERE', '    day:Day 2: ORDER BY, LIMIT', '    day:Day 3: JOINs', '    day:Day 4: GROUP BY', '    day:Day 5: Review',
      '  module:Week 2: Beyond the basics',
      '    day:Day 6 Window functions', '    day:Days 7-8: A small project with a second line',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => [d.form, d.line, d.titleEndLine, d.bodyLine, d.endLine]), [
      ['item', 6, 6, 7, 7], ['item', 7, 7, 8, 8], ['item', 8, 8, 9, 12], ['item', 12, 12, 13, 13], ['item', 13, 13, 14, 15], ['item', 19, 19, 20, 20], ['item', 20, 21, 22, 22],
    ]);
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate, d.skipped, d.planned]), [
      [true, '2026-11-16', false, null], [true, null, false, null], [false, null, false, null], [false, null, false, '2026-11-21'], [false, null, true, null], [false, null, false, null], [false, null, false, null],
    ]);
    assert.deepStrictEqual([day(7).number, day(7).rangeEnd], [7, 8]);
    const joins = day(3);
    assert.deepStrictEqual(joins.tasks.map((t) => [t.line, t.text, t.checked]), [[8, 'Day 3: JOINs', false], [9, 'Read the JOIN chapter', true], [10, '10 exercises on the sample database', false]]);
    assert.deepStrictEqual([joins.links.map((l) => l.line), joins.sessions.map((m) => [m.line, m.minutes])], [[9], [[11, 40]]]);
    // Its box is the day, not one of its tasks: `1/2 tasks`, and the tree lists the two.
    assert.deepStrictEqual([joins.progress.tasksTotal, joins.progress.tasksDone, listedTasks(joins).map((t) => t.line)], [2, 1, [9, 10]]);
    // What follows the list is the week's, not the last day's: the list item ends the day.
    const week = plan.root.children[0].children[0];
    assert.deepStrictEqual([week.links.map((l) => l.line), week.progress.daysTotal, week.progress.daysDone], [[15], 4, 2]);
    // A box that reads as no day is a task of the week it sits in.
    assert.deepStrictEqual(plan.root.children[0].children[1].tasks.map((t) => t.text), ['Buy a notebook']);
  });

  it('one `- [ ] Day 5: submit` in a to-do list is a task; under day headings, `- [ ] Day 3 recap` is a task of its day', () => {
    assert.deepStrictEqual(parse('# To do\n- [ ] Day 5: submit the form\n- [ ] call Ann\n').days, []);
    const headed = parse('## Day 3\n- [ ] Day 3 recap\n- [ ] Day 4: prepare\n\n## Day 4\n');
    assert.deepStrictEqual(headed.days.map((d) => [d.form, d.title, d.tasks.map((t) => t.text)]), [['heading', 'Day 3', ['Day 3 recap', 'Day 4: prepare']], ['heading', 'Day 4', []]]);
    // A tracker list over the day headings it repeats: tasks of what holds them, in document order.
    const tracker = parse('# Plan\n- [x] Day 1: a\n- [ ] intro\n- [ ] Day 2: b\n## Day 1\n- [ ] read\n## Day 2\n');
    assert.deepStrictEqual([tracker.days.map((d) => [d.form, d.title]), tracker.root.children[0].tasks.map((t) => t.line)], [[['heading', 'Day 1'], ['heading', 'Day 2']], [1, 2, 3]]);
    // Days written as items, then as a heading (a learner's Day 4 got a heading of its own): all of them are days.
    const mixed = parse('# Plan\n- [x] Day 1: a\n- [ ] intro\n- [ ] Day 2: b\n- [ ] Day 3: c\n\n### Day 4: Compose\n- [ ] d\n');
    assert.deepStrictEqual(mixed.days.map((d) => [d.form, d.number]), [['item', 1], ['item', 2], ['item', 3], ['heading', 4]]);
    assert.deepStrictEqual(mixed.root.children[0].tasks.map((t) => t.text), ['intro']);
    // One alone in a list of its own that repeats a day of the list of days is a task (`- [ ] Day 5: submit form`
    // in a to-do list, `## Homework` and its `Day 3`); one that continues them is a day (a week a list).
    const todo = parse('# Rust\n- [ ] Day 1: a\n- [ ] Days 2-5: b\n\nTo-do:\n- [ ] buy the book\n- [ ] Day 5: submit form\n\n## Homework\n- [ ] Day 1: essay\n');
    assert.deepStrictEqual(todo.days.map((d) => d.title), ['Day 1: a', 'Days 2-5: b']);
    assert.deepStrictEqual(parse('## Week 1\n- [ ] Day 1: a\n## Week 2\n- [ ] Day 2: b\n').days.map((d) => d.form), ['item', 'item']);
    // An item that is no day gives what it held back in document order (its field came after the week's own).
    const lone = parse('## Week 1\n- [ ] Day 5: submit\n  - **Resource:** [a](https://a.example)\n\n**Note:** b\n- [ ] later\n');
    assert.deepStrictEqual([lone.days, lone.root.children[0].fields.map((f) => f.name), lone.root.children[0].tasks.map((t) => t.line)], [[], ['Resource', 'Note'], [1, 5]]);
    // An item nested in an item day is its task, whatever it says.
    assert.deepStrictEqual(parse('- [ ] Day 1: a\n  - [ ] Day 2 prep\n- [ ] Day 2: b\n').days.map((d) => d.tasks.length), [2, 1]);
    // Prose items and the near misses of a paragraph day stay tasks: a day word, then its number, first.
    assert.deepStrictEqual(parse('- [ ] Read day 3 notes\n- [ ] The day 4 plan\n').days, []);
  });

  it('done checks the box and stamps it, with its open tasks; undone gives the text back byte for byte', () => {
    const done = complete(text, day(3));
    assert.deepStrictEqual(done.split('\n').slice(8, 12), [`- [x] Day 3: JOINs ${S}`, '  - [x] Read [the JOIN chapter](https://example.com/sql/joins) \u2705 2026-11-18', `  - [x] 10 exercises on the sample database ${S}`, '  - \u23F1 2026-11-18 (40 min)']);
    const reread = parse(done).days.find((d) => d.number === 3)!;
    assert.deepStrictEqual([reread.done, reread.doneDate, reread.stampDate], [true, D, D]);
    assert.strictEqual(incomplete(done, reread), text);
    // Without checking tasks the box is still checked: it is the day's mark.
    const boxOnly = applied(text, markDayComplete(text, day(6), { date: D, checkTasks: false, journal: false }));
    assert.strictEqual(lineOf(boxOnly, 19), `- [ ] Day 6 Window functions ${S}`.replace('[ ]', '[x]'));
    // Checked already, with no date: complete, and no stamp dates it today.
    assert.deepStrictEqual(markDayComplete(text, day(2), { date: D, checkTasks: true, journal: false }), { ok: true, edits: [], summary: 'Day 2 is already complete' });
    // A wrapped item is stamped at the end of its text.
    assert.strictEqual(complete(text, day(7)).split('\n').slice(20, 22).join('\n'), `- [x] Days 7-8: A small project\n  with a second line ${S}`);
  });

  it('a skipped day (`[-]`) comes back into the plan by undone; done after all keeps its box and takes a stamp', () => {
    const back = incomplete(text, day(5));
    assert.strictEqual(lineOf(back, 13), '- [ ] Day 5: Review');
    const done = complete(text, day(5));
    assert.strictEqual(lineOf(done, 13), `- [-] Day 5: Review ${S}`);
    const reread = parse(done).days.find((d) => d.number === 5)!;
    assert.deepStrictEqual([reread.done, reread.skipped], [true, false]);
    assert.strictEqual(incomplete(done, reread), text, 'done, then undone: skipped again, as it was');
  });

  it('a skip taken back takes the `❌` date with it; a lab link joins a `*` list with its bullet, and a session goes after tabbed tasks, with no blank line', () => {
    const cancelled = '# D\n- [-] Day 1: a \u274C 2026-11-17\n- [ ] Day 2: b\n';
    assert.strictEqual(incomplete(cancelled, parse(cancelled).days[0]), '# D\n- [ ] Day 1: a\n- [ ] Day 2: b\n');
    const star = '* [ ] Day 1: A\n  * [ ] a1\n* [ ] Day 2: B\n1. [ ] Day 3: C\n   1. [ ] c1\n';
    const starred = parse(star);
    assert.strictEqual(applied(star, addLabLink(star, starred.days[0], 'day-001', 'l1.ipynb')), '* [ ] Day 1: A\n  * **Lab:** [day-001](l1.ipynb)\n  * [ ] a1\n* [ ] Day 2: B\n1. [ ] Day 3: C\n   1. [ ] c1\n');
    assert.strictEqual(applied(star, addLabLink(star, starred.days[2], 'day-003', 'l3.ipynb')), '* [ ] Day 1: A\n  * [ ] a1\n* [ ] Day 2: B\n1. [ ] Day 3: C\n   - **Lab:** [day-003](l3.ipynb)\n   1. [ ] c1\n');
    const tabbed = '# T\n\n- [ ] Day 1: Channels\n\t- [ ] buffered channels\n\t- [ ] select\n- [ ] Day 2: x\n';
    const plan = parse(tabbed);
    const logged = applied(tabbed, logSession(tabbed, plan, plan.days[0], { date: '2026-11-23', from: null, to: null, minutes: 10 }));
    assert.strictEqual(logged, '# T\n\n- [ ] Day 1: Channels\n\t- [ ] buffered channels\n\t- [ ] select\n  - \u23F1 2026-11-23 (10 min)\n- [ ] Day 2: x\n');
    // In a quote, a tab after `>` is the quote's space and two columns of the text's: `more` is the day's last
    // paragraph (markdown-it's reading), and the session goes after it (it went above it, counted after the whole tab).
    const quoted = '> - ### Day 1 - A\n>   text\n>\n>\t more\n> - ### Day 2 - B\n';
    const quotedPlan = parse(quoted);
    assert.strictEqual(applied(quoted, logSession(quoted, quotedPlan, quotedPlan.days[0], { date: '2026-11-23', from: null, to: null, minutes: 10 })),
      '> - ### Day 1 - A\n>   text\n>\n>\t more\n>   - \u23F1 2026-11-23 (10 min)\n> - ### Day 2 - B\n');
  });

  it('a lab link joins a list nested four spaces or a tab deep as it is indented, and never joins the title (a review)', () => {
    const link = (text: string, n = 0): string => applied(text, addLabLink(text, parse(text).days[n], 'day-002', 'l.ipynb'));
    assert.strictEqual(link('- [ ] Day 2: JOINs\n    - [ ] read\n- [ ] Day 3: x\n'), '- [ ] Day 2: JOINs\n    - **Lab:** [day-002](l.ipynb)\n    - [ ] read\n- [ ] Day 3: x\n');
    assert.strictEqual(link('- [ ] Day 2: JOINs\n\t+ [ ] read\n- [ ] Day 3: x\n'), '- [ ] Day 2: JOINs\n\t+ **Lab:** [day-002](l.ipynb)\n\t+ [ ] read\n- [ ] Day 3: x\n');
    // Code after a blank line in the day: a nested item would take it in as its paragraph (markdown-it renders `code`
    // as a paragraph of the link's item then: this test expected that once; a fuzz run found it). Refused.
    const code = '- [ ] Day 2: JOINs\n\n      code\n- [ ] Day 3: x\n';
    assert.deepStrictEqual(addLabLink(code, parse(code).days[0], 'day-002', 'l.ipynb'), { ok: false, message: 'the indented text under Day 2: JOINs would become part of the link; add the link by hand' });
    assert.strictEqual(link('> - [ ] Day 2: JOINs\n>   - [ ] read\n> - [ ] Day 3: x\n'), '> - [ ] Day 2: JOINs\n>   - **Lab:** [day-002](l.ipynb)\n>   - [ ] read\n> - [ ] Day 3: x\n');
    for (const text of ['- [ ] Day 2: JOINs\n    - [ ] read\n- [ ] Day 3: x\n']) {
      const linked = parse(link(text));
      assert.deepStrictEqual([linked.days[0].title, linked.days.length], ['Day 2: JOINs', 2]);
    }
  });

  it('a skipped day done with date stamps off is done; a paragraph day before the list that does not count leaves its items days', () => {
    const skipped = '- [-] Day 1: a\n- [ ] Day 2: b\n';
    const done = applied(skipped, markDayComplete(skipped, parse(skipped).days[0], { date: null, checkTasks: true, journal: false }));
    assert.strictEqual(done, '- [-] Day 1: a \u2705\n- [ ] Day 2: b\n');
    assert.deepStrictEqual([parse(done).days[0].done, parse(done).days[0].skipped], [true, false]);
    const after = parse('# SQL\n\n**Day 0:** install Postgres.\n\n- [ ] Day 1: SELECT\n- [ ] Day 2: JOINs\n');
    assert.deepStrictEqual(after.days.map((d) => [d.form, d.number]), [['item', 1], ['item', 2]]);
    // Paragraph days that count hold their items as tasks: no day in a day.
    const log = parse('**Day 1:** a\n\n- [ ] Day 1: read\n- [ ] Day 1: write\n\n**Day 2:** b\n\n**Day 3:** c\n');
    assert.deepStrictEqual(log.days.map((d) => [d.form, d.number, d.tasks.length]), [['paragraph', 1, 2], ['paragraph', 2, 0], ['paragraph', 3, 0]]);
  });

  it('a heading inside an item day is its section, closed with it (a review: the days after it went into the section)', () => {
    const plan = parse('## Week 1\n- [ ] Day 1: a\n  #### Notes\n  - [ ] read\n  - [ ] Day 1 recap\n- [ ] Day 2: b\n\n## Week 2\n- [ ] Day 3: c\n');
    assert.deepStrictEqual(outline(plan.root), ['module:Week 1', '  day:Day 1: a', '    section:Notes', '  day:Day 2: b', 'module:Week 2', '  day:Day 3: c']);
    const notes = plan.days[0].children[0];
    assert.deepStrictEqual([notes.line, notes.endLine, notes.tasks.map((t) => t.text)], [2, 5, ['read', 'Day 1 recap']]);
    assert.deepStrictEqual(plan.days.map((d) => [d.line, d.endLine]), [[1, 5], [5, 7], [8, 9]]);
  });

  it('gets its lab link as an item nested in it, and its lab notes list its tasks without the day itself', () => {
    const linked = applied(text, addLabLink(text, day(2), 'day-002', 'labs/day-002.ipynb'));
    assert.deepStrictEqual(linked.split('\n').slice(7, 10), ['- [x] Day 2: ORDER BY, LIMIT', '  - **Lab:** [day-002](labs/day-002.ipynb)', '- [ ] Day 3: JOINs']);
    const relinked = parse(linked);
    assert.deepStrictEqual(relinked.days.map((d) => d.number), plan.days.map((d) => d.number));
    assert.ok(relinked.days[1].links.some((l) => l.target === 'labs/day-002.ipynb'));
    const nested = applied(text, addLabLink(text, day(3), 'day-003', 'labs/day-003.ipynb'));
    assert.deepStrictEqual(nested.split('\n').slice(8, 10), ['- [ ] Day 3: JOINs', '  - **Lab:** [day-003](labs/day-003.ipynb)']);
    assert.deepStrictEqual(dayContent(plan, day(3)).tasks, ['Read the JOIN chapter', '10 exercises on the sample database']);
  });
});

describe('format: deep lists (formats/deep-list.md)', function () {
  this.timeout(120_000);

  it('reads all 60 nested tasks and what follows them (markdown-it dropped everything after level ~50)', () => {
    const { plan } = load('deep-list.md');
    assert.strictEqual(plan.root.progress.tasksTotal, 61);
    assert.deepStrictEqual(outline(plan.root), ['section:Roadmap, nested as deep as the topics go', '  section:After the roadmap']);
  });

  it('parses deep nesting in linear time, and 1 MB of it without overflowing the stack', () => {
    const roadmap = formatText('deep-list.md');
    let n = 0;
    assertLinear('deeply nested lists', (scale) => roadmap.repeat(scale), (text) => parse(text, `file:///deep${n++}.md`));
    for (const unit of ['- ', '> ', '1. ', '* [ ] ', '>- ']) assert.ok(parse(unit.repeat((1 << 20) / unit.length)).root);
    const stairs = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- [ ] step ${i}`).join('\n');
    assert.strictEqual(parse(stairs).root.progress.tasksTotal, 499, 'read down to the nesting limit (1000 levels, two per list)');
  });
});

describe('format: duplicate day numbers across sections (formats/duplicate-days.md)', () => {
  it('keeps both Day 1s, each at its own line', () => {
    const { plan } = load('duplicate-days.md');
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.line, d.title]), [
      [1, 4, '\u{1F4D4} Day 1'], [2, 7, '\u{1F4D4} Day 2'], [1, 12, '\u{1F4BB} Day 1: Exercises'], [2, 15, '\u{1F4BB} Day 2: Exercises'],
    ]);
  });
});

describe('format: titles a learner recognises (formats/titles.md)', () => {
  it('a day range after Week modules is a module like them', () => {
    const { plan } = load('titles.md');
    assert.deepStrictEqual(plan.root.children[0].children.map((c) => [c.kind, c.title]), [
      ['module', 'Week 1: Basics (Days 1-7)'], ['module', 'Week 2: Joins (Days 8-14)'], ['module', 'Final Sprint (Days 26-30)'],
    ]);
  });
});

describe('journals (issue 16 item 3, formats/week-journal.md)', () => {
  const { plan } = load('week-journal.md');

  it('is a journal: days by weekday, no tasks; its entries count in no progress', () => {
    assert.ok(plan.isPlan && plan.journal);
    assert.deepStrictEqual(plan.days.map((d) => d.weekday), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepStrictEqual(plan.root.progress, { tasksTotal: 0, tasksDone: 0, daysTotal: 0, daysDone: 0 });
  });

  it('a day\'s links include those of its subsections', () => {
    assert.deepStrictEqual(allLinks(plan.days[0]).map((l) => l.text), ['course page', 'Pods explained']);
  });

  it('a plan with tasks or with numbered days without dates is no journal', () => {
    assert.strictEqual(parse('## Monday\n- [ ] a\n## Tuesday\n').journal, false);
    assert.strictEqual(parse('### Day 1\ntext\n### Day 2\n').journal, false);
    assert.strictEqual(parse('### Day 1: October 30, 2018\ntext\n### Day 2: October 31, 2018\n').journal, true);
  });
});
