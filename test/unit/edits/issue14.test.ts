/**
 * Issue 14's wrong edits, each reproduced as it was reported: every case here failed before its fix.
 */
import * as assert from 'assert';
import { addLabLink, markDayComplete, toggleTasks, weekStart } from '../../../src/core';
import { parse } from '../helpers';
import { applied } from './applyBytes';

const D = '2026-11-21';
const S = `\u2705 ${D}`;
const LAB = '[day-001](labs/p/day-001/day-001.ipynb)';

function toggle(text: string, line: number): string {
  const task = parse(text).days.flatMap((d) => d.tasks).concat(parse(text).root.tasks).find((t) => t.line === line);
  assert.ok(task, `a task on line ${line}`);
  return applied(text, toggleTasks(text, [task], D));
}

describe('issue 14: the lab link keeps the day and the blocks around it', () => {
  it('item 3: a setext heading in a blockquote keeps its underline, and the link stays in the quote', () => {
    const text = '> Day 1\n> =====\n> - [ ] t\n';
    const after = applied(text, addLabLink(text, parse(text).days[0], 'day-001', 'labs/p/day-001/day-001.ipynb'));
    assert.strictEqual(after, `> Day 1\n> =====\n> - **Lab:** ${LAB}\n> - [ ] t\n`);
    const day = parse(after).days[0];
    assert.deepStrictEqual([day.title, day.tasks.length, day.links.length], ['Day 1', 1, 1]);
  });

  it('item 3: a deeply indented setext heading keeps its underline', () => {
    const text = '1. Plan\n\n    Day 1\n    =====\n    text\n';
    const after = applied(text, addLabLink(text, parse(text).days[0], 'day-001', 'labs/p/day-001/day-001.ipynb'));
    assert.strictEqual(after.split('\n').slice(2, 4).join('\n'), '    Day 1\n    =====');
    assert.strictEqual(parse(after).days[0].links.length, 1);
  });

  it('item 4: indented code after the heading stays code (no task appears)', () => {
    const text = '### Day 1\n    - [ ] this is code, not a task\n    rm -rf build\n';
    const after = applied(text, addLabLink(text, parse(text).days[0], 'day-001', 'labs/p/day-001/day-001.ipynb'));
    const plan = parse(after);
    assert.strictEqual(plan.days[0].progress.tasksTotal, 0, after);
    assert.ok(after.includes('    - [ ] this is code, not a task\n    rm -rf build\n'));
    assert.strictEqual(plan.days[0].links.length, 1);
  });
});

describe('issue 14 item 6: toggling twice gives back the bytes of any open task', () => {
  const lines = ['- [ ] g \u2705 2026-01-01', '- [ ] \u2705', '- [ ] keeps \u2705 in the middle', '- [ ] a \u2705\uFE0F 2026-01-01  ', '  * [ ] two \u2705 2026-01-01 \u2705 2026-01-02'];
  for (const line of lines) {
    it(JSON.stringify(line), () => {
      const once = toggle(line, 0);
      assert.ok(parse(once).root.tasks[0].checked);
      assert.strictEqual(parse(once).root.tasks[0].doneDate, D, 'the new check carries today\'s date');
      assert.strictEqual(toggle(once, 0), line);
    });
  }
});

describe('toggling a task in a third state (Obsidian Tasks\' [/] in progress, [-] cancelled)', () => {
  // A box has two states, and toggling moves a task on as Obsidian Tasks does: in progress -> done -> open,
  // cancelled -> open -> done. Which third state it was in is written nowhere after, so only Undo (the
  // editor's, the tree's Ctrl+Z) gives those bytes back: toggling twice is the identity for open and done tasks.
  const rows: [string, string, string][] = [
    ['- [/] drafting', `- [x] drafting ${S}`, '- [ ] drafting'],
    // The cancelled date goes with the cancel, as Obsidian Tasks takes it off (it was kept: `❌ … ✅ …`).
    ['- [-] dropped \u274C 2026-01-02', '- [ ] dropped', `- [x] dropped ${S}`],
  ];
  for (const [before, once, twice] of rows) {
    it(`${before} -> ${once} -> ${twice}`, () => {
      assert.strictEqual(toggle(before, 0), once);
      assert.strictEqual(toggle(once, 0), twice);
    });
  }
});

describe('issue 14 item 8: stamps go at the end of the title', () => {
  it('a task that wraps over lines is stamped on its last line', () => {
    assert.strictEqual(toggle('- [ ] read the\n  long chapter\n', 0), `- [x] read the\n  long chapter ${S}\n`);
  });

  it('a hard break (trailing backslash) stays a hard break', () => {
    const after = toggle('- [ ] first\\\n  second\n', 0);
    assert.strictEqual(after, `- [x] first\\\n  second ${S}\n`);
  });

  it('a setext heading over two lines is stamped before its underline', () => {
    const text = 'Day 5 -\nArrays\n======\n';
    const after = applied(text, markDayComplete(text, parse(text).days[0], { date: D, checkTasks: true, journal: false }));
    assert.strictEqual(after, `Day 5 -\nArrays ${S}\n======\n`);
    assert.strictEqual(parse(after).days[0].title, 'Day 5 - Arrays');
  });

  it('YAML front matter with lone-CR line endings is front matter, not tasks', () => {
    const plan = parse('---\rtags:\r- [ ] not a task\r---\r### Day 1\r- [ ] real\r');
    assert.strictEqual(plan.frontMatter, 'tags:\r- [ ] not a task');
    assert.strictEqual(plan.days[0].progress.tasksTotal, 1);
    assert.strictEqual(plan.root.tasks.length, 0);
  });

  it('the week of a date before 1970 starts on its Monday', () => {
    assert.strictEqual(weekStart('1969-12-27'), '1969-12-22');
    assert.strictEqual(weekStart('1969-12-28'), '1969-12-22');
    assert.strictEqual(weekStart('1969-12-29'), '1969-12-29');
    assert.strictEqual(weekStart('1900-01-07'), '1900-01-01');
  });

  it('Day 0 is a day numbered 0 (the 100DaysOfCode log starts there)', () => {
    const plan = parse('### Day 0: Setup\n### Day 1\n');
    assert.deepStrictEqual(plan.days.map((d) => [d.number, d.kind]), [[0, 'day'], [1, 'day']]);
  });
});

