import * as assert from 'assert';
import {
  checkIdle, elapsedMinutes, logPause, logSession, planStreak, restOf, loggedMinutes, noteActivity, NO_REMINDER_STATE, parseDurationArg, pauseTimer, reminderDecision, reminderShown, reminderSnoozed,
  resumeTimer, startTimer, stopTimer, studyTime,
} from '../../../src/core';
import { applied } from '../edits/applyBytes';
import { lines, parse } from '../helpers';
import { readSample } from './ontrackHelpers';

const at = (hours: number, minutes = 0, day = 22): number => new Date(2026, 10, day, hours, minutes).getTime();
const DAY = { uri: 'file:///ws/p.md', line: 0, title: 'Day 32', label: 'Day 32' };

describe('study timer (pure, fixed clock)', () => {
  it('counts active minutes and writes the session it ran', () => {
    let timer = startTimer(DAY, at(19, 5));
    assert.strictEqual(elapsedMinutes(timer, at(19, 17)), 12);
    timer = noteActivity(timer, at(19, 40));
    assert.deepStrictEqual(stopTimer(timer, at(19, 50)), { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 });
  });

  it('pauses after the idle limit, at the last activity, and asks on return', () => {
    let timer = startTimer(DAY, at(19, 0));
    timer = noteActivity(timer, at(19, 20));
    timer = checkIdle(timer, at(19, 29), 10 * 60_000);
    assert.strictEqual(timer.paused, null, 'nine minutes without activity is not idle yet');
    timer = checkIdle(timer, at(19, 31), 10 * 60_000);
    assert.deepStrictEqual([timer.paused, elapsedMinutes(timer, at(20, 0))], ['idle', 20]);
    // Back at 20:00: not counted (the default), or counted when the learner says they studied away.
    assert.strictEqual(elapsedMinutes(resumeTimer(timer, at(20, 0)), at(20, 10)), 30);
    assert.strictEqual(elapsedMinutes(resumeTimer(timer, at(20, 0), true), at(20, 10)), 70);
    // Stopped while paused: the session ends where it paused.
    assert.deepStrictEqual(stopTimer(timer, at(21, 0)), { date: '2026-11-22', from: '19:00', to: '19:20', minutes: 20 });
  });

  it('pauses and resumes by hand; less than half a minute logs nothing; a session over midnight keeps its start date', () => {
    let timer = startTimer(DAY, at(19, 0));
    timer = pauseTimer(timer, at(19, 10));
    timer = resumeTimer(timer, at(19, 30));
    assert.strictEqual(elapsedMinutes(timer, at(19, 35)), 15);
    assert.strictEqual(stopTimer(startTimer(DAY, at(19, 0)), at(19, 0) + 20_000), null);
    assert.deepStrictEqual(stopTimer(startTimer(DAY, at(23, 30)), at(0, 15, 23)), { date: '2026-11-22', from: '23:30', to: '00:15', minutes: 45 });
  });
});

