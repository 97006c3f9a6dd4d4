/**
 * Day tables beside day headings, and a table row's other cells as its fields. Before/after tables of whole plans:
 * the days a plan has (a trial's Spanish plan wrote its second week as a table and lost its days 3 and 4).
 */
import * as assert from 'assert';
import { fieldLinks, studyTime } from '../../src/core';
import { parse } from './helpers';

const HEAD = '# Plan\n\n## Semana 1\n\n### Día 1 - Saludos\n- [ ] a\n\n### Día 2 - Números\n- [ ] b\n\n';
const TABLE = '| Día | Tema | Tarea | Hecho |\n|---|---|---|---|\n| 3 | Comida | Vocabulario | |\n| 4 | Familia | Describir | |\n\n';

describe('day tables beside day headings: the rows that are days of their own', () => {
  const cases: [string, string, string[]][] = [
    ['a week as a table between weeks of headings (the trial\'s)', `${HEAD}## Semana 2\n\n${TABLE}## Semana 3\n\n### Día 5 - Pasado\n- [ ] c\n`,
      ['Día 1 - Saludos', 'Día 2 - Números', 'Día 3: Comida', 'Día 4: Familia', 'Día 5 - Pasado']],
    ['the table last', `${HEAD}## Semana 2\n\n${TABLE}`, ['Día 1 - Saludos', 'Día 2 - Números', 'Día 3: Comida', 'Día 4: Familia']],
    ['the table first', `# Plan\n\n| Day | Topic |\n|---|---|\n| 1 | Setup |\n| 2 | Syntax |\n\n### Day 3 - Traits\n- [ ] t\n`, ['Day 1: Setup', 'Day 2: Syntax', 'Day 3 - Traits']],
    // Yield: an overview the headings also write, a table inside a day's section, rows out of the headings' order,
    // day headings not all numbered.
    ['an overview of the days the headings write', `# Plan\n\n| Day | Topic |\n|---|---|\n| 1 | Setup |\n| 2 | Syntax |\n\n### Day 1 - Setup\n- [ ] s\n### Day 2 - Syntax\n- [ ] y\n`, ['Day 1 - Setup', 'Day 2 - Syntax']],
    ['a table inside a day', `${HEAD.replace('\n\n', '\n').slice(0, -1)}\n${TABLE}### Día 5 - Pasado\n`, ['Día 1 - Saludos', 'Día 2 - Números', 'Día 5 - Pasado']],
    ['rows after days numbered past them', `# Plan\n\n### Day 5 - Late\n- [ ] l\n\n## Backlog\n\n| Day | Topic |\n|---|---|\n| 1 | Setup |\n| 2 | Syntax |\n`, ['Day 5 - Late']],
    ['weekday headings beside a numbered table', `# Week\n\n### Monday\n- [ ] m\n### Tuesday\n- [ ] t\n\n## Later\n\n| Day | Topic |\n|---|---|\n| 1 | Setup |\n| 2 | Syntax |\n`, ['Monday', 'Tuesday']],
    // From a review: two tables of the same gap (the second yields), a range heading that becomes a day, a row's range.
    ['two tables of the same days: the first', `${HEAD}## Week 2\n#### Schedule\n${TABLE}#### Resources\n${TABLE}## Week 3\n### Día 5 - Pasado\n`,
      ['Día 1 - Saludos', 'Día 2 - Números', 'Día 3: Comida', 'Día 4: Familia', 'Día 5 - Pasado']],
    ['a range heading holding tasks is a day its table may not repeat', '### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n## Days 3-4 - Project\n- [ ] build\n## Overview\n| Day | Topic |\n|---|---|\n| 3 | P1 |\n| 4 | P2 |\n### Day 5\n- [ ] c\n',
      ['Day 1', 'Day 2', 'Days 3-4 - Project', 'Day 5']],
    ['a row\'s range reaching a heading\'s day', '### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n## Table\n| Day | Topic |\n|---|---|\n| 3 | T |\n| 04-05 | U |\n### Day 5\n- [ ] c\n', ['Day 1', 'Day 2', 'Day 5']],
  ];
  for (const [name, text, days] of cases) {
    it(name, () => assert.deepStrictEqual(parse(text).days.map((day) => day.title), days));
  }

  it('a kept row is a day as in a table of its own: numbered, done by its status cell, scheduled in order', () => {
    const plan = parse(`---\nstart: 2026-11-23\n---\n${HEAD}## Semana 2\n\n${TABLE.replace('| Describir | |', '| Describir | ✅ 2026-11-25 |')}`);
    const four = plan.days.find((day) => day.number === 4)!;
    assert.deepStrictEqual([four.form, four.done, four.doneDate], ['tableRow', true, '2026-11-25']);
  });
});

