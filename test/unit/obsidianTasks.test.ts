import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { markDayComplete, nodeToJson, toggleTasks } from '../../src/core';
import { readTaskFields } from '../../src/core/grammar/taskFields';
import { applied } from './edits/applyBytes';
import { parse } from './helpers';

const FORMATS = path.join(__dirname, '..', '..', '..', 'test', 'formats');
const text = fs.readFileSync(path.join(FORMATS, 'obsidian-tasks.md'), 'utf8');
const D = '2026-11-21';

describe('the Obsidian Tasks format (fixture formats/obsidian-tasks.md)', () => {
  const plan = parse(text);
  const [day1, day2, day3] = plan.days;

  it('reads each task\'s status and fields, and keeps them out of its title', () => {
    assert.deepStrictEqual(day1.tasks.map((t) => [t.status, t.text]), [
      ['done', 'Read chapter 4 of the book'],
      ['open', 'Do the move-semantics exercises'],
      ['inProgress', 'Write notes on borrowing'],
      ['cancelled', 'Watch the optional conference talk'],
      ['open', 'Review flashcards'],
    ]);
    const [read, exercises, notes, talk, cards] = day1.tasks;
    assert.deepStrictEqual([read.due, read.doneDate, read.checked], ['2025-01-07', '2025-01-06', true]);
    assert.deepStrictEqual([exercises.priority, exercises.due], ['high', '2025-01-07']);
    assert.deepStrictEqual([notes.priority, notes.scheduled, notes.start, notes.checked], ['medium', '2025-01-07', '2025-01-06', false]);
    assert.deepStrictEqual([talk.cancelledDate, talk.checked], ['2025-01-06', false]);
    assert.deepStrictEqual([cards.recurrence, cards.created, cards.priority], ['every day when done', '2025-01-01', 'low']);
    assert.deepStrictEqual(day2.tasks.map((t) => [t.text, t.priority]), [
      ['Read chapter 5', 'highest'], ['Finish the exercises', 'lowest'], ['Learn #generics next', null],
    ]);
  });

  it('leaves cancelled tasks out of progress: neither open nor done', () => {
    assert.deepStrictEqual([day1.progress.tasksTotal, day1.progress.tasksDone], [4, 1]);
    assert.deepStrictEqual([day3.progress.tasksTotal, day3.done], [0, false]);
    assert.deepStrictEqual([plan.root.progress.tasksTotal, plan.root.progress.tasksDone], [7, 1]);
  });

  it('Mark Day Complete checks open and in-progress tasks and leaves the cancelled one', () => {
    const after = applied(text, markDayComplete(text, day1, { date: D, checkTasks: true, journal: false }));
    const again = parse(after).days[0];
    assert.deepStrictEqual(again.tasks.map((t) => t.status), ['done', 'done', 'done', 'cancelled', 'done']);
    assert.ok(again.done);
    assert.ok(after.includes(`- [/] Write notes`) === false && after.includes(`- [x] Write notes on borrowing \u{1F53C} \u23F3 2025-01-07 \u{1F6EB} 2025-01-06 \u2705 ${D}`));
  });

  it('toggling a cancelled task reopens it without its cancelled date, as Obsidian Tasks does; an in-progress one is checked', () => {
    // Obsidian Tasks keeps a date of a status only while the task has it (Task.newDate); the ❌ date left here
    // made a later check write `❌ … ✅ …` (a learner's report).
    const reopened = applied(text, toggleTasks(text, [day1.tasks[3]], D));
    assert.ok(reopened.includes('- [ ] Watch the optional conference talk\n'), reopened);
    const fields = '- [-] Read \u274C 2025-01-06 \u{1F4C5} 2025-01-09 ^b1\n';
    assert.strictEqual(applied(fields, toggleTasks(fields, parse(fields).root.tasks, D)), '- [ ] Read \u{1F4C5} 2025-01-09 ^b1\n');
    // Inside code it is the learner's text, never edited (a reviewer's: `- [-] bar \`❌ 2025-01-06\`` lost it).
    for (const coded of ['- [-] bar `\u274C 2025-01-06`\n', '- [-] foo \u274C 2025-01-06 `\u274C 2025-01-06`\n']) {
      const task = parse(coded).root.tasks;
      assert.strictEqual(applied(coded, toggleTasks(coded, task, D)), coded.replace('[-]', '[ ]'), coded);
    }
    const checked = applied(text, toggleTasks(text, [day1.tasks[2]], D));
    assert.strictEqual(parse(checked).days[0].tasks[2].status, 'done');
  });

  it('puts the status and fields in the JSON checklist', () => {
    const json = nodeToJson(day1);
    assert.deepStrictEqual(json.checklist[1], {
      line: 9, checked: false, text: 'Do the move-semantics exercises', doneDate: null, status: 'open', lastLine: 9,
      due: '2025-01-07', scheduled: null, start: null, created: null, cancelledDate: null, recurrence: null, priority: 'high',
    });
  });
});

