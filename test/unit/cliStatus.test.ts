import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { tempDir } from './tempDir';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 21, 8));
  return { code, out, err };
}

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

describe('CLI: status', () => {
  it('reports the active plan, current day and streak after days marked on consecutive dates', async () => {
    const dir = tempDir('lp-status-');
    for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    const plan = path.join(dir, 'days-031-060-lakehouse-for-ai.md');
    for (const [day, date] of [['31', '2026-11-18'], ['32', '2026-11-19'], ['33', '2026-11-20'], ['34', '2026-11-21']]) {
      assert.strictEqual((await run('done', plan, day, '--date', date)).code, 0);
    }
    const { code, out } = (await run('status', dir, '--json'));
    assert.strictEqual(code, 0);
    const status = JSON.parse(out);
    assert.strictEqual(status.activePlan, plan);
    const { file, line, number, title } = status.currentDay;
    assert.deepStrictEqual({ file, line, number, title }, { file: plan, line: 47, number: 35, title: 'Day 35 - Lakehouse Storage Optimization for AI' });
    assert.deepStrictEqual(
      { current: status.streak.current, longest: status.streak.longest, activeDays: status.streak.activeDays },
      { current: 4, longest: 4, activeDays: 4 },
    );
    assert.strictEqual(status.streak.doneThisWeek, 4);
    const lakehouse = status.plans.find((p: { file: string }) => p.file === plan);
    assert.deepStrictEqual([lakehouse.plannedMinutes, lakehouse.studyMinutes], [{ total: 900, left: 780 }, 0], 'four 30-minute days done, no session logged');
    const text = (await run('status', dir)).out;
    assert.match(text, /Study time: 1 h 30 min left in Module 1: Lakehouse Fundamentals for AI\/ML \(Days 31-37\)/, 'days 35-37 left in module 1');
    // Of several plans, why this one is active and how to see another's day (a learner saw it switch unexplained).
    assert.match(text, /days-031-060-lakehouse-for-ai\.md {2}4\/30 days · 13 h left of 15 h {2}\(active: worked on last, 2026-11-21; for another plan's day: learning-plans status FILE\)\n/);
    assert.match((await run('status', plan)).out, /days-031-060-lakehouse-for-ai\.md {2}4\/30 days · 13 h left of 15 h {2}\(active\)\n$/, 'one plan: no reason needed');
  });

  it('names the plans the active one was tied with, and what broke the tie (a trial read "tied with 1 plan")', async () => {
    const dir = tempDir('lp-tie-');
    fs.writeFileSync(path.join(dir, 'plan-de.md'), '### Tag 1: A\n- [ ] a\n### Tag 2: B\n- [ ] b\n');
    fs.writeFileSync(path.join(dir, 'plan-es.md'), '### D\u00eda 1: A\n- [ ] a\n### D\u00eda 2: B\n- [ ] b\n### D\u00eda 3: C\n- [ ] c\n');
    const text = (await run('status', dir, '--today', '2026-11-29')).out;
    assert.match(text, /plan-es\.md {2}0\/3 days {2}\(active: nothing done yet anywhere, and its days come first \(from day 1\) \(tied with plan-de\.md on where its days start: the plan with the most days is taken, then by title\); for another plan's day: learning-plans status FILE\)\n/);
  });

  it('says which plan comes next and why, when a heading places it later than its day numbers (a trial read "from day 31" beside a Day 1)', async () => {
    const dir = tempDir('lp-next-');
    fs.writeFileSync(path.join(dir, 'lakehouse.md'), '# Days 31-32: Lakehouse\n### Day 31\n- [ ] a\n### Day 32\n- [ ] b\n');
    fs.writeFileSync(path.join(dir, 'month-3.md'), '# Month 3: Batch ETL\n## Week 1\n### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n');
    const text = (await run('status', dir, '--today', '2026-11-29')).out;
    assert.match(text, /lakehouse\.md {2}0\/2 days {2}\(active: nothing done yet anywhere, and its days come first \(from day 31; month-3\.md comes next, from day 61, as its heading "Month 3: Batch ETL" places it\); /);
  });

  it('leaves a grocery list and meeting notes out of the plans and the streak, and says why of one named alone (a trial\'s)', async () => {
    const dir = tempDir('lp-lists-');
    fs.copyFileSync(path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), path.join(dir, 'plan.md'));
    fs.writeFileSync(path.join(dir, 'groceries.md'), '# Groceries\n\n- [ ] milk\n- [x] eggs \u2705 2026-11-21\n');
    fs.writeFileSync(path.join(dir, 'sync.md'), '# Team sync 2026-11-20\n\n## Action items\n- [x] Book the room \u2705 2026-11-20\n');
    const json = await run('status', dir, '--json');
    const status = JSON.parse(json.out);
    assert.deepStrictEqual(status.plans.map((p: { file: string }) => path.basename(p.file)), ['plan.md']);
    // Named once, after the files (a trial's plans titled like lists vanished without a word).
    assert.match(json.err, /learning-plans: note: 2 files are not read as plans: their titles name lists, not study \(\S*groceries\.md, \S*sync\.md\); learning-plans status FILE says why/);
    assert.deepStrictEqual([status.streak.current, status.streak.activeDays], [0, 0], 'eggs bought are no study day');
    // A list with days of its own (dated meeting notes) is refused by the day verbs with the same reason.
    fs.writeFileSync(path.join(dir, 'meeting notes.md'), '# Meeting notes\n\n## 2026-11-20 Planning\n- [ ] Bob: book the room\n\n## 2026-11-21 Retro\n- [ ] Ana: draft the doc\n');
    const done = await run('done', path.join(dir, 'meeting notes.md'), '2026-11-21');
    assert.match(done.err, /meeting notes\.md is read as no plan: its name or title says 'meeting notes', a list that is no study/);
    // A personal journal named alone is read as a journal, and said to count in no folder's streak (a trial's).
    fs.writeFileSync(path.join(dir, 'diary.md'), '# Personal journal\n\n## 2026-11-20\nWent for a run.\n\n## 2026-11-21\nDinner.\n');
    const diary = await run('status', path.join(dir, 'diary.md'));
    assert.match(diary.err, /diary\.md: its title \(or its name, with no title\) says 'personal journal', a journal of no study: read here as a journal, as it is named alone; in a folder it is no plan and counts in no streak/);
    assert.match(diary.out, /is a journal/);
    assert.ok(!(await run('status', dir)).out.includes('diary.md'));
    const named = await run('status', path.join(dir, 'groceries.md'));
    assert.match(named.err, /groceries\.md: its name or title says 'groceries', a list that is no study, so its checkboxes make no plan and count in no streak; a title that says what is studied/);
  });

  it('says what a plan without days counts: tasks', async () => {
    const dir = tempDir('lp-status-tasks-');
    fs.writeFileSync(path.join(dir, 'tracker.md'), '# Tracker\n- [x] a\n- [ ] b\n- [ ] c\n');
    fs.writeFileSync(path.join(dir, 'finished.md'), '# Done\n- [x] a\n');
    const text = (await run('status', dir)).out;
    assert.match(text, /tracker\.md {2}1\/3 tasks\n/);
    assert.match(text, /finished\.md {2}\u2713 1\/1 tasks\n/);
  });

  it('gives each module its planned and studied minutes in --json (issue 20)', async () => {
    const { out } = await run('status', path.join(FIXTURES, 'days-031-060-lakehouse-for-ai.md'), '--json');
    const [plan] = JSON.parse(out).plans;
    assert.strictEqual(plan.journal, false);
    assert.ok(plan.modules.length >= 4, JSON.stringify(plan.modules.map((m: { title: string }) => m.title)));
    const first = plan.modules.find((m: { title: string }) => m.title.startsWith('Module 1'));
    assert.deepStrictEqual({ kind: first.kind, line: first.line, plannedMinutes: first.plannedMinutes, studyMinutes: first.studyMinutes }, { kind: 'module', line: 11, plannedMinutes: { total: 210, left: 210 }, studyMinutes: 0 });
  });

  it('says a journal holding to-dos has entries, not days (a trial\'s read "No days in til.md")', async () => {
    const til = path.join(tempDir('lp-status-'), 'til.md');
    fs.writeFileSync(til, '# TIL journal\n\n## 2026-11-20\nLearned X.\n\n## 2026-11-21\n- [ ] try Y\n');
    assert.match((await run('status', til)).out, /\nNo plan days in \S*til\.md \(a journal: its entries are records\): check a task with learning-plans toggle /);
  });

  it('reads a file of dated notes named on its own as a journal, in every verb (a trial\'s: status "no plan", show "a journal\'s entry", log wrote time)', async () => {
    const dir = tempDir('lp-status-');
    const notes = path.join(dir, 'dated.md');
    fs.writeFileSync(notes, '# Notes\n\n### 2026-11-18\nRead chapter 2.\n\n### 2026-11-20\nDid the exercises.\n');
    // Today's entry is written by `log ... today` (a learner was told to name a DATE, and did not know it would be).
    assert.match((await run('status', notes)).out, /\nNo plan days: \S*dated\.md is a journal \(its entries are records; log today's time with learning-plans log \S*dated\.md today 30m: its entry for 2026-11-21 is written with it\)\n[^]*dated\.md {2}journal, 2 entries\n/);
    assert.match((await run('index', notes)).out, /dated\.md {2}journal\n.*\n {4}- {3}entry: 2026-11-18\n/);
    assert.match((await run('log', notes, '2026-11-20', '1h', '--date', '2026-11-20')).out, /Logged 1 h on "2026-11-20"/);
    assert.match((await run('status', notes)).out, /dated\.md {2}journal, 2 entries \u00b7 1 h studied\n/, 'the time logged counts');
    assert.match((await run('status', notes)).out, /; 0 \u2705 today, 2 this week \(days, tasks and journal entries\);/, 'what is counted, said');
    // The heatmap and the badge read it too, named alone.
    const svg = path.join(dir, 'h.svg');
    const heatmap = await run('heatmap', notes, '--svg', svg);
    assert.strictEqual(heatmap.code, 0, heatmap.err);
    assert.doesNotMatch(heatmap.err, /no plan found/);
    const hours = path.join(dir, 'hours.md');
    fs.writeFileSync(hours, '# Hours\n\n## Monday\n9-17\n\n## Tuesday\n9-17\n');
    // In a folder, or among several files (a shell's *.md), dated notes are left out: dated meeting notes are no plan;
    // so are days headed by weekdays alone (opening hours), even named alone. Study time logged in one makes it a
    // journal there too (a trial's `log` wrote time into a file that then counted in no folder's streak).
    fs.writeFileSync(path.join(dir, 'plan.md'), '### Day 1\n- [ ] a\n');
    const meeting = path.join(dir, 'meeting.md');
    fs.writeFileSync(meeting, '# Notes\n\n### 2026-11-18\nBudget.\n\n### 2026-11-20\nRoadmap.\n');
    assert.doesNotMatch((await run('index', dir)).out, /meeting\.md/);
    assert.match((await run('index', dir)).out, /dated\.md {2}journal/);
    assert.doesNotMatch((await run('status', meeting, path.join(dir, 'plan.md'))).out, /meeting\.md {2}journal/);
    assert.match((await run('heatmap', meeting, path.join(dir, 'hours.md'), '--svg', svg)).err, /warning: no plan found in/);
    assert.match((await run('status', hours)).out, /No plan found in/);
  });

  it('refuses every day verb on a file that reads as no plan though it has days (a trial\'s trip: done stamped `Tokyo ✅`, lab made a notebook)', async () => {
    const dir = tempDir('lp-status-trip-');
    const trip = path.join(dir, 'trip.md');
    const text = '# Japan trip\n\n| Day | City | Hotel |\n|-----|------|-------|\n| 1 | Tokyo | Hotel A |\n| 2 | Kyoto | Ryokan B |\n';
    fs.writeFileSync(trip, text);
    assert.match((await run('status', trip)).out, /No plan found in/);
    for (const verb of [['done', '1'], ['undone', '1'], ['show', '1'], ['links', '1'], ['log', '1', '30m'], ['toggle', 'line:5'], ['lab', '1'], ['replan', '--shift', '1'], ['replan', '--skip', '1']]) {
      const result = await run(verb[0], trip, ...verb.slice(1));
      assert.strictEqual(result.code, 1, verb.join(' '));
      assert.match(result.err, /trip\.md is read as no plan: its days say nothing of study .*a Done column in its table, makes it one/, verb.join(' '));
    }
    assert.strictEqual(fs.readFileSync(trip, 'utf8'), text);
    assert.deepStrictEqual(fs.readdirSync(dir), ['trip.md'], 'no lab scaffolded');
    // Said to be about study, it is a plan, and done marks it.
    fs.writeFileSync(trip, text.replace('Japan trip', 'Japanese study plan'));
    assert.strictEqual((await run('done', trip, '1')).code, 0);
    // A habit table by date, named by a past date: refused as the others are (it wrote a stamp undone then refused),
    // and not told to add the Done column it has.
    const habits = path.join(dir, 'habits.md');
    const table = '# Habit tracker\n\n| Date | Done |\n| --- | --- |\n| 2026-11-19 | \u2705 |\n| 2026-11-20 |  |\n';
    fs.writeFileSync(habits, table);
    for (const day of ['2026-11-20', 'today', '2026-11-19']) {
      for (const verb of ['done', 'undone']) {
        const result = await run(verb, habits, day);
        assert.strictEqual(result.code, 1, `${verb} ${day}`);
        assert.match(result.err, /habits\.md is read as no plan: .*\(`# Japanese study plan`\) makes it one; nothing written/, `${verb} ${day}`);
      }
    }
    assert.strictEqual(fs.readFileSync(habits, 'utf8'), table);
  });

  it('reads a tracker keyed by date in a folder, and marks today\'s row (a trial\'s `| Date | Topic | Done |`: "no plan found")', async () => {
    const dir = tempDir('lp-status-dated-');
    const file = path.join(dir, 'tracker.md');
    const text = '# DSA\n\n| Date | Topic | Done |\n|---|---|---|\n| 11/19/2026 | Arrays | \u2705 |\n| 11/20/2026 | Trees | \u2705 |\n| 11/21/2026 | BST | |\n';
    fs.writeFileSync(file, text);
    assert.match((await run('index', dir)).out, /tracker\.md {2}2\/3 days\n[^]*\[x\] day: 11\/19\/2026: Arrays {2}\(\u2713 2026-11-19\)\n/);
    const status = (await run('status', dir)).out;
    assert.match(status, /Current day: 11\/21\/2026: BST \(\S*tracker\.md:7\)/);
    assert.match(status, /Streak: 2 days \(nothing done yet today\)/, 'its done rows on their dates');
    assert.match((await run('done', file, 'today')).out, /Marked "11\/21\/2026: BST" complete/);
    assert.match((await run('undone', file, 'today')).out, /Marked "11\/21\/2026: BST" incomplete/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
    // No row dated today: `today` marks none (it marked the next row, dated days ahead: a trial's), and says how.
    const ahead = text.replace('11/21/2026', '11/23/2026');
    fs.writeFileSync(file, ahead);
    const refused = await run('done', file, 'today');
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /no day of \S*tracker\.md is dated 2026-11-21, and today would name "11\/23\/2026: BST": to mark it, name it: learning-plans done \S*tracker\.md 2026-11-23 \(learning-plans status/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), ahead);
    // With no row ahead, the row missed before today is still caught up on by `today` (a review's), late, its stamp dated.
    const missed = text.replace('| 11/20/2026 | Trees | \u2705 |', '| 11/20/2026 | Trees | |').replace('| 11/21/2026 | BST | |\n', '');
    fs.writeFileSync(file, missed);
    const late = await run("done", file, "today");
    assert.match(late.out, /Marked "11\/20\/2026: Trees" complete \(\u2705 2026-11-21\)/, late.err);
  });

  it('logs today in a journal of dated entries with none today by writing today\'s entry with the session (a trial\'s was refused)', async () => {
    const journal = path.join(tempDir('lp-status-'), 'journal.md');
    fs.writeFileSync(journal, '# Journal\n\n## 2026-11-19\nRead.\n\n## 2026-11-20\nMore.\n');
    const logged = await run('log', journal, 'today', '25m');
    assert.deepStrictEqual([logged.code, logged.out, logged.err], [0, `${journal}: Logged 25 min in a new entry, "2026-11-21"\n`, '']);
    assert.strictEqual(fs.readFileSync(journal, 'utf8'), '# Journal\n\n## 2026-11-19\nRead.\n\n## 2026-11-20\nMore.\n\n## 2026-11-21\n- \u23F1 2026-11-21 (25 min)\n');
    assert.match((await run('status', journal)).out, /\nStreak: 3 days;.* 1 ✅ today/);
    assert.strictEqual((await run('log', journal, 'today', '10m')).out, `${journal}: Logged 10 min on "2026-11-21"\n`, 'the next session goes under it');
  });

  it('lists the open tasks of every journal read, each with its file, and names one with a task open (a trial\'s named a file whose tasks were done)', async () => {
    const dir = tempDir('lp-status-');
    fs.writeFileSync(path.join(dir, 'a.md'), '# Guitar journal\n\n## 2026-11-19\n- [x] scales\n\n## 2026-11-20\nChords.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '# Stats journal\n\n## 2026-11-18\nRead ch. 3.\n\n## 2026-11-19\nHypothesis tests.\n- [ ] Q1(b)\n\n## 2026-11-20\nRead ch. 4.\n');
    const result = await run('status', path.join(dir, 'a.md'), path.join(dir, 'b.md'));
    assert.strictEqual(result.code, 0, result.err);
    assert.match(result.out, /check a task with learning-plans toggle \S*b\.md LINE/);
    assert.match(result.out, /\nOpen: 1 of 2 tasks:\n {2}\[ \] Q1\(b\) {2}\(\S*b\.md:8, Stats journal › 2026-11-19\)\n/);
  });

  it('logs a past date named as DAY in a journal with no entry on it by writing that entry, in its place (a trial\'s was refused)', async () => {
    const journal = path.join(tempDir('lp-status-'), 'journal.md');
    fs.writeFileSync(journal, '# Journal\n\n## 2026-11-17\nRead.\n\n## 2026-11-20\nMore.\n');
    const logged = await run('log', journal, '2026-11-19', '30m');
    assert.deepStrictEqual([logged.code, logged.out, logged.err], [0, `${journal}: Logged 30 min in a new entry, "2026-11-19"\n`, '']);
    assert.strictEqual(fs.readFileSync(journal, 'utf8'), '# Journal\n\n## 2026-11-17\nRead.\n\n## 2026-11-19\n- \u23F1 2026-11-19 (30 min)\n\n## 2026-11-20\nMore.\n');
    // A date to come is no session (nothing written), nor one --date says is another.
    assert.strictEqual((await run('log', journal, '2026-11-25', '30m')).code, 1);
    assert.strictEqual((await run('log', journal, '2026-11-18', '30m', '--date', '2026-11-16')).code, 1);
    assert.ok(!fs.readFileSync(journal, 'utf8').includes('2026-11-18'));
    // As of a later --today (the learner's day in a simulation), the past date is still the session's (a trial's was refused).
    const asOf = await run('log', journal, '2026-11-18', '15m', '--today', '2026-11-20', '--dry-run');
    assert.deepStrictEqual([asOf.code, asOf.err], [0, '']);
    assert.match(asOf.out, /\n\+## 2026-11-18\n\+- \u23F1 2026-11-18 \(15 min\)\n/);
    assert.strictEqual((await run('log', journal, '2026-11-18', '15m', '--today', '2026-11-16')).code, 1, 'a DAY after --today is not backfilled');
    assert.strictEqual((await run('log', journal, '2026-11-18', '15m', '--today', '2026-11-20', '--date', '2026-11-20')).code, 1, '--date dates the session');
    // Under an entry it has, the session is that date's too (a trial's was dated today, with a note to log it again).
    const under = await run('log', journal, '2026-11-20', '10m');
    assert.deepStrictEqual([under.code, under.err], [0, '']);
    assert.ok(fs.readFileSync(journal, 'utf8').endsWith('## 2026-11-20\nMore.\n- \u23F1 2026-11-20 (10 min)\n'), fs.readFileSync(journal, 'utf8'));
  });

  it('logs today in a journal only under today\'s entry: a task checked today under an old one makes it no entry of today (a trial\'s)', async () => {
    const journal = path.join(tempDir('lp-status-'), 'journal.md');
    fs.writeFileSync(journal, '# Journal\n\n## 11/12/2026\nRead.\n\n## 11/13/2026\n- [ ] redo heap\n');
    assert.strictEqual((await run('toggle', journal, 'redo heap')).code, 0);
    // Today's entry is written with the session, dated as the entries are (month first, as 11/13 says).
    const logged = await run('log', journal, 'today', '1h');
    assert.strictEqual(logged.code, 0, logged.err);
    assert.match(logged.out, /Logged 1 h in a new entry, "11\/21\/2026"/);
    // Undone of today still takes today's check back (a review's: refused).
    const undone = await run('undone', journal, 'today');
    assert.strictEqual(undone.code, 0, undone.err);
    assert.strictEqual(fs.readFileSync(journal, 'utf8'), '# Journal\n\n## 11/12/2026\nRead.\n\n## 11/13/2026\n- [ ] redo heap\n\n## 11/21/2026\n- \u23F1 2026-11-21 (1 h)\n');
  });

  it('says why a journal whose headings\' dates read two ways is no plan (a trial\'s `## 01/02/2026` journal: "no plan" without a word)', async () => {
    const journal = path.join(tempDir('lp-status-'), 'spanish.md');
    fs.writeFileSync(journal, '# Spanish study log\n\n## 01/02/2026\nDuolingo 20 min.\n\n## 02/03/2026\nReading.\n');
    const result = await run('status', journal);
    assert.match(result.out, /No plan found in/);
    assert.match(result.err, /spanish\.md: its headings' dates read two ways \(01\/02\/2026: 2026-01-02 or 2026-02-01\) and nothing in it says whether month or day comes first/);
    // One date that reads one way only settles the others.
    fs.appendFileSync(journal, '\n## 03/15/2026\nGrammar.\n');
    const settled = await run('status', journal);
    assert.doesNotMatch(settled.err, /read two ways/);
    assert.match(settled.out, /spanish\.md {2}journal, 3 entries/);
  });

  it('takes a DAY written as the plan writes dates, when one of its two readings names a day (a trial\'s `show j.md 05/11/2026` was refused)', async () => {
    const journal = path.join(tempDir('lp-status-'), 'eu.md');
    fs.writeFileSync(journal, '# Study journal\n\n## 05/10/2026\nRead.\n\n## 08/10/2026\nRead.\n\n## 02/11/2026\nRead.\n\n## 05/11/2026\nGrammar.\n');
    const shown = await run('show', journal, '05/11/2026');
    assert.match(shown.out, /^05\/11\/2026 \(\S*eu\.md:12\)\n[^]*Grammar\./);
    // Which reading was taken is said (a trial's was taken silently).
    assert.strictEqual(shown.err, 'learning-plans: warning: 05/11/2026 reads 2026-05-11 or 2026-11-05; 2026-11-05 names 05/11/2026, so that is the one taken\n');
    const neither = await run('show', journal, '12/11/2026');
    assert.strictEqual(neither.code, 1);
    assert.match(neither.err, /12\/11\/2026 reads 2026-12-11 or 2026-11-12, and neither names a day of \S*eu\.md: write the date as YYYY-MM-DD/);
  });

  it('reads one dated entry named alone as a journal, as log writes into it (status said "no plan" of a journal\'s first day)', async () => {
    const notes = path.join(tempDir('lp-status-'), 'journal.md');
    fs.writeFileSync(notes, '# Notes\n\n## 2026-11-21\nStudied arrays.\n');
    assert.match((await run('status', notes)).out, /journal\.md {2}journal, 1 entry\n/);
    assert.strictEqual((await run('log', notes, 'today', '30m')).code, 0);
    assert.match((await run('status', notes)).out, /journal\.md {2}journal, 1 entry \u00b7 30 min studied\n/);
  });

  it('says no "0 min left" of a plan whose estimated days are done and whose open days have no estimate (a trial\'s)', async () => {
    const plan = path.join(tempDir('lp-status-'), 'es.md');
    fs.writeFileSync(plan, '# Plan\n\n### D\u00eda 1: Media \u2705 2026-11-27\n- [x] Leer (30 minutos) \u2705 2026-11-27\n\n### D\u00eda 2: Varianza\n- [ ] Ejercicios\n');
    const text = (await run('status', plan, '--today', '2026-11-27')).out;
    assert.match(text, /es\.md {2}1\/2 days {2}\(active\)\n/);
    fs.writeFileSync(plan, '# Plan\n\n### D\u00eda 1: Media \u2705 2026-11-27\n- [x] Leer (30 minutos) \u2705 2026-11-27\n');
    assert.match((await run('status', plan, '--today', '2026-11-27')).out, /es\.md {2}\u2713 1\/1 days \u00b7 30 min planned {2}\(active\)\n/, 'a plan done: what it held');
  });

  it('shows a journal as its entries: no progress, no study time left from a "(12 min)" in its links (issue 16)', async () => {
    const dir = tempDir('lp-status-');
    const journal = path.join(dir, 'week-journal.md');
    // The learner's own journal, with a link that says how long the video was.
    fs.writeFileSync(journal, fs.readFileSync(path.join(FIXTURES, '..', 'formats', 'week-journal.md'), 'utf8').replace(/\n## Tuesday/, '\n[Joins explained (12 min)](https://example.com/joins)\n\n## Tuesday'));
    const text = (await run('status', journal)).out;
    assert.match(text, /week-journal\.md {2}journal, 7 entries/);
    assert.doesNotMatch(text, /left of/);
    const [plan] = JSON.parse((await run('status', journal, '--json')).out).plans;
    assert.strictEqual(plan.journal, true);
    assert.deepStrictEqual(plan.plannedMinutes, { total: 0, left: 0 });
  });

  it('takes --today, keeps the streak alive through the day after, and reports future stamps', async () => {
    const file = path.join(tempDir('lp-status-'), 'p.md');
    fs.writeFileSync(file, '### Day 1 \u2705 2026-11-19\n### Day 2 \u2705 2026-11-20\n### Day 3 \u2705 2026-12-25\n### Day 4\n');
    const next = JSON.parse((await run('status', file, '--json', '--today', '2026-11-21')).out);
    assert.deepStrictEqual([next.streak.current, next.futureStamps], [2, ['2026-12-25']]);
    const later = (await run('status', file, '--today', '2026-11-23'));
    assert.match(later.out, /Streak: 0 days; longest 2/);
    assert.match(later.out, /Current day: Day 4/);
    assert.match(later.err, /dated 2026-12-25, after today/);
  });

  it('exits 2 for a missing path or a bad --today', async () => {
    assert.strictEqual((await run('status', '/no/such')).code, 2);
    assert.strictEqual((await run('status', FIXTURES, '--today', 'tomorrow')).code, 2);
  });
});

// What a learner asked after a first session (a learner's report): what do I do today, in words.
describe('CLI: status of a plan whose days are all done', () => {
  it('says its tasks still open outside its days, and where the next plan starts (a trial\'s said neither)', async () => {
    const dir = tempDir('lp-status-');
    for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    const plan = path.join(dir, 'days-031-060-lakehouse-for-ai.md');
    assert.strictEqual((await run('done', plan, '31-60', '--date', '2026-11-21')).code, 0);
    // A task left open inside a day done is no task outside its days (a review's was counted).
    const done = fs.readFileSync(plan, 'utf8');
    const heading = /^### \*\*Day 31 .*\n/m.exec(done)![0];
    fs.writeFileSync(plan, done.replace(heading, `${heading}- [ ] optional extra reading\n`));
    const { out } = await run('status', dir);
    const next = path.join(dir, 'month-3-batch-etl.md');
    assert.ok(out.includes([
      `All days of ${plan} are done`,
      '  24 tasks outside its days are still open, from line 289: Delta Lake and Iceberg mastery for AI workloads',
      `Next plan: ${next}, from Day 1 (learning-plans status ${next})`,
    ].join('\n')), out);
  });
});

describe('CLI: a plan that is not UTF-8', () => {
  it('is said once, with its first line so read (a trial\'s Latin-1 `Caf\\xe9` showed as `Caf\ufffd` without a word)', async () => {
    const dir = tempDir('lp-status-');
    const file = path.join(dir, 'cafe.md');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('# Plan\n\n### Day 1 - Caf'), Buffer.from([0xe9]), Buffer.from(' basics\n- [ ] read\n')]));
    const result = await run('status', dir);
    assert.strictEqual(result.code, 0, result.err);
    assert.strictEqual(result.err, `learning-plans: warning: ${file} is not UTF-8 (from line 3: saved as Latin-1 or Windows-1252?): its other bytes are shown as \ufffd, and it is edited only once saved as UTF-8\n`);
    // Not by index, which scripts run (nor by readme, heatmap or badge).
    assert.strictEqual((await run('index', dir)).err, '');
    // A replacement character written in the file itself is text like any other: nothing said.
    fs.writeFileSync(file, '# Plan\n\n### Day 1 - Caf\ufffd basics\n- [ ] read\n');
    assert.strictEqual((await run('status', file)).err, '');
  });
});

describe('CLI: today in words', () => {
  function copy(): { dir: string; plan: string } {
    const dir = tempDir('lp-today-');
    for (const name of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    return { dir, plan: path.join(dir, 'days-031-060-lakehouse-for-ai.md') };
  }

  it('status lists the current day\'s fields, with the links on their lines, and its tasks', async () => {
    const { plan } = copy();
    const lines = (await run('status', plan)).out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Current day: Day 31 - Lakehouse vs Data Warehouse for AI'));
    assert.deepStrictEqual(lines.slice(at + 1, at + 4), [
      '  Learning Objective: Understand why traditional data warehouses fail for AI workloads',
      '  Task (30 min): Study limitations of data warehouses for AI/ML and benefits of lakehouse',
      '  Resource: Lakehouse vs Data Warehouse for ML <https://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html>',
    ]);
    const dir = tempDir('lp-today-tasks-');
    const tasks = path.join(dir, 'plan.md');
    fs.writeFileSync(tasks, '### Day 1\n- [x] a\n### Day 2\n- [ ] read\n- [/] code\n- [-] skip\n');
    assert.match((await run('status', tasks)).out, /Current day: Day 2 \(.*plan\.md:3\)\n {2}\[ \] read {2}\(line 4\)\n {2}\[\/\] code {2}\(line 5\)\n {2}\[-\] skip {2}\(line 6\)\n/, 'each task with the line toggle takes');
    fs.writeFileSync(tasks, '### [ ] Day 1\nSee [the docs](https://example.com/d) first.\n- [ ] read\n');
    // The paragraph's words, its link under it (a trial's prose beside fields was left out).
    assert.match((await run('status', tasks)).out, /Current day: Day 1 \(.*plan\.md:1\)\n {2}See the docs first\.\n {4}the docs <https:\/\/example\.com\/d>\n {2}\[ \] read {2}\(line 3\)\nStreak/, 'a link in prose; the heading task is the day itself');
    assert.match((await run('toggle', tasks, '3')).out, /Checked/, 'the line status shows is the one toggle takes');
    // In the plan's order: the links nested under a `Resources:` field follow it (they were at the bottom,
    // under an empty `Resources: `).
    // Indented under it; a bare address once (`https://x <https://x>` said it twice).
    fs.writeFileSync(tasks, '### Day 1\n- **Resources:**\n  - [Docs](https://example.com/d)\n  - https://example.com/v\n- **Task:** read\n- [ ] code\n\nSee https://example.com/after\n');
    assert.match((await run('status', tasks)).out, /Current day: Day 1 \(.*plan\.md:1\)\n {2}Resources:\n {4}Docs <https:\/\/example\.com\/d>\n {4}https:\/\/example\.com\/v\n {2}Task: read\n {2}\[ \] code {2}\(line 6\)\n {2}See https:\/\/example\.com\/after\n/, 'a paragraph with a bare address: said once');
  });

  it('undone and log: two days marked on one date are no guess; a date names the day marked on it before the one scheduled (a learner\'s report)', async () => {
    const dir = tempDir('lp-marked-');
    const plan = path.join(dir, 'plan.md');
    fs.writeFileSync(plan, '---\nstart: 2026-11-19\n---\n### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n### Day 3\n### Day 4\n');
    assert.strictEqual((await run('done', plan, '2')).code, 0);
    assert.strictEqual((await run('done', plan, '1')).code, 0);
    const two = await run('undone', plan, 'today');
    assert.strictEqual(two.code, 1);
    assert.strictEqual(two.err, `learning-plans: 2 days of ${plan} were marked complete on 2026-11-21; name one by its line:\n  line:4  Day 1\n  line:6  Day 2\nnothing written\n`);
    assert.strictEqual((await run('log', plan, 'today', '10m')).code, 1, 'log: the same');
    assert.strictEqual((await run('undone', plan, '2')).code, 0);
    // 2026-11-21 is scheduled for Day 3 (start 11-19, no rest days); Day 1 was marked complete on it.
    assert.match((await run('log', plan, '2026-11-21', '20m')).out, /Logged 20 min on Day 1\n/);
    assert.match((await run('undone', plan, '2026-11-21')).out, /Marked Day 1 incomplete/);
    assert.match((await run('links', plan, '2026-11-21')).err, /Day 3 in .* has no links/, 'a date for a verb that reads: the day scheduled');
    // A journal's entry headed by the date is named by it, whatever was marked complete that day.
    const journal = path.join(dir, 'journal.md');
    fs.writeFileSync(journal, '## 2026-11-20\n- [ ] a\n## 2026-11-21\n- [ ] b\n');
    assert.strictEqual((await run('done', journal, '2026-11-20')).code, 0);
    assert.match((await run('log', journal, '2026-11-21', '5m')).out, /Logged 5 min on "2026-11-21"/);
  });

  it('takes today as a DAY: the current day for done and links, the day marked today for log and undone', async () => {
    const { plan } = copy();
    assert.strictEqual((await run('links', plan, 'today')).out, 'Lakehouse vs Data Warehouse for ML\thttps://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html\n');
    assert.match((await run('log', plan, 'today', '20m')).out, /Day 31/, 'nothing marked today: the current day');
    assert.match((await run('done', plan, 'TODAY')).out, /Marked Day 31 complete \(\u2705 2026-11-21\)/);
    assert.match((await run('log', plan, 'today', '30m')).out, /Day 31/, 'the day just studied, not the next one');
    assert.strictEqual((await run('links', plan, 'today')).out.split('\t')[0], 'Delta Lake for ML', 'links: the next day');
    assert.match((await run('undone', plan, 'today')).out, /Marked Day 31 incomplete/);
    const nothing = await run('undone', plan, 'today');
    assert.strictEqual(nothing.code, 1);
    assert.match(nothing.err, /no day of .* was marked complete today \(2026-11-21\)/);
    const finished = path.join(tempDir('lp-today-done-'), 'plan.md');
    fs.writeFileSync(finished, '### Day 1 \u2705 2026-11-20\n');
    const refused = await run('done', finished, 'today');
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /has no current day: every day is done or skipped/);
    const journal = path.join(tempDir('lp-today-journal-'), 'journal.md');
    fs.writeFileSync(journal, '## Monday\nread\n## Tuesday\ncoded\n');
    assert.match((await run('log', journal, 'today', '30m')).err, /is a journal with no entry for 2026-11-21: add one \(## Saturday\), or name an entry by its date or weekday/);
    // An entry for the day, by its date or its weekday, is today's (a learner's `log j.md today` was refused beside one).
    const dated = path.join(tempDir('lp-today-journal-'), 'dated.md');
    fs.writeFileSync(dated, '## 2026-11-20\nread\n## 2026-11-21\n');
    assert.match((await run('log', dated, 'today', '30m')).out, /Logged 30 min on "2026-11-21"/);
    const week = path.join(tempDir('lp-today-journal-'), 'week.md');
    fs.writeFileSync(week, '## Friday\nread\n## Saturday\ncoded\n');
    const saturday = await run('log', week, 'today', '30m');
    assert.match(saturday.out, /Logged 30 min on "Saturday"/);
    assert.strictEqual(saturday.err, '', 'today names the date\'s own section: nothing to say');
    // Another weekday's section named: logged as asked, and said (a trial's went under Saturday on a Friday unnoticed).
    const friday = await run('log', week, 'saturday', '20m', '--date', '2026-11-20');
    assert.match(friday.out, /Logged 20 min on "Saturday"/);
    assert.strictEqual(friday.err, 'learning-plans: note: 2026-11-20 is a Friday: the session is logged under Saturday\'s section\n');
    // An entry named is refused too (it was stamped, and counted in the streak on the day it was written).
    for (const day of ['today', 'monday']) {
      const entry = await run('done', journal, day);
      assert.deepStrictEqual([entry.code, entry.err], [1, `learning-plans: ${journal} is a journal: its entries are records, with nothing to mark complete (log time with learning-plans log); nothing written\n`]);
    }
    assert.strictEqual(fs.readFileSync(journal, 'utf8'), '## Monday\nread\n## Tuesday\ncoded\n');
  });

  it('says when a done day\'s \u2705 carries a date written another way (a learner typed 26/11/2026: it counted in no streak)', async () => {
    const file = path.join(tempDir('lp-undated-'), 'plan.md');
    fs.writeFileSync(file, '### Day 33: Iceberg \u2705 26/11/2026\n### Day 34 \u2705 05.11.2026\n### Day 35 \u2705 2026-11-20\n### Day 36\n');
    const { code, err } = await run('status', file);
    assert.strictEqual(code, 0);
    assert.strictEqual(err, [
      `learning-plans: warning: ${file}:1: Day 33: Iceberg \u2705 26/11/2026 is done, but 26/11/2026 is no date as YYYY-MM-DD: it counts in no streak or heatmap (write \u2705 2026-11-26)`,
      `learning-plans: warning: ${file}:2: Day 34 \u2705 05.11.2026 is done, but 05.11.2026 is no date as YYYY-MM-DD: it counts in no streak or heatmap`,
      '',
    ].join('\n'));
  });

  it('says why the current day, a table row holding a date either order reads, is open (a trial\'s Today stayed on it silently)', async () => {
    const file = path.join(tempDir('lp-unread-'), 'plan.md');
    // Months apart either way (`01/03/2026`, `03/05/2026`): nothing says the order (days apart, they would).
    const table = '# SQL\n\n| Day | Topic | Completed |\n|---|---|---|\n| 1 | SELECT | 01/03/2026 |\n| 2 | JOIN | 03/05/2026 |\n| 3 | CTE | |\n';
    fs.writeFileSync(file, table);
    const { code, err } = await run('status', file);
    assert.strictEqual(code, 0);
    assert.strictEqual(err, `learning-plans: warning: ${file}:5: Day 1: SELECT holds 01/03/2026, which reads 2026-01-03 or 2026-03-01, and nothing in its table says whether month or day comes first: it reads open (write 2026-01-03 or 2026-03-01)\n`);
    // A date in the table that says the order: read, and nothing to say.
    fs.writeFileSync(file, table.replace('| 3 | CTE | |', '| 3 | CTE | 11/20/2026 |'));
    assert.strictEqual((await run('status', file)).err, '');
    // A cell that reads open whichever order (`⏳ 11/03/2026`, `Due 11/03/2026`): nothing to say either (a reviewer's).
    for (const open of ['\u23F3 11/03/2026', 'Due 11/03/2026']) {
      fs.writeFileSync(file, table.replace('| 1 | SELECT | 01/03/2026 |', `| 1 | SELECT | ${open} |`).replace('| 2 | JOIN | 03/05/2026 |', '| 2 | JOIN | |'));
      assert.strictEqual((await run('status', file)).err, '', open);
    }
  });

  it('undone takes off a \u2705 with a date written another way, and status then warns of none (it said to remove it by hand)', async () => {
    const file = path.join(tempDir('lp-undated-'), 'plan.md');
    fs.writeFileSync(file, '### Day 33: Iceberg \u2705 26/11/2026\r\n- [x] read \u2705 26/11/2026\r\n### Day 34\r\n');
    const { code, err } = await run('undone', file, '33');
    assert.deepStrictEqual([code, err], [0, '']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 33: Iceberg\r\n- [ ] read\r\n### Day 34\r\n');
    assert.strictEqual((await run('status', file)).err, '');
  });

  it('done DATE with two days planned on it takes the open one when the other is done (a learner\'s spread)', async () => {
    const file = path.join(tempDir('lp-spread-'), 'plan.md');
    fs.writeFileSync(file, '---\nstart: 2026-11-17\n---\n### Day 1\n### Day 2 \u{1F4C5} 2026-11-18\n### Day 3 \u{1F4C5} 2026-11-18\n### Day 4\n');
    const both = await run('done', file, '2026-11-18');
    assert.strictEqual(both.code, 1);
    assert.match(both.err, /2026-11-18 matches 2 days in .*; name one by its line:\n {2}line:5 {2}Day 2/);
    assert.strictEqual((await run('done', file, 'line:5')).code, 0);
    assert.match((await run('done', file, '2026-11-18')).out, /Marked Day 3 complete/);
  });

  it('a stamp after --today is said to count in no streak, not to be ignored (progress counts it: a learner\'s report)', async () => {
    const file = path.join(tempDir('lp-future-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1 \u2705 2026-11-02\n### Day 2 \u2705 2026-11-03\n### Day 3\n');
    const { err } = await run('status', file, '--today', '2026-11-02');
    // Named with its file and line (a trial's warning named none, over a journal's headings).
    assert.strictEqual(err, `learning-plans: warning: ${file}:2 (a day done) is dated 2026-11-03, after today (2026-11-02): no streak counts it until then, though what it marks counts as done\n`);
    // The sharing verbs say it as status does: a progress badge counts the day (a trial's warning said "ignored").
    const badge = await run('badge', file, '--svg', '-', '--kind', 'progress', '--today', '2026-11-02');
    assert.match(badge.out, /<title>plan progress: 2\/3 days/);
    assert.strictEqual(badge.err, `learning-plans: warning: ${file}:2 (a day done) is dated 2026-11-03, after today (2026-11-02): no streak or heatmap counts it until then, though what it marks counts as done\n`);
    // More than five: the rest are counted, not left unsaid (a trial's).
    const many = path.join(path.dirname(file), 'many.md');
    fs.writeFileSync(many, Array.from({ length: 8 }, (_, i) => `### Day ${i + 1} \u2705 2026-11-${String(i + 3).padStart(2, '0')}\n`).join(''));
    const warned = (await run('status', many, '--today', '2026-11-02')).err.trimEnd().split('\n');
    assert.deepStrictEqual([warned.length, warned[5]], [6, 'learning-plans: warning: and 3 more dates after today (status --json lists them all: futureStamps)']);
    const journal = path.join(path.dirname(file), 'journal.md');
    fs.writeFileSync(journal, '# Study journal\n\n## 2026-11-01\nRead.\n\n## 2026-11-04\n- [x] joins \u2705 2026-11-05\n');
    assert.strictEqual((await run('status', journal, '--today', '2026-11-02')).err, [
      `learning-plans: warning: ${journal}:6 (an entry) is dated 2026-11-04, after today (2026-11-02): no streak counts it until then`,
      `learning-plans: warning: ${journal}:7 (a task's stamp) is dated 2026-11-05, after today (2026-11-02): no streak counts it until then, though what it marks counts as done`, ''].join('\n'));
    // A day dated by its heading and ticked with no date of its own (a review's read "a stamp").
    const dated = path.join(path.dirname(file), 'dated.md');
    fs.writeFileSync(dated, '# SQL\n\n## 2026-11-01\n- [x] a\n\n## 2026-11-04\n- [x] b\n');
    assert.match((await run('status', dated, '--today', '2026-11-02')).err, /warning: \S*dated\.md:6 \(a day dated so\) is dated 2026-11-04/);
    // An entry marks nothing done (a trial's `Planned: ...` entry was said to).
    fs.writeFileSync(journal, '# Study journal\n\n## 2026-11-01\nRead.\n\n## 2026-11-04\nJoins.\n');
    assert.strictEqual((await run('status', journal, '--today', '2026-11-02')).err,
      `learning-plans: warning: ${journal}:6 (an entry) is dated 2026-11-04, after today (2026-11-02): no streak counts it until then\n`);
  });

  it('says the streak of named files is theirs only (a learner read 1 day against 7 over all plans); a folder\'s is not qualified', async () => {
    const dir = tempDir('lp-named-');
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, '### Day 1 \u2705 2026-11-21\n### Day 2\n');
    assert.match((await run('status', file, '--today', '2026-11-21')).out, /^Streak: 1 day; .*; 1 plan day done; counted in .*plan\.md only$/m);
    assert.match((await run('status', dir, '--today', '2026-11-21')).out, /^Streak: 1 day; .*; 1 plan day done$/m);
  });

  it('days written as checkbox items are days: done N checks the box and stamps it, undone takes both back (a learner\'s `- [ ] Day 3 - Borrowing`)', async () => {
    const file = path.join(tempDir('lp-taskdays-'), 'plan.md');
    const text = '# Rust\n- [x] Day 1 - Ownership\n- [ ] Day 2 - Borrowing\n  - [ ] chapter 4\n';
    fs.writeFileSync(file, text);
    assert.strictEqual((await run('done', file, '2', '--date', '2026-11-20')).out, `${file}: Marked Day 2 complete (\u2705 2026-11-20), 1 task checked\n`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '# Rust\n- [x] Day 1 - Ownership\n- [x] Day 2 - Borrowing \u2705 2026-11-20\n  - [x] chapter 4 \u2705 2026-11-20\n');
    assert.match((await run('done', file, '1')).out, /Day 1 is already complete/);
    assert.strictEqual((await run('undone', file, '2')).out, `${file}: Marked Day 2 incomplete, 1 task unchecked\n`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
  });

  it('done N names the task to toggle where a task reads Day N and is no day (one alone, or under day headings)', async () => {
    const file = path.join(tempDir('lp-taskdays-'), 'plan.md');
    fs.writeFileSync(file, '# Rust\n### Day 1\n- [ ] Day 2 - Borrowing\n- [x] Day 3 - Traits\n');
    const hint = (verb: string, day: string) => run(verb, file, day).then((r) => r.err);
    assert.strictEqual(await hint('done', '2'), `learning-plans: ${file} has no Day 2 (its only numbered day is Day 1); line 3 is a task that reads 'Day 2 - Borrowing': check it with learning-plans toggle ${file} 3; nothing written\n`);
    assert.match(await hint('done', '3'), /line 4 is a task that reads 'Day 3 - Traits': checked already; nothing written/);
    assert.match(await hint('undone', '3'), /uncheck it with learning-plans toggle .* 4; nothing written/);
    assert.match(await hint('done', '4'), /has no Day 4 \(its only numbered day is Day 1\); nothing written/);
  });

  it('a number two item days hold is listed by their lines and the section holding them, with no hint to toggle one of them as a task', async () => {
    const file = path.join(tempDir('lp-taskdays-'), 'plan.md');
    fs.writeFileSync(file, '# D\n- [ ] Day 1: a\n- [ ] Day 3: b\n\n## Other track\n- [ ] Day 1: x\n- [ ] Day 3: y\n');
    assert.strictEqual((await run('done', file, '3')).err, `learning-plans: Day 3 matches 2 days in ${file}; name one by its line:\n  line:3  Day 3: b\n  line:7  Day 3: y  (Other track)\nnothing written\n`);
  });

  it('status prints a link on a task\'s own line after the task, under it (before it, it read as the task above\'s)', async () => {
    const plan = path.join(tempDir('lp-tasklink-'), 'plan.md');
    fs.writeFileSync(plan, '### Day 1 - Links\n- [ ] First task\n- [ ] Read [the docs](https://docs.example.com) carefully\n  - [more](https://more.example.com)\n- [ ] Last task\n');
    const lines = (await run('status', plan, '--today', '2026-11-27')).out.split('\n');
    const at = lines.indexOf('  [ ] First task  (line 2)');
    assert.deepStrictEqual(lines.slice(at, at + 5), [
      '  [ ] First task  (line 2)',
      '  [ ] Read the docs carefully  (line 3)',
      '    the docs <https://docs.example.com>',
      // Nested under the task, with it (a link alone on an item nested under a task).
      '    more <https://more.example.com>',
      '  [ ] Last task  (line 5)',
    ], lines.join('\n'));
  });

  it('a day with no links prints no line, and says so on stderr', async () => {
    const file = path.join(tempDir('lp-links-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1\n- [ ] a\n');
    assert.deepStrictEqual(await run('links', file, '1'), { code: 0, out: '', err: `learning-plans: Day 1 in ${file} has no links\n` });
  });

  it('log today --date D logs on the day marked complete on D, not on the day after it (a learner\'s report)', async () => {
    const { plan } = copy();
    assert.match((await run('done', plan, '31', '--date', '2026-11-19')).out, /Marked Day 31 complete/);
    assert.match((await run('done', plan, '32', '--date', '2026-11-20')).out, /Marked Day 32 complete/);
    assert.match((await run('log', plan, 'today', '30m', '--date', '2026-11-19')).out, /Logged 30 min on Day 31/);
    assert.match((await run('log', plan, 'today', '30m', '--date', '2026-11-20')).out, /Logged 30 min on Day 32/);
    // Nothing marked on a past date: the day in hand then, the first not done by that date (it was the current day).
    assert.match((await run('log', plan, 'today', '30m', '--date', '2026-11-18')).out, /Logged 30 min on Day 31/, 'before Day 31 was done: Day 31');
    assert.match((await run('done', plan, '33', '--date', '2026-11-21')).out, /Marked Day 33 complete/);
    assert.match((await run('log', plan, 'today', '15m', '--date', '2026-11-19')).out, /Logged 15 min on Day 31/, 'marked that day');
    assert.match((await run('log', plan, 'today', '15m')).out, /Logged 15 min on Day 33/, 'today: marked today');
    // A day done by its tasks on a date (no stamp on its heading) is the day marked complete then.
    const tasks = path.join(path.dirname(plan), 'tasks.md');
    fs.writeFileSync(tasks, '### Day 1\n- [x] a \u2705 2026-11-20\n### Day 2\n- [ ] b\n');
    assert.match((await run('log', tasks, 'today', '20m', '--date', '2026-11-20')).out, /Logged 20 min on Day 1/);
  });

  it('the schedule line: a shift that makes the current day today\'s once the plan\'s end has passed, and today\'s day done on the day is on schedule (a learner\'s report)', async () => {
    const dir = tempDir('lp-status-pace-');
    const ended = path.join(dir, 'rust.md');
    fs.writeFileSync(ended, '---\nstart: 2026-11-18\n---\n# Rust\n### Day 1 - Own\n- [ ] read\n### Day 2 - Borrow\n- [ ] read\n');
    const behind = (await run('status', ended)).out;
    // Every open day missed (the plan's end passed): a shift, and where it ends the plan; no spread (it would only crowd them).
    assert.match(behind, /Schedule: 2 days behind schedule \(planned for 2026-11-18\); was to end 2026-11-19 \(catch up: learning-plans replan \S+ --shift 3 ends it 2026-11-22\)\n/, behind);
    assert.strictEqual((await run('replan', ended, '--shift', '3')).code, 0);
    assert.match((await run('status', ended)).out, /Schedule: on schedule \(planned for 2026-11-21\); ends 2026-11-22\n/);
    const fresh = path.join(dir, 'today.md');
    fs.writeFileSync(fresh, '---\nstart: 2026-11-21\n---\n# T\n### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n### Day 3\n- [ ] c\n');
    assert.strictEqual((await run('done', fresh, '1')).code, 0);
    assert.match((await run('status', fresh)).out, /Schedule: on schedule \(planned for 2026-11-22\)/);
    assert.strictEqual((await run('done', fresh, '2')).code, 0);
    assert.match((await run('status', fresh)).out, /Schedule: 1 day ahead of schedule \(planned for 2026-11-23\)/);
    // Before its start, with nothing done, a plan starts then (a trial's read "on schedule" a week before); a day done early is ahead.
    const later = path.join(dir, 'later.md');
    fs.writeFileSync(later, '---\nstart: 2026-11-25\n---\n# L\n### Day 1\n- [ ] a\n### Day 2\n- [ ] b\n');
    assert.match((await run('status', later)).out, /\nSchedule: starts 2026-11-25; ends 2026-11-26\n/);
    assert.strictEqual((await run('done', later, '1')).code, 0);
    assert.match((await run('status', later)).out, /\nSchedule: 1 day ahead of schedule \(planned for 2026-11-26\); ends 2026-11-26\n/);
  });

  it('warns of a front matter start it cannot read, on stderr, and still reports (a learner\'s report)', async () => {
    const file = path.join(tempDir('lp-status-start-'), 'plan.md');
    fs.writeFileSync(file, '---\nStart: 2026-11-20\n---\n# P\n### Day 1\n- [ ] a\n');
    const result = await run('status', file);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.err, `learning-plans: warning: ${file}: "Start:" in the front matter is not read (the key is start:, in lower case); the plan has no start date\n`);
    assert.match(result.out, /Current day: Day 1/);
    fs.writeFileSync(file, '---\nstart: 2026-11-20\n---\n# P\n### Day 1\n- [ ] a\n');
    assert.strictEqual((await run('status', file)).err, '');
  });

  it('the catch-up it suggests counts as the status did: its --rest and --today go into the command, which then catches up (found by a review)', async () => {
    const file = path.join(tempDir('lp-status-rest-'), 'q.md');
    fs.writeFileSync(file, `---\nstart: 2026-11-16\n---\n# Q\n${Array.from({ length: 12 }, (_, i) => `### Day ${i + 1}\n- [ ] t${i + 1}\n`).join('')}`);
    const out = (await run('status', file, '--today', '2026-11-20', '--rest', 'sat,sun')).out;
    const command = /\(catch up: learning-plans replan \S+ (--shift 4 --rest sat,sun --today 2026-11-20) ends it 2026-12-07; (--spread 7 --rest sat,sun --today 2026-11-20) ends it 2026-12-01 \(two days on 4 of the next 7 study days\)\)/.exec(out);
    assert.ok(command, out);
    // Either one, run as suggested, catches up, and ends the plan where it said (the spread where it was planned to).
    const copy = path.join(path.dirname(file), 'q2.md');
    fs.copyFileSync(file, copy);
    assert.strictEqual((await run('replan', file, ...command[1].split(' '))).code, 0);
    assert.match((await run('status', file, '--today', '2026-11-20', '--rest', 'sat,sun')).out, /Schedule: on schedule \(planned for 2026-11-20\); ends 2026-12-07\n/);
    assert.strictEqual((await run('replan', copy, ...command[2].split(' '))).code, 0);
    assert.match((await run('status', copy, '--today', '2026-11-20', '--rest', 'sat,sun')).out, /Schedule: on schedule \(planned for 2026-11-20\); ends 2026-12-01\n/);
  });

  it('suggests the catch-up replan would do: a spread over no more days than the open ones fill, none for a table plan (its rows carry no date)', async () => {
    const dir = tempDir('lp-status-advice-');
    const rows = Array.from({ length: 17 }, (_, i) => `| ${i + 1} | topic ${i + 1} | \u2b1c |\n`).join('');
    const table = path.join(dir, 'table.md');
    fs.writeFileSync(table, `---\nstart: 2026-11-20\n---\n# Plan\n\n| Day | Topic | Status |\n|---|---|---|\n${rows}`);
    const out = (await run('status', table, '--today', '2026-11-27')).out;
    assert.match(out, /Schedule: 7 days behind schedule \(planned for 2026-11-20\); ends 2026-12-06 \(catch up: learning-plans replan \S+ --shift 7 --today 2026-11-27 ends it 2026-12-13\)\n/, out);
    assert.strictEqual((await run('replan', table, '--spread', '7', '--today', '2026-11-27', '--dry-run')).code, 1, 'what it leaves out, replan refuses');
    // Four days missed and two planned from today on: no spread (every date of it would take two, a review), a shift.
    const short = path.join(dir, 'short.md');
    fs.writeFileSync(short, `---\nstart: 2026-11-23\n---\n# P\n${Array.from({ length: 6 }, (_, i) => `### Day ${i + 1}\n- [ ] t\n`).join('')}`);
    assert.match((await run('status', short, '--today', '2026-11-27')).out, /--shift 4 --today 2026-11-27 ends it 2026-12-02\)\n/);
    // Four missed and five ahead: over five days, not a week (two would stand empty).
    fs.writeFileSync(short, `---\nstart: 2026-11-23\n---\n# P\n${Array.from({ length: 9 }, (_, i) => `### Day ${i + 1}\n- [ ] t\n`).join('')}`);
    assert.match((await run('status', short, '--today', '2026-11-27')).out, /; --spread 5 --today 2026-11-27 ends it 2026-12-01 \(two days on 4 of the next 5 study days\)\)\n/);
    // Days planned every other day: the missed ones fit the gaps one a day, and the spread keeps the end (a trial read
    // `two days on 0 of the next 6 study days`).
    const gaps = path.join(dir, 'gaps.md');
    fs.writeFileSync(gaps, `# P\n${Array.from({ length: 6 }, (_, i) => `### Day ${i + 1} \u{1F4C5} 2026-11-${20 + 2 * i}\n- [${i === 0 ? 'x' : ' '}] t\n`).join('')}`);
    assert.match((await run('status', gaps, '--today', '2026-11-25')).out, /; --spread 6 --today 2026-11-25 ends it 2026-11-30 \(no day doubled over the next 6 study days\)\)\n/);
    // A tracker planned Monday to Friday rests at weekends, and says so (the learner wrote no rest:).
    const weekdays = path.join(dir, 'weekdays.md');
    const dates = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
    fs.writeFileSync(weekdays, `# SQL\n\n| Day | Topic | Planned | Done |\n|---|---|---|---|\n${dates.map((d, i) => `| ${i + 1} | T${i + 1} | 2026-11-${d} | ${i < 2 ? '\u2705' : ''} |`).join('\n')}\n`);
    const inferred = (await run('status', weekdays, '--today', '2026-11-09')).out;
    assert.match(inferred, /Schedule: 3 days behind schedule \(planned for 2026-11-04\).*--shift 3 --today 2026-11-09 ends it 2026-11-18/);
    assert.match(inferred, /\n {2}\(rests on sat, sun: its planned dates leave them out; --rest none plans every day\)\n/);
    const none = (await run('status', weekdays, '--today', '2026-11-09', '--rest', 'none')).out;
    assert.doesNotMatch(none, /rests on/);
    assert.match(none, /--shift 5 --rest none --today 2026-11-09/);
    // A replan around it keeps it: its new dates leave a Thursday and a Friday alone, which no longer say it, so it is
    // written down (a trial's shift lost the rest, and the next one planned weekends); --rest none writes none.
    const replanned = await run('replan', weekdays, '--shift', '3', '--today', '2026-11-09', '--dry-run');
    assert.match(replanned.out, /^--- a\/.*\n\+\+\+ b\/.*\n@@ [^\n]* @@\n\+---\n\+rest: \[sat, sun\]\n\+---\n # SQL\n/);
    assert.match(replanned.out, /\+\| 3 \| T3 \| 2026-11-09 \|/);
    assert.match(replanned.out, /\(ends 2026-11-18, was 2026-11-13; on schedule\); rest: \[sat, sun\] written in its front matter, as its dates said before \(dry run/);
    assert.doesNotMatch(replanned.err, /planned around rest/, 'written: no note to write it');
    // In --json the front matter is lines inserted, not a change of the title under them, and the rest kept is named.
    const json = JSON.parse((await run('replan', weekdays, '--shift', '3', '--today', '2026-11-09', '--dry-run', '--json')).out);
    const inserted = json.changes.filter((change: { inserted?: string }) => change.inserted !== undefined);
    assert.deepStrictEqual([inserted, json.keptRest], [[{ line: 1, inserted: '---\nrest: [sat, sun]\n---' }], ['sat', 'sun']]);
    assert.ok(json.changes.length > 1 && json.changes.every((change: { before?: string; inserted?: string }) => typeof (change.before ?? change.inserted) === 'string'), JSON.stringify(json.changes));
    const noRest = await run('replan', weekdays, '--shift', '3', '--today', '2026-11-09', '--dry-run', '--rest', 'none');
    assert.doesNotMatch(noRest.out + noRest.err, /rest:|rest on/);
    // A shift that leaves the dates saying it: nothing written, and the note says how to keep it.
    const threeWeeks = path.join(dir, 'three-weeks.md');
    const fifteen = [...dates, '16', '17', '18', '19', '20'];
    fs.writeFileSync(threeWeeks, `# SQL\n\n${fifteen.map((d, i) => `### Day ${i + 1} \u{1F4C5} 2026-11-${d}\n- [${i < 2 ? 'x' : ' '}] t\n`).join('')}`);
    const within = await run('replan', threeWeeks, '--shift', '2', '--today', '2026-11-06', '--dry-run');
    assert.doesNotMatch(within.out, /\+rest:/);
    assert.match(within.err, /note: planned around rest on sat, sun, which its dates leave out; to keep it when the dates change, write rest: \[sat, sun\] in its front matter/);
  });
});


describe('CLI: a file of tasks alone (an Obsidian vault\'s, a to-do list)', () => {
  it('status lists a tracker\'s first open tasks with their lines and sections: what to do next (it said only how to check one)', async () => {
    const file = path.join(tempDir('lp-tracker-'), 'tracker.md');
    const done = Array.from({ length: 3 }, (_, i) => `- [x] basics ${i + 1}`).join('\n');
    const open = Array.from({ length: 7 }, (_, i) => `- [ ] skill ${i + 1}`).join('\n');
    fs.writeFileSync(file, `# Journey\n## Lakehouse\n### Iceberg\n#### Concepts\n${done}\n- [-] dropped\n- [/] partitioning\n#### Skills\n${open}\n`);
    // All of them listed: not "the first" (a trial's).
    fs.writeFileSync(path.join(path.dirname(file), 'few.md'), '# Few\n- [ ] a\n- [x] b\n- [ ] c\n');
    assert.match((await run('status', path.join(path.dirname(file), 'few.md'))).out, /\nOpen: 2 of 3 tasks:\n {2}\[ \] a {2}\(line 2, Few\)\n {2}\[ \] c /);
    const lines = (await run('status', file)).out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Open:'));
    assert.deepStrictEqual(lines.slice(at, at + 6), [
      'Open: 8 of 11 tasks; the first 5:',
      '  [/] partitioning  (line 9, Iceberg \u203A Concepts)',
      '  [ ] skill 1  (line 11, Iceberg \u203A Skills)',
      '  [ ] skill 2  (line 12, Iceberg \u203A Skills)',
      '  [ ] skill 3  (line 13, Iceberg \u203A Skills)',
      '  [ ] skill 4  (line 14, Iceberg \u203A Skills)',
    ], lines.join('\n'));
    assert.ok(lines[at + 6].startsWith('Streak:'), 'five at most');
  });

  it('status says it has no days and how its tasks are checked, and lists what is due; done and replan say the same', async () => {
    const dir = tempDir('lp-tasks-');
    const file = path.join(dir, 'Go.md');
    fs.writeFileSync(file, '# Go\n\n- [ ] Learn goroutines \u{1F4C5} 2026-11-20\n- [ ] Channels \u{1F4C5} 2026-11-21\n- [ ] Select\n');
    const status = await run('status', file);
    // It said "No plan with days found." and nothing of the two tasks due.
    assert.match(status.out, /\nNo days in \S*Go\.md: check a task with learning-plans toggle \S*Go\.md LINE \(or "its words"\); log study time with learning-plans log \S*Go\.md today 30m\nOpen: 3 of 3 tasks; the one not due:\n {2}\[ \] Select {2}\(line 5, Go\)\nDue: 1 overdue, 1 today\n {2}\[ \] Learn goroutines {2}\u{1F4C5} 2026-11-20 \(\S*Go\.md:3\)\n {2}\[ \] Channels {2}\u{1F4C5} 2026-11-21 \(\S*Go\.md:4\)\n/u);
    const json = JSON.parse((await run('status', file, '--json')).out);
    assert.deepStrictEqual(json.dueTasks.map((d: { line: number; state: string }) => [d.line, d.state]), [[3, 'overdue'], [4, 'today']]);
    // `done Go.md 1` said "has no Day 1".
    const done = await run('done', file, '1');
    assert.strictEqual(done.code, 1);
    assert.match(done.err, /Go\.md has no days, only tasks: check one with learning-plans toggle \S*Go\.md LINE \(or "its words"\); log time with learning-plans log \S*Go\.md today 30m; nothing written/);
    // Time is logged under the section being worked through (a trial's weekly checklist could log none).
    const logged = await run('log', file, 'today', '45m');
    assert.strictEqual(logged.code, 0, logged.err);
    assert.match(logged.out, /Logged 45 min on "Go"\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '# Go\n\n- [ ] Learn goroutines \u{1F4C5} 2026-11-20\n- [ ] Channels \u{1F4C5} 2026-11-21\n- [ ] Select\n- \u23F1 2026-11-21 (45 min)\n');
    assert.match((await run('status', file)).out, /Go\.md {2}0\/3 tasks · 45 min studied/);
    fs.writeFileSync(path.join(dir, 'fm.md'), '---\nstart: 2026-11-01\n---\n# Notes\n');
    // It said "fm has no schedule ...: give it a start date", to a file that had one.
    assert.match((await run('replan', path.join(dir, 'fm.md'), '--shift', '3')).err, /fm\.md has no days to schedule; nothing written/);
    assert.match((await run('replan', path.join(dir, 'fm.md'), '--shift', '3', '--spread', '2')).err, /replan takes one of --shift N, --spread K, --skip DAY or --start DATE at a time, not two/);
  });
});

describe('CLI: log under a section named as DAY', () => {
  it('a plan of tasks alone takes its section by heading (a trial\'s `log rust.md "Week 1" 15m` was a usage error)', async () => {
    const dir = tempDir('lp-sections-');
    const file = path.join(dir, 'rust.md');
    const text = '# Rust\n\n## Week 1: Basics\n\n- [x] Read chapter 1\n- [ ] Read chapter 2\n\n## Week 2: Ownership\n\n- [ ] Ownership\n';
    fs.writeFileSync(file, text);
    const logged = await run('log', file, 'week 2', '20m', '--date', '2026-11-20');
    assert.strictEqual(logged.code, 0, logged.err);
    assert.match(logged.out, /Logged 20 min on "Week 2: Ownership"\n$/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), `${text}- \u23F1 2026-11-20 (20 min)\n`);
    // A name that fits several, or none: the sections to pick from (the title over them is none), nothing written.
    const several = await run('log', file, 'Week', '20m');
    assert.strictEqual(several.code, 1);
    assert.match(several.err, /'Week' names 2 sections of \S*rust\.md; name one as written:\n {2}Week 1: Basics \(line 3\)\n {2}Week 2: Ownership \(line 8\)\nnothing written/);
    const none = await run('log', file, 'Week 9', '20m');
    assert.strictEqual(none.code, 1);
    assert.match(none.err, /\S*rust\.md has no section 'Week 9'; its sections:\n {2}Week 1: Basics \(line 3\)\n {2}Week 2: Ownership \(line 8\)\n/);
    // In a plan with days it is no DAY, as before: the usage error.
    const days = path.join(dir, 'days.md');
    fs.writeFileSync(days, '# Plan\n\n## Week 1\n\n### Day 1\n\n### Day 2\n');
    const usage = await run('log', days, 'Week 1', '20m');
    assert.strictEqual(usage.code, 2);
    assert.match(usage.err, /DAY must be a day number/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), `${text}- \u23F1 2026-11-20 (20 min)\n`);
  });
});

describe('CLI: a folder with no plan', () => {
  it('status says where it looked and what a plan is; heatmap and badge warn that they show nothing', async () => {
    const dir = tempDir('lp-empty-');
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nJust text.\n');
    assert.match((await run('status', dir)).out, /\nNo plan found in \S+ \(a plan is a markdown file of study: days, a day table or checkboxes\)\.\n/);
    const heatmap = await run('heatmap', dir, '--svg', path.join(dir, 'h.svg'));
    assert.strictEqual(heatmap.code, 0);
    assert.match(heatmap.err, /warning: no plan found in \S+ .*: the heatmap shows no activity/);
    assert.match((await run('badge', dir, '--svg', path.join(dir, 'b.svg'))).err, /warning: no plan found in .*: the badge counts nothing/);
  });
});

describe('CLI: a folder of plans, another one planned for today', () => {
  // A trial's second plan had a day planned for today; a folder's status named only the active plan's.
  it('names the other plans\' next days planned for today (text and JSON), not a day of a plan behind', async () => {
    const dir = tempDir('lp-also-');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nstart: 2026-11-19\n---\n# A\n\n### Day 1 - a \u2705 2026-11-19\n\n### Day 2 - b \u2705 2026-11-20\n\n### Day 3 - c\n\n### Day 4 - d\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '# B\n\n### Day 1 - x \u{1F4C5} 2026-11-21\n\n### Day 2 - y\n');
    fs.writeFileSync(path.join(dir, 'c.md'), '---\nstart: 2026-11-18\n---\n# C\n\n### Day 1 - p\n\n### Day 2 - q\n\n### Day 3 - r\n\n### Day 4 - s\n');
    const text = await run('status', dir);
    assert.match(text.out, /^Current day: Day 3 - c \(.*a\.md:10\)\n(?:.*\n)*?Also planned for today: Day 1 - x \(.*b\.md:3\)\n/m);
    assert.doesNotMatch(text.out, /c\.md:\d+\)/, 'c.md is behind: its Day 4, planned for today, is not its next');
    const json = JSON.parse((await run('status', dir, '--json')).out);
    assert.deepStrictEqual(json.alsoToday.map((d: { file: string; line: number }) => [path.basename(d.file), d.line]), [['b.md', 3]]);
  });
});
