import * as assert from 'assert';
import { logInSection, sectionPlanOf, sectionsNamed, sectionsOf, studySection } from '../../src/core';
import { applied } from './edits/applyBytes';
import { parse } from './helpers';

const WEEKS = ['# Rust study plan', '', '## Week 1', '- [x] Read chapter 1', '- [ ] Read chapter 2', '', '## Week 2', '- [ ] Ownership', '- [ ] Borrowing', ''].join('\n');
const SESSION = { date: '2026-12-01', from: null, to: null, minutes: 30 };

describe('study time in a plan of tasks alone (a trial\'s weekly checklist could log none)', () => {
  it('goes under the section of the first open task; the last task\'s when every task is done; none in a plan with days', () => {
    assert.strictEqual(studySection(parse(WEEKS))?.title, 'Week 1');
    const week1Done = WEEKS.replace('- [ ] Read chapter 2', '- [x] Read chapter 2');
    assert.strictEqual(studySection(parse(week1Done))?.title, 'Week 2');
    assert.strictEqual(studySection(parse(WEEKS.replace(/- \[ \]/g, '- [x]')))?.title, 'Week 2');
    assert.strictEqual(studySection(parse('# Plan\n\n### Day 1\n- [ ] a\n')), null);
    // The section just studied: its last task checked on the session's date (a trial finished Week 1, and its session
    // went under Week 2).
    const finishedToday = WEEKS.replace('- [ ] Read chapter 2', '- [x] Read chapter 2 \u2705 2026-12-01');
    assert.strictEqual(studySection(parse(finishedToday), '2026-12-01')?.title, 'Week 1');
    assert.strictEqual(studySection(parse(finishedToday), '2026-12-02')?.title, 'Week 2');
  });

  it('writes the session after the section\'s tasks, keeps every other byte (CRLF too), and the plan counts it', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = WEEKS.replace(/\n/g, eol);
      const plan = parse(text);
      const outcome = logInSection(text, plan, SESSION);
      assert.ok(outcome.ok, JSON.stringify(outcome));
      const after = applied(text, outcome);
      assert.strictEqual(after, text.replace(`- [ ] Read chapter 2${eol}`, `- [ ] Read chapter 2${eol}- \u23F1 2026-12-01 (30 min)${eol}`));
      const reread = parse(after);
      assert.deepStrictEqual(reread.root.children[0].children.map((week) => week.sessions.map((s) => s.minutes)), [[30], []]);
      assert.strictEqual(reread.root.progress.tasksTotal, 4, 'the session is no task');
    }
  });

  it('times the plan of tasks alone with the latest stamp where no plan has days to be active, else the first', () => {
    const a = parse(WEEKS, 'file:///a.md');
    const b = parse(WEEKS.replace('- [x] Read chapter 1', '- [x] Read chapter 1 \u2705 2026-11-30'), 'file:///b.md');
    const days = parse('# Plan\n\n### Day 1\n- [ ] a\n', 'file:///d.md');
    assert.strictEqual(sectionPlanOf([a, b, days], '2026-12-01')?.uri, 'file:///b.md');
    assert.strictEqual(sectionPlanOf([a, days], '2026-12-01')?.uri, 'file:///a.md');
    assert.strictEqual(sectionPlanOf([days], '2026-12-01'), undefined);
  });

  it('no section where the tasks are under no heading (a session would join their list), or the file is no plan (a review\'s)', () => {
    assert.strictEqual(studySection(parse('- [x] Read chapter 1\n- [ ] Read chapter 2\n')), null);
    const groceries = parse('# Groceries\n\n## Monday\n- [ ] milk\n- [ ] eggs\n', 'file:///groceries.md');
    assert.strictEqual(groceries.isPlan, false);
    assert.strictEqual(studySection(groceries), null);
  });

  it('names a section by its heading: whole, case aside, its start before a non-word, or its words after a label; a title over them all is none', () => {
    const plan = parse(WEEKS.replace('## Week 2', '## Week 2: Ownership').replace('## Week 1', '## Week 10\n- [ ] later\n\n## Week 1'));
    assert.deepStrictEqual(sectionsOf(plan).map((node) => node.title), ['Week 10', 'Week 1', 'Week 2: Ownership']);
    const names = (name: string): string[] => sectionsNamed(plan, name).map((node) => node.title);
    assert.deepStrictEqual(names('week 1'), ['Week 1']);
    assert.deepStrictEqual(names('Week 2'), ['Week 2: Ownership']);
    assert.deepStrictEqual(names('WEEK 2: OWNERSHIP'), ['Week 2: Ownership']);
    assert.deepStrictEqual(names('Week'), ['Week 10', 'Week 1', 'Week 2: Ownership']);
    assert.deepStrictEqual(names('Week 3'), []);
    assert.deepStrictEqual(names(' '), []);
    // ...or by its words after the label (a trial's `log rust.md Ownership 15m` was refused).
    assert.deepStrictEqual(names('ownership'), ['Week 2: Ownership']);
    assert.deepStrictEqual(names('Owner'), []);
    // One heading over its tasks is the one section; a plan with days has none.
    assert.deepStrictEqual(sectionsOf(parse('# Go\n\n- [ ] a\n')).map((node) => node.title), ['Go']);
    assert.deepStrictEqual(sectionsOf(parse('# Plan\n\n## Week 1\n### Day 1\n- [ ] a\n')), []);
    assert.deepStrictEqual(sectionsNamed(parse('# Plan\n\n## Week 1\n### Day 1\n- [ ] a\n'), 'Week 1'), []);
    // The title over the others is named as it is (a review's `## Week 1` over `### Reading` was refused), not offered.
    const nested = parse('## Week 1\n### Reading\n- [ ] a\n### Practice\n- [ ] b\n');
    assert.deepStrictEqual([sectionsNamed(nested, 'Week 1').map((node) => node.title), sectionsOf(nested).map((node) => node.title)], [['Week 1'], ['Reading', 'Practice']]);
  });

  it('the timer\'s session goes under the section it was started on, though its tasks were finished meanwhile', () => {
    const finished = WEEKS.replace('- [ ] Read chapter 2', '- [x] Read chapter 2');
    const outcome = logInSection(finished, parse(finished), SESSION, { measured: true, title: 'Week 1' });
    assert.ok(outcome.ok);
    assert.deepStrictEqual(parse(applied(finished, outcome)).root.children[0].children.map((week) => week.sessions.length), [1, 0]);
    // A section of that title no longer there: the first open task's.
    const renamed = logInSection(finished, parse(finished), SESSION, { measured: true, title: 'Week 9' });
    assert.ok(renamed.ok);
    assert.deepStrictEqual(parse(applied(finished, renamed)).root.children[0].children.map((week) => week.sessions.length), [0, 1]);
  });
});
