import * as assert from 'assert';
import { codeAsCode, dayContent, labLocation, labsFolderSegments, PLACEHOLDER_NAMES, renderLab, templateValues, unknownPlaceholders } from '../../src/core';
import { lines, parse } from './helpers';
import { assertLinear } from './linearTime';

// The lab files, whole: what a learner opens after "Scaffold Lab for Day" (issue 15 item 6: labs/).
const plan = parse(lines(
  '# Spark Plan', '## Module 2: Joins', '### Day 8 - Broadcast joins',
  '- **Objective:** Know when to broadcast', '- **Task (20 min):** Read the guide', '- [ ] Try it',
  '- **Resource:** [The [guide]](https://spark.apache.org/docs/latest/sql-performance-tuning.html)', '- [Paren](<https://example.com/(x)>)',
  '- **Checkpoint:** Explain a broadcast', '### Day 9',
), 'file:///ws/plans/spark.md');
const REFLECTION = '## Reflection\n- What did I learn today, in one sentence?\n- What was harder than expected, and why?\n- What will I try or review tomorrow?\n';

describe('The lab of a day, whole', () => {
  it('notes: the title, the day, the plan by its own name, the module, tasks as ballot boxes, resources, reflection', () => {
    const lab = renderLab(dayContent(plan, plan.days[0]), '2026-11-21');
    assert.strictEqual(lab.notes, [
      '# Lab notes: Broadcast joins', '', '*Day 8 - Broadcast joins \u00b7 Spark Plan \u00b7 Module 2: Joins \u00b7 2026-11-21*', '',
      '## Tasks', '- \u2610 Read the guide (20 min)', '- \u2610 Try it', '',
      '## Resources', '- [The guide](https://spark.apache.org/docs/latest/sql-performance-tuning.html)', '- [Paren](<https://example.com/(x)>)', '', '',
    ].join('\n') + REFLECTION);
    assert.deepStrictEqual([lab.unknown, lab.problems], [[], []]);
  });

  it('notebook: nbformat 4, one-space JSON, sources as lines that keep their newline but the last', () => {
    const notebook = renderLab(dayContent(plan, plan.days[0]), '2026-11-21').notebook;
    assert.ok(notebook.endsWith('}\n') && notebook.startsWith('{\n "cells": [\n  {\n   "cell_type": "markdown"'));
    assert.deepStrictEqual(JSON.parse(notebook), {
      cells: [
        {
          cell_type: 'markdown', metadata: {},
          source: [
            '# Day 8 - Broadcast joins\n', '\n', '*Spark Plan \u00b7 Module 2: Joins \u00b7 2026-11-21*\n', '\n', '**Objective:** Know when to broadcast\n', '\n',
            '## Tasks\n', '- \u2610 Read the guide (20 min)\n', '- \u2610 Try it\n', '\n',
            '## Resources\n', '- [The guide](https://spark.apache.org/docs/latest/sql-performance-tuning.html)\n', '- [Paren](<https://example.com/(x)>)\n', '\n',
            '**Checkpoint:** Explain a broadcast',
          ],
        },
        { cell_type: 'code', metadata: {}, source: [], outputs: [], execution_count: null },
        { cell_type: 'markdown', metadata: {}, source: ['## Notes\n', '\n'] },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
      nbformat: 4,
      nbformat_minor: 4,
    });
  });

  it('a day with nothing in it: dashes where values are missing, and a title that reads as a day stays out of the heading', () => {
    const lab = renderLab(dayContent(plan, plan.days[1]), '2026-11-21');
    assert.strictEqual(lab.notes, '# Lab notes\n\n*Day 9 \u00b7 Spark Plan \u00b7 Module 2: Joins \u00b7 2026-11-21*\n\n## Tasks\n- \u2610 \u2014\n\n## Resources\n\u2014\n\n' + REFLECTION);
    assert.deepStrictEqual(JSON.parse(lab.notebook).cells[0].source, [
      '# Day 9\n', '\n', '*Spark Plan \u00b7 Module 2: Joins \u00b7 2026-11-21*\n', '\n', '**Objective:** \u2014\n', '\n', '## Tasks\n', '- \u2610 \u2014\n', '\n', '## Resources\n', '\u2014\n', '\n', '**Checkpoint:** \u2014',
    ]);
  });

  it('a plan without modules: the line under the title leaves the module out instead of an empty `\u00b7  \u00b7`', () => {
    const flat = parse(lines('# Flat Plan', '### Day 1 - Start', '- [ ] Go'), 'file:///ws/flat.md');
    const lab = renderLab(dayContent(flat, flat.days[0]), '2026-11-21');
    assert.strictEqual(lab.notes.split('\n')[2], '*Day 1 - Start \u00b7 Flat Plan \u00b7 2026-11-21*');
    assert.strictEqual(JSON.parse(lab.notebook).cells[0].source[2], '*Flat Plan \u00b7 2026-11-21*\n');
    // A plan titled by its cycle: the title once (a hostile trial's read `Days 1-9: Lab \u00b7 Days 1-9: Lab`).
    const cycle = parse(lines('# Days 1-9: Lab', '### Day 1 - Start', '- [ ] Go'), 'file:///ws/cycle.md');
    assert.strictEqual(renderLab(dayContent(cycle, cycle.days[0]), '2026-11-21').notes.split('\n')[2], '*Day 1 - Start \u00b7 Days 1-9: Lab \u00b7 2026-11-21*');
    // A template of the learner's own is theirs: an empty {{module}} stays empty there.
    assert.strictEqual(renderLab(dayContent(flat, flat.days[0]), '2026-11-21', { notes: '{{plan}} \u00b7 {{module}} \u00b7 {{date}}\n' }).notes, 'Flat Plan \u00b7  \u00b7 2026-11-21\n');
  });

  it('resource lines: brackets out of the text, a bare link named by its target, a target with brackets in <> (the parser already encoded spaces)', () => {
    const links = parse(lines('### Day 1', '- [](https://example.com/bare)', '- [ ](https://example.com/blank)', '- [a [b] c](https://example.com/x)', '- [Spaced](https://example.com/a%20b)', '- [Angle](<https://example.com/a(b)>)'));
    const notes = renderLab(dayContent(links, links.days[0]), '2026-11-21').notes;
    const resources = notes.slice(notes.indexOf('## Resources\n') + 13, notes.indexOf('\n\n## Reflection'));
    assert.strictEqual(resources, [
      '- [https://example.com/bare](https://example.com/bare)', '- [https://example.com/blank](https://example.com/blank)', '- [a b c](https://example.com/x)', '- [Spaced](https://example.com/a%20b)', '- [Angle](<https://example.com/a(b)>)',
    ].join('\n'));
  });

  it('the day\'s code is written as code in the notes and markdown cells (`__init__` was a bold init), plain in a code cell; done tasks are checked', () => {
    const python = parse(lines('# Python', '### Day 3 - Classes and `__init__` \u2705 2026-12-04', '- **Task (60 min):** Build a `BankAccount` with `__init__` and `**kwargs`', '- [x] Write `<div>` by hand \u2705 2026-12-04', '- [ ] Read *more*'), 'file:///ws/p.md');
    const content = dayContent(python, python.days[0]);
    const lab = renderLab(content, '2026-12-05', { notebook: '{"cells":[{"cell_type":"markdown","metadata":{},"source":"# {{title}}"},{"cell_type":"code","metadata":{},"source":"# {{title}}"}]}' });
    assert.ok(lab.notes.startsWith('# Lab notes: Classes and `__init__`\n'), lab.notes);
    const tasks = lab.notes.slice(lab.notes.indexOf('## Tasks\n') + 9, lab.notes.indexOf('\n\n## Resources'));
    assert.strictEqual(tasks, ['- \u2611 Build a BankAccount with `__init__` and `**kwargs` (60 min)', '- \u2611 Write `<div>` by hand', '- \u2610 Read more'].join('\n'));
    assert.deepStrictEqual(JSON.parse(lab.notebook).cells.map((cell: { source: string[] }) => cell.source.join('')), ['# Classes and `__init__`', '# Classes and __init__']);
  });

  it('plain words written for markdown: a word markdown would read as markup is a code span, its edge punctuation outside', () => {
    const table: [string, string][] = [
      ['Classes and __init__.', 'Classes and `__init__`.'],
      ['(**kwargs)', '(`**kwargs`)'],
      ['a * b and 2*3', 'a * b and `2*3`'],
      ['snake_case stays', 'snake_case stays'],
      ['_private', '`_private`'],
      ['x<y but <b>', 'x<y but `<b>`'],
      ['a `tick', 'a `` `tick ``'],
      ['*', '*'],
      ['', ''],
      // From a review: a bracket the word opened is its own; an address stays a link.
      ['call __init__() then f(**kw).', 'call `__init__()` then `f(**kw)`.'],
      ['(see __init__)', '(see `__init__`)'],
      ['https://ex.com/a_b_/c and www.x.org/_y_', 'https://ex.com/a_b_/c and www.x.org/_y_'],
    ];
    for (const [plain, markdown] of table) assert.strictEqual(codeAsCode(plain), markdown, plain);
    // A template that writes a placeholder in code takes the words as they read: no code in code.
    const python = parse(lines('# P', '### Day 3 - Classes and `__init__`', '- [ ] a'), 'file:///ws/p.md');
    assert.strictEqual(renderLab(dayContent(python, python.days[0]), '2026-12-05', { notes: 'Title: `{{title}}`; {{title}}\n' }).notes, 'Title: `Classes and __init__`; Classes and `__init__`\n');
  });

  it('writes words for markdown in linear time, however long a word (a review\'s 40,000 dots took 1.7 s)', function () {
    this.timeout(120_000);
    const growth = assertLinear('codeAsCode', (scale) => `${'.'.repeat(4000 * scale)}x ${'('.repeat(2000 * scale)}_a_${')'.repeat(2000 * scale)}`, (text) => {
      assert.ok(codeAsCode(text).length >= text.length);
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });

  it('a notebook template\'s array sources are joined and re-split; a template without cells falls back with a problem', () => {
    const content = dayContent(plan, plan.days[0]);
    const lab = renderLab(content, '2026-11-21', { notebook: '{"cells":[{"cell_type":"markdown","metadata":{},"source":["a {{day}}\\n","b\\n","c"]}],"metadata":{"language_info":{"name":"julia"}},"nbformat":4,"nbformat_minor":4}' });
    const parsed = JSON.parse(lab.notebook);
    assert.deepStrictEqual(parsed.cells[0].source, ['a 8\n', 'b\n', 'c']);
    assert.deepStrictEqual(parsed.metadata, { language_info: { name: 'julia' } }, 'a template naming its language keeps it and gets no Python kernel');
    for (const broken of ['{"metadata":{}}', 'null', '{"cells":{}}', '[1]']) {
      const fallback = renderLab(content, '2026-11-21', { notebook: broken });
      assert.deepStrictEqual(fallback.problems, ['the notebook template is not a valid .ipynb file; the default notebook was used'], broken);
      assert.strictEqual(JSON.parse(fallback.notebook).cells.length, 3, broken);
    }
  });

  it('a notebook template without metadata (or with metadata that is no object) gets Python\'s; cells keep no empty last line', () => {
    const content = dayContent(plan, plan.days[0]);
    const python = JSON.parse(renderLab(content, '2026-11-21').notebook).metadata;
    for (const template of ['{"cells":[{"cell_type":"code","metadata":{},"source":"x = 1\\ny = 2\\n"},{"cell_type":"markdown","metadata":{}}]}', '{"cells":[{"cell_type":"code","metadata":{},"source":"x = 1\\ny = 2\\n"},{"cell_type":"markdown","metadata":{}}],"metadata":"x"}']) {
      const lab = renderLab(content, '2026-11-21', { notebook: template });
      assert.deepStrictEqual(lab.problems, [], template);
      const parsed = JSON.parse(lab.notebook);
      assert.deepStrictEqual(parsed.metadata, python, template);
      assert.deepStrictEqual(parsed.cells.map((cell: { source: string[] }) => cell.source), [['x = 1\n', 'y = 2\n'], []], 'a source ending in a newline has no empty last line; a cell without one is empty');
    }
  });

  it('{{day}} of a day without a number is empty, not "null"', () => {
    const journal = parse(lines('## Monday: Fresh Start', 'text', '## Tuesday'), 'file:///ws/j.md');
    const lab = renderLab(dayContent(journal, journal.days[1]), '2026-11-21', { notes: '[{{day}}] {{title}}\n' });
    assert.strictEqual(lab.notes, '[] Tuesday\n');
  });

  it('a notes template that reads as a plan is used as written, with a problem that says why', () => {
    const lab = renderLab(dayContent(plan, plan.days[0]), '2026-11-21', { notes: '### Day {{day}}\n' });
    assert.strictEqual(lab.notes, '### Day 8\n');
    assert.deepStrictEqual(lab.problems, ['the notes template makes notes.md a plan of its own (it has a Day, Week or Module heading, or a checkbox), so it will be listed among your plans']);
  });
});

describe('Template placeholders', () => {
  it('the names a typo is compared with are the ones a template can use', () => {
    const plan = parse(lines('# P', '### Day 1 - A', ''));
    assert.deepStrictEqual([...PLACEHOLDER_NAMES].sort(), Object.keys(templateValues(dayContent(plan, plan.days[0]), '2026-11-26')).sort());
  });

  it('names the fix of a typo, not of a name like no other, nor of one as near to two', () => {
    assert.strictEqual(unknownPlaceholders(['objectve', 'Titel', 'mood', 'dat']), '{{objectve}} (did you mean {{objective}}?), {{Titel}} (did you mean {{title}}?), {{mood}}, {{dat}}');
    assert.strictEqual(unknownPlaceholders(['dy']), '{{dy}} (did you mean {{day}}?)');
  });
});

describe('Where a lab goes', () => {
  it('the labs folder setting: separators of either kind, dots and blanks dropped; anything unsafe is "labs"', () => {
    const table: [string | undefined, string[]][] = [
      ['a\\b', ['a', 'b']], ['./x/./y', ['x', 'y']], ['  spaced  ', ['spaced']], ['a//b', ['a', 'b']], ['study/labs/', ['study', 'labs']],
      ['x:y', ['labs']], ['c:rel', ['labs']], ['a/b?', ['labs']], ['a/<b>', ['labs']], ['a/"b"', ['labs']], ['a|b', ['labs']], ['a*b', ['labs']], ['a\0b', ['labs']],
      ['/abs', ['labs']], ['C:\\x', ['labs']], ['..', ['labs']], ['.', ['labs']], ['', ['labs']], [undefined, ['labs']],
    ];
    for (const [setting, segments] of table) assert.deepStrictEqual(labsFolderSegments(setting), segments, JSON.stringify(setting));
  });

  it('an entry with a date of its own is named by its date, a lab it had by its place kept (a trial\'s day-003-wednesday-2026-11-25)', () => {
    const journal = parse(lines('# Study journal', '## Week 1', '### Monday 2026-11-23', 'B-trees.', '### Wednesday 2026-11-25', 'Joins.', '### 2026-11-26', 'More.'), 'file:///ws/j.md');
    const [, wednesday, bare] = journal.days;
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, wednesday), 1, wednesday.date), {
      folder: ['labs', 'j', '2026-11-25-wednesday'], formerFolder: ['labs', 'j', 'day-002-wednesday-2026-11-25'], notebook: '2026-11-25.ipynb', notes: 'notes.md', tag: '2026-11-25',
    });
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, bare), 2, bare.date).folder, ['labs', 'j', '2026-11-26']);
  });

  it('a day without a number is named by its place in the plan', () => {
    const journal = parse(lines('## Monday: Fresh Start', 'text', '## Tuesday'), 'file:///ws/j.md');
    assert.deepStrictEqual(labLocation(undefined, 'j.md', dayContent(journal, journal.days[1]), 1), { folder: ['labs', 'j', 'day-002-tuesday'], notebook: 'day-002.ipynb', notes: 'notes.md', tag: 'day-002' });
    assert.deepStrictEqual(labLocation('study/labs', 'plans/spark.md', dayContent(plan, plan.days[1]), 1), {
      folder: ['study', 'labs', 'plans', 'spark', 'day-009'],
      formerFolder: ['study', 'labs', 'plans', 'spark', 'day-009-day-9'],
      notebook: 'day-009.ipynb',
      notes: 'notes.md',
      tag: 'day-009',
    });
  });

  it('a day titled only by its label, in any language, is named by its tag alone (the former name kept for labs made before)', () => {
    const folderOf = (heading: string): string[] => {
      const parsed = parse(lines(heading, 'text'), 'file:///ws/p.md');
      const where = labLocation(undefined, 'p.md', dayContent(parsed, parsed.days[0]), 0);
      return [where.folder[2], where.formerFolder?.[2] ?? '-'];
    };
    const table: [string, string[]][] = [
      ['### Day 9', ['day-009', 'day-009-day-9']],
      ['### Day 009', ['day-009', 'day-009-day-009']],
      ['### Tag 9', ['day-009', 'day-009-tag-9']],
      ['### Día 12', ['day-012', 'day-012-dia-12']],
      ['### Day 9 - Joins', ['day-009-joins', '-']],
      ['### Day 9: Week 9', ['day-009-week-9', '-']],
      ['### Day 9 (Monday)', ['day-009-monday', '-']],
      ['### Monday', ['day-001-monday', '-']],
      // The day's name comes off in every language the grammar reads (a trial's `day-004-tag-4-listen`), the former
      // folder kept for a lab made before.
      ['### Tag 4 \u2013 Listen und W\u00F6rterb\u00FCcher', ['day-004-listen-und-worterbucher', 'day-004-tag-4-listen-und-worterbucher']],
      ['### \u7B2C2\u5929\uFF1A\u6982\u7387\u8BBA', ['day-002-\u6982\u7387\u8BBA', 'day-002-\u7B2C2\u5929-\u6982\u7387\u8BBA']],
      ['### D\u00EDa 3: Saludos', ['day-003-saludos', 'day-003-dia-3-saludos']],
    ];
    for (const [heading, expected] of table) assert.deepStrictEqual(folderOf(heading), expected, heading);
  });
});

