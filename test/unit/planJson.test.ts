// The CLI's JSON of a plan (src/core/planJson.ts) and the tree's progress text (progressLabel.ts), written
// from the mutation run's survivor list (test/mutation/core-root.json).
import * as assert from 'assert';
import { planToJson } from '../../src/core/planJson';
import { completionState, progressLabel } from '../../src/core/progressLabel';
import { find, lines, parse } from './helpers';

describe('plan JSON: what index --json prints', () => {
  it('a day with its fields, links and tasks, every line 1-based', () => {
    const plan = parse(lines('# Days 1-7', '### Day 1 - Intro \u2705 2026-11-02', '- **Task (30 min):** read [the guide](https://example.com/g)', '- [x] set up \u2705 2026-11-02'));
    const json = planToJson(plan, 'plans/p.md');
    assert.deepStrictEqual(Object.keys(json).slice(0, 10), ['kind', 'title', 'line', 'number', 'done', 'doneDate', 'tasks', 'links', 'children', 'file']);
    assert.strictEqual(json.file, 'plans/p.md');
    assert.strictEqual(json.line, 1);
    const day = json.children[0].children[0];
    assert.deepStrictEqual(
      { title: day.title, line: day.line, number: day.number, done: day.done, doneDate: day.doneDate, tasks: day.tasks, days: day.days, level: day.level },
      { title: 'Day 1 - Intro', line: 2, number: 1, done: true, doneDate: '2026-11-02', tasks: { total: 1, done: 1 }, days: { total: 1, done: 1 }, level: 3 },
    );
    assert.deepStrictEqual(day.fields, [{ name: 'Task', detail: '30 min', value: 'read the guide', line: 3 }]);
    assert.deepStrictEqual(day.links, [{ text: 'the guide', target: 'https://example.com/g', line: 3 }]);
    assert.deepStrictEqual(day.checklist.map((t) => [t.text, t.line, t.lastLine, t.checked, t.doneDate]), [['set up', 4, 4, true, '2026-11-02']]);
  });
});

describe('progress text of a row', () => {
  const plan = parse(lines(
    '# Days 1-3',
    '## Week 1',
    '### Day 1 \u2705 2026-11-02',
    '### Day 2 \u2705',
    '### Day 3',
    '- [x] a',
    '- [ ] b',
    '### Day 4',
    '## Notes',
    '- [x] c',
    '- [ ] d',
    '## Done list',
    '- [x] e',
    '## Empty',
    'text',
  ));
  const table: [string, string, string][] = [
    ['Day 1', '\u2713 2026-11-02', 'done'],
    ['Day 2', '\u2713', 'done'],
    ['Day 3', '1/2', 'partial'],
    ['Day 4', '', 'open'],
    ['Week 1', '2/4 days', 'partial'],
    ['Notes', '1/2', 'partial'],
    ['Done list', '\u2713 1/1', 'done'],
    ['Empty', '', 'open'],
  ];
  for (const [title, label, state] of table) {
    it(`${title}: ${JSON.stringify(label)}, ${state}`, () => {
      const node = find(plan.root, title);
      assert.strictEqual(progressLabel(node), label);
      assert.strictEqual(completionState(node), state);
    });
  }

  it('all days done: a check before the count', () => {
    const done = parse(lines('## Week 1', '### Day 1 \u2705', '### Day 2 \u2705'));
    assert.strictEqual(progressLabel(find(done.root, 'Week 1')), '\u2713 2/2 days');
  });
});
