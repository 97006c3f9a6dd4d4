// Lines inserted into a file of mixed line endings end as the line they follow does, and every line already there keeps
// its own ending byte for byte (a trial's `log` after a `\r\n` line took its `\r` for the new line and left it `\n`).
import * as assert from 'assert';
import { addLabLink, logInNewEntry, logPause, logSession, toggleTasks } from '../../../src/core';
import { applied } from './applyBytes';
import { parse } from '../helpers';

const linesOf = (text: string): string[] => text.match(/[^\r\n]*(\r\n|\r|\n|$)/g)!.filter((line) => line !== '');

/** Each line of `before`, its ending with it, is a line of `after`, in order (with new lines between). */
function keepsEveryLine(before: string, after: string): void {
  const kept = linesOf(after);
  let from = 0;
  for (const line of linesOf(before)) {
    const at = kept.indexOf(line, from);
    assert.ok(at >= 0, `${JSON.stringify(line)} kept, its ending with it, in ${JSON.stringify(after)}`);
    from = at + 1;
  }
}

const SESSION = { date: '2026-11-28', from: null, to: null, minutes: 20 };

describe('mixed line endings: what is inserted ends as the line before it', () => {
  const PLAN = '# Days 1-2: Mixed\n\n### Day 1 - A\r\n- [ ] a\r\n\r\n### Day 2 - B\n- [ ] b\n';

  it('a session under a day', () => {
    const plan = parse(PLAN);
    const outcome = logSession(PLAN, plan, plan.days[0], SESSION);
    assert.ok(outcome.ok);
    const after = applied(PLAN, outcome);
    assert.strictEqual(after, PLAN.replace('- [ ] a\r\n', '- [ ] a\r\n- \u23F1 2026-11-28 (20 min)\r\n'));
    keepsEveryLine(PLAN, after);
    // Under the day whose lines end with `\n`: `\n`.
    const second = logSession(PLAN, plan, plan.days[1], SESSION);
    assert.ok(second.ok);
    assert.strictEqual(applied(PLAN, second), `${PLAN}- \u23F1 2026-11-28 (20 min)\n`);
  });

  it('a pause under a day', () => {
    const plan = parse(PLAN);
    const outcome = logPause(PLAN, plan, plan.days[0], { from: '2026-11-28', to: '2026-11-28' });
    assert.ok(outcome.ok);
    keepsEveryLine(PLAN, applied(PLAN, outcome));
  });

  it('a session below a table', () => {
    const table = '# Plan\n\n| Day | Topic |\r\n| --- | --- |\r\n| 1 | a |\r\n| 2 | b |\r\n\nNotes.\n';
    const plan = parse(table);
    const outcome = logSession(table, plan, plan.days[0], SESSION);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const after = applied(table, outcome);
    keepsEveryLine(table, after);
    assert.match(after, /\| 2 \| b \|\r\n\r\n- \u23F1 2026-11-28 \(20 min\) \u00b7 Day 1\r\n\nNotes\.\n$/);
  });

  it('a new journal entry, after the last or before the first', () => {
    const forward = '# J\n\n## 2026-11-23\r\nRead.\r\n';
    const plan = parse(forward);
    const outcome = logInNewEntry(forward, plan, SESSION);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const after = applied(forward, outcome);
    keepsEveryLine(forward, after);
    assert.strictEqual(after, '# J\n\n## 2026-11-23\r\nRead.\r\n\r\n## 2026-11-28\r\n- \u23F1 2026-11-28 (20 min)\r\n');
    const newestFirst = '# J\n\n## 2026-11-25\r\nB.\r\n\n## 2026-11-24\nA.\n';
    const back = logInNewEntry(newestFirst, parse(newestFirst), SESSION);
    assert.ok(back.ok, back.ok ? '' : back.message);
    keepsEveryLine(newestFirst, applied(newestFirst, back));
  });

  it('a lab\'s link under a day', () => {
    const plan = parse(PLAN);
    const outcome = addLabLink(PLAN, plan.days[0], 'day-001', 'labs/p/day-001/day-001.ipynb');
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const after = applied(PLAN, outcome);
    keepsEveryLine(PLAN, after);
    assert.match(after, /### Day 1 - A\r\n- \*\*Lab:\*\* \[[^\]]+\]\(labs\/p\/day-001\/day-001\.ipynb\)\r\n- \[ \] a\r\n/);
  });

  it('a recurring task\'s next occurrence above it', () => {
    const text = '- [ ] stretch \uD83D\uDD01 every day \uD83D\uDCC5 2026-11-28\r\n- [ ] read\n';
    const plan = parse(text);
    const outcome = toggleTasks(text, [plan.root.tasks[0]], '2026-11-28', plan);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const after = applied(text, outcome);
    assert.match(after, /^- \[ \] stretch \uD83D\uDD01 every day \uD83D\uDCC5 2026-11-29\r\n- \[x\] stretch/);
  });
});