describe('a table that yields is content: its cells are nobody\'s fields (a review\'s: an overview doubled the study time)', () => {
  it('an overview of the days: no field and no time on the section it sits in', () => {
    const plan = parse('# Plan\n## Overview\n| Day | Topic | Time | Key takeaway |\n|---|---|---|---|\n| 1 | A | 2h | x y z w |\n| 2 | B | 3h | x y z w |\n### Day 1\n- **Time:** 2 h\n### Day 2\n- **Time:** 3 h\n');
    assert.deepStrictEqual([plan.root.children[0].children[0].fields, plan.days.map((day) => day.fields.length)], [[], [1, 1]]);
    assert.strictEqual(studyTime(plan.root).total, 300);
  });

  it('a table inside a day gives the day no fields', () => {
    const plan = parse(`### Día 2 - Números\n- [ ] b\n\n${TABLE}### Día 5\n`);
    assert.deepStrictEqual(plan.days[0].fields, []);
  });
});

describe('a table row\'s other cells are its fields, named by their column', () => {
  const plan = parse('# Rust\n\n| Day | Topic | Task (30 min) | Resource | Done |\n|---|---|---|---|---|\n| 1 | [Install](https://rustup.rs) | rustup, cargo new | [Book](https://doc.rust-lang.org/book/) | ✅ |\n| 2 | Vars | Ch3 exercises | | |\n');
  const [one, two] = plan.days;

  it('each cell but the day, title, status and date columns; an empty cell is no field', () => {
    assert.deepStrictEqual(one.fields.map((f) => [f.name, f.detail, f.value, f.line]), [['Task', '30 min', 'rustup, cargo new', 4], ['Resource', null, 'Book', 4]]);
    assert.deepStrictEqual(two.fields.map((f) => f.name), ['Task']);
  });

  it('the links of a field sharing its line are those its value shows (the title cell\'s is none of them)', () => {
    assert.deepStrictEqual(one.fields.map((f) => fieldLinks(one, f, one.links).map((l) => l.target)), [[], ['https://doc.rust-lang.org/book/']]);
    // A row's only field (a Lab column) holds no link of its title's (a review's: `lab` saw a Lab line to the title's page).
    const lab = parse('| Day | Topic | Lab | Done |\n|---|---|---|---|\n| 1 | [Intro](./01/readme.md) | TBD | |\n| 2 | B | | |\n').days[0];
    assert.deepStrictEqual(lab.fields.map((f) => [f.name, fieldLinks(lab, f, lab.links).length]), [['Lab', 0]]);
  });

  it('a Time column is study time; a Week column before the day\'s groups the days and is no field', () => {
    const plan = parse('| Week | Day | Topic | Time | Done |\n|---|---|---|---|---|\n| 1 | 1 | A | 45 min | |\n| 1 | 2 | B | 1 h | |\n');
    assert.deepStrictEqual(plan.days.map((day) => [day.fields.map((f) => f.name), studyTime(day).total]), [[['Time'], 45], [['Time'], 60]]);
    // Short (`45m`) or in the label's unit (`Time (min)`: 30); a row's own time before its header's `(30 min)` (a trial's).
    const times = parse('| Day | Topic | Task (30 min) | Time | Time (min) |\n|---|---|---|---|---|\n| 1 | A | x | 1h | |\n| 2 | B | y | | |\n| 3 | C | z | 45m | |\n| 4 | D | w | | 20 |\n');
    assert.deepStrictEqual(times.days.map((day) => studyTime(day).total), [60, 30, 45, 20]);
    // A heading day's `**Time (30 min):** 45 min` keeps its label's, as before (a review's).
    assert.strictEqual(studyTime(parse('### Day 1\n- **Time (30 min):** 45 min\n').days[0]).total, 30);
    // A module named in words is said (a review's `Module: Basics` was lost); a Notes column before the day's too.
    const named = parse('| Module | Notes | Day | Topic |\n|---|---|---|---|\n| Basics | quick | 1 | A |\n| Basics | | 2 | B |\n');
    assert.deepStrictEqual(named.days.map((day) => day.fields.map((f) => `${f.name}: ${f.value}`)), [['Module: Basics', 'Notes: quick'], ['Module: Basics']]);
  });
});
