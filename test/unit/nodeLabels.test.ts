// The tree's labels (src/core/nodeLabels.ts) and a file's name as a title (document.ts), as before/after
// tables. Written from the mutation run's survivor list (test/mutation/core-root.json): the extension's
// integration tests saw these labels, no unit test pinned them.
import * as assert from 'assert';
import { fileStem } from '../../src/core';
import { dayName, planBody, planTitle, shortTitle } from '../../src/core/nodeLabels';
import { find, lines, parse } from './helpers';

describe('node labels: the plan\'s name', () => {
  const table: [string, string[], string][] = [
    ['front matter title wins', ['---', 'title: Data Engineering', '---', '# Days 1-30: Basics'], 'Data Engineering'],
    ['front matter without a title: the level-1 heading', ['---', 'start: 2026-11-01', '---', '# Days 1-30: Basics', '### Day 1'], 'Days 1-30: Basics'],
    ['the one level-1 heading at the top', ['# Days 31-60: Lakehouse', '## Module 1 (Days 31-37)', '### Day 31 - Intro'], 'Days 31-60: Lakehouse'],
    ['two level-1 headings: the file name', ['# Days 1-30', '### Day 1', '# Days 31-60', '### Day 31'], 'my-plan'],
    ['a first heading of level 2: the file name', ['## Week 1', '### Day 1'], 'my-plan'],
    ['no heading: the file name', ['- [ ] read the docs'], 'my-plan'],
  ];
  for (const [what, text, expected] of table) {
    it(what, () => assert.strictEqual(planTitle(parse(lines(...text), 'file:///ws/my-plan.md')), expected));
  }
});

describe('node labels: the node that stands for the plan', () => {
  const table: [string, string[], string][] = [
    ['the one level-1 heading', ['# Days 1-30: Basics', '### Day 1', '### Day 2'], 'Days 1-30: Basics'],
    ['two level-1 headings: the root', ['# Days 1-30', '### Day 1', '# Days 31-60', '### Day 31'], 'plan'],
    ['a level-1 day: the root', ['# Day 1 - Intro', '- [ ] read'], 'plan'],
    ['tasks before the heading: the root', ['- [ ] set up', '# Days 1-30', '### Day 1'], 'plan'],
    ['a link before the heading: the root', ['See [the course](https://example.com).', '# Days 1-30', '### Day 1'], 'plan'],
    ['a level-2 heading alone: the root', ['## Week 1', '### Day 1'], 'plan'],
  ];
  for (const [what, text, expected] of table) {
    it(what, () => assert.strictEqual(planBody(parse(lines(...text))).title, expected));
  }
});

describe('node labels: a row\'s short title', () => {
  const days: [string, string][] = [
    ['Day 31 - Lakehouse vs Data Warehouse', '31 \u00b7 Lakehouse vs Data Warehouse'],
    ['\ud83d\udd25 Day #4 \u2013 Kafka', '\ud83d\udd25 4 \u00b7 Kafka'],
    ['day 7. Review', '7 \u00b7 Review'],
    ['Day 12: Streams', '12 \u00b7 Streams'],
    ['Day 9', 'Day 9'],
    ['Day 10 -  ', 'Day 10 -'],
  ];
  for (const [title, expected] of days) {
    it(`day ${JSON.stringify(title)}`, () => {
      const plan = parse(lines(`### ${title}`, '- [ ] x'));
      assert.strictEqual(shortTitle(plan.days[0]), expected);
    });
  }

  it('a day without a number or another day word keeps its title', () => {
    const plan = parse(lines('### Monday', '- [ ] x', '### Tag 3 - Kafka', '- [ ] y'));
    assert.deepStrictEqual(plan.days.map(shortTitle), ['Monday', 'Tag 3 - Kafka']);
  });

  const groups: [string, string][] = [
    ['## Module 1 (Days 31-37)', 'Module 1'],
    ['## Week 2: Days 8 to 14', 'Week 2'],
    ['## Module 3 \u2013 Day 1\u20137', 'Module 3'],
    ['## Module 4 | days 22 - 28', 'Module 4'],
    ['## Module 5 (Days 1-7) extra', 'Module 5 (Days 1-7) extra'],
  ];
  for (const [heading, expected] of groups) {
    it(`module ${JSON.stringify(heading)}`, () => {
      const title = heading.slice(3);
      const plan = parse(lines(heading, '### Day 1', '- [ ] x'));
      const node = find(plan.root, title);
      assert.strictEqual(node.kind, 'module');
      assert.strictEqual(shortTitle(node), expected);
    });
  }

  it('a cycle keeps a range at its start; a section is never shortened', () => {
    const plan = parse(lines('# Days 31-60: Lakehouse', '## Notes (Days 1-7)', '### Day 31', '- [ ] x'));
    assert.strictEqual(shortTitle(find(plan.root, 'Days 31-60: Lakehouse')), 'Days 31-60: Lakehouse');
    // A range in a heading makes it a module: a section with the same title is built by hand.
    const notes = find(plan.root, 'Notes (Days 1-7)');
    assert.strictEqual(shortTitle(notes), 'Notes');
    assert.strictEqual(shortTitle({ ...notes, kind: 'section' }), 'Notes (Days 1-7)');
  });
});

describe('node labels: how a message names a day', () => {
  // A German learner's `### Tag 3` was "Marked Day 3 complete": a day is named as its plan heads it.
  const table: [string, string][] = [
    ['### Tag 3 - Borrowing', 'Tag 3'],
    ['### Día #12: Bucles', 'Día 12'],
    ['### 📅 Giorno 4 — Liste', 'Giorno 4'],
    ['### Tag 1\n### Tag 2\n### Tage 3-4: Projekt', 'Tage 3-4'],
    ['### 第3天：列表', '第3天'],
    ['### Day 31 - Lakehouse', 'Day 31'],
    ['### DAY 7.', 'Day 7'],
    ['### Day 1\n### Day 2\n### Days 3-4: Project', 'Days 3-4'],
    ['### R2D14 Rust', 'Day 14'],
    ['### W2D1 - Arrays', 'W2D1'],
    ['### Monday', '"Monday"'],
  ];
  for (const [heading, expected] of table) {
    it(`${JSON.stringify(heading)} -> ${expected}`, () => assert.strictEqual(dayName(parse(heading).days.at(-1)!), expected));
  }

  it('a day of a table is named by its day column\'s header, a checkbox day as it is written', () => {
    assert.strictEqual(dayName(parse(lines('| Tag | Thema |', '|---|---|', '| 1 | Ownership |', '| 2 | Borrowing |')).days[1]), 'Tag 2');
    assert.strictEqual(dayName(parse(lines('## Woche 1', '- [ ] Tag 1: Ownership', '- [ ] Tag 2: Borrowing')).days[1]), 'Tag 2');
  });
});

describe('a file\'s name as a title', () => {
  const table: [string, string][] = [
    ['file:///ws/plans/month-3.md', 'month-3'],
    ['file:///ws/plans/Notes.MARKDOWN', 'Notes'],
    ['file:///ws/plan.md?version=2#day-3', 'plan'],
    ['file:///ws/My%20Plan.md', 'My Plan'],
    ['file:///ws/100%.md', '100%'],
    ['C:\\plans\\week.md', 'week'],
    ['file:///ws/readme.md.txt', 'readme.md.txt'],
    ['file:///ws/plan.mdx', 'plan.mdx'],
  ];
  for (const [uri, expected] of table) {
    it(uri, () => assert.strictEqual(fileStem(uri), expected));
  }
});
