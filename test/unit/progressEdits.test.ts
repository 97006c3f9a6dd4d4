import * as assert from 'assert';
import { applyTextEdits, findDay, markDayComplete, markDayIncomplete, toggleTasks, type EditOutcome, type ProgressOptions } from '../../src/core';
import { parse } from './helpers';

const D = '2026-11-21';
const S = `\u2705 ${D}`;
const on: ProgressOptions = { date: D, checkTasks: true, journal: false };

function applied(text: string, outcome: EditOutcome): string {
  if (!outcome.ok) throw new Error(outcome.message);
  return applyTextEdits(text, outcome.edits);
}

function complete(text: string, dayNumber: number, options = on): string {
  const day = parse(text).days.find((d) => d.number === dayNumber)!;
  return applied(text, markDayComplete(text, day, options));
}

function incomplete(text: string, dayNumber: number): string {
  const day = parse(text).days.find((d) => d.number === dayNumber)!;
  return applied(text, markDayIncomplete(text, day));
}

describe('markDayComplete / markDayIncomplete: before and after', () => {
  const table: [string, string, string][] = [
    ['LF', '### Day 1\n- [ ] a\n- [x] b\n', `### Day 1 ${S}\n- [x] a ${S}\n- [x] b\n`],
    ['CRLF', '### Day 1\r\n- [ ] a\r\n\r\n### Day 2\r\n', `### Day 1 ${S}\r\n- [x] a ${S}\r\n\r\n### Day 2\r\n`],
    ['BOM', '\uFEFF### Day 1\n- [ ] a', `\uFEFF### Day 1 ${S}\n- [x] a ${S}`],
    ['bold heading', '### **Day 1 - Intro**\n', `### **Day 1 - Intro** ${S}\n`],
    ['closed ATX', '## Day 1 ##\n', `## Day 1 ${S} ##\n`],
    // An attribute list is the heading's anchor (MkDocs, Pandoc, kramdown): it stays last (a learner's {#second} was cut off).
    ['an attribute list', '### Day 1 - A {#first}\n### Day 2\n', `### Day 1 - A ${S} {#first}\n### Day 2\n`],
    ['a kramdown attribute list', '### Day 1 {: #first .x}\n', `### Day 1 ${S} {: #first .x}\n`],
    ['braces that are title text', '### Day 1 - Sets {a, b}\n', `### Day 1 - Sets {a, b} ${S}\n`],
    ['nested and numbered tasks', '### Day 1\n1. [ ] a\n   * [ ] b\n', `### Day 1 ${S}\n1. [x] a ${S}\n   * [x] b ${S}\n`],
    ['tasks in a sub-section', '### Day 1\n#### Lab\n+ [ ] x\n### Day 2\n- [ ] y\n', `### Day 1 ${S}\n#### Lab\n+ [x] x ${S}\n### Day 2\n- [ ] y\n`],
    ['a code fence is left alone', '### Day 1\n```\n- [ ] not a task\n```\n- [ ] real\n', `### Day 1 ${S}\n\`\`\`\n- [ ] not a task\n\`\`\`\n- [x] real ${S}\n`],
    ['mixed line endings', '### Day 1\r\n- [ ] a\n- [ ] b\r', `### Day 1 ${S}\r\n- [x] a ${S}\n- [x] b ${S}\r`],
  ];
  for (const [name, before, after] of table) {
    it(`completes: ${name}`, () => assert.strictEqual(complete(before, 1), after));
    it(`restores on incomplete: ${name}`, () => {
      const restored = incomplete(after, 1);
      // Done, then undone, leaves the day as it was: a task checked by hand before (no date) stays checked.
      assert.strictEqual(restored, before);
    });
  }

  it('never overwrites or duplicates an existing stamp', () => {
    const text = '### Day 1 \u2705 2026-01-01\n- [x] a \u2705 2026-01-01\n- [ ] b\n';
    assert.strictEqual(complete(text, 1), `### Day 1 \u2705 2026-01-01\n- [x] a \u2705 2026-01-01\n- [x] b ${S}\n`);
  });

  it('leaves a day done by its tasks as it is: a stamp of today would date work of another day (a trial\'s streak gained a day)', () => {
    const text = '### Day 2\n- [x] install docker \u2705 2026-11-19\n';
    const outcome = markDayComplete(text, parse(text).days[0], on);
    assert.deepStrictEqual(outcome, { ok: true, edits: [], summary: 'Day 2 is already complete: all its tasks are checked (the last on 2026-11-19)' });
  });

  it('undone on a day not done writes nothing: a second undone left a task stamped days before unchecked (a trial\'s)', () => {
    const before = '## Day 1 - Intro\n- [ ] Read chapter 1\n- [x] Exercise 2 \u2705 2026-11-24\n\n## Day 2\n- [ ] x\n';
    const marked = complete(before, 1, { ...on, date: '2026-11-25' });
    const once = incomplete(marked, 1);
    assert.strictEqual(once, before);
    const again = markDayIncomplete(once, parse(once).days[0]);
    assert.deepStrictEqual(again, { ok: true, edits: [], summary: 'Day 1 is already incomplete; a task checked in it stays checked (uncheck it on its own)' });
    const open = '### Day 3\n- [ ] a\n';
    assert.deepStrictEqual(markDayIncomplete(open, parse(open).days[0]), { ok: true, edits: [], summary: 'Day 3 is already incomplete' });
  });

  it('checks no tasks when markDay.checkTasks is off, and stamps no dates when stamps are off', () => {
    assert.strictEqual(complete('### Day 1\n- [ ] a\n', 1, { date: D, checkTasks: false, journal: false }), `### Day 1 ${S}\n- [ ] a\n`);
    assert.strictEqual(complete('### Day 1\n- [ ] a\n', 1, { date: null, checkTasks: true, journal: false }), '### Day 1 \u2705\n- [x] a\n');
  });

  it('says when there is nothing to do', () => {
    const text = `### Day 1 ${S}\n- [x] a\n`;
    const outcome = markDayComplete(text, parse(text).days[0], on);
    assert.ok(outcome.ok && outcome.edits.length === 0 && /already complete/.test(outcome.summary));
  });

  it('takes a skip back: a skipped day reopened is back in the plan, its tasks as they were (a learner could only edit the ⏭ out by hand)', () => {
    const K = '\u23ED 2026-11-20';
    const table: [string, string, string][] = [
      // before, after, summary
      [`### Day 1 - A ${K}\n- [x] a\n- [ ] b\n`, '### Day 1 - A\n- [x] a\n- [ ] b\n', 'Day 1 is back in the plan (no longer skipped)'],
      [`### Day 1 - A \u{1F4C5} 2026-11-25 ${K}\r\n`, '### Day 1 - A \u{1F4C5} 2026-11-25\r\n', 'Day 1 is back in the plan (no longer skipped)'],
      [`## Day 1 ${K} ##\n`, '## Day 1 ##\n', 'Day 1 is back in the plan (no longer skipped)'],
      ['### [-] Day 1\n', '### [ ] Day 1\n', 'Day 1 is back in the plan (no longer skipped)'],
    ];
    for (const [before, after, summary] of table) {
      const day = parse(before).days[0];
      const outcome = markDayIncomplete(before, day);
      assert.ok(outcome.ok && outcome.summary === summary, JSON.stringify(outcome));
      assert.strictEqual(applied(before, outcome), after, before);
      assert.ok(!parse(after).days[0].skipped && !parse(after).days[0].done);
    }
    // Skipped, then done after all: undone makes it skipped again, as it was (done, then undone, restores a day).
    assert.strictEqual(incomplete(`### Day 1 ${K} ${S}\n`, 1), `### Day 1 ${K}\n`);
    // Done after all says that the ⏭ stays and what undone does (a trial's two marks, and a first undone leaving the skip).
    const skipped = `### Day 1 ${K}\n- [ ] a\n`;
    const done = markDayComplete(skipped, parse(skipped).days[0], on);
    assert.ok(done.ok && /1 task checked; it was skipped: its \u23ED stays as a record, and undone takes the \u2705 back first$/.test(done.summary), JSON.stringify(done));
    assert.ok(parse(applied(skipped, done)).days[0].done);
  });

  it('unmarks a heading whose ✅ was put first by hand; refuses one in the middle of its title', () => {
    const text = '### \u2705 Day 1\n';
    const outcome = markDayIncomplete(text, parse(text).days[0]);
    assert.ok(outcome.ok && applyTextEdits(text, outcome.edits) === '### Day 1\n', JSON.stringify(outcome));
    const middle = '### Day 1 \u2705 and more\n';
    const refused = markDayIncomplete(middle, parse(middle).days[0]);
    assert.ok(!refused.ok && /not at its end/.test(refused.message));
  });

  it('a \u2705 that is a word of the title is no mark: the day is open, done stamps it at the end, undone gives the bytes back', () => {
    const text = '### Day 1 - Compare \u2705 vs \u274C patterns\n- [ ] read\n';
    assert.strictEqual(parse(text).days[0].done, false);
    const done = complete(text, 1);
    assert.strictEqual(done, `### Day 1 - Compare \u2705 vs \u274C patterns ${S}\n- [x] read ${S}\n`);
    assert.strictEqual(parse(done).days[0].done, true);
    assert.strictEqual(incomplete(done, 1), text);
  });

  it('undone takes a hand\'s \u2705 off before a remark or a link, the remark kept (the whole day was refused, its tasks left checked)', () => {
    const cases: [string, string][] = [
      ['### Day 5 - Sets \u2705 (late)\n- [x] a\n', '### Day 5 - Sets (late)\n- [ ] a\n'],
      [`### Day 5 - Sets \u2705 ${D} (on the train)\n- [x] a ${S}\n`, '### Day 5 - Sets (on the train)\n- [ ] a\n'],
      ['### Day 5 - Loops \u2705 [lab](labs/day-005.ipynb) ###\n- [x] a\n', '### Day 5 - Loops [lab](labs/day-005.ipynb) ###\n- [ ] a\n'],
    ];
    for (const [before, after] of cases) {
      assert.strictEqual(parse(before).days[0].done, true, before);
      assert.strictEqual(incomplete(before, 5), after);
      assert.strictEqual(parse(after).days[0].done, false, after);
    }
    // A ✅ inside the title, before other words, is still the learner's: refused.
    const inside = '### Day 5 - \u2705 Sets (late)\n- [x] a\n';
    const refused = markDayIncomplete(inside, parse(inside).days[0]);
    assert.ok(!refused.ok, JSON.stringify(refused));
  });

  // The parser reads a title's text, the edits its raw lines: for every shape they must agree on whether a ✅ marks it,
  // or done would stamp a done day twice (`✅ ✅ date {#loops}`) or call an open one complete (found by a review).
  const shapes: [name: string, text: string, done: boolean][] = [
    ['a \u2705 word in an ATX title', '### Day 1 - Compare \u2705 vs \u274C\n- [ ] a\n', false],
    ['a bare \u2705 before an attribute list', '### Day 1 - Loops \u2705 {#loops}\n- [ ] a\n', true],
    ['a \u2705 word before an attribute list', '### Day 1 - Compare \u2705 vs \u274C {#cmp}\n- [ ] a\n', false],
    ['a bare \u2705 before closing hashes', '### Day 1 - Loops \u2705 ###\n- [ ] a\n', true],
    ['a \u2705 starting the second line of a setext title', 'Day 1 - Compare\n\u2705 vs \u274C patterns\n---\n- [ ] a\n', true],
    ['a \u2705 word on the first line of a setext title', 'Day 1 - Compare \u2705 vs\n\u274C patterns\n---\n- [ ] a\n', false],
    ['a table title cell with a bare \u2705 before a lab link', '| Day | Topic |\n|---|---|\n| 1 | Select \u2705 [day-001](day-001.ipynb) |\n| 2 | Where |\n', true],
    ['a table title cell with a \u2705 word', '| Day | Topic |\n|---|---|\n| 1 | Compare \u2705 vs \u274C |\n| 2 | Where |\n', false],
    ['a paragraph day with a \u2705 word', '# Log\n\n**Day 1:** Compare \u2705 vs \u274C today\n\n**Day 2:** more\n\n**Day 3:** x\n', false],
    ['a paragraph day with a bare \u2705 after its label', '# Log\n\n**Day 1:** \u2705 Compared them\n\n**Day 2:** more\n\n**Day 3:** x\n', true],
    // Code is the learner's text, never a mark.
    ['a \u2705 in code at the end of an ATX title', "### Day 1 - Print `'\u2705'`\n- [ ] a\n", false],
    ['a \u2705 in code first in an ATX title', '### Day 1 - `\u2705` markers\n- [ ] a\n', false],
    ['a bare \u2705 after code in an ATX title', '### Day 1 - `git` \u2705\n- [ ] a\n', true],
    ['a \u2705 in code in a setext title', 'Day 1 - Print `\u2705`\n---\n- [ ] a\n', false],
    ['a code span across the lines of a setext title', 'Day 1 - Print `a\n\u2705`\n---\n- [ ] a\n', false],
    ['a \u2705 in code in a table title cell', '| Day | Topic |\n|---|---|\n| 1 | Print `\u2705` |\n| 2 | Where |\n', false],
    ['a \u2705 in code in a paragraph day', '# Log\n\n**Day 1:** printed `\u2705`\n\n**Day 2:** more\n\n**Day 3:** x\n', false],
  ];
  for (const [name, text, done] of shapes) {
    it(`parser and edits agree: ${name}`, () => {
      const day = parse(text).days[0];
      assert.strictEqual(day.done, done, 'as the parser reads it');
      // Its tasks left alone: what is asked is whether the title is stamped.
      const outcome = markDayComplete(text, day, { ...on, checkTasks: false });
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
      if (done) {
        assert.match(outcome.summary, /already complete/);
        assert.deepStrictEqual(outcome.edits, []);
        return;
      }
      const after = applyTextEdits(text, outcome.edits);
      assert.strictEqual(after.split(S).length, 2, `one stamp: ${after}`);
      assert.strictEqual(parse(after).days[0].done, true, after);
      assert.strictEqual(incomplete(after, 1), text);
    });
  }

  it('a table row a hand marked done in its title cell, with a status column: done leaves it, undone takes the \u2705 off; one inside the title is refused', () => {
    const table = (row: string): string => `| Day | Topic | Done |\n|---|---|---|\n${row}\n| 2 | Where | |\n`;
    const marked = table('| 1 | Select \u2705 | |');
    assert.strictEqual(parse(marked).days[0].done, true);
    const again = markDayComplete(marked, parse(marked).days[0], { ...on, checkTasks: false });
    assert.ok(again.ok && again.edits.length === 0 && /already complete/.test(again.summary), JSON.stringify(again));
    assert.strictEqual(incomplete(marked, 1), table('| 1 | Select | |'));
    // Both the cell and the title: both come off.
    assert.strictEqual(incomplete(table(`| 1 | Select \u2705 | ${S} |`), 1), table('| 1 | Select | |'));
    const inside = table('| 1 | \u2705 Select | |');
    const refused = markDayIncomplete(inside, parse(inside).days[0]);
    assert.ok(!refused.ok && refused.message === 'the \u2705 in the row of Day 1 is not at the end of its title; remove it by hand', JSON.stringify(refused));
  });

  it('changes only the box and the stamp: every other byte stays', () => {
    const text = '# Month 1\r\n\r\n### **Day 7 - Review** ###\r\n  - [ ] keep  **this**   \r\n> quote\r\n';
    const after = complete(text, 7);
    assert.strictEqual(after, `# Month 1\r\n\r\n### **Day 7 - Review** ${S} ###\r\n  - [x] keep  **this** ${S}   \r\n> quote\r\n`);
  });
});

describe('toggleTasks', () => {
  it('flips each task and stamps only the newly checked', () => {
    const text = `## Goals\n- [ ] a\n- [x] b ${S}\n`;
    const tasks = parse(text).root.children[0].tasks;
    assert.strictEqual(applied(text, toggleTasks(text, tasks, D)), `## Goals\n- [x] a ${S}\n- [ ] b\n`);
  });

  it('refuses when a task line no longer holds that task', () => {
    const before = '## G\n- [ ] a\n';
    const task = parse(before).root.children[0].tasks[0];
    const outcome = toggleTasks('## G\nplain text\n', [task], D);
    assert.ok(!outcome.ok && /no longer holds/.test(outcome.message));
  });
});

describe('findDay: locating a day again after the document changed', () => {
  it('finds the day by title near its old line, or nothing', () => {
    const plan = parse('intro\n\n\n### Day 1\n### Day 2\n');
    assert.strictEqual(findDay(plan, { line: 0, title: 'Day 2' })?.line, 4);
    assert.strictEqual(findDay(plan, { line: 4, title: 'Day 9' }), undefined);
  });
});
