// The study timer's state steps and the progress page's "done on a date" (src/core/timer/studyTimer.ts,
// report/doneByDate.ts) as tables, written from the mutation run's survivor list (small-folders.json).
import * as assert from 'assert';
import { checkIdle, elapsedMs, noteActivity, pauseTimer, resumeTimer, startTimer, stopTimer } from '../../../src/core';
import { doneByDate } from '../../../src/core/report/doneByDate';
import { lines, parse } from '../helpers';

const DAY = { uri: 'file:///ws/p.md', line: 3, title: 'Day 1', label: 'Day 1' };
const MIN = 60_000;
const at = (h: number, m: number): number => new Date(2026, 10, 22, h, m).getTime();

describe('study timer: each step', () => {
  it('activity moves forward only', () => {
    const state = startTimer(DAY, at(19, 0));
    assert.strictEqual(noteActivity(state, at(19, 0)), state, 'the same moment is no news');
    assert.strictEqual(noteActivity(state, at(18, 59)).lastActivity, at(19, 0));
    assert.strictEqual(noteActivity(state, at(19, 1)).lastActivity, at(19, 1));
  });

  it('pauses when idle exactly as long as the limit, not a moment before', () => {
    const state = startTimer(DAY, at(19, 0));
    assert.strictEqual(checkIdle(state, at(19, 4), 5 * MIN), state);
    const idle = checkIdle(state, at(19, 5), 5 * MIN);
    assert.deepStrictEqual([idle.paused, idle.pausedAt, idle.runningSince, idle.activeMs], ['idle', at(19, 0), null, 0]);
    assert.strictEqual(checkIdle(idle, at(19, 30), 5 * MIN), idle, 'a paused timer stays as it is');
  });

  it('a pause by hand counts up to now; pausing twice or resuming a running timer changes nothing', () => {
    const running = startTimer(DAY, at(19, 0));
    const paused = pauseTimer(running, at(19, 10));
    assert.deepStrictEqual([paused.paused, paused.pausedAt, paused.activeMs], ['user', at(19, 10), 10 * MIN]);
    assert.strictEqual(pauseTimer(paused, at(19, 20)), paused);
    assert.strictEqual(resumeTimer(running, at(19, 20)), running);
  });

  it('resumes with or without the time away', () => {
    const paused = pauseTimer(startTimer(DAY, at(19, 0)), at(19, 10));
    assert.strictEqual(elapsedMs(resumeTimer(paused, at(19, 30)), at(19, 30)), 10 * MIN);
    assert.strictEqual(elapsedMs(resumeTimer(paused, at(19, 30), true), at(19, 30)), 30 * MIN);
    const noPause = { ...paused, pausedAt: null };
    assert.strictEqual(elapsedMs(resumeTimer(noPause, at(19, 30), true), at(19, 30)), 10 * MIN, 'no pause moment: nothing to add');
  });

  it('stops into a session that ends when it was paused; a minute is the least it writes', () => {
    const paused = pauseTimer(startTimer(DAY, at(19, 0)), at(19, 40));
    assert.deepStrictEqual(stopTimer(paused, at(21, 0)), { date: '2026-11-22', from: '19:00', to: '19:40', minutes: 40 });
    const running = startTimer(DAY, at(19, 0));
    assert.deepStrictEqual(stopTimer(running, at(19, 1)), { date: '2026-11-22', from: '19:00', to: '19:01', minutes: 1 });
    assert.strictEqual(stopTimer(running, at(19, 0) + 29_000), null);
    assert.deepStrictEqual(stopTimer(running, at(19, 0) + 31_000)?.minutes, 1);
  });
});

describe('done on a date: what the progress page lists', () => {
  it('days by their stamp, tasks by theirs, journal entries by their date, within the range', () => {
    const plan = parse(lines('# Plan', '### Day 1 \u2705 2026-11-02', '- [x] a \u2705 2026-11-01', '- [x] b', '### Day 2 \u2705 2026-11-05', '### Day 3', ''), 'file:///ws/p.md');
    const journal = parse(lines('# Journal', '## 2026-11-02', 'read', '## 2026-11-03', 'wrote', ''), 'file:///ws/j.md');
    const done = doneByDate([plan, journal], '2026-11-01', '2026-11-03');
    assert.deepStrictEqual([...done.keys()].sort(), ['2026-11-01', '2026-11-02', '2026-11-03']);
    assert.deepStrictEqual(done.get('2026-11-01'), [{ planUri: 'file:///ws/p.md', planTitle: 'Plan', title: 'a', line: 2, kind: 'task' }]);
    assert.deepStrictEqual(done.get('2026-11-02')!.map((i) => [i.title, i.kind, i.planTitle]), [['Day 1', 'day', 'Plan'], ['2026-11-02', 'entry', 'Journal']]);
    assert.deepStrictEqual(done.get('2026-11-03')!.map((i) => [i.title, i.kind, i.line]), [['2026-11-03', 'entry', 3]]);
    assert.deepStrictEqual([...doneByDate([plan], '2026-11-02', '2026-11-02').keys()], ['2026-11-02'], 'both ends inclusive');
  });
});