describe('session lines written under a day', () => {
  const session = { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 };
  const log = (text: string, day = 0): string => {
    const plan = parse(text);
    return applied(text, logSession(text, plan, plan.days[day], session));
  };
  const LINE = '- \u23F1 2026-11-22 19:05-19:50 (45 min)';

  it('appends after the day\'s own content, before the next day and its sub-headings', () => {
    assert.strictEqual(log(lines('### Day 1', '- [ ] read', '', '### Day 2', '')), lines('### Day 1', '- [ ] read', LINE, '', '### Day 2', ''));
    assert.strictEqual(log(lines('### Day 1', 'Some text.', '#### Notes', 'n', '### Day 2')), lines('### Day 1', 'Some text.', LINE, '#### Notes', 'n', '### Day 2'));
    assert.strictEqual(log(lines('### Day 1', '### Day 2')), lines('### Day 1', LINE, '### Day 2'));
    assert.strictEqual(log('### Day 1'), lines('### Day 1', LINE));
    assert.strictEqual(log(lines('Day 1', '=====', '', 'text')), lines('Day 1', '=====', '', 'text', LINE));
  });

  it('keeps the file\'s line breaks, BOM and blockquote, and a second session joins the first', () => {
    assert.strictEqual(log('\uFEFF### Day 1\r\n- [ ] a\r\n\r\n### Day 2\r\n'), `\uFEFF### Day 1\r\n- [ ] a\r\n${LINE}\r\n\r\n### Day 2\r\n`);
    assert.strictEqual(log(lines('> ### Day 1', '> - [ ] a', '', 'after')), lines('> ### Day 1', '> - [ ] a', `> ${LINE}`, '', 'after'));
    const once = log(lines('### Day 1', '- [ ] a'));
    const later = { date: '2026-11-22', from: '20:00', to: '20:30', minutes: 30 };
    const plan = parse(once);
    const twice = applied(once, logSession(once, plan, plan.days[0], later));
    assert.strictEqual(twice, lines('### Day 1', '- [ ] a', LINE, '- \u23F1 2026-11-22 20:00-20:30 (30 min)'));
    assert.strictEqual(parse(twice).days[0].sessions.length, 2);
  });

  it('writes after a closed code block, before one that is not closed, and below a table for its row', () => {
    assert.strictEqual(log(lines('### Day 1', '```', 'x', '```', '', '### Day 2')), lines('### Day 1', '```', 'x', '```', LINE, '', '### Day 2'));
    assert.strictEqual(log(lines('### Day 1', '```', 'x')), lines('### Day 1', LINE, '', '```', 'x'));
    const table = lines('| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |');
    const rows = parse(table);
    const row = logSession(table, rows, rows.days[0], session);
    assert.ok(row.ok && row.edits[0].newText.endsWith('\u00b7 Day 1'), JSON.stringify(row));
  });

  it('refuses a typed session past 24 h on its date in the plan; a measured one (the timer\'s) is written all the same', () => {
    const text = lines('### Day 1', '- \u23F1 2026-11-22 (20 h)', '### Day 2');
    const plan = parse(text);
    const typed = logSession(text, plan, plan.days[1], { date: '2026-11-22', from: null, to: null, minutes: 5 * 60 });
    assert.deepStrictEqual(typed, { ok: false, message: '20 h is logged on 2026-11-22 in this plan already: 5 h more would make more than 24 h that day' });
    assert.ok(logSession(text, plan, plan.days[1], { date: '2026-11-22', from: null, to: null, minutes: 4 * 60 }).ok, 'up to 24 h');
    assert.ok(logSession(text, plan, plan.days[1], { date: '2026-11-23', from: null, to: null, minutes: 5 * 60 }).ok, 'another date');
    // The timer stops with the time that passed: refused, it would stay stuck on it (from a review).
    assert.ok(logSession(text, plan, plan.days[1], { date: '2026-11-22', from: '19:00', to: '00:00', minutes: 5 * 60 }, { measured: true }).ok);
  });

  it('sums logged minutes per day, module and plan, next to the planned ones', () => {
    const text = readSample('days-031-060-lakehouse-for-ai.md');
    const plan = parse(text);
    const after = parse(applied(text, logSession(text, plan, plan.days[1], session)));
    const module = after.root.children[0].children[1];
    assert.deepStrictEqual([loggedMinutes(after.days[1]), loggedMinutes(module), loggedMinutes(after.root)], [45, 45, 45]);
    assert.deepStrictEqual([studyTime(after.days[1]).total, studyTime(module).total], [30, 210], 'planned time is unchanged by the log line');
    assert.strictEqual(after.days[1].progress.tasksTotal, 0);
  });

  it('writes a pause line the same way, and the paused day keeps the streak without counting as study', () => {
    const text = lines('### Day 1 \u2705 2026-11-20', '- [x] a', '', '### Day 2', '- [ ] b', '');
    const plan = parse(text);
    const outcome = logPause(text, plan, plan.days[1], { from: '2026-11-21', to: '2026-11-21' });
    const paused = applied(text, outcome);
    assert.strictEqual(paused, lines('### Day 1 \u2705 2026-11-20', '- [x] a', '', '### Day 2', '- [ ] b', '- \u23F8 2026-11-21', ''));
    assert.ok(outcome.ok && /2026-11-21/.test(outcome.summary));
    const before = planStreak([plan], '2026-11-22');
    const after = planStreak([parse(paused)], '2026-11-22', restOf([parse(paused)], { configuredRest: () => [] }));
    assert.deepStrictEqual([before.current, after.current, after.restDays], [0, 1, ['2026-11-21']]);
    const range = applied(text, logPause(text, plan, plan.days[1], { from: '2026-12-24', to: '2026-12-26' }));
    assert.ok(range.includes('- \u23F8 2026-12-24..2026-12-26'));
  });

  it('reads durations typed on a command line', () => {
    const cases: [string, number | null][] = [['45m', 45], ['45min', 45], ['45 min', 45], ['1h', 60], ['1h30m', 90], ['1h30', 90], ['1h05', 65], ['1:30', 90], ['0:45', 45], ['1:75', null], ['1.5h', 90], ['90', 90], ['2 hours', 120], ['0m', null], ['25h', null], ['1h90m', null], ['1h 59m', 119], ['90m', 90], ['soon', null], ['', null]];
    for (const [text, minutes] of cases) assert.strictEqual(parseDurationArg(text), minutes, text);
  });
});