describe('readTaskFields: before and after', () => {
  const table: [string, string, Record<string, string>][] = [
    ['Plain task', 'Plain task', {}],
    ['Learn #rust', 'Learn #rust', {}],
    ['Learn #rust \u{1F4C5} 2025-01-07', 'Learn', { due: '2025-01-07' }],
    ['Learn \u{1F4C5} 2025-01-07 #rust', 'Learn', { due: '2025-01-07' }],
    ['Learn \u{1F4C5}2025-01-07', 'Learn', { due: '2025-01-07' }],
    ['Learn \u{1F4C6} 2025-01-07 \u231B 2025-01-05', 'Learn', { due: '2025-01-07', scheduled: '2025-01-05' }],
    ['Call \u23F0 2025-01-07 10:30', 'Call', {}],
    ['Deploy \u{1F194} abc123 \u26D4 def456,ghi789', 'Deploy', {}],
    ['Sweep \u{1F501} every 2 weeks on Monday, Friday \u{1F3C1} delete', 'Sweep', { recurrence: 'every 2 weeks on Monday, Friday' }],
    ['Read \u23EB\uFE0F', 'Read', { priority: 'high' }],
    ['Read \u2705', 'Read', {}],
    ['Read \u2705 2025-01-07', 'Read', { done: '2025-01-07' }],
    ['Date 2025-01-07 in the text', 'Date 2025-01-07 in the text', {}],
    ['Block link ^abc-1', 'Block link', {}],
    ['\u{1F4C5} 2025-01-07', '', { due: '2025-01-07' }],
    // Each symbol and its field; a field written twice counts once, its first value, as Obsidian Tasks reads it.
    ['Read \u{1F5D3}\uFE0F 2025-01-07', 'Read', { due: '2025-01-07' }],
    ['Read \u23F3 2025-01-07', 'Read', { scheduled: '2025-01-07' }],
    ['Read \u{1F6EB} 2025-01-07', 'Read', { start: '2025-01-07' }],
    ['Read \u2795 2025-01-07', 'Read', { created: '2025-01-07' }],
    ['Read \u274C 2025-01-07', 'Read', { cancelled: '2025-01-07' }],
    ['Read \u23F0 2025-01-07', 'Read', {}],
    ['Read \u{1F53A} \u{1F53C} \u{1F53D} \u23EC', 'Read', { priority: 'highest' }],
    ['Read \u{1F4C5} 2025-01-07 \u{1F4C5} 2025-01-09', 'Read', { due: '2025-01-07' }],
    ['Read \u{1F501} every day \u{1F501} every week', 'Read', { recurrence: 'every day' }],
    ['Read \u23EB \u{1F4C5} 2025-01-07 \u2795 2025-01-01 \u2705 2025-01-08', 'Read', { priority: 'high', due: '2025-01-07', created: '2025-01-01', done: '2025-01-08' }],
    ['Read\u00a0\u{1F4C5}\u00a02025-01-07\t', 'Read', { due: '2025-01-07' }],
    // What is not a field stays in the title.
    ['Read \u{1F4C5} 2025-01-07 10:30', 'Read \u{1F4C5} 2025-01-07 10:30', {}],
    ['Read \u{1F4C5} 2025-1-07', 'Read \u{1F4C5} 2025-1-07', {}],
    ['Read \u{1F4C5} 12025-01-07', 'Read \u{1F4C5} 12025-01-07', {}],
    ['Read \u{1F4C5} 2025-01-07x', 'Read \u{1F4C5} 2025-01-07x', {}],
    ['Read \u{1F4C5} 2025/01/07', 'Read \u{1F4C5} 2025/01/07', {}],
    ['Read \u{1F501}', 'Read \u{1F501}', {}],
    ['Read \u{1F501} \u00e9t\u00e9', 'Read \u{1F501} \u00e9t\u00e9', {}],
    ['Read \u{1F194} a.b', 'Read \u{1F194} a.b', {}],
    ['Learn #rust ^abc', 'Learn #rust', {}],
    ['Learn#rust \u{1F4C5} 2025-01-07', 'Learn#rust', { due: '2025-01-07' }],
    ['Learn # x', 'Learn # x', {}],
    ['#rust', '#rust', {}],
    // A number is no tag (a trial's `review PR #42 ✅ ...` lost its `#42`, and toggle could not find it by it).
    ['review PR #42 \u2705 2026-11-20', 'review PR #42', { done: '2026-11-20' }],
    ['fix #7 #rust \u{1F4C5} 2025-01-07', 'fix #7', { due: '2025-01-07' }],
    ['Day #2a \u{1F4C5} 2025-01-07', 'Day', { due: '2025-01-07' }],
    // At most 20 fields and tags are read from the end, as Obsidian Tasks caps its loop.
    [`Read ${'#t '.repeat(25)}\u{1F4C5} 2025-01-07`, `Read ${'#t '.repeat(6).trim()}`, { due: '2025-01-07' }],
  ];
  for (const [text, title, fields] of table) {
    it(JSON.stringify(text), () => {
      const read = readTaskFields(text);
      assert.strictEqual(read.title, title);
      const set = Object.fromEntries(Object.entries(read.fields).filter(([, v]) => v !== null));
      assert.deepStrictEqual(set, fields);
    });
  }
});

