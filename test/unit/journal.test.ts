/**
 * Journals (issue 16 item 3, the model side): days by weekday or date with no tasks are entries as
 * written. They count in no progress, are never "today's work", and a dated entry is a day of activity.
 */
import * as assert from 'assert';
import { applyTextEdits, chooseActivePlan, isRestEntry, markDayComplete, markDayIncomplete, planStreak, plansWithDays, summarizeToday } from '../../src/core';
import { planStampDates } from '../../src/core/today/streak';
import { doneByDate } from '../../src/core/report/doneByDate';
import { lines, parse } from './helpers';
import { assertLinear } from './linearTime';
import { slashedDateEvidence } from '../../src/core/grammar/dates';

const today = '2023-01-10';
const journal = parse(lines('# Learning log', '## 2023-01-08', 'Read a chapter.', '## January 9, 2023', 'Exercises.', '## 2023-01-10', 'Lecture.'), 'file:///ws/log.md');
const plan = parse(lines('### Day 1', '- [ ] a', '### Day 2', '- [ ] b'), 'file:///ws/plan.md');

describe('journals in the model, the streak and Today', () => {
  it('is a journal with three dated entries and no day count', () => {
    assert.ok(journal.journal);
    assert.deepStrictEqual(journal.days.map((d) => d.date), ['2023-01-08', '2023-01-09', '2023-01-10']);
    assert.strictEqual(journal.root.progress.daysTotal, 0);
  });

  it('a journal of weekday entries beside numbered days is notes, not days (a trial\'s 21-day plan read 23 days, its current day "Monday")', () => {
    const days = (...tail: string[]) => parse(lines('# Python', '## Week 1', '### Day 1', '- [x] a', '### Day 2', '- [ ] b', ...tail), 'file:///ws/p.md').days.map((d) => d.title);
    assert.deepStrictEqual(days('## Weekly journal', '### Monday', 'Felt good.', '### Tuesday', '#### Notes', 'More.'), ['Day 1', 'Day 2']);
    assert.deepStrictEqual(days('## Study log', '### Mon', 'Read.', '### Wednesday'), ['Day 1', 'Day 2'], 'a log, a short weekday');
    // Entries that are days of their own stay days: marked done, holding a task, under a week, or under a heading
    // that names no journal (`## Weekend`); a file with one numbered day is a journal with a day in it.
    assert.deepStrictEqual(days('## Weekly journal', '### Monday \u2705 2026-11-30', 'Felt good.', '### Tuesday'), ['Day 1', 'Day 2', 'Monday', 'Tuesday']);
    assert.deepStrictEqual(days('## Weekly journal', '### Monday', '- [ ] review'), ['Day 1', 'Day 2', 'Monday']);
    assert.deepStrictEqual(days('### Saturday', 'Review.'), ['Day 1', 'Day 2', 'Saturday']);
    assert.deepStrictEqual(days('## Weekend', '### Saturday', 'Review.'), ['Day 1', 'Day 2', 'Saturday']);
    assert.deepStrictEqual(parse(lines('# Log', '### Day 1', 'a', '## Journal', '### Monday', 'b'), 'file:///ws/j.md').days.map((d) => d.title), ['Day 1', 'Monday']);
    // From a review: entries with a topic are study days (`## Notes` then `### Saturday - Review`); a heading that holds
    // the word as a topic names no journal (`## Log analysis`); a task deep below an entry keeps it a day.
    assert.deepStrictEqual(days('## Notes', '### Saturday - Review', '- recap', '### Sunday - Practice', '- drills'), ['Day 1', 'Day 2', 'Saturday - Review', 'Sunday - Practice']);
    assert.deepStrictEqual(days('## Log analysis', '### Monday', 'Parse nginx logs.'), ['Day 1', 'Day 2', 'Monday']);
    assert.deepStrictEqual(days('## Weekly journal', '### Monday', '#### Plan', '##### Todo', '- [ ] x'), ['Day 1', 'Day 2', 'Monday']);
    assert.deepStrictEqual(days('## \uD83D\uDCD3 My notes:', '### Mon.', 'Good.', '### Tuesday', 'Tired.'), ['Day 1', 'Day 2']);
    // In the plan's language (a trial's German course counted its `## Wochenjournal` as three more days).
    const tage = (...tail: string[]) => parse(lines('# Deutschkurs', '## Woche 1', '### Tag 1: Begr\u00fc\u00dfung', '- [ ] a', '### Tag 2: Zahlen', '- [ ] b', ...tail), 'file:///ws/d.md').days.map((d) => d.title);
    for (const journal of ['Wochenjournal', 'Lerntagebuch', 'Diario semanal', 'Journal de la semaine']) assert.deepStrictEqual(tage(`## ${journal}`, '### Montag', 'Ruhetag.', '### Dienstag', 'Gut.'), ['Tag 1: Begr\u00fc\u00dfung', 'Tag 2: Zahlen'], journal);
    assert.deepStrictEqual(tage('## Sonstiges', '### Montag', 'Ruhetag.'), ['Tag 1: Begr\u00fc\u00dfung', 'Tag 2: Zahlen', 'Montag'], 'a heading that names no journal');
  });

  it('reads entries headed by slashed dates in the order the file writes them (a US learner\'s `## 11/05/2026` was no entry)', () => {
    const dates = (...headings: string[]) => parse(lines('# Study journal', ...headings.flatMap((h) => [`## ${h}`, 'Read.'])), 'file:///ws/j.md').days.map((d) => d.date);
    // Another date of the file that only one order reads says it: month first, or day first.
    assert.deepStrictEqual(dates('11/20/2026', '11/05/2026', 'Thursday, 11/05/2026', '12/01/2026'), ['2026-11-20', '2026-11-05', '2026-11-05', '2026-12-01']);
    assert.deepStrictEqual(dates('20/11/2026', '05/11/2026'), ['2026-11-20', '2026-11-05']);
    // None does: the order that keeps the entries close (a log's are days apart), either way round.
    assert.deepStrictEqual(dates('11/05/2026', '11/06/2026', '11/09/2026'), ['2026-11-05', '2026-11-06', '2026-11-09']);
    assert.deepStrictEqual(dates('05/11/2026', '06/11/2026'), ['2026-11-05', '2026-11-06']);
    // Two-digit years after a slash (`11/20/26`), as US learners write them.
    assert.deepStrictEqual(dates('11/20/26', '11/05/26', '11/9/26'), ['2026-11-20', '2026-11-05', '2026-11-09']);
    // A two-digit year says the order only where it is read as a date: `14/8/20` in prose or `1/2/10` in code says nothing (a review's).
    const prose = parse(lines('# Study journal', '## 11/05/2026', 'LeetCode E/M/H so far: 14/8/20', '## 11/06/2026', '```py', 'x = 1/2/10', '```', '## 11/09/2026', 'Read.'), 'file:///ws/j.md');
    assert.deepStrictEqual(prose.days.map((d) => d.date), ['2026-11-05', '2026-11-06', '2026-11-09']);
    // After a heading's decoration or a day's label too (a review's `## **11/05/26**` was no entry).
    const decorated = parse(lines('# Notes', '## **11/20/26**', '- [ ] a', '## **11/05/26**', '- [ ] b', '## Day 2 - 11/05/26', '- [ ] c'), 'file:///ws/n.md');
    assert.deepStrictEqual(decorated.days.map((d) => d.date), ['2026-11-20', '2026-11-05', '2026-11-05']);
    // Across a month's turn: most entries days apart, one long gap (a trial's October into November).
    assert.deepStrictEqual(dates('05/10/2026', '08/10/2026', '02/11/2026', '05/11/2026'), ['2026-10-05', '2026-10-08', '2026-11-02', '2026-11-05']);
    // Weeks apart either way: no telling.
    assert.deepStrictEqual(dates('01/05/2026', '03/01/2026', '2026-12-01'), ['2026-12-01']);
    // No telling (as far apart either way, or both orders written): no date read, rather than a wrong one.
    assert.deepStrictEqual(dates('01/02/2026', '02/01/2026', '2026-03-01'), ['2026-03-01']);
    assert.deepStrictEqual(dates('11/20/2026', '20/11/2026', '11/05/2026', '2026-11-06'), ['2026-11-20', '2026-11-20', '2026-11-06']);
  });

  it('each dated entry is a day of activity for the streak', () => {
    assert.deepStrictEqual(planStampDates(journal), ['2023-01-08', '2023-01-09', '2023-01-10']);
    const streak = planStreak([journal, plan], today);
    assert.deepStrictEqual([streak.current, streak.activeToday], [3, true]);
  });

  it('an entry with nothing under its heading yet is no activity (a learner\'s empty `## 2026-11-27` made a day of the streak)', () => {
    const written = parse(lines('# TIL', '## 2026-11-25', 'Lifetimes.', '## 2026-11-26', '- traits', '## 2026-11-27', '', '## 2026-11-28'));
    assert.ok(written.journal);
    assert.deepStrictEqual(planStampDates(written), ['2026-11-25', '2026-11-26'], 'today\'s empty entry and one written ahead count nothing');
    assert.deepStrictEqual([...doneByDate([written], '2026-11-01', '2026-11-30').keys()], ['2026-11-25', '2026-11-26']);
    // A session logged under it, a subsection, a table or a quote is something written.
    const other = parse(lines('# TIL', '## 2026-11-25', '- \u23F1 2026-11-25 (30 min)', '## 2026-11-26', '### Notes', '## 2026-11-27', '> a quote'));
    assert.deepStrictEqual(planStampDates(other), ['2026-11-25', '2026-11-26', '2026-11-27']);
    // An entry written in its heading alone (from a review): words after the date are the entry.
    const oneLiners = parse(lines('# SQL journal', '## 2026-11-24 Read chapter 3 on joins', '## Wednesday, November 25, 2026: window functions quiz', '## Thursday, November 26, 2026', '## 2026-11-27'));
    assert.deepStrictEqual(planStampDates(oneLiners), ['2026-11-24', '2026-11-25']);
    // A template's weekday after the date is no entry either (any language the grammar reads); a word after it is.
    const templated = parse(lines('# Journal', '## 2026-11-23 (Monday)', '## 2026-11-24 - Tue', '## 2026-11-25, mercredi', '## 2026-11-26 Thursday: joins', '## 2026-11-27 Frisbee'));
    assert.deepStrictEqual(planStampDates(templated), ['2026-11-26', '2026-11-27']);
  });

  it('an entry that says no study was done is skipped: no day of the streak (a learner\'s "Skipped - sick" kept it going)', () => {
    const text = lines('# Study journal', '', '## 2026-11-18 Wednesday', 'Read chapter 3.', '', '## 2026-11-19 Thursday', 'Skipped - sick.', '',
      '## 2026-11-20 Friday - day off', '', '## 2026-11-21 Saturday', '**No study today.**', '', '## 2026-11-22 Sunday', 'Skipped.', '- \u23F1 2026-11-22 (20 min)',
      '', '## 2026-11-23 Monday', '### Notes', 'Skipped.', '', '## 2026-11-24 Tuesday', 'Rust - ownership.');
    for (const source of [text, text.replace(/\n/g, '\r\n')]) {
      const journal = parse(source);
      assert.ok(journal.journal);
      assert.deepStrictEqual(journal.days.map((d) => [d.date, d.skipped]), [
        ['2026-11-18', false], ['2026-11-19', true], ['2026-11-20', true], ['2026-11-21', true],
        // Time logged in it counts on its own date, not the entry's; a subsection's words are not the entry's first; a topic is no rest.
        ['2026-11-22', true], ['2026-11-23', false], ['2026-11-24', false],
      ]);
      assert.deepStrictEqual(planStampDates(journal), ['2026-11-18', '2026-11-23', '2026-11-24']);
      const streak = planStreak([journal], '2026-11-24');
      assert.deepStrictEqual([streak.current, streak.activeToday], [3, true]);
      // Still no day count: a journal's entries are records.
      assert.strictEqual(journal.root.progress.daysTotal, 0);
    }
    // Only a short entry (one line at most under its heading), and never code: a learner's study is never read as none.
    const long = parse(lines('# Study journal', '## 2026-11-18', 'Mood: sick', '- Solved 3 Leetcode problems', '## 2026-11-19', '```rust', 'skipped', '```',
      '## 2026-11-20 (Sick)', 'Watched the MIT 6.006 lecture.', '## 2026-11-21 - day off', '', '## 2026-11-22 Sick', 'Still did 20 min of flashcards.', '## 2026-11-23 Sick', 'Stayed in bed.'));
    assert.ok(long.journal);
    assert.deepStrictEqual(long.days.map((d) => [d.date, d.skipped]), [['2026-11-18', false], ['2026-11-19', false], ['2026-11-20', false], ['2026-11-21', true], ['2026-11-22', false], ['2026-11-23', true]]);
    // In a plan (not a journal), a day's note is the learner's: the day stays open, as its ⏭ alone skips it.
    const notJournal = parse(lines('# SQL', '### Day 1 - Select', 'Skipped - sick.', '- [ ] read', '### Day 2 - Joins', '- [ ] read'));
    assert.deepStrictEqual(notJournal.days.map((d) => d.skipped), [false, false]);
  });

  it('an entry of rest taken is a pause: the streak passes over it; a day missed breaks it (a trial\'s rest day broke a 12-day streak)', () => {
    const text = lines('# Study journal', '## 2026-11-22', 'Solved two join exercises.', '## 2026-11-23', 'Read chapter 4.', '## 2026-11-24 \u2014 Rest day', '',
      '## 2026-11-25', 'Window functions, 30 min.', '## 2026-11-26', 'Skipped - sick.', '## 2026-11-27', 'Flashcards.', '## 2026-11-28', 'Day off.');
    const journal = parse(text);
    assert.ok(journal.journal);
    assert.deepStrictEqual(journal.days.map((d) => [d.date, d.skipped, isRestEntry(d)]), [
      ['2026-11-22', false, false], ['2026-11-23', false, false], ['2026-11-24', true, true], ['2026-11-25', false, false],
      ['2026-11-26', true, false], ['2026-11-27', false, false], ['2026-11-28', true, true],
    ]);
    const streak = summarizeToday([journal], { today: '2026-11-28' }).streak;
    // 22, 23, (24 passed over), 25: 3 days; the 26th missed; the 27th, and today a rest day.
    assert.deepStrictEqual([streak.current, streak.longest, streak.restToday], [1, 3, true]);
    assert.deepStrictEqual(summarizeToday([journal], { today: '2026-11-25' }).streak.current, 3);
    // Rest beside a miss is a day missed; a heading's rest over a line that says so too is rest; a pause of any plan is the learner's.
    const mixed = parse(lines('# Study journal', '## 2026-11-20', 'Read.', '## 2026-11-21', 'Sick, day off.', '## 2026-11-22 - day off', 'Rest.', '## 2026-11-23', 'Urlaub.'));
    assert.deepStrictEqual(mixed.days.map((d) => [d.skipped, isRestEntry(d)]), [[false, false], [true, false], [true, true], [true, true]]);
    // A heading and its line add up as one line's clauses do (a reviewer's `- day off` over `Skipped.` read as a miss).
    const both = parse(lines('# Study journal', '## 2026-11-20', 'Read.', '## 2026-11-21 - day off', 'Skipped.', '## 2026-11-22 - skipped', 'Holiday.', '## 2026-11-23 - day off', 'Sick.'));
    assert.deepStrictEqual(both.days.map((d) => [d.skipped, isRestEntry(d)]), [[false, false], [true, true], [true, true], [true, false]]);
    // Rest in another language's words: the same.
    const german = parse(lines('# Lerntagebuch', '## 2026-11-20', 'Kapitel 3 gelesen.', '## 2026-11-21', 'Ruhetag.', '## 2026-11-22', 'Kapitel 4 gelesen.'));
    assert.deepStrictEqual([german.journal, summarizeToday([german], { today: '2026-11-22' }).streak.current], [true, 2]);
  });

  it('a journal\'s own `rest:` passes its rest days over when no plan is studied (a trial\'s `rest: [fri]` was read as none)', () => {
    const rested = parse(lines('---', 'rest: [fri]', '---', '# Study journal', '## 2026-11-26 Thursday', 'Joins.', '## 2026-11-28 Saturday', 'CTEs.'));
    assert.ok(rested.journal);
    const summary = summarizeToday([rested], { today: '2026-11-28' });
    assert.deepStrictEqual([summary.streak.current, summary.streak.rest.weekdays], [2, [5]]);
    // A plan being studied that says nothing of rest takes none away: the journal's rest stays the streak's.
    const studied = parse(lines('# SQL', '### Day 1', '- [ ] a', '### Day 2', '- [ ] b'));
    assert.deepStrictEqual(summarizeToday([rested, studied], { today: '2026-11-28' }).streak.rest.weekdays, [5]);
    // Two that declare it (another journal's `rest: [sat, sun]`): both, whichever is listed first (a review's took
    // the first listed).
    const other = parse(lines('---', 'rest: [sat, sun]', '---', '# Reading log', '## 2026-11-20', 'Read SICP.', '## 2026-11-21', 'More SICP.'));
    assert.ok(other.journal);
    assert.deepStrictEqual(summarizeToday([other, rested], { today: '2026-11-28' }).streak.rest.weekdays, [5, 6, 7]);
    assert.deepStrictEqual(summarizeToday([rested, other], { today: '2026-11-28' }).streak.rest.weekdays, [5, 6, 7]);
  });

  it('is never the active plan nor holds today\'s day: a journal is no backlog', () => {
    assert.deepStrictEqual(plansWithDays([journal, plan]).map((p) => p.uri), ['file:///ws/plan.md']);
    assert.strictEqual(chooseActivePlan([journal, plan], today)?.uri, 'file:///ws/plan.md');
    assert.strictEqual(summarizeToday([journal], { today }).currentDay, undefined);
  });

  it('an entry is never marked complete: a record, with no done state (a learner\'s `done` stamped one)', () => {
    const text = lines('# Learning log', '## 2023-01-08', 'Read a chapter.', '## January 9, 2023', 'Exercises.', '## 2023-01-10', 'Lecture.');
    const outcome = markDayComplete(text, journal.days[1], { date: today, checkTasks: true, journal: journal.journal });
    assert.deepStrictEqual(outcome, { ok: false, message: '"January 9, 2023" is an entry of a journal: a record, with nothing to mark complete' });
  });

  it('a dated day marked with a bare ✅ counts on its own date; a weekday entry has no date to count', () => {
    const marked = parse(lines('## 2023-01-05 \u2705', '- [x] a', '## 2023-01-06', '- [ ] b'));
    assert.deepStrictEqual([marked.journal, marked.days[0].doneDate], [false, '2023-01-05']);
    assert.deepStrictEqual(planStampDates(marked), ['2023-01-05']);
    const week = parse(lines('## Monday', 'text', '## Tuesday', 'text'));
    assert.deepStrictEqual([week.journal, planStampDates(week).length], [true, 0]);
  });

  it('a TIL journal keeps a to-do in an entry now and then: still a journal, and done checks the entry\'s tasks, never stamping it', () => {
    const til = lines('# TIL', '## 2026-11-23 Monday', 'Learned about decorators.', '## 2026-11-25', '- [ ] finish the exercise', '## 2026-11-26', 'Context managers.');
    const read = parse(til);
    assert.strictEqual(read.journal, true, 'one task made every other entry an open day');
    const done = markDayComplete(til, read.days[1], { date: today, checkTasks: true, journal: true });
    assert.ok(done.ok, done.ok ? '' : done.message);
    assert.strictEqual(applyTextEdits(til, done.edits), til.replace('- [ ] finish the exercise', `- [x] finish the exercise \u2705 ${today}`));
    assert.match(done.summary, /its title is not stamped/);
    // Undone takes back what done checked, and leaves a tick by hand (a trial's was unchecked).
    const ticked = til.replace('- [ ] finish the exercise', '- [ ] finish the exercise\n- [x] watched the talk');
    const checking = markDayComplete(ticked, parse(ticked).days[1], { date: today, checkTasks: true, journal: true });
    if (!checking.ok) throw new Error(checking.message);
    const checkedAll = applyTextEdits(ticked, checking.edits);
    const back = markDayIncomplete(checkedAll, parse(checkedAll).days[1], true);
    assert.ok(back.ok && /1 task checked by hand \(no date\) stays checked/.test(back.summary), JSON.stringify(back));
    assert.strictEqual(applyTextEdits(checkedAll, back.edits), ticked);
    const again = markDayIncomplete(ticked, parse(ticked).days[1], true);
    assert.ok(again.ok && again.edits.length === 0 && /no task checked on a date/.test(again.summary), JSON.stringify(again));
    const prose = markDayComplete(til, read.days[0], { date: today, checkTasks: true, journal: true });
    assert.ok(!prose.ok && /an entry of a journal/.test(prose.message));
    // Not a journal: every day holds tasks, a day is headed by a weekday, or a day is marked (✅, ⏭, 📅).
    assert.strictEqual(parse(lines('# Plan', '## 2026-11-23', '- [ ] a', '## 2026-11-24', '- [ ] b')).journal, false);
    assert.strictEqual(parse(lines('# Week plan', '## Monday', '- [ ] a', '## Saturday', 'Rest and review.')).journal, false);
    assert.strictEqual(parse(lines('# TIL', '## 2026-11-23 \u2705', '- [x] a', '## 2026-11-24', 'Prose.')).journal, false);
    assert.strictEqual(parse(lines('# TIL', '## 2026-11-23 \u23ED', '- [ ] a', '## 2026-11-24', 'Prose.')).journal, false);
    // An empty entry is no prose: a file of dated days with tasks and one heading written ahead stays a plan.
    assert.strictEqual(parse(lines('# Plan', '## 2026-11-23', '- [ ] a', '## 2026-11-24')).journal, false);
  });

  it('reads a text\'s slashed dates in linear time, on one long line too (a review\'s two-digit years took 32 s for 720 KB)', () => {
    assertLinear('two-digit years on one line', (scale) => 'x 1/2/10 | 3/4/26 |'.repeat(300 * scale), (text) => slashedDateEvidence(text));
  });
});
