import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { addLabLink, Lines, logSession, markDayComplete, markDayIncomplete, mayBePlanBytes, skipDayEdit, type ParsedPlan } from '../../src/core';
import { applied } from './edits/applyBytes';
import { parse } from './helpers';

const D = '2026-12-01';

function days(plan: ParsedPlan): [number | null, number, string][] {
  return plan.days.map((day) => [day.number, day.line, day.title]);
}

describe('format: a day a line, no blank line between (formats/paragraph-day-lines.md)', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'formats', 'paragraph-day-lines.md'), 'utf8');
  const plan = parse(text, 'file:///formats/paragraph-day-lines.md');

  it('reads each line that starts a day in its paragraph\'s form as a day of its own (a trial\'s log of `Day N/100:` lines was no plan)', () => {
    assert.deepStrictEqual(days(plan), [
      [1, 2, 'Day 1/100: set up git and a first repo'],
      [2, 3, 'Day 2/100: a todo list in plain JS repo'],
      [3, 4, 'Day 3/100: closures, finally'],
      [4, 6, 'Day 4/100: promises'],
      // Bold days ended by two spaces or a backslash (a hard break) are one paragraph too; prose under Day 7 is its text.
      [5, 10, 'Day 5: async and await'],
      [6, 11, 'Day 6: fetch and JSON'],
      [7, 12, 'Day 7: a weather app'],
      // A code span over two lines: the lines are not the paragraph's inline tokens' lines, so it stays one day.
      [9, 15, 'Day 9/100: a code span Day 10/100: over two lines keeps its paragraph one day'],
    ]);
    assert.deepStrictEqual(plan.days[1].links.map((link) => [link.target, link.line]), [['https://github.com/example/todo', 3]]);
    assert.deepStrictEqual(plan.days.map((day) => day.done), [false, false, false, true, false, false, false, false]);
    assert.strictEqual(plan.days[3].doneDate, '2026-11-20');
    // Each day ends where the next begins.
    assert.deepStrictEqual(plan.days.slice(0, 3).map((day) => day.endLine), [3, 4, 6]);
  });

  it('cuts a paragraph only at lines in the form of its first: prose, another form, a quote or code never start a day', () => {
    const mixed = parse('# Log\n\nDay 1/100: a\nDay 2: b, in another form\nDay 3/100: c\n\nDay 4/100: d\n');
    assert.deepStrictEqual(days(mixed).map(([n]) => n), [1, 3, 4]);
    const prose = parse('# Coding log\n\n**Day 1:** a\nDay 2 was long.\n**Day 2:** b\n\n**Day 3:** c\n');
    assert.deepStrictEqual(days(prose).map(([n, line]) => [n, line]), [[1, 2], [2, 4], [3, 6]]);
    // Two days on lines of a paragraph and nothing else are two days: no plan (three make one), as paragraphs.
    assert.strictEqual(parse('# Notes\n\nDay 1/100: a\nDay 2/100: b\n').isPlan, false);
    assert.strictEqual(parse('# Notes\n\nDay 1/100: a\nDay 2/100: b\nDay 3/100: c\n').isPlan, true);
  });

  it('the pre-filter lets every such log through (it counts lines, not paragraphs)', () => {
    for (const log of [text, 'Day 1/100: a\nDay 2/100: b\nDay 3/100: c\n', '**Day 1:** a  \n**Day 2:** b  \n**Day 3:** c\n']) {
      assert.ok(parse(log).isPlan, log);
      assert.ok(mayBePlanBytes(Buffer.from(log), 'log.md'), log);
    }
  });

  it('done, undone, a session and a lab link on a day inside the paragraph: the other days stay days, undone gives the bytes back', () => {
    for (const eol of ['\n', '\r\n']) {
      const source = text.replace(/\n/g, eol);
      const read = parse(source);
      const day2 = read.days[1];
      const done = applied(source, markDayComplete(source, day2, { date: D, checkTasks: true, journal: false }));
      assert.ok(done.includes(`Day 2/100: a todo list in plain JS [repo](https://github.com/example/todo) \u2705 ${D}${eol}Day 3/100`), done);
      const reread = parse(done);
      assert.deepStrictEqual(days(reread), days(read));
      assert.deepStrictEqual(reread.days.map((day) => day.done), [false, true, false, true, false, false, false, false]);
      assert.strictEqual(applied(done, markDayIncomplete(done, reread.days[1])), source);
      // A session: written where it keeps every day (a blank line after the item: a list would take Day 3 in).
      const logged = applied(source, logSession(source, read, day2, { date: D, from: null, to: null, minutes: 30 }));
      const afterLog = parse(logged);
      assert.deepStrictEqual(afterLog.days.map((day) => [day.number, day.title]), read.days.map((day) => [day.number, day.title]));
      assert.deepStrictEqual(afterLog.days[1].sessions.map((s) => [s.date, s.minutes]), [[D, 30]]);
      const linked = applied(source, addLabLink(source, day2, 'day-002', 'labs/day-002.ipynb'));
      const afterLab = parse(linked);
      assert.deepStrictEqual(afterLab.days.map((day) => [day.number, day.title]), read.days.map((day) => [day.number, day.title]));
      assert.deepStrictEqual(afterLab.days[1].links.map((link) => link.target), ['https://github.com/example/todo', 'labs/day-002.ipynb']);
    }
  });

  it('stamps a day whose line ends in a hard break before the break (a backslash, two spaces), and takes the stamp back', () => {
    for (const [number, line] of [[6, `**Day 6:** fetch and JSON \u2705 ${D}\\`], [5, `**Day 5:** async and await \u2705 ${D}  `]] as const) {
      const day = plan.days.find((d) => d.number === number)!;
      const done = applied(text, markDayComplete(text, day, { date: D, checkTasks: true, journal: false }));
      assert.strictEqual(done.split('\n')[day.line], line);
      const reread = parse(done);
      assert.deepStrictEqual(days(reread), days(plan));
      assert.deepStrictEqual(reread.days.filter((d) => d.done).map((d) => d.number), [4, number]);
      assert.strictEqual(applied(done, markDayIncomplete(done, reread.days.find((d) => d.number === number)!)), text);
    }
  });

  it('a paragraph day takes a skip as a heading does (replan --skip, Skip Day; a trial\'s log was refused one), and undone takes it back', () => {
    for (const number of [2, 6]) {
      const day = plan.days.find((d) => d.number === number)!;
      const edits = skipDayEdit(new Lines(text), day, D);
      assert.ok(typeof edits !== 'string', String(edits));
      const skipped = applied(text, { ok: true, edits, summary: '' });
      const line = skipped.split('\n')[day.line];
      assert.ok(number === 2 ? line.endsWith(`[repo](https://github.com/example/todo) \u23ED ${D}`) : line === `**Day 6:** fetch and JSON \u23ED ${D}\\`, line);
      const reread = parse(skipped);
      assert.deepStrictEqual(days(reread), days(plan), 'the title keeps no mark; every day stays');
      assert.deepStrictEqual(reread.days.filter((d) => d.skipped).map((d) => d.number), [number]);
      assert.strictEqual(applied(skipped, markDayIncomplete(skipped, reread.days.find((d) => d.number === number)!)), text);
      // Done after all: done, its ⏭ kept as a record.
      const done = applied(skipped, markDayComplete(skipped, reread.days.find((d) => d.number === number)!, { date: D, checkTasks: true, journal: false }));
      const after = parse(done).days.find((d) => d.number === number)!;
      assert.deepStrictEqual([after.done, after.skipped, after.title], [true, false, plan.days.find((d) => d.number === number)!.title]);
    }
  });

  it('a session and a lab link of a day a line go in as lines of its text, ended as its line is (a review\'s: a list item made its `\\` a backslash)', () => {
    const day6 = plan.days.find((d) => d.number === 6)!;
    const logged = applied(text, logSession(text, plan, day6, { date: D, from: null, to: null, minutes: 30 }));
    assert.strictEqual(logged, text.replace('**Day 6:** fetch and JSON\\\n', `**Day 6:** fetch and JSON\\\n\u23F1 ${D} (30 min)\\\n`));
    assert.deepStrictEqual(parse(logged).days.map((d) => [d.title, d.sessions.length]), plan.days.map((d) => [d.title, d.number === 6 ? 1 : 0]));
    const linked = applied(text, addLabLink(text, day6, 'day-006', 'labs/day-006.ipynb'));
    assert.strictEqual(linked, text.replace('**Day 6:** fetch and JSON\\\n', '**Day 6:** fetch and JSON\\\n**Lab:** [day-006](labs/day-006.ipynb)\\\n'));
    assert.deepStrictEqual(parse(linked).days.map((d) => d.title), plan.days.map((d) => d.title));
  });

  it('a second session goes after the first: in a day a line\'s text, and in a list under a day alone in its paragraph (a trial\'s went above it, as a bare line)', () => {
    const session = (minutes: number): { date: string; from: null; to: null; minutes: number } => ({ date: D, from: null, to: null, minutes });
    const thrice = (log: string, number: number): string => [10, 20, 30].reduce((now, minutes) => {
      const read = parse(now);
      return applied(now, logSession(now, read, read.days.find((d) => d.number === number)!, session(minutes)));
    }, log);
    const alone = '# My coding log\n\n**Day 1:** Setup.\n\n**Day 2:** Arrays.\n\n**Day 3:** Loops.\n';
    const listed = thrice(alone, 2);
    assert.strictEqual(listed, alone.replace('Arrays.\n', `Arrays.\n- \u23F1 ${D} (10 min)\n- \u23F1 ${D} (20 min)\n- \u23F1 ${D} (30 min)\n`));
    assert.deepStrictEqual(parse(listed).days.map((d) => d.sessions.map((s) => s.minutes)), [[], [10, 20, 30], []]);
    const lines = '# My coding log\n\n**Day 1:** Setup.\n**Day 2:** Arrays.\n**Day 3:** Loops.\n';
    const inText = thrice(lines, 2);
    assert.strictEqual(inText, lines.replace('Arrays.\n', `Arrays.\n\u23F1 ${D} (10 min)\n\u23F1 ${D} (20 min)\n\u23F1 ${D} (30 min)\n`));
    assert.deepStrictEqual(parse(inText).days.map((d) => d.sessions.map((s) => s.minutes)), [[], [10, 20, 30], []]);
    // Under a heading, a day's first line is its paragraph's first: its session is a list item.
    const headed = '# Log\n\n## Week 1\n**Day 1:** Setup.\n\n**Day 2:** Arrays.\n\n**Day 3:** Loops.\n';
    assert.strictEqual(thrice(headed, 1), headed.replace('Setup.\n', `Setup.\n- \u23F1 ${D} (10 min)\n- \u23F1 ${D} (20 min)\n- \u23F1 ${D} (30 min)\n`));
  });

  it('on the last day of a day-a-line paragraph too, so that the next day the learner adds is a day (a trial\'s Day 7 was lost)', () => {
    for (const log of ['# Log\n\nDay 4/100: z\nDay 5/100: a\nDay 6/100: b\n', '# Log\n\nDay 4/100: z\nDay 5/100: a\nDay 6/100: b', '# Log\r\n\r\n**Day 4:** z\\\r\n**Day 5:** a\\\r\n**Day 6:** b\r\n']) {
      const eol = log.includes('\r\n') ? '\r\n' : '\n';
      const read = parse(log);
      const last = read.days[2];
      const logged = applied(log, logSession(log, read, last, { date: D, from: null, to: null, minutes: 20 }));
      const linked = applied(log, addLabLink(log, last, 'day-006', 'l.ipynb'));
      for (const after of [logged, linked]) {
        const next = `${after}${after.endsWith(eol) ? '' : eol}${log.includes('**') ? '**Day 7:** c' : 'Day 7/100: c'}${eol}`;
        assert.deepStrictEqual(parse(next).days.map((d) => d.number), [4, 5, 6, 7], JSON.stringify(next));
      }
      assert.strictEqual(parse(logged).days[2].sessions.length, 1);
      assert.ok(logged.includes(`${eol}\u23F1 ${D} (20 min)`), JSON.stringify(logged));
      assert.ok(linked.includes(`${eol}**Lab:** [day-006](l.ipynb)`), JSON.stringify(linked));
    }
  });

  it('a line indented as code is no day of its own, and a lab link before it keeps it (a review\'s day turned code)', () => {
    const indented = '# #100DaysOfCode log\n\nDay 1/100: learned git\n    Day 2/100: todo app\nDay 3/100: closures\nDay 4/100: more\n';
    const read = parse(indented);
    assert.deepStrictEqual(read.days.map((d) => d.number), [1, 3, 4]);
    const linked = applied(indented, addLabLink(indented, read.days[0], 'day-001', 'l.ipynb'));
    assert.deepStrictEqual(parse(linked).days.map((d) => d.title), read.days.map((d) => d.title));
  });

  it('a ✅ written before a hard break stays readable, and undone takes it, once the paragraph ends after it (a review\'s)', () => {
    const log = '# Log\n\n**Day 5:** a\n**Day 6:** fetch\\\n**Day 7:** b\n';
    const done = applied(log, markDayComplete(log, parse(log).days[1], { date: D, checkTasks: true, journal: false }));
    assert.strictEqual(done, log.replace('fetch\\', `fetch \u2705 ${D}\\`));
    const apart = done.replace(`${D}\\\n`, `${D}\\\n\n`);
    const day6 = parse(apart).days[1];
    assert.deepStrictEqual([day6.title, day6.done], ['Day 6: fetch', true]);
    assert.strictEqual(applied(apart, markDayIncomplete(apart, day6)), log.replace('fetch\\\n', 'fetch\\\n\n'));
    // A thematic break after a day's line ends its paragraph: the `\\` there is the title's, the stamp goes after it.
    const ruled = '# Log\n\nDay 1/100: a\nDay 2/100: b\nDay 3/100: path C:\\\n***\n';
    const last = parse(ruled).days[2];
    assert.strictEqual(applied(ruled, markDayComplete(ruled, last, { date: D, checkTasks: true, journal: false })), ruled.replace('C:\\', `C:\\ \u2705 ${D}`));
  });

  it('reads a session written as a line of the day\'s own text (`⏱ date (30 min)`, no list marker)', () => {
    const log = parse('# Log\n\nDay 1/100: a\n\u23F1 2026-11-30 (30 min)\nDay 2/100: b\nDay 3/100: c\n');
    assert.deepStrictEqual(log.days.map((day) => day.sessions.map((s) => s.minutes)), [[30], [], []]);
  });
});
