// Where a session (⏱) or pause (⏸) line goes under a day (src/core/timer/sessionLog.ts), before/after, and
// what the learner is told. Written from the mutation run's survivor list (test/mutation/small-folders.json).
import * as assert from 'assert';
import { logPause, logSession, type SessionMark } from '../../../src/core';
import { applied } from '../edits/applyBytes';
import { lines, parse } from '../helpers';
import { assertLinear } from '../linearTime';

const session = { date: '2026-11-22', from: '19:05', to: '19:50', minutes: 45 };
const LINE = '- \u23F1 2026-11-22 19:05-19:50 (45 min)';
/** A session logged before (its line without the list marker). */
const OLD = '\u23F1 2026-11-21 18:00-18:30 (30 min)';

function log(text: string, day = 0): string {
  const plan = parse(text);
  const outcome = logSession(text, plan, plan.days[day], session);
  return outcome.ok ? applied(text, outcome) : `refused: ${outcome.message}`;
}

describe('session lines: where they go', () => {
  const table: [string, string[], string[]][] = [
    ['after a list in a list item day', ['- ### Day 1', '  - [ ] read', '- other'], ['- ### Day 1', '  - [ ] read', `  ${LINE}`, '- other']],
    ['after a quoted paragraph and its lazy line', ['> ### Day 1', '> text', 'lazy', '', 'after'], ['> ### Day 1', '> text', 'lazy', `> ${LINE}`, '', 'after']],
    ['after a quoted day that ends where the quote does', ['> ### Day 1', '> - [ ] a', '', '> ### Day 2'], ['> ### Day 1', '> - [ ] a', `> ${LINE}`, '', '> ### Day 2']],
    ['after an HTML block, a blank line between', ['### Day 1', '<div>', 'x', '</div>', '', '### Day 2'], ['### Day 1', '<div>', 'x', '</div>', '', LINE, '', '### Day 2']],
    ['an HTML block runs to a blank line, a heading inside it too', ['### Day 1', '<div>', '### Day 2'], ['### Day 1', '<div>', '### Day 2', '', LINE]],
    ['after an indented code block', ['### Day 1', '', '    code', '', '### Day 2'], ['### Day 1', '', '    code', LINE, '', '### Day 2']],
    ['after a closed tilde fence', ['### Day 1', '~~~', 'x', '~~~', '### Day 2'], ['### Day 1', '~~~', 'x', '~~~', LINE, '### Day 2']],
    ['before a fence left open, whatever its kind', ['### Day 1', 'text', '', '~~~', 'x'], ['### Day 1', 'text', LINE, '', '~~~', 'x']],
    ['before a fence opened on the day\'s last line', ['### Day 1', 'text', '```'], ['### Day 1', 'text', LINE, '', '```']],
    ['after a fence closed by a longer run', ['### Day 1', '```', 'x', '`````', '### Day 2'], ['### Day 1', '```', 'x', '`````', LINE, '### Day 2']],
    ['under the heading when the day has no content', ['### Day 1', '', '### Day 2'], ['### Day 1', LINE, '', '### Day 2']],
    ['in a nested quote, after its lazy line', ['> > ### Day 1', '> > para', '> lazy', '', 'after'], ['> > ### Day 1', '> > para', '> lazy', `> > ${LINE}`, '', 'after']],
    ['in a nested quote, after its tasks and their lazy line', ['> > ### Day 1', '> > - [ ] a', '> lazy', '', 'after'], ['> > ### Day 1', '> > - [ ] a', '> lazy', `> > ${LINE}`, '', 'after']],
    ['in a nested quote that ends before the outer one does', ['> > ### Day 1', '> > para', '>', '> outer', '', 'after'], ['> > ### Day 1', '> > para', `> > ${LINE}`, '>', '> outer', '', 'after']],
    ['in a list item in a quote, not under the next item', ['> - ### Day 1', '>   para', '> - x'], ['> - ### Day 1', '>   para', `>   ${LINE}`, '> - x']],
    ['in a list item, before a thematic break that ends the list', ['- ### Day 1', '  para', '---', 'more text'], ['- ### Day 1', '  para', `  ${LINE}`, '', '---', 'more text']],
    ['in a list item, before an HTML block that ends the list', ['- ### Day 1', '  para', '<div>', 'x', '</div>'], ['- ### Day 1', '  para', `  ${LINE}`, '', '<div>', 'x', '</div>']],
    ['in a list item, after an inline tag that continues its paragraph', ['- ### Day 1', '  para', '<b>bold</b> lazy', '', 'after'], ['- ### Day 1', '  para', '<b>bold</b> lazy', `  ${LINE}`, '', 'after']],
    ['inside a list item day, not under the next item (a list item is never a lazy line)', ['- ### Day 1', '  - [ ] read', '1. other'], ['- ### Day 1', '  - [ ] read', `  ${LINE}`, '1. other']],
    // Sessions kept under a sub-heading of the day: the new one follows them (it went above the sub-heading).
    ['after the last session kept under a sub-heading of the day', ['### Day 1', '- [ ] read', '#### Study log', `- ${OLD}`, `- ${OLD}`, '', 'notes', '### Day 2'], ['### Day 1', '- [ ] read', '#### Study log', `- ${OLD}`, `- ${OLD}`, LINE, '', 'notes', '### Day 2']],
    ['after one nested in a list under a sub-heading, indented as it is', ['### Day 1', '#### Log', '- Sessions:', `  - ${OLD}`, '', '## Notes'], ['### Day 1', '#### Log', '- Sessions:', `  - ${OLD}`, `  ${LINE}`, '', '## Notes']],
    ['not after a session whose item goes on (its next line continues it): after the day\'s own content', ['### Day 1', 'text', '#### Log', `- ${OLD}`, '  more of it'], ['### Day 1', 'text', LINE, '#### Log', `- ${OLD}`, '  more of it']],
    // A list of notes a label heads ends the day: the session goes above the label (a trial's read as a learning).
    ['not into a list a bold label heads: above the label', ['### Day 1', '- [x] a', '', '**Key learnings**', '- one', '- two', '### Day 2'], ['### Day 1', '- [x] a', LINE, '', '**Key learnings**', '- one', '- two', '### Day 2']],
    ['not into a list a label with a colon heads, a blank line between', ['### Day 1', '- [x] a', '', 'Key learnings:', '', '- one', '### Day 2'], ['### Day 1', '- [x] a', LINE, '', 'Key learnings:', '', '- one', '### Day 2']],
    ['after a closed fence, above the label of the list after it', ['### Day 1', '```', 'x', '```', '', '**Notes:**', '- one'], ['### Day 1', '```', 'x', '```', LINE, '', '**Notes:**', '- one']],
    ['after a session logged above the label before', ['### Day 1', '- [x] a', `- ${OLD}`, '', '**Key learnings**', '- one'], ['### Day 1', '- [x] a', `- ${OLD}`, LINE, '', '**Key learnings**', '- one']],
    ['into a list of tasks a label heads (a session goes with the tasks)', ['### Day 1', 'Text.', '', '**Tasks:**', '- [ ] a'], ['### Day 1', 'Text.', '', '**Tasks:**', '- [ ] a', LINE]],
    ['into a list a paragraph of prose introduces (no label)', ['### Day 1', 'I read a lot today', '- one'], ['### Day 1', 'I read a lot today', '- one', LINE]],
    // Only a label of notes: a label of the day's work (`**Tasks:**`) heads its list of work, where a session goes too;
    // a list that holds sessions already is the log (a review's: the log would grow in two places).
    ['into a list a label of the day\'s work heads', ['### Day 1', '**Objective:** loops', '', '**Tasks:**', '- Read chapter 3'], ['### Day 1', '**Objective:** loops', '', '**Tasks:**', '- Read chapter 3', LINE]],
    ['after the sessions in a labelled list (the log grows in one place)', ['### Day 1', '- [x] a', '', '**Key learnings**', '- one', `- ${OLD}`], ['### Day 1', '- [x] a', '', '**Key learnings**', '- one', `- ${OLD}`, LINE]],
    ['not into a list a label of notes heads, bold with its colon outside', ['### Day 1', 'Read.', '', '**Reflection**:', '- hard'], ['### Day 1', 'Read.', LINE, '', '**Reflection**:', '- hard']],
    ['under the heading when the label is the day\'s first line (a blank line keeps the label out of the new item)', ['### Day 1', '**Key learnings**', '- one'], ['### Day 1', LINE, '', '**Key learnings**', '- one']],
    ['not after a session of the next day', ['### Day 1', 'text', '### Day 2', '#### Log', `- ${OLD}`], ['### Day 1', 'text', LINE, '### Day 2', '#### Log', `- ${OLD}`]],
  ];
  for (const [what, before, after] of table) {
    it(what, () => assert.strictEqual(log(lines(...before)), lines(...after)));
  }
});

