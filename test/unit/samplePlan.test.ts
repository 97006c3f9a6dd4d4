import * as assert from 'assert';
import { buildPlan, inMemoryDocument, renderSamplePlan, samplePlanFileName, scheduleFor, studyTime, summarizeToday } from '../../src/core';

describe('sample plan', () => {
  const text = renderSamplePlan('2026-11-21');
  const plan = buildPlan(inMemoryDocument('file:///w/learning-plan-sample.md', text));

  it('is a plan with one cycle, two modules and seven days, tasks, links and study time', () => {
    assert.deepStrictEqual(plan.root.children.map((c) => [c.kind, c.title]), [['cycle', 'Days 1-7: Python for Data Analysis']]);
    assert.deepStrictEqual(plan.root.children[0].children.map((c) => [c.kind, c.children.length]), [['module', 3], ['module', 4]]);
    assert.deepStrictEqual(plan.days.map((d) => d.number), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepStrictEqual([plan.root.progress.tasksTotal, plan.root.progress.tasksDone], [7, 0]);
    assert.strictEqual(plan.days.reduce((n, d) => n + d.links.length, 0), 5);
    assert.deepStrictEqual(studyTime(plan.root), { total: 30 + 20 + 45 + 15 + 30 + 10 + 60 + 15 + 45 + 45 + 15 + 60, left: 390 });
  });

  it('starts today: day 1 is the current day, on schedule', () => {
    const summary = summarizeToday([plan], { today: '2026-11-21' });
    assert.strictEqual(summary.currentDay?.number, 1);
    assert.strictEqual(scheduleFor(plan, null)?.dateOf(0), '2026-11-21');
  });

  it('writes the requested line endings only', () => {
    const crlf = renderSamplePlan('2026-11-21', '\r\n');
    assert.strictEqual(crlf.replace(/\r\n/g, '\n'), text);
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(crlf));
  });

  it('never takes a name already used', () => {
    const taken = new Set(['learning-plan-sample.md', 'learning-plan-sample-2.md']);
    assert.strictEqual(samplePlanFileName((name) => taken.has(name)), 'learning-plan-sample-3.md');
    assert.strictEqual(samplePlanFileName(() => false), 'learning-plan-sample.md');
  });
});
