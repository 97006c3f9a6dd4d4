/**
 * Dates written without a year (a trial's journal of `## Thursday, November 26` counted no day in the streak; its
 * tracker of `| Nov 21 |` rows was "no plan"): read where the file says the year, and said when it does not.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allTasks, buildPlan, decodeSnapshot, encodeSnapshot, inMemoryDocument, lookupDay, yearUnsaid, markDayComplete, markDayIncomplete, toggleTasks, parseDaySpec, parseForTyping, planStreak, reparsePlan, summarizeToday, unreadYearlessDate } from '../../src/core';
import { yearlessDateAt } from '../../src/core/grammar/yearlessDates';
import { runCli } from '../../src/cli/main';
import { formatText } from './formats.test';
import { parse } from './helpers';
import { assertLinear } from './linearTime';
import { tempDir } from './tempDir';

const dates = (text: string, uri?: string): (string | null)[] => parse(text, uri).days.map((day) => day.date);

describe('dates without a year', () => {
  describe('yearlessDateAt: what reads as a month and a day', () => {
    const read: [string, number, number, number | null][] = [
      ['November 26', 11, 26, null],
      ['Nov 27', 11, 27, null],
      ['Nov. 27th', 11, 27, null],
      ['Sept. 3', 9, 3, null],
      ['26 November', 11, 26, null],
      ['26th of November', 11, 26, null],
      ['26. November', 11, 26, null],
      ['Thursday, November 26', 11, 26, 4],
      ['Thu 26 Nov', 11, 26, 4],
      ['Nov 27 (Fri)', 11, 27, 5],
      ['Nov 27 Friday', 11, 27, 5],
      ['Nov 27 - Joins', 11, 27, null],
      ['Nov 21 (Sat)', 11, 21, 6],
      ['11月21日（土曜日）', 11, 21, 6],
      ['26 de noviembre', 11, 26, null],
      ['26. November: Listen', 11, 26, null],
      ['11月26日', 11, 26, null],
      ['Feb 29', 2, 29, null],
      // Day and month in digits after a weekday (a trial's German journal of `### Mo 16.11.` under `## KW 47` read as none).
      ['Mo 16.11.', 11, 16, 1],
      ['Mo, 30.11.', 11, 30, 1],
    ];
    for (const [text, month, day, weekday] of read) {
      it(`reads ${JSON.stringify(text)}`, () => {
        const found = yearlessDateAt(text, 0);
        assert.deepStrictEqual(found && { month: found.month, day: found.day, weekday: found.weekday }, { month, day, weekday });
      });
    }
    for (const text of ['May 5 things I learned', 'March 3 goals', 'Nov 27, 2026', 'November 2026', 'Feb 30', 'Day 3', 'Chapter 5', 'Nov27', '3 Marches', '13月2日', 'Nov 32', '3.1.', '16.11.', 'Mo 3.1. Einführung', 'Mo 16.11.2026', 'Mo 31.11.', 'Mo 16.13.', 'Do 4.1 \u2013 4.3', 'Do 3.2 (pp. 30\u201335)']) {
      it(`reads no date in ${JSON.stringify(text)}`, () => assert.strictEqual(yearlessDateAt(text, 0), null));
    }
  });

  describe('the year the file says', () => {
    it('from the nearest dated line before the heading, else after it; a journal from December into January turns the year', () => {
      assert.deepStrictEqual(dates(formatText('yearless-journal.md')), ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
      // The stamp below the first heading dates it too.
      assert.deepStrictEqual(dates('# Log\n\n## Nov 27\n- [x] a \u2705 2026-11-27\n\n## Nov 28\n- [ ] b\n'), ['2026-11-27', '2026-11-28']);
      // Each from its own neighbourhood: a log over two years.
      assert.deepStrictEqual(dates('# Log\n\n## 2025-03-01\nx\n\n## Mar 2\ny\n\n## 2026-03-01\nx\n\n## Mar 2\ny\n'), ['2025-03-01', '2025-03-02', '2026-03-01', '2026-03-02']);
    });

    it('a weekday written with it decides nothing: a year said alone binds, beside a date a wrong weekday is a slip', () => {
      // 2026-11-26 is a Thursday, 2025-11-26 a Wednesday: `# Log 2026` says the year.
      assert.deepStrictEqual(dates('# Log 2026\n\n## Thursday, November 26\ny\n'), ['2026-11-26']);
      assert.deepStrictEqual(dates('# Log 2026\n\n## Wednesday, November 26\ny\n'), ['2026-11-26']);
      // A review's: `Friday` written for a Thursday between stamps of 2026 read 2027.
      assert.deepStrictEqual(dates('# Log\n\n## 2026-11-25\nx\n\n## Friday, November 26\n- [x] y \u2705 2026-11-26\n'), ['2026-11-25', '2026-11-26']);
      // And beside a front matter's start of July, not the year before (a review's moved a journal to 2025).
      assert.deepStrictEqual(dates('---\nstart: 2026-07-01\n---\n# Log\n\n## Wednesday, November 26\ny\n'), ['2026-11-26']);
      // Nothing within reach: February 29th beside 2027 is no date.
      assert.deepStrictEqual(dates('# Log\n\n## 2027-03-01\nx\n\n## Feb 29\ny\n'), ['2027-03-01']);
    });

    it('a Chinese, Japanese or Korean full date says the year too (a trial\'s `## 2026年11月26日` above `## 11月27日`)', () => {
      assert.deepStrictEqual(dates('# 日記\n\n## 2026年11月26日\n勉強\n\n## 11月27日\nもっと\n'), ['2026-11-26', '2026-11-27']);
      assert.deepStrictEqual(dates('# 일기\n\n## 2026년 11월 26일\n공부\n\n## 11월 27일\n더\n'), ['2026-11-26', '2026-11-27']);
    });

    it('a heading\'s year binds the dates under it (a review\'s `| Jul 10 |` between two Januaries of `# Study plan 2026` read 2025)', () => {
      const text = '# Study plan 2026\n\n| Date | Topic | Done |\n|---|---|---|\n| Jan 5 | a | \u2705 |\n| Jul 10 | b | |\n| Jan 6 | c | |\n';
      assert.deepStrictEqual(dates(text), ['2026-01-05', '2026-07-10', '2026-01-06']);
    });

    it('read in the file\'s order: a long journal keeps its year from one date to the next (a review\'s drifted back a year)', () => {
      const text = '---\nstart: 2026-01-05\n---\n# Log\n\n## Jan 5\na\n\n## Mar 10\nb\n\n## Jul 20\nc\n\n## Aug 1\nd\n\n## Dec 20\ne\n\n## Jan 3\nf\n';
      assert.deepStrictEqual(dates(text), ['2026-01-05', '2026-03-10', '2026-07-20', '2026-08-01', '2026-12-20', '2027-01-03']);
    });

    it('prose, links and code say no year; the front matter\'s first date does (a review\'s: a release date in a code block dated a journal 2018)', () => {
      const code = '# Log\n\n```\nv2 released 2019-03-01\n```\n\nSee [notes](https://x.example/2018-11-21-notes). Python 3.12 came out 2023.\n\n## Nov 20\n- [x] a \u2705 2026-11-20\n\n## Nov 21\nb\n';
      assert.deepStrictEqual(dates(code), ['2026-11-20', '2026-11-21']);
      assert.deepStrictEqual(dates('---\nstart: 2026-11-02\ndeadline: 2027-06-30\n---\n# Log\n\n## Nov 3\na\n'), ['2026-11-03']);
      assert.deepStrictEqual(dates('# Log\n\nStarted on 2 January 2027.\n\n## Jan 3\ny\n'), []);
      // CR line ends count lines as LF ones do.
      assert.deepStrictEqual(dates('# Log\r\r## 2026-11-20\rx\r\r## Nov 21\ry\r\r```\rPublished 2019-05-01\r```\r'), ['2026-11-20', '2026-11-21']);
    });

    it('short month names of other languages that are English words are no dates without a year (a review\'s `### Set 1` became days)', () => {
      const sets = '---\nstart: 2026-11-02\n---\n## Day 1\n### Set 1\n- [ ] squats\n### Set 2 - lunges\n- [ ] x\n## Day 2\n### Set 1\n- [ ] y\n## Gen 1-3\n## Out 2\n';
      assert.deepStrictEqual(parse(sets).days.map((day) => day.title), ['Day 1', 'Day 2']);
      assert.deepStrictEqual(dates('# Diário 2026\n\n## 5 de setembro\nx\n'), ['2026-09-05']);
    });

    it('from a heading that names the year (`# November 2026`, `# SQL tracker 2026`), the front matter, or the file name', () => {
      assert.deepStrictEqual(dates('# November 2026\n\n## Nov 27\nx\n\n## Nov 28\ny\n'), ['2026-11-27', '2026-11-28']);
      assert.deepStrictEqual(dates('# Study log 2025\n\n## Nov 27\nx\n'), ['2025-11-27']);
      assert.deepStrictEqual(dates('---\nstart: 2026-11-02\n---\n# Log\n\n## Nov 27\nx\n'), ['2026-11-27']);
      assert.deepStrictEqual(dates('# Log\n\n## Nov 27\nx\n', 'file:///ws/journal-2026.md'), ['2026-11-27']);
      // A date written with its month's name and a year, where status says to write one (`| Nov 25, 2026 |`).
      assert.deepStrictEqual(dates('| Date | Topic | Done |\n|---|---|---|\n| Nov 25, 2026 | a | \u2705 |\n| Nov 26 | b | |\n'), ['2026-11-25', '2026-11-26']);
      assert.deepStrictEqual(dates('# Log\n\n## Thursday, November 26, 2026\nx\n\n## Friday, November 27\ny\n'), ['2026-11-26', '2026-11-27']);
      // `Top 2000 words` names no year, nor does a file `top-2000-words.md`.
      assert.deepStrictEqual(dates('# Top 2000 words\n\n## Nov 27\nx\n'), []);
      assert.deepStrictEqual(dates('# Words\n\n## Nov 27\nx\n', 'file:///ws/top-2000-words.md'), []);
      assert.deepStrictEqual(dates('# Words\n\n## Nov 27\nx\n', 'file:///ws/2026_notes.md'), ['2026-11-27']);
    });

    it('with nothing that says the year, no date: the headings read as before, and unreadYearlessDate names one', () => {
      const text = '# Journal\n\n## Thursday, November 26\n- [x] a\n\n## Nov 27\n- [ ] b\n';
      const plan = parse(text);
      assert.deepStrictEqual(plan.days.map((day) => [day.title, day.date, day.weekday]), [['Thursday, November 26', null, 4]]);
      assert.strictEqual(unreadYearlessDate(text, 'journal'), 'Thursday, November 26');
      assert.strictEqual(unreadYearlessDate(`# 2026\n\n${text}`, 'journal'), null);
      assert.strictEqual(unreadYearlessDate('# Groceries\n\n- [ ] eggs\n', 'list'), null);
      // Front matter's first date says the year, YAML's and TOML's (Hugo) alike, as the parse reads it.
      assert.strictEqual(unreadYearlessDate(`---\nstart: 2026-11-02\n---\n${text}`, 'journal'), null);
      assert.strictEqual(unreadYearlessDate(`+++\ndate = 2026-11-02\n+++\n${text}`, 'journal'), null);
      assert.strictEqual(unreadYearlessDate(`\ufeff+++\r\ndate = "2026-11-02"\r\n+++\r\n${text}`, 'journal'), null);
      assert.deepStrictEqual(parse(`+++\ndate = 2026-11-02\n+++\n${text}`).days.map((day) => day.date), ['2026-11-26', '2026-11-27']);
      assert.strictEqual(unreadYearlessDate(`+++\ntitle = "Journal"\n+++\n${text}`, 'journal'), 'Thursday, November 26');
      assert.strictEqual(unreadYearlessDate('| Date | Done |\n|---|---|\n| Nov 21 | ✅ |\n', 'tracker'), 'Nov 21');
    });

    it('a tracker keyed by dates without a year: each row a day of its date, counted in the streak', () => {
      const plan = parse(formatText('yearless-tracker.md'));
      assert.deepStrictEqual(plan.days.map((day) => [day.title, day.date, day.done]), [
        ['Nov 25: Joins', '2026-11-25', true], ['Nov 26: Window functions', '2026-11-26', true], ['Nov 27: CTEs', '2026-11-27', false],
        ['Nov 28: Indexes', '2026-11-28', false], ['Nov 29: Query plans', '2026-11-29', false],
      ]);
      const today = summarizeToday([plan], { today: '2026-11-28' });
      assert.strictEqual(today.currentDay?.title, 'Nov 28: Indexes');
      assert.strictEqual(planStreak([plan], '2026-11-26').current, 2);
      // No year anywhere: no plan, as before.
      assert.strictEqual(parse(formatText('yearless-tracker.md').replace(' 2026', '')).days.length, 0);
    });

    it('a journal of such headings counts its entries in the streak (the trial\'s: 1 day for 3 studied)', () => {
      const text = '# Log 2026\n\n## Wednesday, November 25\nSQL joins.\n\n## Thursday, November 26\nWindow functions.\n\n## Nov 27\nCTEs.\n';
      assert.strictEqual(planStreak([parse(text)], '2026-11-27').current, 3);
    });
  });

  it('reads the file\'s dates in time linear in its length (a review\'s line of many dates after such a heading was quadratic)', () => {
    let n = 0;
    assertLinear('a line of dates', (scale) => `# Log\n\n## Nov 27\nx\n\n${'2026-11-01 '.repeat(2000 * scale)}\n\n## 2026-11-20\n`, (text) => parse(text, `file:///ws/lines${n++}.md`));
    assertLinear('many entries', (scale) => `# Log\n\n${Array.from({ length: 100 * scale }, (_, i) => `## Nov ${1 + (i % 28)}\n- [x] a \u2705 2026-11-${String(1 + (i % 28)).padStart(2, '0')}\n`).join('\n')}`, (text) => parse(text, `file:///ws/entries${n++}.md`));
  });

  it('typing re-parses the whole file once it holds such a date: a stamp written anywhere may give the year', () => {
    const uri = 'file:///ws/log.md';
    const start = '# Log\n\n## Nov 27\n- [ ] a\n\n## Nov 28\n- [ ] b\n';
    let plan = parseForTyping(inMemoryDocument(uri, start, 1));
    assert.deepStrictEqual(plan.days.map((day) => day.date), []);
    // Checking the last task with a stamp dates both headings.
    const at = start.lastIndexOf('[ ] b') + 1;
    const stamped = `${start.slice(0, at)}x${start.slice(at + 1, -1)} \u2705 2026-11-28\n`;
    plan = reparsePlan(plan, inMemoryDocument(uri, stamped, 2), [{ rangeOffset: at, rangeLength: start.length - at, text: stamped.slice(at) }]);
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(uri, stamped, 2)));
    assert.deepStrictEqual(plan.days.map((day) => day.date), ['2026-11-27', '2026-11-28']);
    // And typing in the first entry keeps the second's date, read again.
    const typed = stamped.replace('- [ ] a', '- [ ] ab');
    const next = reparsePlan(plan, inMemoryDocument(uri, typed, 3), [{ rangeOffset: stamped.indexOf('- [ ] a') + 7, rangeLength: 0, text: 'b' }]);
    assert.deepStrictEqual(next, buildPlan(inMemoryDocument(uri, typed, 3)));
  });

  it('status says why a file dated without a year has no dates, and how to write the year', async () => {
    const dir = tempDir('lp-yearless-');
    const file = path.join(dir, 'tracker.md');
    fs.writeFileSync(file, formatText('yearless-tracker.md').replace(' 2026', ''));
    let err = '';
    const code = await runCli(['status', file, '--today', '2026-11-28'], { out: () => undefined, err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 28, 8));
    assert.strictEqual(code, 0);
    assert.match(err, /tracker\.md: its dates name no year \(Nov 25\), and nothing in it or its name does, so it is read as no plan: write the year once \(Nov 25, 2026; or a heading such as # 2026 above them\)/);
    // A plan by its weekdays and tasks, its dates unread: said too.
    const weekdays = path.join(dir, 'week.md');
    fs.writeFileSync(weekdays, '# Journal\n\n## Thursday, November 26\n- [x] a\n\n## Friday, November 27\n- [ ] b\n');
    err = '';
    await runCli(['status', weekdays, '--today', '2026-11-28'], { out: () => undefined, err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 28, 8));
    assert.match(err, /week\.md: its dates name no year \(Thursday, November 26\), and nothing in it or its name does, so they are read as no dates/);
    // In a folder (a trial's `status .` said nothing of its journal): the file that would be a plan, not meeting notes.
    const folder = tempDir('lp-yearless-folder-');
    fs.writeFileSync(path.join(folder, 'journal.md'), '# My study journal\n\n## Thursday, November 26\nLearned about lifetimes.\n\n## Nov 27\nRead chapter 4.\n');
    fs.writeFileSync(path.join(folder, 'meetings.md'), '# Meeting notes\n\n## Nov 27\nBudget.\n\n## Nov 28\nHiring.\n');
    err = '';
    await runCli(['status', folder, '--today', '2026-11-28'], { out: () => undefined, err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 28, 8));
    assert.strictEqual(err, `learning-plans: warning: ${path.join(folder, 'journal.md')}: its dates name no year (Thursday, November 26), and nothing in it or its name does, so it is read as no plan: write the year once (Thursday, November 26, 2026; or a heading such as # 2026 above them) and the others take it\n`);
    // The front matter's date says the year (a review's warned beside dated headings).
    assert.strictEqual(unreadYearlessDate('---\nstart: 2026-07-01\n---\n# Log\n\n## Wednesday, November 26\ny\n', 'log'), null);
  });
});

describe('marking a day dated without a year', () => {
  const mark = (text: string, uri: string, title: string, date: string) => {
    const plan = parse(text, uri);
    return markDayComplete(text, plan.days.find((day) => day.title === title)!, { date, checkTasks: true, journal: plan.journal, uri });
  };

  it('is written when the other days read as they did (the file name\'s year kept: the check reads the plan as it was read)', () => {
    const text = '# SQL study\n\n| Date | Topic | Done |\n|---|---|---|\n| Dec 30 | a | \u2705 |\n| Jan 2 | b | \u2705 |\n| Jan 3 | c | |\n';
    const outcome = mark(text, 'file:///ws/log-2025.md', 'Jan 3: c', '2026-01-03');
    assert.ok(outcome.ok && outcome.edits.length === 1, JSON.stringify(outcome));
  });

  it('is refused when a stamp written or taken out anywhere moves another day dated without a year, or unmakes it (a review\'s)', () => {
    // Marking a day of a full date: its stamp is nearer the days after it than the heading's date.
    const text = '# Log\n\n## 2025-12-30\n- [ ] a\n\n## Jan 2\n- [ ] b\n\n## Jan 3\nc\n';
    assert.deepStrictEqual(dates(text), ['2025-12-30', '2026-01-02', '2026-01-03']);
    const late = mark(text, 'file:///ws/log.md', '2025-12-30', '2026-11-28');
    assert.ok(!late.ok && late.message.startsWith('"Jan 2" would be dated 2027-01-02 after this, not 2026-01-02'), JSON.stringify(late));
    const plan = parse(text);
    const toggled = toggleTasks(text, [plan.days[0].tasks[0]], '2026-11-28', plan);
    assert.ok(!toggled.ok && toggled.message.startsWith('"Jan 2" would be dated 2027-01-02'), JSON.stringify(toggled));
    // A file that said no year: the first stamp gives its days dates, which is no loss (a trial's toggle was refused).
    const none = '# TIL\n\n## Nov 26\n- [ ] finish exercise 3\n\n## Nov 27\nProse only.\n';
    const first = parse(none);
    assert.ok(toggleTasks(none, [allTasks(first.root)[0]], '2026-11-28', first).ok);
    // Undone taking out the only stamp that said the year: the journal would have no dates left.
    const only = '# Log\n\n## Jan 2 \u2705 2026-01-02\n- [x] a\n\n## Jan 3\n- [ ] b\n';
    const undone = markDayIncomplete(only, parse(only).days[0], false, true, 'file:///ws/log.md');
    assert.ok(!undone.ok && undone.message.startsWith('"Jan 3" would be dated no date after this, not 2026-01-03'), JSON.stringify(undone));
  });

  it('is refused when the stamp it writes would give another day another year (a review\'s moved `Jan 2` a year)', () => {
    const text = '# Rust study\n\n## Dec 30\n- [ ] a\n\n## Jan 2\n- [ ] b\n';
    assert.deepStrictEqual(dates(text, 'file:///ws/notes-2026.md'), ['2026-12-30', '2027-01-02']);
    const outcome = mark(text, 'file:///ws/notes-2026.md', 'Jan 2', '2026-01-02');
    assert.deepStrictEqual(outcome, { ok: false, message: '"Dec 30" would be dated 2025-12-30 after this, not 2026-12-30: a date without a year takes its year from the dates near it, and this edit changes them. Write its year into it, then try again' });
  });
});

describe('a DAY without a year', () => {
  it('names the day dated on that month and day (`show log.md "Nov 27"` was a usage error)', () => {
    const spec = parseDaySpec('Nov 27');
    assert.deepStrictEqual(spec, { kind: 'monthDay', month: 11, day: 27, written: 'Nov 27' });
    const plan = parse(formatText('yearless-tracker.md'));
    const found = lookupDay(plan, spec!, 'tracker.md');
    assert.ok(found.ok && found.day.title === 'Nov 27: CTEs');
    assert.deepStrictEqual(lookupDay(plan, parseDaySpec('27 December')!, 'tracker.md'), { ok: false, message: 'tracker.md has no day dated 27 December', candidates: [] });
    // Dated in two years: never guessed.
    const twice = parse('# Log\n\n## 2025-03-02\nx\n\n## 2026-03-02\ny\n');
    assert.strictEqual(lookupDay(twice, parseDaySpec('Mar 2')!, 'log.md').ok, false);
  });

  it('names it in digits as a German journal heads it (`done j.md 28.11.` was a usage error beside `### Sa 28.11.`)', () => {
    assert.deepStrictEqual(parseDaySpec('28.11.'), { kind: 'monthDay', month: 11, day: 28, written: '28.11.' });
    assert.strictEqual(parseDaySpec('28.11'), null);
    assert.strictEqual(parseDaySpec('28.13.'), null);
    const plan = parse('# Lerntagebuch\n\n## KW 48 (23.11. \u2013 29.11.2026)\n\n### Fr 27.11.\nx\n\n### Sa 28.11.\n- [ ] Kanji\n');
    const found = lookupDay(plan, parseDaySpec('28.11.')!, 'j.md');
    assert.ok(found.ok && found.day.title === 'Sa 28.11.', JSON.stringify(found));
  });

  it('names a day planned on it, as the full date does, else the one done on it (a trial\'s `show plan.md "Nov 25"` found nothing)', () => {
    const plan = parse('---\nstart: 2026-11-23\n---\n# Lernplan\n### Tag 1 - A \u2705 2026-11-22\n### Tag 2 - B\n### Tag 3 - C\n');
    const planned = lookupDay(plan, parseDaySpec('Nov 25')!, 'plan.md');
    assert.ok(planned.ok && planned.day.title === 'Tag 3 - C', JSON.stringify(planned));
    const done = lookupDay(plan, parseDaySpec('22 November')!, 'plan.md');
    assert.ok(done.ok && done.day.title === 'Tag 1 - A', JSON.stringify(done));
  });
});

describe('yearUnsaid', () => {
  it('says a plan\'s dates without a year found none in its file, for the views to say why', () => {
    const text = '# Journal\n\n## Thursday, November 26\n- [x] a\n\n## Friday, November 27\n- [ ] b\n';
    assert.strictEqual(yearUnsaid(parse(text)), true);
    assert.strictEqual(yearUnsaid(parse(text.replace('# Journal', '# Journal 2026'))), false);
    assert.strictEqual(yearUnsaid(parse('### Day 1\n- [ ] a\n')), false);
    // Part of the model: a window reload's snapshot keeps it.
    const snapshot = encodeSnapshot('v', new Map([['file:///ws/j.md', { size: 1, mtime: 1, fingerprint: 'f', plan: parse(text, 'file:///ws/j.md') }]]));
    assert.strictEqual(yearUnsaid(decodeSnapshot(snapshot, 'v').get('file:///ws/j.md')!.plan!), true);
  });
});
