// Days written as list items with no box (`## Week 1` over `- Day 1: Variables`): a trial's plan of that shape had no
// day to mark ("No plan with days found"), and a #100DaysOfCode log kept as a list was no plan at all.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { addLabLink, Lines, logSession, markDayComplete, markDayIncomplete, plannedDateEdit, skipDayEdit, whyMaybePlan, type ParsedPlan, type PlanNode } from '../../src/core';
import { applied } from './edits/applyBytes';
import { outline, parse } from './helpers';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

const D = '2026-12-01';
const S = `\u2705 ${D}`;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function lineOf(text: string, line: number): string {
  return text.split('\n')[line];
}

describe('format: days written as list items with no box (formats/list-days.md)', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'formats', 'list-days.md'), 'utf8');
  const plan = parse(text, 'file:///formats/list-days.md');
  const day = (p: ParsedPlan, n: number): PlanNode => p.days.find((d) => d.number === n)!;

  it('reads `- Day 1: Variables` as a day: the marks at the end of its first line, what is nested in it its own', () => {
    assert.deepStrictEqual(outline(plan.root), [
      'section:Python in three weeks',
      '  module:Week 1: Basics',
      '    day:Day 1: Variables and types', '    day:Day 2 - Loops', '    day:Day 3: Functions', '    day:Day 4: Review',
      '  module:Week 2: Modules',
      '    day:Day 5: Imports', '    day:Days 6-7: A small project',
      '  module:Week 3',
    ]);
    assert.deepStrictEqual(plan.days.map((d) => [d.form, d.line, d.titleEndLine, d.endLine, d.done, d.doneDate, d.skipped, d.planned]), [
      ['item', 6, 6, 7, true, '2026-11-16', false, null],
      ['item', 7, 7, 11, false, null, false, null],
      ['item', 11, 11, 12, false, null, false, '2026-11-21'],
      ['item', 12, 12, 14, false, null, true, null],
      ['item', 18, 18, 20, false, null, false, null],
      ['item', 20, 20, 22, false, null, false, null],
    ]);
    const loops = day(plan, 2);
    assert.deepStrictEqual([loops.tasks.map((t) => t.line), loops.links.map((l) => l.line), loops.sessions.map((s) => [s.line, s.minutes])], [[8, 9], [8], [[10, 40]]]);
    // No box: no task of its own, and its bold label is its title, no field.
    assert.deepStrictEqual([day(plan, 1).tasks, day(plan, 3).fields], [[], []]);
    // What follows the list is the week's; prose items stay the week's text.
    assert.deepStrictEqual(plan.root.children[0].children[0].links.map((l) => l.line), [14]);
    assert.deepStrictEqual(plan.root.children[0].children[2].children, []);
  });

  it('done stamps the end of its first line (and checks its tasks); undone gives the bytes back, LF and CRLF', () => {
    for (const eol of ['\n', '\r\n']) {
      const source = text.replace(/\n/g, eol);
      const read = parse(source);
      for (const n of [2, 5, 6]) {
        const done = applied(source, markDayComplete(source, day(read, n), { date: D, checkTasks: true, journal: false }));
        const reread = parse(done);
        assert.deepStrictEqual([day(reread, n).done, day(reread, n).doneDate], [true, D], `Day ${n}`);
        assert.deepStrictEqual(reread.days.map((d) => d.title), read.days.map((d) => d.title), 'every title as it was');
        assert.strictEqual(applied(done, markDayIncomplete(done, day(reread, n))), source, `Day ${n} undone`);
      }
    }
    const done = applied(text, markDayComplete(text, day(plan, 5), { date: D, checkTasks: true, journal: false }));
    assert.deepStrictEqual(done.split('\n').slice(18, 20), [`1. Day 5: Imports ${S}`, '   with a second line']);
    // Done already by its stamp: nothing written.
    const again = markDayComplete(text, day(plan, 1), { date: D, checkTasks: true, journal: false });
    assert.deepStrictEqual(again.ok ? again.edits : again.message, []);
  });

  it('is stamped before a hard break\'s backslash or two spaces, as a paragraph day is; undone and unskip give the bytes back', () => {
    const breaks = '## Week 1\n- Day 1: A  \n  more\n- Day 2: B\\\n  more\n- Day 3: C\\\n- Day 4: D\n';
    const read = parse(breaks, 'file:///ws/study.md');
    const done = (text: string, n: number): string => applied(text, markDayComplete(text, day(parse(text), n), { date: D, checkTasks: true, journal: false }));
    const all = done(done(done(breaks, 1), 2), 3);
    assert.deepStrictEqual(all.split('\n').slice(1, 7), [`- Day 1: A ${S}  `, '  more', `- Day 2: B ${S}\\`, '  more', `- Day 3: C\\ ${S}`, '- Day 4: D']);
    assert.deepStrictEqual(parse(all).days.map((d) => [d.title, d.done]), read.days.map((d) => [d.title, d.number !== 4]));
    let back = all;
    for (const n of [2, 1, 3]) back = applied(back, markDayIncomplete(back, day(parse(back), n)));
    assert.strictEqual(back, breaks);
    const skipped = applied(breaks, { ok: true, edits: skipDayEdit(new Lines(breaks), day(read, 2), D) as never, summary: '' });
    assert.strictEqual(lineOf(skipped, 3), `- Day 2: B \u23ED ${D}\\`);
    assert.strictEqual(applied(skipped, markDayIncomplete(skipped, day(parse(skipped), 2))), breaks);
  });

  it('takes a skip, a planned date, a session and a lab link as a heading day does', () => {
    const skipped = applied(text, { ok: true, edits: skipDayEdit(new Lines(text), day(plan, 5), D) as never, summary: '' });
    assert.strictEqual(lineOf(skipped, 18), `1. Day 5: Imports \u23ED ${D}`);
    assert.deepStrictEqual([day(parse(skipped), 5).skipped, day(parse(skipped), 5).title], [true, 'Day 5: Imports']);
    const planned = applied(text, { ok: true, edits: [plannedDateEdit(new Lines(text), day(plan, 3), '2026-11-25') as never], summary: '' });
    assert.strictEqual(lineOf(planned, 11), '- **Day 3:** Functions \u{1F4C5} 2026-11-25');
    assert.strictEqual(day(parse(planned), 3).planned, '2026-11-25');
    const logged = applied(text, logSession(text, plan, day(plan, 6), { date: D, from: null, to: null, minutes: 30 }));
    assert.deepStrictEqual(day(parse(logged), 6).sessions.map((s) => s.minutes), [30]);
    assert.deepStrictEqual(parse(logged).days.map((d) => d.title), plan.days.map((d) => d.title));
    const linked = applied(text, addLabLink(text, day(plan, 1), 'day-001', 'labs/day-001.ipynb'));
    assert.deepStrictEqual(day(parse(linked), 1).links.map((l) => l.target), ['labs/day-001.ipynb']);
    assert.deepStrictEqual(parse(linked).days.map((d) => d.title), plan.days.map((d) => d.title));
  });

  it('its title is its first line, the lines below it its text; a lab link and a session go after that text', () => {
    const wrapped = '# Study\n\n## Week 1\n- Day 1: Variables  \n  Read chapter 2\n- Day 2: Functions\n  Learn let and const. \u2705 2026-11-16\n  - [ ] exercise\n';
    const read = parse(wrapped);
    assert.deepStrictEqual(read.days.map((d) => [d.title, d.line, d.titleEndLine, d.bodyLine, d.done]), [['Day 1: Variables', 3, 3, 5, false], ['Day 2: Functions', 5, 5, 7, false]]);
    const done = applied(wrapped, markDayComplete(wrapped, day(read, 2), { date: D, checkTasks: false, journal: false }));
    assert.strictEqual(lineOf(done, 5), `- Day 2: Functions ${S}`);
    assert.strictEqual(applied(done, markDayIncomplete(done, day(parse(done), 2))), wrapped);
    const linked = applied(wrapped, addLabLink(wrapped, day(read, 1), 'day-001', 'labs/day-001.ipynb'));
    assert.deepStrictEqual(linked.split('\n').slice(3, 6), ['- Day 1: Variables  ', '  Read chapter 2', '  - **Lab:** [day-001](labs/day-001.ipynb)']);
    const lazy = '# Study\n\n## Week 1\n- Day 1: a\n- Day 2: Functions\nlazy continuation\n';
    const logged = applied(lazy, logSession(lazy, parse(lazy), day(parse(lazy), 2), { date: D, from: null, to: null, minutes: 15 }));
    assert.deepStrictEqual(logged.split('\n').slice(4, 7), ['- Day 2: Functions', 'lazy continuation', `  - \u23F1 ${D} (15 min)`]);
    // A planned date goes before a hard break's backslash too (a review's went after it).
    const broken = '---\nstart: 2026-11-23\n---\n# Study\n\n## Week 1\n- Day 1: a\n- Day 2: Loops\\\n  second line\n';
    const planned = applied(broken, { ok: true, edits: [plannedDateEdit(new Lines(broken), day(parse(broken), 2), '2026-11-27') as never], summary: '' });
    assert.strictEqual(lineOf(planned, 7), '- Day 2: Loops \u{1F4C5} 2026-11-27\\');
    assert.strictEqual(day(parse(planned), 2).planned, '2026-11-27');
  });

  it('is no plan in a trip\'s list, no day beside day headings, alone, inside a day, or as prose; a challenge\'s count needs no learning word', async () => {
    const trip = '# Japan\n\n- Day 1: Tokyo\n- **Day 2:** Kyoto\n- Day 3: Osaka\n';
    // Days of no plan, as a trip's table's are: a command says why (a trial read "has no days" beside them).
    assert.deepStrictEqual([parse(trip, 'file:///ws/japan.md').isPlan, parse(trip, 'file:///ws/japan.md').days.length], [false, 3]);
    const dir = tempDir('lp-trip-');
    fs.writeFileSync(path.join(dir, 'japan.md'), trip);
    let err = '';
    assert.strictEqual(await runCli(['done', path.join(dir, 'japan.md'), '1'], { out: () => undefined, err: (t) => (err += t) }), 1);
    assert.match(err, /japan\.md is read as no plan: its days say nothing of study .*, or `## Week 1` headings over its days, makes it one; nothing written/);
    assert.strictEqual(whyMaybePlan(utf8(trip), 'file:///ws/japan.md'), null);
    // The same list in a file that speaks of learning, or counting a challenge's days: days.
    for (const [log, name] of [['# #100DaysOfCode\n\n- Day 1: git\n- Day 2: todo\n', 'log.md'], ['# Log\n\n- Day 1/100: git\n- Day 2/100: todo\n', 'log.md'], ['# Log\n\n- R1D1 Started the challenge\n- R1D2 Loops\n', 'log.md'], [trip, 'study-japanese.md']] as const) {
      const read = parse(log, `file:///ws/${name}`);
      assert.deepStrictEqual([read.isPlan, read.days.map((d) => d.form)], [true, ['item', 'item', 'item'].slice(0, read.days.length)], log);
      assert.ok(read.days.length >= 2, log);
      assert.strictEqual(whyMaybePlan(utf8(log), `file:///ws/${name}`), 'item days', log);
    }
    // Rounds count where another day of the round is listed: droids are no challenge's days (a review's).
    const droids = parse('# Droids\n\n- R2D2 astromech\n- R5D4 bad motivator\n', 'file:///ws/droids.md');
    assert.deepStrictEqual([droids.isPlan, droids.days.length], [false, 2]);
    assert.strictEqual(parse('# Log\n\n- R2D1 back at it\n- R2D2 loops\n', 'file:///ws/log.md').isPlan, true);
    // An overview list beside day headings, one alone, and items inside a day are no days.
    assert.deepStrictEqual(parse('# Plan\n\n- Day 1: intro\n- Day 2: loops\n\n## Week 1\n### Day 1\n### Day 2\n').days.map((d) => d.form), ['heading', 'heading']);
    assert.deepStrictEqual(parse('## Week 1\n- Day 1: intro\n- notes\n').days, []);
    assert.deepStrictEqual(parse('## Week 1\n### Day 1\n- Day 1: recap\n- Day 2: prepare\n').days.map((d) => d.form), ['heading']);
    assert.deepStrictEqual(parse('## Week 1\n- Day 1 was long\n- Day 2 too\n- Read day 3 notes\n').days, []);
    // Nested in a task's item: notes of the task (a review's `done 1` stamped one); but in a week written as a task, days.
    assert.deepStrictEqual(parse('## Week 1\n- [x] Watch the lectures\n  - Day 1: lecture 1\n  - Day 2: lecture 2\n').days, []);
    assert.deepStrictEqual(parse('# Study\n\n- [ ] Week 1: Basics\n  - Day 1: SELECT\n  - Day 2: JOINs\n').days.map((d) => d.title), ['Day 1: SELECT', 'Day 2: JOINs']);
    // A trip's list beside what makes the file a plan otherwise (a packing list's boxes): text, as before (a review's).
    const packing = parse('# Packing list for Japan\n- Day 1: Tokyo\n- Day 2: Kyoto\n- [ ] passport\n');
    assert.deepStrictEqual([packing.days, packing.isPlan], [[], false]);
    // The pre-filter lets through what the parser reads: a learning word in the items themselves, and an item whose
    // text starts on the line after its marker (a review's two).
    for (const text of ['Notes\n\n- Day 1: learn a\n- Day 2: b\n', '# Study notes\n\n1.\n    Day 1: Variables\n\n10.\n    Day 2: Loops\n', '# Study notes\n\n-\n  Day 1: Variables\n-\n  Day 2: Loops\n', 'Day 1 of 100: a\n\nDay 2 of 100: b\n\nDay 3 of 100: c\n', '- Day 1 &#111;f 100: a\n- Day 2 &#111;f 100: b\n']) {
      assert.ok(parse(text, 'file:///ws/notes.md').isPlan, text);
      assert.notStrictEqual(whyMaybePlan(utf8(text), 'file:///ws/notes.md'), null, text);
    }
  });
});