describe('task fields in code: the learner\'s text', () => {
  // `- [ ] Learn `✅ 2026-01-01`` is a plan about the format, not a task done on New Year's day.
  const table: [line: string, text: string, fields: Record<string, string>][] = [
    ['- [ ] Learn the done field `\u2705 2026-01-01`', 'Learn the done field \u2705 2026-01-01', {}],
    ['- [ ] Write `\u{1F4C5} 2025-01-07`', 'Write \u{1F4C5} 2025-01-07', {}],
    ['- [ ] Write `\u{1F4C5} 2025-01-07` \u23EB', 'Write \u{1F4C5} 2025-01-07', { priority: 'high' }],
    ['- [ ] Print `#tag` \u{1F4C5} 2025-01-07', 'Print #tag', { due: '2025-01-07' }],
    ['- [ ] Print `x` \u{1F4C5} 2025-01-07 \u2705 2025-01-08', 'Print x', { due: '2025-01-07' }],
  ];
  for (const [line, text, fields] of table) {
    it(JSON.stringify(line), () => {
      const task = parse(`### Day 1 - x\n${line}\n`).days[0].tasks[0];
      assert.strictEqual(task.text, text);
      const set = Object.fromEntries(Object.entries({ due: task.due, priority: task.priority }).filter(([, v]) => v !== null));
      assert.deepStrictEqual(set, fields);
      assert.strictEqual(task.doneDate, line.endsWith('2025-01-08') ? '2025-01-08' : null);
    });
  }
});