describe('session lines: a hostile label', () => {
  it('a long line above a list is read as a label in linear time (a review\'s took 1.6 s for 40,000 spaces)', function () {
    this.timeout(120_000);
    const growth = assertLinear('labelled list', (scale) => lines('### Day 1', '- [x] a', '', `${' '.repeat(400 * scale)}x${' '.repeat(400 * scale)}`, '- one'), (text) => {
      assert.ok(log(text).includes(LINE));
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });
});

describe('session lines: what the learner reads', () => {
  it('a summary that names the day, by number or by title', () => {
    const numbered = lines('### Day 3', '- [ ] a');
    const plan = parse(numbered);
    const outcome = logSession(numbered, plan, plan.days[0], session);
    assert.ok(outcome.ok && outcome.summary === 'Logged 45 min on Day 3', outcome.ok ? outcome.summary : outcome.message);
    const journal = lines('# Journal', '## Monday', 'read', '## Tuesday', 'read');
    const days = parse(journal);
    const monday = logSession(journal, days, days.days[0], session);
    assert.ok(monday.ok && monday.summary === 'Logged 45 min on "Monday"', monday.ok ? monday.summary : monday.message);
    const one = logPause(numbered, plan, plan.days[0], { from: '2026-11-28', to: '2026-11-28' });
    assert.ok(one.ok && one.summary === 'Paused 2026-11-28 under Day 3', one.ok ? one.summary : one.message);
    const range = logPause(numbered, plan, plan.days[0], { from: '2026-12-24', to: '2026-12-26' });
    assert.ok(range.ok && range.summary === 'Paused 2026-12-24..2026-12-26 under Day 3', range.ok ? range.summary : range.message);
  });

  it('a session like one already logged under the day is logged and said (a command run twice by mistake counts twice); one with its hours over another\'s is refused', () => {
    const summary = (text: string, mark: SessionMark = session): string => {
      const plan = parse(text);
      const outcome = logSession(text, plan, plan.days[0], mark);
      return outcome.ok ? outcome.summary : `refused: ${outcome.message}`;
    };
    const twice = 'Logged 45 min on Day 3; the same session was logged there before, and both count (remove a line if this was it)';
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-22 (45 min)'), { ...session, from: null, to: null }), twice);
    // The same hours, or hours over another session's on that date: no second session (a trial's was written twice).
    assert.strictEqual(summary(lines('### Day 3', LINE)), 'refused: a session from 19:05 to 19:50 on 2026-11-22 is logged on line 2 already, and this one (19:05 to 19:50) overlaps it');
    assert.match(summary(lines('### Day 3', '- \u23F1 2026-11-22 19:35-20:00 (25 min)')), /^refused: a session from 19:35 to 20:00 on 2026-11-22 is logged on line 2 already/);
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-22 23:30-00:30 (60 min)')), 'Logged 45 min on Day 3', 'past midnight, hours of the next date');
    // A session past midnight runs into the next date (a trial's half hour counted twice): either way round.
    const late = { date: '2026-11-23', from: '00:00', to: '00:30', minutes: 30 };
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-22 23:30-00:30 (60 min)'), late), 'refused: a session from 23:30 to 00:30 on 2026-11-22 is logged on line 2 already, and this one (00:00 to 00:30) overlaps it');
    assert.match(summary(lines('### Day 3', '- \u23F1 2026-11-23 00:10-00:40 (30 min)'), { date: '2026-11-22', from: '23:45', to: '00:15', minutes: 30 }), /^refused: a session from 00:10 to 00:40 on 2026-11-23/);
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-22 23:30-00:30 (60 min)'), { ...late, from: '00:30', to: '01:00' }), 'Logged 30 min on Day 3', 'from where it ends');
    assert.match(summary(lines('### Day 3', '### Day 4', LINE)), /^refused: a session from 19:05 to 19:50 on 2026-11-22 is logged on line 3 already/, 'under another day');
    // A whole day from 23:50 to 23:50 holds the next morning's hours (a hostile trial's were taken beside it); its
    // hours past midnight fill the next date, not its own (its own date had 10 minutes, and took 1 h 30 min more).
    const whole = '- \u23F1 2026-11-22 23:50-23:50 (24 h)';
    assert.match(summary(lines('### Day 3', whole), { date: '2026-11-23', from: '10:00', to: '10:30', minutes: 30 }), /^refused: /);
    assert.strictEqual(summary(lines('### Day 3', whole), { date: '2026-11-22', from: '12:00', to: '13:30', minutes: 90 }), 'Logged 1 h 30 min on Day 3');
    assert.strictEqual(summary(lines('### Day 3', whole), { date: '2026-11-23', from: null, to: null, minutes: 30 }), 'refused: 23 h 50 min is logged on 2026-11-23 in this plan already: 30 min more would make more than 24 h that day');
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-22 (23 h 50 min)'), { date: '2026-11-22', from: '23:00', to: '01:00', minutes: 120 }), 'refused: 23 h 50 min is logged on 2026-11-22 in this plan already: 1 h more would make more than 24 h that day');
    // Split by the clock: hours that end before midnight are all their date's, whatever minutes they say (a review's).
    assert.strictEqual(summary(lines('### Day 3', '- \u23F1 2026-11-10 22:00-23:00 (3 h)'), { date: '2026-11-11', from: null, to: null, minutes: 23 * 60 + 30 }), 'Logged 23 h 30 min on Day 3');
    for (const other of ['- \u23F1 2026-11-21 19:05-19:50 (45 min)', '- \u23F1 2026-11-22 18:05-18:50 (45 min)', '- \u23F1 2026-11-22 (45 min)', '- \u23F1 2026-11-22 19:50-20:20 (30 min)', '- \u23F1 2026-11-22 18:35-19:05 (30 min)']) {
      assert.strictEqual(summary(lines('### Day 3', other)), 'Logged 45 min on Day 3', other);
    }
  });

  it('a pause kept under a sub-heading is followed by the next one, a session is not (each follows its own kind)', () => {
    const text = lines('### Day 1', 'text', '#### Days off', '- \u23F8 2026-11-20', '');
    const plan = parse(text);
    const pause = logPause(text, plan, plan.days[0], { from: '2026-11-28', to: '2026-11-28' });
    assert.ok(pause.ok);
    assert.strictEqual(applied(text, pause), lines('### Day 1', 'text', '#### Days off', '- \u23F8 2026-11-20', '- \u23F8 2026-11-28', ''));
    assert.strictEqual(log(text), lines('### Day 1', 'text', LINE, '#### Days off', '- \u23F8 2026-11-20', ''));
  });

  it('refuses what is not a day', () => {
    const text = lines('## Week 1', '### Day 1', '- [ ] a');
    const plan = parse(text);
    const week = logSession(text, plan, plan.root.children[0], session);
    assert.deepStrictEqual(week, { ok: false, message: '"Week 1" is not a day' });
  });

  // A row has no line of its own (a trial's table plan could log no time): below the table, naming the row.
  it('a table row\'s session goes below the table, after those logged there, naming the row; the row counts it', () => {
    const logged = (text: string, day: number, mark: SessionMark = session): string => {
      const plan = parse(text);
      return applied(text, logSession(text, plan, plan.days[day], mark));
    };
    const table = lines('| Día | Tema |', '| --- | --- |', '| 1 | a |', '| 2 | b |');
    const once = logged(table, 1);
    assert.strictEqual(once, lines('| Día | Tema |', '| --- | --- |', '| 1 | a |', '| 2 | b |', '', '- \u23F1 2026-11-22 19:05-19:50 (45 min) \u00b7 Día 2'));
    const twice = logged(once, 0, { date: '2026-11-23', from: null, to: null, minutes: 30 });
    assert.strictEqual(twice, `${once}\n- \u23F1 2026-11-23 (30 min) \u00b7 Día 1`);
    assert.deepStrictEqual(parse(twice).days.map((day) => day.sessions.map((s) => s.minutes)), [[30], [45]]);
    // Text after the table stays apart (a blank line between), CRLF kept; a table in a section, in a quote.
    const crlf = lines('## W', '| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |', 'Notes.').replace(/\n/g, '\r\n');
    assert.strictEqual(logged(crlf, 0), `${crlf}\r\n\r\n- \u23F1 2026-11-22 19:05-19:50 (45 min) \u00b7 Day 1`, 'a line of text right after a table is its row');
    const quoted = lines('> | Day | Topic |', '> | --- | --- |', '> | 1 | a |', '> | 2 | b |');
    assert.deepStrictEqual(parse(logged(quoted, 1)).days[1].sessions.length, 1);
    // From a review: a line of text right after a table is its row (GFM), the session goes after it; a list right
    // after the table keeps its own (the session's bullet differs); a row of days 2-3 is named so and counts.
    const lazy = lines('| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |', 'More text.', '');
    assert.strictEqual(logged(lazy, 0), lazy.replace('More text.\n', 'More text.\n\n- \u23F1 2026-11-22 19:05-19:50 (45 min) \u00b7 Day 1\n'));
    const list = lines('| Day | Topic |', '| --- | --- |', '| 1 | a |', '| 2 | b |', '', '- [ ] Extra', '- [ ] Another', '');
    assert.strictEqual(logged(list, 0), list.replace('| 2 | b |\n', '| 2 | b |\n\n* \u23F1 2026-11-22 19:05-19:50 (45 min) \u00b7 Day 1\n'));
    const range = lines('| Week | Day | Topic | Status |', '| --- | --- | --- | --- |', '| 1 | 1 | a | |', '| 1 | 2-3 | JOINs | |', '');
    assert.deepStrictEqual(parse(logged(range, 1)).days.map((day) => day.sessions.length), [0, 1]);
  });
});
