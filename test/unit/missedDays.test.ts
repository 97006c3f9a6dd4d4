/**
 * Open days dated before today (a trial's tracker had two rows left open, and status said nothing of them): the
 * current day passes over them, and status names them with how to mark one studied then or skip it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { missedDatedDays, summarizeToday } from '../../src/core';
import { runCli } from '../../src/cli/main';
import { parse } from './helpers';
import { tempDir } from './tempDir';

const TRACKER = ['# SQL tracker', '', '| Date | Topic | Done |', '|---|---|---|', '| 2026-11-23 | Joins | \u2705 |', '| 2026-11-24 | Window functions | |',
  '| 2026-11-25 | Subqueries | \u23ED |', '| 2026-11-26 | CTEs | |', '| 2026-11-28 | Indexes | |', ''].join('\n');

describe('open days dated before today', () => {
  it('a tracker\'s open rows before today, not its done, skipped or later ones', () => {
    const plan = parse(TRACKER);
    assert.deepStrictEqual(missedDatedDays(plan, '2026-11-28').map((day) => day.title), ['2026-11-24: Window functions', '2026-11-26: CTEs']);
    assert.deepStrictEqual(summarizeToday([plan], { today: '2026-11-28' }).missedDays.map((day) => day.line), [5, 7]);
    assert.deepStrictEqual(missedDatedDays(plan, '2026-11-24'), []);
  });

  it('a row dated on a rest day is not missed (`rest: Sun`)', () => {
    // 2026-11-22 is a Sunday.
    const plan = parse(`---\nrest: Sun\n---\n${TRACKER.replace('2026-11-24', '2026-11-22')}`);
    assert.deepStrictEqual(summarizeToday([plan], { today: '2026-11-28' }).missedDays.map((day) => day.title), ['2026-11-26: CTEs']);
  });

  it('a journal\'s entries with a task left open count; its entries of prose are records, and numbered days have their schedule', () => {
    const journal = parse('# Log\n\n## 2026-11-25\nRead.\n\n## 2026-11-26\n- [ ] exercises\n\n## 2026-11-28\n- [ ] quiz\n');
    assert.deepStrictEqual(missedDatedDays(journal, '2026-11-28').map((day) => day.title), ['2026-11-26']);
    const numbered = parse('### Day 1 - 2026-11-20\n- [ ] a\n\n### Day 2 - 2026-11-21\n- [ ] b\n');
    assert.deepStrictEqual(missedDatedDays(numbered, '2026-11-28'), []);
  });

  it('status names them with the commands that mark one studied on its date or skip it', async () => {
    const dir = tempDir('lp-missed-');
    const file = path.join(dir, 'tracker.md');
    fs.writeFileSync(file, TRACKER);
    let out = '';
    const io = { out: (t: string) => (out += t + '\n'), err: () => undefined };
    assert.strictEqual(await runCli(['status', file, '--today', '2026-11-28'], io, () => new Date(2026, 10, 28, 8)), 0);
    assert.ok(out.includes(`Missed: 2 open days dated before today: 2026-11-24: Window functions (line 6); 2026-11-26: CTEs (line 8) (studied then: learning-plans done ${file} 2026-11-24 --date 2026-11-24; else learning-plans replan ${file} --skip 2026-11-24)`), out);
    out = '';
    assert.strictEqual(await runCli(['status', file, '--today', '2026-11-28', '--json'], io, () => new Date(2026, 10, 28, 8)), 0);
    const json = JSON.parse(out);
    assert.deepStrictEqual(json.missedDays, [{ line: 6, title: '2026-11-24: Window functions', date: '2026-11-24' }, { line: 8, title: '2026-11-26: CTEs', date: '2026-11-26' }]);
    assert.strictEqual(json.currentDay.date, '2026-11-28', 'a dated row\'s own date (it read null)');
  });
});

describe('status of a folder: another plan behind its schedule', () => {
  it('is said beside it in the plans\' list (a trial\'s `status .` hid one behind the active plan)', async () => {
    const dir = tempDir('lp-behind-');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\nstart: 2026-11-20\n---\n# A\n\n### Day 1\n- [ ] a\n\n### Day 2\n- [ ] b\n\n### Day 3\n- [ ] c\n');
    fs.writeFileSync(path.join(dir, 'b.md'), '# B\n\n### Day 1\n- [x] a \u2705 2026-11-21\n\n### Day 2\n- [ ] b\n');
    let out = '';
    assert.strictEqual(await runCli(['status', dir, '--today', '2026-11-22'], { out: (t) => (out += t + '\n'), err: () => undefined }, () => new Date(2026, 10, 22, 8)), 0);
    assert.ok(out.includes(`a.md  0/3 days · 2 days behind schedule (learning-plans status ${path.join(dir, 'a.md')})`), out);
    assert.match(out, /b\.md {2}1\/2 days {2}\(active/);
  });
});

describe('days dated at the end of their titles', () => {
  it('are planned on those dates, and a plan of them with prose alone stays a plan (a review\'s became a journal)', async () => {
    const text = '# Tage 1-3: K8s\n## Tag 1 \u2013 Images (05.01.2026)\nProse.\n## Tag 2 \u2013 Netz (06.01.2026)\nNetz.\n## Tag 3 \u2013 Vol (07.01.2026)\nVol.\n';
    const plan = parse(text);
    assert.deepStrictEqual([plan.journal, plan.days.map((d) => [d.date, d.planned])], [false, [[null, '2026-01-05'], [null, '2026-01-06'], [null, '2026-01-07']]]);
    const file = path.join(tempDir('lp-enddates-'), 'k8s.md');
    fs.writeFileSync(file, text);
    let out = '';
    const io = { out: (t: string) => (out += t + '\n'), err: () => undefined };
    await runCli(['status', file, '--today', '2026-01-07'], io, () => new Date(2026, 0, 7, 8));
    assert.match(out, /\nSchedule: 2 days behind schedule \(planned for 2026-01-05\)/);
  });
});

describe('done with a past date as the DAY', () => {
  it('says the stamp is today\'s and how to date it then (a trial meant "studied on the 27th")', async () => {
    const dir = tempDir('lp-dated-day-');
    const file = path.join(dir, 'tracker.md');
    fs.writeFileSync(file, TRACKER);
    let out = '';
    const io = { out: (t: string) => (out += t + '\n'), err: () => undefined };
    assert.strictEqual(await runCli(['done', file, '2026-11-24'], io, () => new Date(2026, 10, 28, 8)), 0);
    assert.strictEqual(out, `${file}: Marked "2026-11-24: Window functions" complete (\u2705 2026-11-28); stamped today, 2026-11-28: if it was studied on 2026-11-24, learning-plans undone ${file} 2026-11-24, then done again with --date 2026-11-24\n`);
    out = '';
    assert.strictEqual(await runCli(['done', file, '2026-11-26', '--date', '2026-11-26'], io, () => new Date(2026, 10, 28, 8)), 0);
    // On its own date, as the done rows write it: a bare ✅, said so.
    assert.strictEqual(out, `${file}: Marked "2026-11-26: CTEs" complete (\u2705)\n`);
    // `today` with --date naming a day dated before it: marked late, and said so (a trial's journal Monday of weeks before).
    const journal = path.join(dir, 'late.md');
    fs.writeFileSync(journal, '# Journal\n## 2026-11-02\n- [ ] a\n## 2026-11-03\n- [ ] b\n');
    out = '';
    assert.strictEqual(await runCli(['done', journal, 'today', '--date', '2026-11-20'], io, () => new Date(2026, 10, 28, 8)), 0);
    assert.strictEqual(out, `${journal}: Marked "2026-11-02" complete (\u2705 2026-11-20), 1 task checked; it is dated 2026-11-02, before 2026-11-20: marked late (learning-plans undone ${journal} 2026-11-02 takes it back)\n`);
    // A day done by undated checks is not "completed by its tasks" on its own date (a review's was refused so): the
    // next day is marked, early, and said so.
    const dated = path.join(dir, 'dated.md');
    fs.writeFileSync(dated, '## Day 1 (2026-01-05) - Setup\n- [x] install\n## Day 2 (2026-01-06) - More\n- [ ] b\n');
    out = '';
    assert.strictEqual(await runCli(['done', dated, 'today', '--date', '2026-01-05'], io, () => new Date(2026, 10, 28, 8)), 0);
    assert.strictEqual(out, `${dated}: Marked Day 2 complete (\u2705 2026-01-05), 1 task checked; done early: it is dated 2026-01-06, after 2026-01-05\n`);
  });
});

describe('CLI hints from a trial', () => {
  const run = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') }, () => new Date(2026, 10, 28, 20));
    return { code, out, err };
  };

  it('a day number in a plan of dated days says its days are named by their dates', async () => {
    const file = path.join(tempDir('lp-hint-'), 'tracker.md');
    fs.writeFileSync(file, TRACKER);
    const { code, err } = await run('done', file, '24');
    assert.strictEqual(code, 1);
    assert.match(err, /has no Day 24: its days are named by their dates \(as 2026-11-23\) or line:N; nothing written/);
  });

  it('an unquoted path with spaces is named, quoted', async () => {
    const dir = tempDir('lp-hint-');
    const file = path.join(dir, 'my plan.md');
    fs.writeFileSync(file, TRACKER);
    const { code, err } = await run('done', ...file.split(' '), '2026-11-24');
    assert.strictEqual(code, 2);
    assert.ok(err.includes(`(a path with spaces is quoted: '${file}')`), err);
  });

  it('a DAY before its file is taken in that order (a trial\'s `show 31 plan.md` was refused as no DAY)', async () => {
    const file = path.join(tempDir('lp-hint-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1\n- [ ] read docs\n### Day 2\n- [ ] b\n');
    assert.match((await run('show', '2', file)).out, /^Day 2 \(/);
    assert.strictEqual((await run('toggle', 'read docs', file)).code, 0);
    assert.strictEqual((await run('log', '1', file, '20m')).code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '### Day 1\n- [x] read docs \u2705 2026-11-28\n- \u23F1 2026-11-28 (20 min)\n### Day 2\n- [ ] b\n');
    // Neither word a file: the DAY's own message, as before.
    assert.match((await run('show', '2', 'nothing.md')).err, /DAY must be a day number/);
  });

  it('a bare number of eight hours or more is said to be minutes (a trial\'s 600 for 60)', async () => {
    const file = path.join(tempDir('lp-hint-'), 'plan.md');
    fs.writeFileSync(file, '### Day 1\n- [ ] a\n');
    const { code, err } = await run('log', file, '1', '600');
    assert.strictEqual(code, 0);
    assert.match(err, /note: 600 is read as minutes, a session of 10 h: if that is a typo, remove the line just written/);
    assert.strictEqual((await run('log', file, '1', '90')).err, '');
  });

  it('a date with a comma is one DAY; a dated day named otherwise, or done early, is said so; a log under a past entry too', async () => {
    const file = path.join(tempDir('lp-hint-'), 'til.md');
    const text = '# TIL 2026\n\n## Thursday, November 26\n- [ ] a\n\n## Nov 30\n- [ ] b\n';
    fs.writeFileSync(file, text);
    const first = await run('done', file, 'Nov 26, 2026');
    assert.strictEqual(first.code, 0);
    let { out } = first;
    assert.ok(out.includes(`stamped today, 2026-11-28: if it was studied on 2026-11-26, learning-plans undone ${file} 'Nov 26, 2026', then done again with --date 2026-11-26`), out);
    fs.writeFileSync(file, text);
    ({ out } = await run('done', file, 'thursday'));
    assert.ok(out.includes('stamped today, 2026-11-28: if it was studied on 2026-11-26'), out);
    fs.writeFileSync(file, text);
    ({ out } = await run('done', file, 'Nov 30'));
    assert.ok(out.endsWith('; done early: it is dated 2026-11-30, after today\n'), out);
    fs.writeFileSync(file, text);
    const logged = await run('log', file, 'Nov 26', '30m');
    assert.match(logged.err, /note: the session is dated today, 2026-11-28, under the entry of 2026-11-26: if it was studied then, remove the line just written and log it again with --date 2026-11-26/);
  });

  it('status of a folder names another tracker\'s open days dated before today', async () => {
    const dir = tempDir('lp-hint-');
    fs.writeFileSync(path.join(dir, 'tracker.md'), TRACKER);
    fs.writeFileSync(path.join(dir, 'plan.md'), '# B\n\n### Day 1\n- [x] a \u2705 2026-11-28\n\n### Day 2\n- [ ] b\n');
    const { out } = await run('status', dir);
    assert.ok(out.includes(`tracker.md  1/4 days, 1 day skipped · 2 open days dated before today (learning-plans status ${path.join(dir, 'tracker.md')})`), out);
  });
});
