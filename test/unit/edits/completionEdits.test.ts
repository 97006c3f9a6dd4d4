import * as assert from 'assert';
import { allTasks, dayName, markDayComplete, markDayIncomplete, setTasksChecked, toggleTasks, type EditOutcome, type ProgressOptions, type PlanNode, type Task } from '../../../src/core';
import { parse } from '../helpers';
import { applyThroughBytes } from './applyBytes';

// Marking days, before / after, with the summary the learner reads (Obsidian Tasks style: one row per case).
const D = '2026-11-21';
const TAIL = '\n**Day 13:** studied arrays\n\n**Day 14:** practiced recursion\n';
type Row = [name: string, before: string, after: string | { refused: string }, summary?: string];

function outcome(row: Row, edit: (text: string, day: PlanNode) => EditOutcome, node: (text: string) => PlanNode = (text) => parse(text).days[0]): void {
  const [, before, after, summary] = row;
  const result = edit(before, node(before));
  if (typeof after === 'object') {
    assert.deepStrictEqual(result, { ok: false, message: after.refused });
    return;
  }
  assert.ok(result.ok, result.ok ? '' : result.message);
  assert.strictEqual(applyThroughBytes(before, result.edits), after);
  assert.strictEqual(result.summary, summary);
}

describe('Mark Day Complete: before, after, and what it says', () => {
  const complete: [Row, ProgressOptions][] = [
    [['a heading and its open tasks', '### Day 1\n- [ ] a\n- [ ] b\n', `### Day 1 \u2705 ${D}\n- [x] a \u2705 ${D}\n- [x] b \u2705 ${D}\n`, `Marked Day 1 complete (\u2705 ${D}), 2 tasks checked`], { date: D, checkTasks: true, journal: false }],
    [['tasks left alone when the setting says so', '### Day 1\n- [ ] a\n- [ ] b\n', `### Day 1 \u2705 ${D}\n- [ ] a\n- [ ] b\n`, `Marked Day 1 complete (\u2705 ${D})`], { date: D, checkTasks: false, journal: false }],
    [['no dates: a bare \u2705, one task', '### Day 1\n- [ ] a\n', '### Day 1 \u2705\n- [x] a\n', 'Marked Day 1 complete (\u2705), 1 task checked'], { date: null, checkTasks: true, journal: false }],
    [['already complete: nothing changes', `### Day 1 \u2705 2026-11-01\n- [x] a\n`, `### Day 1 \u2705 2026-11-01\n- [x] a\n`, 'Day 1 is already complete (2026-11-01)'], { date: D, checkTasks: true, journal: false }],
    [['a journal day is named by its title', '## Monday\ntext\n## Tuesday\n', `## Monday \u2705 ${D}\ntext\n## Tuesday\n`, `Marked "Monday" complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a heading that is a task is checked, not stamped twice', '### [ ] Day 3\n- [ ] a\n### Day 4\n', `### [x] Day 3 \u2705 ${D}\n- [x] a \u2705 ${D}\n### Day 4\n`, 'Marked Day 3 complete, 2 tasks checked'], { date: D, checkTasks: true, journal: false }],
    [['in progress is checked, cancelled stays cancelled', '### Day 1\n- [/] going\n- [-] dropped\n- [ ] open\n', `### Day 1 \u2705 ${D}\n- [x] going \u2705 ${D}\n- [-] dropped\n- [x] open \u2705 ${D}\n`, `Marked Day 1 complete (\u2705 ${D}), 2 tasks checked`], { date: D, checkTasks: true, journal: false }],
    [['a paragraph day: at the end of its first line', `**Day 12:** studied loops\n${TAIL}`, `**Day 12:** studied loops \u2705 ${D}\n${TAIL}`, `Marked Day 12 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a paragraph day with a hard break: before the backslash', `**Day 12:** studied loops \\\nmore\n${TAIL}`, `**Day 12:** studied loops \u2705 ${D} \\\nmore\n${TAIL}`, `Marked Day 12 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a setext heading over two lines: at the end of its text', 'Day 1 - A\nmore title\n---\ntext\n', `Day 1 - A\nmore title \u2705 ${D}\n---\ntext\n`, `Marked Day 1 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a table row: its status cell', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | |\n', `| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u2705 ${D} |\n| 2 | Setup | |\n`, `Marked Day 1 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    // Written as the table's done rows write it: the summary says the date, not a ✅ the cell does not hold.
    [['a table row of done dates: the date alone', '| Day | Topic | Completed |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | 2026-11-20 |\n', `| Day | Topic | Completed |\n|---|---|---|\n| 1 | Intro | ${D} |\n| 2 | Setup | 2026-11-20 |\n`, `Marked Day 1 complete (${D})`], { date: D, checkTasks: true, journal: false }],
    [['a setext heading whose last title line ends with \u2705: already complete', 'Day 1 - A\nmore title \u2705 2026-11-01\n---\ntext\n', 'Day 1 - A\nmore title \u2705 2026-11-01\n---\ntext\n', 'Day 1 is already complete (2026-11-01)'], { date: D, checkTasks: true, journal: false }],
    [['a paragraph day already stamped: already complete', `**Day 12:** studied loops \u2705 2026-11-01\n${TAIL}`, `**Day 12:** studied loops \u2705 2026-11-01\n${TAIL}`, 'Day 12 is already complete (2026-11-01)'], { date: D, checkTasks: true, journal: false }],
    // A backslash that ends the paragraph is text, not a hard break: the stamp goes after it.
    [['a paragraph day of one line ending in a backslash: after it', `**Day 12:** studied loops \\\n${TAIL}`, `**Day 12:** studied loops \\ \u2705 ${D}\n${TAIL}`, `Marked Day 12 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a heading with closing #s: before them', '### Day 1 ###\n', `### Day 1 \u2705 ${D} ###\n`, `Marked Day 1 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
    [['a setext heading ending in #: after it (a setext line has no closing sequence)', 'Day 1 - learn C #\n---\ntext\n', `Day 1 - learn C # \u2705 ${D}\n---\ntext\n`, `Marked Day 1 complete (\u2705 ${D})`], { date: D, checkTasks: true, journal: false }],
  ];
  for (const [row, options] of complete) it(row[0], () => outcome(row, (text, day) => markDayComplete(text, day, options)));

  // The plan as read, the text as it is now: a row or a task line changed meanwhile is refused by name, nothing written.
  const TABLE = '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | |\n';
  it('a table row that lost its cells since the plan was read is refused', () => {
    outcome(['row', '| Day | Topic | Done |\n|---|---|---|\n|\n', { refused: 'the row of Day 1 has no title cell' }], (text, day) => markDayComplete(text, day, { date: D, checkTasks: true, journal: false }), () => parse(TABLE).days[0]);
    outcome(['row', '| Day | Topic | Done |\n|---|---|---|\n|\n', { refused: 'the row of Day 1 has no title cell' }], markDayIncomplete, () => parse(TABLE.replace('Intro | |', 'Intro | \u2705 |')).days[0]);
  });

  it('a task line that changed since the plan was read is refused', () => {
    const read = '### Day 1\n- [ ] a\n';
    outcome(['moved', '### Day 1\nchanged\n', { refused: 'line 2 no longer holds the task "a"' }], (text, day) => markDayComplete(text, day, { date: D, checkTasks: true, journal: false }), () => parse(read).days[0]);
    outcome(['moved', '### Day 1\nchanged\n', { refused: 'line 2 no longer holds the task "a"' }], markDayIncomplete, () => parse(read.replace('[ ]', '[x]')).days[0]);
  });

  it('a module is not a day', () => {
    outcome(['module', '## Week 1\n### Day 1\n', { refused: '"Week 1" is not a day' }], (text, day) => markDayComplete(text, day, { date: D, checkTasks: true, journal: false }), (text) => parse(text).root.children[0]);
  });
});

describe('Mark Day Incomplete: before, after, and what it says', () => {
  const rows: Row[] = [
    ['the stamp and the tasks\' stamps come off', `### Day 1 \u2705 ${D}\n- [x] a \u2705 ${D}\n`, '### Day 1\n- [ ] a\n', 'Marked Day 1 incomplete, 1 task unchecked'],
    ['already incomplete', '### Day 1\n- [ ] a\n', '### Day 1\n- [ ] a\n', 'Day 1 is already incomplete'],
    ['two tasks, one stamped', `### Day 1\n- [x] a \u2705 2026-11-01\n- [x] b\n`, '### Day 1\n- [ ] a\n- [ ] b\n', 'Marked Day 1 incomplete, 2 tasks unchecked'],
    ['a heading that is a task is unchecked', `### [x] Day 3 \u2705 2026-11-01\n### Day 4\n`, '### [ ] Day 3\n### Day 4\n', 'Marked Day 3 incomplete, 1 task unchecked'],
    ['a paragraph day', `**Day 12:** studied loops \u2705 2026-11-01\n${TAIL}`, `**Day 12:** studied loops\n${TAIL}`, 'Marked Day 12 incomplete'],
    // A row not done is left as it is: no edit, not even an empty one.
    ['a table row with an empty status cell: already incomplete', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro ||\n| 2 | Setup | |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro ||\n| 2 | Setup | |\n', 'Day 1 is already incomplete'],
    ['a table row with notes in its status cell: already incomplete', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | notes |\n| 2 | Setup | |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | notes |\n| 2 | Setup | |\n', 'Day 1 is already incomplete'],
    ['a paragraph day not stamped: already incomplete', `**Day 12:** studied loops\n${TAIL}`, `**Day 12:** studied loops\n${TAIL}`, 'Day 12 is already incomplete'],
    // A task stamped before the day was marked was not checked by marking it: it stays done (a learner's report).
    ['a task done before the day was marked stays checked', `### Day 1 \u2705 ${D}\n- [x] read \u2705 2026-01-05\n- [x] ex \u2705 ${D}\n`, '### Day 1\n- [x] read \u2705 2026-01-05\n- [ ] ex\n', 'Marked Day 1 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked'],
    ['two tasks done before stay checked', `### Day 1 \u2705 ${D}\n- [x] a \u2705 2026-01-05\n- [x] b \u2705 2026-01-06\n- [ ] c\n`, `### Day 1\n- [x] a \u2705 2026-01-05\n- [x] b \u2705 2026-01-06\n- [ ] c\n`, 'Marked Day 1 incomplete; 2 tasks done before the day was marked stay checked'],
    // Kept, it would leave the day done by its tasks: unchecked after all.
    ['a checked task with no date of its own is unchecked when it is the last one', `### Day 1 \u2705 ${D}\n- [x] a\n- [x] b \u2705 2026-01-05\n`, '### Day 1\n- [ ] a\n- [x] b \u2705 2026-01-05\n', 'Marked Day 1 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked'],
    // ...and so does one checked by hand, with no date, where marking the day would have stamped it (a learner's ticks were wiped).
    ['a task checked by hand stays checked', `### Day 1 \u2705 ${D}\n- [x] ticked by hand\n- [X] too\n- [x] b \u2705 ${D}\n`, '### Day 1\n- [x] ticked by hand\n- [X] too\n- [ ] b\n', 'Marked Day 1 incomplete, 1 task unchecked; 2 tasks checked by hand (no date) stay checked'],
    ['one by hand and one before', `### Day 1 \u2705 ${D}\n- [x] a\n- [x] b \u2705 2026-01-05\n- [x] c \u2705 ${D}\n`, '### Day 1\n- [x] a\n- [x] b \u2705 2026-01-05\n- [ ] c\n', 'Marked Day 1 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked; 1 task checked by hand (no date) stays checked'],
    ['a task checked after the day was marked is unchecked', `### Day 1 \u2705 ${D}\n- [x] a \u2705 2026-12-01\n- [x] b \u2705 2026-01-05\n`, '### Day 1\n- [ ] a\n- [x] b \u2705 2026-01-05\n', 'Marked Day 1 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked'],
    ['a heading that is a task is unchecked; a task done before it stays', `### [x] Day 3 \u2705 ${D}\n- [x] a \u2705 2026-10-01\n### Day 4\n`, '### [ ] Day 3\n- [x] a \u2705 2026-10-01\n### Day 4\n', 'Marked Day 3 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked'],
    // Marked by hand with no date, then done (which checked the open task): undone takes back what done checked, on its date (a trial lost a week-old date).
    ['a day marked by hand: a task stamped before the last date stays checked', `### Day 3 \u2705\n- [x] ingress \u2705 ${D}\n- [x] read docs \u2705 2026-01-05\n`, '### Day 3\n- [ ] ingress\n- [x] read docs \u2705 2026-01-05\n', 'Marked Day 3 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked'],
    ['a day marked by hand: a tick by hand without a date stays checked too', `### Day 3 \u2705\n- [x] a\n- [x] b \u2705 ${D}\n- [x] c \u2705 2026-01-05\n`, '### Day 3\n- [x] a\n- [ ] b\n- [x] c \u2705 2026-01-05\n', 'Marked Day 3 incomplete, 1 task unchecked; 1 task done before the day was marked stays checked; 1 task checked by hand (no date) stays checked'],
    ['a day stamped without a date: every task is unchecked', '### Day 1 \u2705\n- [x] a \u2705 2026-01-05\n- [ ] b\n', '### Day 1\n- [ ] a\n- [ ] b\n', 'Marked Day 1 incomplete, 1 task unchecked'],
    ['only the checked tasks are counted', `### Day 1 \u2705 ${D}\n- [x] a \u2705 ${D}\n- [ ] b\n- [-] c\n`, '### Day 1\n- [ ] a\n- [ ] b\n- [-] c\n', 'Marked Day 1 incomplete, 1 task unchecked'],
    // Stamped twice (a merge conflict resolved by hand): every stamp comes off, or the day stays done ("incomplete", it said).
    ['a title stamped twice', '### Day 2 - B \u2705 2026-11-21 \u2705 2026-11-22\n', '### Day 2 - B\n', 'Marked Day 2 incomplete'],
    ['a heading task stamped twice', '### [x] Day 3 \u2705 2026-11-21 \u2705 2026-11-22\n- [x] a \u2705 2026-11-22\n', '### [ ] Day 3\n- [ ] a\n', 'Marked Day 3 incomplete, 2 tasks unchecked'],
    ['a paragraph day stamped twice', `**Day 12:** loops \u2705 2026-11-21 \u2705 2026-11-22\n${TAIL}`, `**Day 12:** loops\n${TAIL}`, 'Marked Day 12 incomplete'],
    ['a heading with closing #s: the stamp before them comes off', `### Day 1 \u2705 ${D} ###\n`, '### Day 1 ###\n', 'Marked Day 1 incomplete'],
    ['a table row', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u2705 2026-11-01 |\n| 2 | Setup | |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | |\n', 'Marked Day 1 incomplete'],
    // The table's open rows hold a mark: the row gets it back (a learner's \u274C came back as an empty cell).
    ['a table row where open rows hold \u274C', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u2705 2026-11-01 |\n| 2 | Setup | \u274C |\n| 3 | Loops | \u274C |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u274C |\n| 2 | Setup | \u274C |\n| 3 | Loops | \u274C |\n', 'Marked Day 1 incomplete'],
    // ...when one other row is left open to say it too (a learner's last day but one lost its \u274C).
    ['a table row where one other open row holds \u274C', '| Day | Topic | Done |\n|---|---|---|\n| 1 | SELECT | \u2705 2026-11-27 |\n| 2 | WHERE | \u2705 |\n| 3 | JOIN | \u274C |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | SELECT | \u274C |\n| 2 | WHERE | \u2705 |\n| 3 | JOIN | \u274C |\n', 'Marked Day 1 incomplete'],
    ['a table row where most open rows hold one value', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u2705 2026-11-01 |\n| 2 | Setup | |\n| 3 | Loops | todo |\n| 4 | Maps | todo |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | todo |\n| 2 | Setup | |\n| 3 | Loops | todo |\n| 4 | Maps | todo |\n', 'Marked Day 1 incomplete'],
    ['a table row where open rows do not agree', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | \u2705 2026-11-01 |\n| 2 | Setup | |\n| 3 | Loops | todo |\n', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | |\n| 3 | Loops | todo |\n', 'Marked Day 1 incomplete'],
    // Unchecking them all would wipe their dates; keeping them all leaves the day done: refused, nothing written.
    ['every task done before the day was marked', `### Day 1 \u2705 ${D}\n- [x] a \u2705 2026-01-05\n- [x] b \u2705 2026-01-04\n- [-] c\n`, { refused: 'every task of Day 1 was checked on a date of its own (2026-01-04, 2026-01-05), before the day was marked: it stays done while they are checked; uncheck one to reopen it' }],
    // A ✅ put first in the heading by hand (done read it as done; undone refused it).
    ['a \u2705 first in the heading comes off with its date', `## \u2705 Day 2 - Joins\n- [x] a \u2705 ${D}\n`, '## Day 2 - Joins\n- [ ] a\n', 'Marked Day 2 incomplete, 1 task unchecked'],
    ['a dated \u2705 first, in a quote', `> ### \u2705\uFE0F 2026-11-01  Day 2\n`, '> ### Day 2\n', 'Marked Day 2 incomplete'],
    // A ✅ inside the title is the learner's text: refused, never cut out of the middle.
    ['a \u2705 mid-heading', `### Day 1 \u2705 2026-11-01 - Title\n`, { refused: 'the \u2705 in the heading of Day 1 is not at its end; remove it by hand' }],
    ['a \u2705 mid-paragraph', `**Day 12:** \u2705 2026-11-01 studied loops\n${TAIL}`, { refused: 'the \u2705 in the heading of Day 12 is not at its end; remove it by hand' }],
    ['a \u2705 on the first line of a two-line setext heading', 'Day 1 - A \u2705 2026-11-01\nmore title\n---\ntext\n', { refused: 'the \u2705 in the heading of Day 1 is not at its end; remove it by hand' }],
  ];
  for (const row of rows) it(row[0], () => outcome(row, markDayIncomplete));

  it('a module is not a day', () => {
    outcome(['module', '## Week 1\n### Day 1\n', { refused: '"Week 1" is not a day' }], markDayIncomplete, (text) => parse(text).root.children[0]);
  });
});

describe('Tasks checked, unchecked and toggled: what it says', () => {
  const THREE = '### Day 1\n- [ ] a\n- [x] b\n- [-] c\n- [-] d\n';
  const tasksOf = (plan: string): readonly Task[] => parse(plan).days[0].tasks;
  const text = '### Day 1\n- [ ] a\n- [x] b\n';
  const [a, b] = parse(text).days[0].tasks;
  // Each edit runs inside its test (not when the table is built), so a mutant switched on for the test is seen.
  const rows: [string, () => EditOutcome, string | { refused: string }, string?, string?][] = [
    ['check one', () => setTasksChecked(text, [a], true, D), `### Day 1\n- [x] a \u2705 ${D}\n- [x] b\n`, 'Checked "a"'],
    ['check two', () => setTasksChecked(text, [a, b], true, D), `### Day 1\n- [x] a \u2705 ${D}\n- [x] b\n`, 'Checked 2 tasks'],
    ['uncheck one', () => setTasksChecked(text, [b], false, null), '### Day 1\n- [ ] a\n- [ ] b\n', 'Unchecked "b"'],
    ['uncheck two', () => setTasksChecked(text, [a, b], false, null), '### Day 1\n- [ ] a\n- [ ] b\n', 'Unchecked 2 tasks'],
    ['toggle one', () => toggleTasks(text, [a], D), `### Day 1\n- [x] a \u2705 ${D}\n- [x] b\n`, 'Checked "a"'],
    ['toggle two', () => toggleTasks(text, [a, b], null), '### Day 1\n- [x] a\n- [ ] b\n', 'Toggled 2 tasks: 1 checked, 1 unchecked'],
    ['toggle a done one', () => toggleTasks(text, [b], D), '### Day 1\n- [ ] a\n- [ ] b\n', 'Unchecked "b" (it was checked with no date: checking it again stamps it with the date)'],
    // With stamps off (the extension's setting), checking again stamps nothing: nothing to warn of.
    ['toggle a done one, no stamps', () => toggleTasks(text, [b], null), '### Day 1\n- [ ] a\n- [ ] b\n', 'Unchecked "b"'],
    ['toggle two done ones', () => toggleTasks('### Day 1\n- [x] a\n- [X] b\n', tasksOf('### Day 1\n- [x] a\n- [X] b\n'), D), '### Day 1\n- [ ] a\n- [ ] b\n', 'Unchecked 2 tasks', '### Day 1\n- [x] a\n- [X] b\n'],
    ['toggle three ways', () => toggleTasks(THREE, tasksOf(THREE), D), `### Day 1\n- [x] a \u2705 ${D}\n- [ ] b\n- [ ] c\n- [ ] d\n`, 'Toggled 4 tasks: 1 checked, 1 unchecked, 2 reopened', THREE],
    ['toggle open and cancelled', () => toggleTasks('### Day 1\n- [ ] a\n- [-] c\n', tasksOf('### Day 1\n- [ ] a\n- [-] c\n'), null), '### Day 1\n- [x] a\n- [ ] c\n', 'Toggled 2 tasks: 1 checked, 1 reopened', '### Day 1\n- [ ] a\n- [-] c\n'],
    // Obsidian Tasks' toggle: a cancelled task is reopened, never checked.
    ['toggle a cancelled task', () => toggleTasks('### Day 1\n- [-] c\n', parse('### Day 1\n- [-] c\n').days[0].tasks, D), '### Day 1\n- [ ] c\n', 'Reopened "c"', '### Day 1\n- [-] c\n'],
    // A day marked complete itself stays so when a task of it is unchecked: said (a learner's, unexplained); one
    // done by its tasks alone reopens, and says so (a trial's reopened silently).
    ...([
      [`### Day 1 \u2705 ${D}\n- [x] a\n- [x] b\n`, true],
      // A heading's box is one of its tasks: with one unchecked the day is open (it said "stays complete": a property
      // test of what a toggle says against a parse found it).
      ['### [x] Day 1\n- [x] a\n- [x] b\n', false],
      // ...unless its title holds a ✅ of its own, dated or not (a review's bare ✅ was read as no mark).
      ['### [x] Day 1 \u2705\n- [x] a\n- [x] b\n', true],
      ['| Day | Topic | Done |\n|---|---|---|\n| 1 | x | \u2705 |\n| 2 | y | |\n\n### Day 3\n- [x] a\n- [x] b\n', false],
      ['### Day 1\n- [x] a\n- [x] b\n', false],
      // A tracker row ticked marks its day as a ✅ of its own does, the row above the heading or below it (longer fuzz
      // runs said "open again" of such days: the parse kept them done).
      ['| Day | Topic | Done |\n|---|---|---|\n| 1 | x | [x] |\n| 2 | y | |\n\n### Day 1: x\n- [x] a\n- [x] b\n', true],
      ['### Day 1: x\n- [x] a\n- [x] b\n## Tracker\n| Day | Topic | Done |\n|---|---|---|\n| 1 | x | Done |\n| 2 | y | |\n', true],
    ] as const).map(([plan, said]): [string, () => EditOutcome, string, string, string] => {
      const parsed = parse(plan);
      const day = parsed.days.find((d) => d.tasks.some((t) => t.text === 'a'))!;
      const task = day.tasks.find((t) => t.text === 'a')!;
      const label = dayName(day);
      return [`unchecking a task of ${JSON.stringify(plan)}`, () => toggleTasks(plan, [task], D, parsed), plan.replace('- [x] a', '- [ ] a'),
        `Unchecked "a" (it was checked with no date: checking it again stamps it with the date); ${label} ${said ? 'stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it' : 'is open again: not all its tasks are checked'}`, plan];
    }),
    // Checking a day's last open task completes the day: said (a trial's `done today` then marked the next day).
    ...([
      ['### Day 1\n- [x] a\n- [ ] b\n', 'b', 'Checked "b"; Day 1 is complete: all its tasks are checked'],
      ['### Day 1\n- [ ] a\n- [ ] b\n', 'b', 'Checked "b"'],
      ['### Day 1\n- [x] a\n- [-] c\n- [ ] b\n', 'b', 'Checked "b"; Day 1 is complete: all its tasks are checked'],
      ['### Day 1\n- [x] a\n- [-] c\n', 'c', 'Reopened "c"; Day 1 is open again: not all its tasks are checked'],
      // Marked itself, it stays complete, and says so as an uncheck does (a review's said nothing).
      [`### Day 1 \u2705 ${D}\n- [x] a\n- [-] c\n`, 'c', 'Reopened "c"; Day 1 stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it'],
      // An item day skipped and done after all (`[-]` with a ✅ on its title) is marked so itself: a property test's
      // seed said "open again" of it, and the parse kept it done.
      [`- [-] Day 1: Topic \u2705 ${D}\n  - [x] a\n  - [-] c\n- [ ] Day 2: Next\n  - [ ] d\n`, 'c', 'Reopened "c"; Day 1 stays complete: it is marked so itself, not by its tasks; mark the day incomplete to reopen it'],
      ['# Journal\n## 2026-11-20\nNotes.\n- [ ] b\n## 2026-11-21\nMore.\n', 'b', 'Checked "b"'],
    ] as const).map(([plan, name, said]): [string, () => EditOutcome, string, string, string] => {
      const parsed = parse(plan);
      const task = allTasks(parsed.root).find((t) => t.text === name)!;
      const after = name === 'c' ? plan.replace('[-] c', '[ ] c') : plan.replace('- [ ] b', `- [x] b \u2705 ${D}`);
      return [`checking the last open task of ${JSON.stringify(plan)}`, () => toggleTasks(plan, [task], D, parsed), after, said, plan];
    }),
    ['a line that changed since the plan was read', () => setTasksChecked('### Day 1\nchanged\n', [a], true, D), { refused: 'line 2 no longer holds the task "a"' }],
    ['the same, toggled', () => toggleTasks('### Day 1\nchanged\n', [a], D), { refused: 'line 2 no longer holds the task "a"' }],
  ];
  it('a skipped day inside another, reopened with its task checked, completes the day holding it too: said (longer fuzz runs found it unsaid)', () => {
    const plan = '- [ ] Day 0: Topic\n### Día 1: Topic\n\n**Day 0:** Topic\n\n- [-] Day 2: Topic\n  - [ ] sub task\n### Day 3-4: Topic\n';
    const parsed = parse(plan);
    const result = toggleTasks(plan, allTasks(parsed.root).filter((task) => task.line > 0), D, parsed);
    assert.ok(result.ok);
    assert.deepStrictEqual([applyThroughBytes(plan, result.edits), result.summary], [
      plan.replace('[-] Day 2', '[ ] Day 2').replace('[ ] sub task', `[x] sub task \u2705 ${D}`),
      'Toggled 2 tasks: 1 checked, 1 reopened; Día 1 is complete: all its tasks are checked; Day 2 is complete: all its tasks are checked',
    ]);
  });

  for (const [name, edit, after, summary, before] of rows) {
    it(name, () => {
      const result = edit();
      if (typeof after === 'object') return assert.deepStrictEqual(result, { ok: false, message: after.refused });
      assert.ok(result.ok);
      assert.deepStrictEqual([applyThroughBytes(before ?? text, result.edits), result.summary], [after, summary]);
    });
  }
});
