import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { countDue, dueState, dueTasks, summarizeToday } from '../../src/core';
import { parse } from './helpers';

const FORMATS = path.join(__dirname, '..', '..', '..', 'test', 'formats');
const vault = parse(fs.readFileSync(path.join(FORMATS, 'obsidian-tasks.md'), 'utf8'), 'file:///vault/rust.md');

describe('tasks due by their Obsidian Tasks dates (fixture formats/obsidian-tasks.md, fixed dates)', () => {
  const row = (d: ReturnType<typeof dueTasks>[number]): string[] => [d.state, d.task.text, d.node.title];

  it('before any due date: nothing is due', () => {
    assert.deepStrictEqual(dueTasks([vault], '2025-01-06'), []);
  });

  it('on the due date: the open task is due today; the done task due that day is not', () => {
    assert.deepStrictEqual(dueTasks([vault], '2025-01-07').map(row), [['today', 'Do the move-semantics exercises', 'Day 1 - Ownership']]);
  });

  it('the day after: yesterday\'s task is overdue and comes first, today\'s follow by priority (🔺 before ⏬)', () => {
    assert.deepStrictEqual(dueTasks([vault], '2025-01-08').map(row), [
      ['overdue', 'Do the move-semantics exercises', 'Day 1 - Ownership'],
      ['today', 'Read chapter 5', 'Day 2 - Structs'],
      ['today', 'Finish the exercises', 'Day 2 - Structs'],
    ]);
    assert.deepStrictEqual(countDue(vault.root, '2025-01-08'), { overdue: 1, today: 2 });
    assert.deepStrictEqual(countDue(vault.days[1], '2025-01-08'), { overdue: 0, today: 2 });
    assert.strictEqual(summarizeToday([vault], { today: '2025-01-08' }).dueTasks.length, 3, 'Today carries them');
  });

  it('a due date makes a task due only while it is open or in progress', () => {
    const plan = parse([
      '# P', '## Day 1 - A',
      '- [ ] open 📅 2025-01-07', '- [/] started 📅 2025-01-07', '- [x] done 📅 2025-01-07',
      '- [-] cancelled 📅 2025-01-07', '- [ ] scheduled only ⏳ 2025-01-01', '- [ ] later 📅 2025-02-01',
    ].join('\n'));
    assert.deepStrictEqual(plan.days[0].tasks.map((t) => dueState(t, '2025-01-07')), ['today', 'today', null, null, null, null]);
    assert.deepStrictEqual(plan.days[0].tasks.map((t) => dueState(t, '2025-01-09')), ['overdue', 'overdue', null, null, null, null]);
  });

  it('the four shared plans have no due dates, so nothing is ever due in them', () => {
    for (const name of fs.readdirSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures'))) {
      const plan = parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name), 'utf8'));
      assert.deepStrictEqual(dueTasks([plan], '2030-01-01'), [], name);
    }
  });
});

describe('dueTasks: the order the learner sees them in', () => {
  it('oldest due date first, then priority (none sits between medium and low), then plan order; done, cancelled and future ones never', () => {
    const plan = parse([
      '### Day 1',
      '- [ ] c \u{1F4C5} 2026-11-20',
      '- [ ] a \u{1F53D} \u{1F4C5} 2026-11-19',
      '- [ ] b \u23EB \u{1F4C5} 2026-11-20',
      '- [ ] d \u{1F53C} \u{1F4C5} 2026-11-20',
      '- [ ] e \u{1F4C5} 2026-11-21',
      '- [ ] f \u{1F4C5} 2026-11-22',
      '- [x] g \u{1F4C5} 2026-11-01',
      '- [-] h \u{1F4C5} 2026-11-01',
      '- [/] i \u{1F4C5} 2026-11-20',
      '- [ ] j \u{1F53A} \u{1F4C5} 2026-11-21',
      '- [ ] k \u23EC \u{1F4C5} 2026-11-21',
    ].join('\n'));
    const due = dueTasks([plan], '2026-11-21');
    assert.deepStrictEqual(due.map((d) => `${d.task.text.split(' ')[0]}:${d.state}`), ['a:overdue', 'b:overdue', 'd:overdue', 'c:overdue', 'i:overdue', 'j:today', 'e:today', 'k:today']);
  });

  it('a day written as a task is planned by its 📅, not due by it: the schedule tells that day (a replanned day was listed overdue too)', () => {
    const plan = parse('- [ ] Day 1: a \u{1F4C5} 2026-11-19\n  - [ ] read \u{1F4C5} 2026-11-19\n- [ ] Day 2: b \u{1F4C5} 2026-11-20\n');
    const headed = parse('### [ ] Day 3 \u{1F4C5} 2026-11-20\n- [ ] write \u{1F4C5} 2026-11-21\n');
    assert.deepStrictEqual(dueTasks([plan, headed], '2026-11-21').map((d) => d.task.text), ['read', 'write']);
    assert.deepStrictEqual(countDue(plan.root, '2026-11-21'), { overdue: 1, today: 0 });
  });
});