describe('What a lab takes from its day (dayContent)', () => {
  const content = (...text: string[]) => {
    const parsed = parse(lines(...text), 'file:///ws/p.md');
    return parsed.days.map((day) => dayContent(parsed, day));
  };

  it('the module is the nearest module or cycle holding the day; a day in neither has none', () => {
    const days = content(
      '### Day 1 - Loose', '- [ ] a',
      '# Days 2-9: Cycle', '### Day 2 - In the cycle', '- [ ] b',
      '## Module 1 (Days 3-9)', '### Day 3 - In the module', '- [ ] c',
    );
    assert.deepStrictEqual(days.map((d) => d.module), ['', 'Days 2-9: Cycle', 'Module 1 (Days 3-9)']);
  });

  it('the objective: an Objective, else a Goal, else a field named exactly Learning (never a stretch goal or learning resources)', () => {
    const [first, second, third, fourth] = content(
      '### Day 1', '- **Learning:** the basics', '- **Goal:** ship it', '- **Objective:** know joins',
      '### Day 2', '- **Learning:** the basics', '- **Goals:** ship it',
      '### Day 3', '- **Learning resources:** a book', '- **Learning:** the basics',
      '### Day 4', '- **Stretch goal:** more', '- **Learning material:** a book',
    );
    assert.deepStrictEqual([first.objective, second.objective, third.objective, fourth.objective], ['know joins', 'ship it', 'the basics', '']);
  });

  it('the objective, tasks and checkpoint in the plan\'s language (a German lab read `Objective: —` beside its `Ziel:`)', () => {
    const [day] = content('### Tag 2: Zahlen', '- **Ziel:** Zahlen verstehen', '- **Aufgabe (30 Min):** Zahlen 1-100 lesen', '- **\u00dcbung:** Telefonnummern diktieren', '- **Kontrollfrage:** Wie sagt man 97?', '- **Notiz:** keine Aufgabe', '- [ ] Vokabeln');
    assert.deepStrictEqual([day.objective, day.tasks, day.checkpoint], ['Zahlen verstehen', ['Zahlen 1-100 lesen (30 Min)', 'Telefonnummern diktieren', 'Vokabeln'], 'Wie sagt man 97?']);
    const [spanish] = content('### D\u00eda 1', '- **Objetivo:** saludar', '- **Tarea:** leer', '- **Objective:** greet');
    assert.deepStrictEqual([spanish.objective, spanish.tasks], ['greet', ['leer']], 'an English field first');
    // From a review: a name's first word (`Aufgabe 1`), as English `Task 1`; no word of another kind elsewhere (`Meta:`).
    const [numbered] = content('### Tag 3', '- **Aufgabe 1:** Skript schreiben', '- **Meta:** generated by a tool', '- **But:** not a goal');
    assert.deepStrictEqual([numbered.objective, numbered.tasks], ['', ['Skript schreiben']]);
  });

  it('tasks: task, doable, exercise and practice fields (with their time), then the checkboxes; an empty field is no task', () => {
    const [day] = content('### Day 1', '- **Task (20 min):** read', '- **Task:**', '- **Exercise:** code', '- **Practice:** drill', '- **Doable:** one thing', '- **Note:** not a task', '- [ ] box');
    assert.deepStrictEqual(day.tasks, ['read (20 min)', 'code', 'drill', 'one thing', 'box']);
  });
});