describe('the daily nudge (pure, fixed clock)', () => {
  const now = (hours: number, minutes = 0, day = 22): Date => new Date(2026, 10, day, hours, minutes);
  const idle = { done: false, rest: false, hasDay: true };

  it('is off without a time, waits until the time, then shows once a day', () => {
    assert.deepStrictEqual(reminderDecision(now(19), '', NO_REMINDER_STATE, () => idle), { kind: 'off' });
    assert.deepStrictEqual(reminderDecision(now(19), '7pm', NO_REMINDER_STATE, () => idle), { kind: 'off' });
    assert.deepStrictEqual(reminderDecision(now(18, 59), '19:00', NO_REMINDER_STATE, () => idle), { kind: 'wait', until: now(19) });
    assert.deepStrictEqual(reminderDecision(now(19, 1), '19:00', NO_REMINDER_STATE, () => idle), { kind: 'show', snoozed: false });
    const shown = reminderShown(now(19, 1));
    assert.deepStrictEqual(reminderDecision(now(22), '19:00', shown, () => idle), { kind: 'wait', until: now(19, 0, 23) });
    assert.deepStrictEqual(reminderDecision(now(19, 2, 23), '19:00', shown, () => idle), { kind: 'show', snoozed: false }, 'the next day again');
  });

  it('says nothing when something was done today, on a rest day, or with no day to study', () => {
    for (const today of [{ ...idle, done: true }, { ...idle, rest: true }, { ...idle, hasDay: false }]) {
      assert.deepStrictEqual(reminderDecision(now(19, 30), '19:00', NO_REMINDER_STATE, () => today), { kind: 'wait', until: now(19, 0, 23) });
    }
  });

  it('asks nothing of today until its time has come (Today\'s summary is not worked out at activation for a nudge never set)', () => {
    const unasked = (): never => assert.fail('today was asked');
    assert.deepStrictEqual(reminderDecision(now(19), '', NO_REMINDER_STATE, unasked), { kind: 'off' });
    assert.deepStrictEqual(reminderDecision(now(18, 59), '19:00', NO_REMINDER_STATE, unasked), { kind: 'wait', until: now(19) });
    assert.deepStrictEqual(reminderDecision(now(22), '19:00', reminderShown(now(19, 1)), unasked), { kind: 'wait', until: now(19, 0, 23) });
    const snoozed = reminderSnoozed(now(19, 1), reminderShown(now(19, 1)));
    assert.deepStrictEqual(reminderDecision(now(19, 30), '19:00', snoozed, unasked), { kind: 'wait', until: now(20, 1) }, 'snoozed, the hour not up');
    let asked = 0;
    reminderDecision(now(19, 1), '19:00', NO_REMINDER_STATE, () => (asked++, idle));
    assert.strictEqual(asked, 1, 'asked once its time came');
  });

  it('snoozes for an hour, once, and never into the next day', () => {
    const snoozed = reminderSnoozed(now(19, 1), reminderShown(now(19, 1)));
    assert.deepStrictEqual(reminderDecision(now(19, 30), '19:00', snoozed, () => idle), { kind: 'wait', until: now(20, 1) });
    assert.deepStrictEqual(reminderDecision(now(20, 2), '19:00', snoozed, () => idle), { kind: 'show', snoozed: true });
    assert.deepStrictEqual(reminderDecision(now(20, 2), '19:00', snoozed, () => ({ ...idle, done: true })), { kind: 'wait', until: now(19, 0, 23) });
    const late = reminderSnoozed(now(23, 30), reminderShown(now(23, 30)));
    assert.deepStrictEqual(reminderDecision(now(23, 45), '19:00', late, () => idle), { kind: 'wait', until: now(19, 0, 23) });
  });

  it('edges: a padded time, midnight, the very minute, a snooze shown on another day (from the mutation survivors)', () => {
    assert.deepStrictEqual(reminderDecision(now(19, 31), ' 19:30 ', NO_REMINDER_STATE, () => idle), { kind: 'show', snoozed: false });
    assert.deepStrictEqual(reminderDecision(now(19, 29), '19:30', NO_REMINDER_STATE, () => idle), { kind: 'wait', until: now(19, 30) });
    assert.deepStrictEqual(reminderDecision(now(0, 5), '00:00', NO_REMINDER_STATE, () => idle), { kind: 'show', snoozed: false }, 'midnight is a time');
    assert.deepStrictEqual(reminderDecision(now(19), '19:00', NO_REMINDER_STATE, () => idle), { kind: 'show', snoozed: false }, 'at the minute itself');
    const shown = reminderShown(now(19, 1));
    const snoozed = reminderSnoozed(now(19, 1), shown);
    assert.deepStrictEqual(reminderDecision(now(20, 1), '19:00', snoozed, () => idle), { kind: 'show', snoozed: true }, 'at the end of the snooze itself');
    assert.deepStrictEqual(reminderSnoozed(now(19, 1), NO_REMINDER_STATE, 30), { shownOn: '2026-11-22', snoozedUntil: now(19, 31).getTime() });
    assert.deepStrictEqual(reminderSnoozed(now(19, 1), { shownOn: '2026-11-21', snoozedUntil: null }, 30).shownOn, '2026-11-21');
    const stale = { shownOn: '2026-11-22', snoozedUntil: now(9, 0, 21).getTime() };
    assert.deepStrictEqual(reminderDecision(now(19, 30), '19:00', stale, () => idle), { kind: 'wait', until: now(19, 0, 23) }, 'a snooze from another day holds nothing');
  });

  it('follows the local calendar across a daylight saving change', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Berlin';
      // 2026-10-25 is the night clocks go back in Europe.
      const evening = new Date(2026, 9, 24, 20, 0);
      const next = reminderDecision(evening, '19:00', reminderShown(evening), () => idle);
      assert.ok(next.kind === 'wait' && next.until.getDate() === 25 && next.until.getHours() === 19);
    } finally {
      process.env.TZ = saved;
    }
  });
});
